#!/usr/bin/env bash
# Test of deploy/kiosk.yml (issue 13): the playbook of a fresh clone installs a kiosk on this
# machine with `ansible-playbook --connection=local` from an install bundle and a signed content
# package, a second run changes nothing, a newer content package is installed, and the kiosk
# user gets a real answer. Everything lands in a temporary folder; the test user is removed.
#
#   scripts/ansible-check.sh --bundle DIR [--keep]
#
# DIR: a bundle made by ./install.sh --make-bundle DIR (scripts/offline-install-check.sh --keep
# leaves one). ansible-playbook is taken from $ANSIBLE_PLAYBOOK or PATH; it is not a kiosk
# dependency: python3 -m venv /tmp/ansible && /tmp/ansible/bin/pip install ansible-core
# Needs root (creates a system user) and this checkout's .venv (to sign content).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
bundle="" keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --bundle) bundle=$(realpath "${2:?--bundle needs a folder}"); shift ;;
    --keep) keep=1 ;;
    *) echo "usage: $0 --bundle DIR [--keep]" >&2; exit 2 ;;
  esac
  shift
done
[ -n "$bundle" ] || { echo "usage: $0 --bundle DIR [--keep]" >&2; exit 2; }
[ "$(id -u)" = 0 ] || { echo "$0: needs root" >&2; exit 2; }
playbook_cmd=${ANSIBLE_PLAYBOOK:-$(command -v ansible-playbook || true)}
[ -x "$playbook_cmd" ] || { echo "$0: no ansible-playbook (set ANSIBLE_PLAYBOOK)" >&2; exit 2; }

work=$(mktemp -d /tmp/kiosk-ansible-XXXXXX)
chmod 0755 "$work"  # the kiosk user must reach /opt/kiosk's stand-in below
user="kiosk-ans$$"
cleanup() {
  userdel -r "$user" >/dev/null 2>&1 || true
  if [ "$keep" = 0 ]; then rm -rf "$work"; else echo "kept: $work"; fi
}
trap cleanup EXIT
say() { printf '\033[1m### %s\033[0m\n' "$*"; }
kiosk="$repo/.venv/bin/kiosk"

say "a fresh clone (its deploy/kiosk.yml is what runs)"
commit=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["kiosk_commit"])' "$bundle/bundle.json")
git clone -q "$repo" "$work/clone"
git -C "$work/clone" checkout -q "$commit"
cp "$repo/deploy/kiosk.yml" "$work/clone/deploy/kiosk.yml"  # the playbook under test

say "signing key and two content packages (the bundle's index fits the clone's corpus)"
"$kiosk" content keygen --private "$work/keys/city.key" >/dev/null
for v in 2026.3.1 2026.3.2; do
  KIOSK_CONFIG=/nonexistent "$kiosk" content build --key "$work/keys/city.key" --version "$v" \
    --corpus "$work/clone/corpus" --index "$bundle/index" --out "$work/content-$v.tar.gz"
done

play() {
  "$playbook_cmd" --connection=local -i localhost, "$work/clone/deploy/kiosk.yml" \
    -e kiosk_hosts=localhost -e ansible_python_interpreter="${ANSIBLE_PYTHON:-/usr/bin/python3}" \
    -e kiosk_bundle="$bundle" -e kiosk_public_key="$work/keys/city.pub" \
    -e kiosk_root="$work/opt/kiosk" -e kiosk_config_dir="$work/etc/kiosk" \
    -e kiosk_content_dir="$work/var/lib/kiosk/content" -e kiosk_cache_dir="$work/var/cache/kiosk" \
    -e kiosk_user="$user" -e kiosk_manage_service=false \
    -e kiosk_staff_pin_sha256="$(printf 1357 | sha256sum | cut -d' ' -f1)" "$@"
}
recap() { grep -E '^localhost' "$1" | sed 's/  */ /g'; }

say "run 1: install the kiosk and content 2026.3.1"
t0=$(date +%s)
play -e kiosk_content="$work/content-2026.3.1.tar.gz" | tee "$work/run1.log" | grep -E '^(TASK|changed|ok|fatal)' | tail -4
echo "run 1: $(( $(date +%s) - t0 )) s: $(recap "$work/run1.log")"
grep -q 'failed=0' "$work/run1.log"

say "run 2: the same again changes nothing"
t0=$(date +%s)
play -e kiosk_content="$work/content-2026.3.1.tar.gz" > "$work/run2.log"
echo "run 2: $(( $(date +%s) - t0 )) s: $(recap "$work/run2.log")"
grep -q 'changed=0 .*failed=0' <(recap "$work/run2.log") || { echo "run 2 changed something"; exit 1; }

say "run 3: newer content only"
play -e kiosk_content="$work/content-2026.3.2.tar.gz" > "$work/run3.log"
echo "run 3: $(recap "$work/run3.log")"
grep -q 'failed=0' "$work/run3.log"
status=$(KIOSK_CONFIG="$work/etc/kiosk/kiosk.toml" "$work/opt/kiosk/.venv/bin/kiosk" content status --json)
python3 - "$status" <<'PY'
import json, sys
s = json.loads(sys.argv[1])
print(f"content {s['version']} (previous {s['previous']}), key {s['key_id']}, signature {s['signature']}")
assert (s["version"], s["previous"], s["signature"], s["problem"]) == ("2026.3.2", "2026.3.1", "ok", "")
PY

say "the kiosk user asks, with no network"
cd "$work/opt/kiosk"
answer=$(unshare -n runuser -u "$user" -- env -i PATH=/usr/bin:/bin HOME=/nonexistent \
  KIOSK_CONFIG="$work/etc/kiosk/kiosk.toml" .venv/bin/kiosk ask --json "Was kostet ein Personalausweis?")
python3 - "$answer" <<'PY'
import json, sys
a = json.loads(sys.argv[1])
print(a["answer"][:160])
assert a["mode"] == "answer" and "46" in a["answer"]
PY
echo "ansible-check: OK"
