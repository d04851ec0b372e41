# Shared by scripts/run and scripts/test: install missing Debian packages, configure, build.
# Sourced, not executed.

RP_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RP_BUILD=${RP_BUILD:-$RP_ROOT/build}

# What the app needs to build, run and be tested on Debian 12 (docs/dependencies.md says why).
RP_PACKAGES=(
  build-essential cmake pkg-config
  qt6-base-dev            # Core, Gui, Widgets, Sql, PrintSupport, Test; pulls the platform plugins
  libqt6svg6              # the SVG icon engine: window and toolbar icons, crisp at any scale
  qt6-tools-dev           # LinguistTools for CMake (qt_add_translations)
  qt6-tools-dev-tools
  qt6-l10n-tools          # lupdate, lrelease
  libxkbcommon-dev        # found by Qt6Gui's CMake package
  libqt6sql6-sqlite       # the embedded database
  libqt6sql6-psql         # PostgreSQL for multi-desk clinics
  qt6-translations-l10n   # Qt's own dialogs and buttons in Chinese
  fonts-noto-cjk          # Noto Sans CJK TC / SC: Chinese in the forms of its script
  libopencc-dev           # Traditional <-> Simplified matching (and content conversion)
  unicode-data            # build step: Unihan readings, so search finds 陳小明 by "chen", "cxm", "csm"
  python3-fonttools       # build step: the print copy of Noto Sans CJK (resources/fonts)
  poppler-utils           # tests: pdftotext / pdffonts read back the printed PDFs
  postgresql              # tests: a throwaway server the storage tests also run against
  libbenchmark-dev        # bench/: Google Benchmark (recovery-planner-bench)
  sqlite3                 # bench/: the command-line tool the search is compared with
  desktop-file-utils      # tests: desktop-file-validate checks the installed desktop file
  appstream               # tests: appstreamcli validates the installed AppStream metainfo
  dpkg-dev                # cpack -G DEB: dpkg-shlibdeps works out the package's library Depends
  xvfb xauth xdotool      # tests: the accessible-name check runs the app on a real X display
  dbus-x11 at-spi2-core python3-pyatspi  # tests: ... and reads it through AT-SPI, as Orca does
)

rp_as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    echo "Some packages are missing and this user can neither install them nor use sudo." >&2
    echo "Ask an administrator to run: $*" >&2
    return 1
  fi
}

# Installs only what is missing, so a second run costs one dpkg query.
rp_install_packages() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing Debian packages: ${missing[*]}"
  rp_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q &&
    rp_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

rp_build() {
  cmake -S "$RP_ROOT" -B "$RP_BUILD" -DCMAKE_BUILD_TYPE="${RP_BUILD_TYPE:-RelWithDebInfo}" "$@" &&
    cmake --build "$RP_BUILD" --parallel "$(nproc)"
}
