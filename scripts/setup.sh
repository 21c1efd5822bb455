#!/usr/bin/env bash
# Installs the Debian 12 packages Bilan needs to build, run and test — only those missing —
# and configures a build folder. Quiet when everything is already there.
#   [BILAN_EXTRA_PACKAGES="pkg ..."] scripts/setup.sh BUILD_DIR BUILD_TYPE [extra cmake options...]
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=${1:-build-release}
build_type=${2:-Release}
shift $(( $# >= 2 ? 2 : $# ))

packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libxkbcommon-dev libqt6sql6-sqlite
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-charts-dev
  libsqlite3-dev sqlite3 libspdlog-dev libgtest-dev libgmock-dev
  libqt6sql6-psql libpq-dev postgresql postgresql-client qtkeychain-qt6-dev
  xvfb xauth poppler-utils qt6-translations-l10n unzip libxlsxwriter-dev libreoffice-calc-nogui
)
# Scripts that need more (scripts/fuzz.sh: clang and libFuzzer) name it here, so that one
# apt-get update serves both lists.
read -r -a extra_packages <<<"${BILAN_EXTRA_PACKAGES:-}"
packages+=("${extra_packages[@]}")
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -f "$build_dir/build.ninja" ]; then
  cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" "$@" >/dev/null
fi
