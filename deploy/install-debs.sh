#!/bin/sh
# Install the Debian packages of an install bundle that this system lacks, from the .deb files
# alone: apt is shown no repository at all, so it can neither download anything nor mix in
# other versions. install.sh --offline calls it; scripts/offline-install-check.sh runs it in a
# minimal Debian without network.
#   sh deploy/install-debs.sh DEBS_DIR RELEASE     (as root; RELEASE: the Debian codename)
set -eu
dir=$1 release=$2
. /etc/os-release
if [ "${VERSION_CODENAME:-}" != "$release" ]; then
  echo "install-debs: the packages are for Debian '$release', this is '${VERSION_CODENAME:-?}'" >&2
  exit 3
fi
set --
for deb in "$dir"/*.deb; do
  [ -e "$deb" ] || continue
  pkg=$(dpkg-deb -f "$deb" Package)
  # packages the system has stay as they are: a bundle never up- or downgrades them
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' \
    || set -- "$@" "$(realpath "$deb")"
done
if [ $# = 0 ]; then
  echo "install-debs: every package is present"
  exit 0
fi
empty=$(mktemp -d)
trap 'rm -rf "$empty"' EXIT
apt-get install -y -q --no-install-recommends -o Dir::State::Lists="$empty" \
  -o Dir::Etc::SourceList="$empty/none.list" -o Dir::Etc::SourceParts="$empty" \
  -o Dir::Cache::pkgcache= -o Dir::Cache::srcpkgcache= "$@"
echo "install-debs: $# package(s) installed"
