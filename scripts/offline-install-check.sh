#!/usr/bin/env bash
# Proof of the air-gapped install (issue 13): a bundle made from one fresh clone, then a second
# fresh clone installed from it under `unshare -n` (no network interface at all), then
# `kiosk doctor` and one real answer, also without network. Prints the bundle size and times.
#
#   scripts/offline-install-check.sh [--bundle DIR] [--keep]
#
# --bundle DIR  use an existing bundle (made by ./install.sh --make-bundle DIR) instead of
#               making one from a fresh clone first (that takes 5-15 minutes)
# --keep        leave the clones and the bundle in the work folder it prints
# Needs root (unshare -n), git, and ~4 GB free in /tmp. Runs only on clean clones of HEAD.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
bundle="" keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --bundle) bundle=$(realpath "${2:?--bundle needs a folder}"); shift ;;
    --keep) keep=1 ;;
    *) echo "usage: $0 [--bundle DIR] [--keep]" >&2; exit 2 ;;
  esac
  shift
done
[ "$(id -u)" = 0 ] || { echo "$0: needs root for unshare -n" >&2; exit 2; }

work=$(mktemp -d /tmp/kiosk-offline-XXXXXX)
cleanup() { if [ "$keep" = 0 ]; then rm -rf "$work"; else echo "kept: $work"; fi; }
trap cleanup EXIT
say() { printf '\033[1m### %s\033[0m\n' "$*"; }
seconds() { local t0=$1; echo $(( $(date +%s) - t0 )); }

if [ -z "$bundle" ]; then
  say "making the bundle from a fresh clone of $(git -C "$repo" rev-parse --short HEAD)"
  git clone -q "$repo" "$work/maker"
  t0=$(date +%s)
  "$work/maker/install.sh" --no-doctor --make-bundle "$work/bundle"
  make_s=$(seconds "$t0")
  bundle="$work/bundle"
  rm -rf "$work/maker"  # its .venv is 1.2 GB; the bundle is all the kiosk needs
fi

say "fresh clone, installed from the bundle with no network (unshare -n)"
git clone -q "$repo" "$work/kiosk"
git -C "$work/kiosk" checkout -q "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["kiosk_commit"])' "$bundle/bundle.json")"
t0=$(date +%s)
unshare -n "$work/kiosk/install.sh" --no-doctor --offline "$bundle"
install_s=$(seconds "$t0")

say "kiosk doctor, no network"
unshare -n "$work/kiosk/.venv/bin/kiosk" doctor

say "one real answer, no network"
t0=$(date +%s)
answer=$(cd "$work/kiosk" && unshare -n .venv/bin/kiosk ask --json "Was kostet ein Personalausweis?")
ask_s=$(seconds "$t0")
python3 - "$answer" <<'PY'
import json, sys
a = json.loads(sys.argv[1])
print(a["answer"])
assert a["mode"] == "answer" and "46" in a["answer"], a
assert a["sources"][0]["id"] == "personalausweis", a["sources"][0]
PY

if [ -n "$(ls "$bundle"/debs 2>/dev/null)" ]; then
  # espeak-ng is already on this machine, so install.sh had nothing to install: prove the .debs
  # in a minimal Debian of the bundle's release instead (debootstrap needs the network for
  # that base system only; the .debs are then installed with none).
  release=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["debian"])' "$bundle/bundle.json")
  if command -v debootstrap >/dev/null; then
    say "espeak-ng from the bundle's .debs alone, in a minimal Debian $release, no network"
    t0=$(date +%s)
    debootstrap --variant=minbase "$release" "$work/chroot" >"$work/debootstrap.log" 2>&1
    mkdir "$work/chroot/debs"
    cp "$bundle"/debs/*.deb "$work/chroot/debs/"
    cp "$repo/deploy/install-debs.sh" "$work/chroot/install-debs.sh"
    unshare -n chroot "$work/chroot" sh /install-debs.sh /debs "$release" | tail -1
    unshare -n chroot "$work/chroot" espeak-ng -v de -w /tmp/test.wav "Was kostet ein Personalausweis?"
    printf 'espeak-ng in the minimal system wrote %s bytes of speech (%s s with debootstrap)\n' \
      "$(stat -c %s "$work/chroot/tmp/test.wav")" "$(seconds "$t0")"
  else
    echo "(no debootstrap here: the .debs were checked by SHA-256 but not installed; apt-get install debootstrap)"
  fi
fi

say "figures"
du -sh "$bundle" | awk '{print "bundle size: " $1}'
printf 'bundle files: %s wheels, %s debs, model %s\n' "$(ls "$bundle"/wheels | wc -l)" \
  "$(ls "$bundle"/debs 2>/dev/null | wc -l)" "$(ls "$bundle"/models)"
[ -n "${make_s:-}" ] && echo "making the bundle (fresh clone, online install + collect): ${make_s} s"
echo "offline install of a fresh clone under unshare -n: ${install_s} s"
echo "one answer (cold start) under unshare -n: ${ask_s} s"
echo "offline-install-check: OK"
