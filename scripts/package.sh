#!/usr/bin/env bash
# Builds Bilan's Debian package and checks it as a user's machine would see it
# (docs/packaging.md): a Release build of the program alone, cpack's .deb, desktop-file-validate,
# appstreamcli and lintian, then `apt-get install ./bilan_*.deb`, the installed /usr/bin/bilan
# run from a folder outside the tree, and the package removed again whatever happens.
#   bash scripts/package.sh        (as root or with sudo, like scripts/setup.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir=$PWD
build_dir=build-package
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)

# dpkg-dev: dpkg-shlibdeps, which computes the package's dependencies; the checkers; man-db to
# read the manual page. The build flags are Debian's hardening ones (fortify, stack protector,
# read-only relocations bound now), as lintian expects of a packaged program.
# ccache, when there, with paths taken relative to the clone: CI's fresh clone in another folder
# then finds the objects of the last run.
if command -v ccache >/dev/null && [ -z "${CMAKE_CXX_COMPILER_LAUNCHER:-}" ]; then
  export CMAKE_CXX_COMPILER_LAUNCHER=ccache CCACHE_BASEDIR=$source_dir
fi
BILAN_EXTRA_PACKAGES="${BILAN_EXTRA_PACKAGES:-} dpkg-dev desktop-file-utils appstream lintian man-db" \
  scripts/setup.sh "$build_dir" Release -DBILAN_BUILD_TESTS=OFF -DBILAN_WERROR=ON \
  "-DCMAKE_CXX_FLAGS=-D_FORTIFY_SOURCE=2 -fstack-protector-strong -Wformat -Werror=format-security" \
  "-DCMAKE_EXE_LINKER_FLAGS=-Wl,-z,relro -Wl,-z,now"

echo "== build (Release, the program alone)"
cmake --build "$build_dir" -- -j"$(nproc)"
rm -f "$build_dir"/bilan_*.deb
(cd "$build_dir" && cpack -G DEB >/dev/null)
debs=("$build_dir"/bilan_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || { echo "package.sh: no single .deb made" >&2; exit 1; }
deb=$source_dir/${debs[0]}
echo "== made $(basename "$deb")"
dpkg-deb --field "$deb" Package Version Architecture Depends Recommends

echo "== desktop-file-validate, appstreamcli"
desktop-file-validate packaging/org.bilan.Bilan.desktop
appstreamcli validate --no-net "$build_dir"/packaging/org.bilan.Bilan.metainfo.xml

echo "== lintian"
# Errors fail; the overrides shipped in the package (packaging/lintian-overrides) say why each
# tag they silence is right for Bilan. Warnings and notes are shown.
lintian --fail-on error --display-info "$deb"

echo "== install"
installed_before=$(dpkg-query -W -f='${Status}' bilan 2>/dev/null || true)
if [[ $installed_before == *"install ok installed"* ]]; then
  echo "package.sh: bilan is already installed; remove it first (apt-get remove bilan)" >&2
  exit 1
fi
work=$(mktemp -d)
cleanup() {
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove --purge -y -qq bilan \
    >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
# Recommends (Qt's French, the Wayland plugin) are left out, so that removing the package leaves
# the machine as it was; the dependencies were installed by scripts/setup.sh.
"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  "$deb" >/dev/null
echo "installed: $(dpkg-query -W -f='${Package} ${Version}' bilan)"

echo "== the installed program, outside the tree"
# A home of its own, so that nothing of this user's data or settings is read or written.
(
  cd "$work"
  export HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime"
  mkdir -p "$HOME" && mkdir -m 0700 "$XDG_RUNTIME_DIR"
  unset XDG_DATA_HOME XDG_CONFIG_HOME LC_ALL LC_MESSAGES
  export LANG=C.UTF-8
  bilan=/usr/bin/bilan
  version=$(sed -n 's/^project(Bilan VERSION \([0-9.]*\).*/\1/p' "$source_dir/CMakeLists.txt")
  [ "$("$bilan" --version)" = "bilan $version" ] || { echo "--version says $("$bilan" --version)"; exit 1; }
  echo "$("$bilan" --version)"
  "$bilan" demo --db x.sqlite
  "$bilan" figures --db x.sqlite --year 2023-2024 > figures.txt
  [ -s figures.txt ] || { echo "figures printed nothing"; exit 1; }
  head -5 figures.txt
  "$bilan" report --db x.sqlite --year 2023-2024 --pdf r.pdf --lang fr
  [ -s r.pdf ] || { echo "the report's PDF is missing or empty"; exit 1; }
  # Each output into a file first: `grep -q` leaves at the first match, and the writer it leaves
  # would fail the pipeline (pipefail) with SIGPIPE.
  pdftotext -l 2 r.pdf r.txt
  grep -q "Rapport d" r.txt || { echo "the report is not in French"; exit 1; }
  echo "report: r.pdf, $(stat -c %s r.pdf) bytes, in French"
  # The window's and the messages' French, from the translation installed with the program.
  [ -f /usr/share/bilan/translations/bilan_fr.qm ]
  LANG=fr_CA.UTF-8 "$bilan" --help > help-fr.txt
  grep -q "^Utilisation" help-fr.txt \
    || { echo "bilan --help is not in French under LANG=fr_CA.UTF-8"; exit 1; }
  LANG=fr_CA.UTF-8 "$bilan" figures --db x.sqlite --year 2023-2024 > figures-fr.txt
  grep -q "^Chiffres de l.exercice" figures-fr.txt \
    || { echo "bilan figures is not in French under LANG=fr_CA.UTF-8"; exit 1; }
  head -1 figures-fr.txt
  echo "French: found"
  man -l /usr/share/man/man1/bilan.1.gz > man.txt 2>/dev/null
  grep -q "EXIT STATUS" man.txt || { echo "man -l cannot read the manual page"; exit 1; }
  zcat /usr/share/man/man1/bilan.1.gz > bilan.1
  grep -q '^\.TH BILAN 1' bilan.1 || { echo "the manual page is not roff"; exit 1; }
  grep -q "^\.TH BILAN 1 .*\"Bilan $version\"" bilan.1 \
    || { echo "the manual page does not name version $version"; exit 1; }
  echo "manual page: reads"
  [ -f /usr/share/applications/org.bilan.Bilan.desktop ]
  [ -f /usr/share/icons/hicolor/scalable/apps/org.bilan.Bilan.svg ]
  [ -f /usr/share/metainfo/org.bilan.Bilan.metainfo.xml ]
)
echo "== removed again"
cleanup
trap - EXIT
! [ -e /usr/bin/bilan ] || { echo "package.sh: /usr/bin/bilan is still there" >&2; exit 1; }
echo "package.sh: the package builds, validates, installs, runs and is removed"
