#!/usr/bin/env bash
# Installs what Copydesk needs on Debian 12 and builds the Qt 6 KSyntaxHighlighting.
# Idempotent: a second run only checks and returns (a stamp file guards the slow parts).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
prefix="${COPYDESK_DEPS_PREFIX:-${XDG_CACHE_HOME:-$HOME/.cache}/copydesk-deps}"
ksh_version=5.116.0
ksh_sha256=6f8ccacebd0dc9ce050b2b23b715750c97938b3336fbbb80967920cb8c1dfaa7

packages=(
  build-essential cmake ninja-build pkg-config perl xz-utils file dpkg-dev
  qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-charts-dev libqt6opengl6-dev qt6-translations-l10n extra-cmake-modules qtkeychain-qt6-dev
  libcurl4-openssl-dev nlohmann-json3-dev libsqlite3-dev sqlite3 catch2 libcli11-dev
  libgumbo-dev libicu-dev libxxhash-dev libdtl-dev libcpp-httplib-dev libsimdjson-dev libtomlplusplus-dev
  python3 xvfb xauth xdotool imagemagick fonts-wqy-microhei appstream
  dbus gnome-keyring libsecret-tools
  postgresql-15 postgresql-contrib libpq-dev
  libboost-math-dev
)

missing_packages() {
  local pkg
  for pkg in "${packages[@]}"; do
    dpkg-query -W -f='${Status}\n' "$pkg" 2>/dev/null | grep -q '^install ok installed$' || echo "$pkg"
  done
}

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

install_packages() {
  local missing
  missing=$(missing_packages)
  [ -z "$missing" ] && return 0
  echo "setup: installing: $(echo $missing | tr '\n' ' ')"
  as_root apt-get update -qq
  # shellcheck disable=SC2086
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-upgrade --no-install-recommends $missing >/dev/null
}

debian_mirror() {
  local uri
  uri=$(grep -hE '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | grep -v security | head -n1 | awk '{print $2}')
  if [ -z "$uri" ]; then
    uri=$(grep -hE '^deb ' /etc/apt/sources.list 2>/dev/null | grep -v security | head -n1 | awk '{print $2}')
  fi
  echo "${uri:-http://deb.debian.org/debian}"
}

build_ksyntaxhighlighting() {
  local stamp="$prefix/.ksyntaxhighlighting-$ksh_version-qt6"
  [ -f "$stamp" ] && return 0
  local work tarball
  work=$(mktemp -d)
  chmod 755 "$work"  # apt-helper downloads as _apt
  tarball="$work/ksh.tar.xz"
  echo "setup: building KSyntaxHighlighting $ksh_version for Qt 6 into $prefix"
  /usr/lib/apt/apt-helper download-file \
    "$(debian_mirror)/pool/main/k/ksyntax-highlighting/ksyntax-highlighting_${ksh_version}.orig.tar.xz" \
    "$tarball" "SHA256:$ksh_sha256" >/dev/null
  tar -xf "$tarball" -C "$work"
  local src="$work/syntax-highlighting-$ksh_version"
  [ -d "$src" ] || src=$(find "$work" -maxdepth 1 -mindepth 1 -type d | head -n1)
  # Debian 12's ECM is 5.103; the translations would need Qt 6 LinguistTools for poqm.
  sed -i 's/find_package(ECM 5\.[0-9.]*/find_package(ECM 5.103.0/' "$src/CMakeLists.txt"
  rm -rf "$src/poqm"
  cmake -S "$src" -B "$work/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_INSTALL_PREFIX="$prefix" -DQT_MAJOR_VERSION=6 -DBUILD_TESTING=OFF -DBUILD_QCH=OFF \
    -DKSYNTAXHIGHLIGHTING_USE_GUI=ON -DBUILD_SHARED_LIBS=OFF -DCMAKE_POSITION_INDEPENDENT_CODE=ON >/dev/null
  cmake --build "$work/build" >/dev/null
  cmake --install "$work/build" >/dev/null
  touch "$stamp"
  rm -rf "$work"
}

install_packages
build_ksyntaxhighlighting
echo "setup: ok"
