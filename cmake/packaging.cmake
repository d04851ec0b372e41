# CPack: `cpack -G DEB` in the build folder makes recovery-planner_<version>_<arch>.deb from what
# `cmake --install` installs (docs/packaging.md). Tests and benchmarks have no install rules, so
# they never reach the package.

set(CPACK_PACKAGE_NAME recovery-planner)
set(CPACK_PACKAGE_VENDOR "Recovery Planner")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_GENERATOR DEB)
# The package installs under /usr, whatever CMAKE_INSTALL_PREFIX a developer build uses.
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

# No project address exists yet: a placeholder that says so (.invalid never resolves, RFC 2606).
set(RP_PACKAGE_MAINTAINER "Recovery Planner maintainers <maintainers@recovery-planner.invalid>"
    CACHE STRING "The .deb's Maintainer field")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${RP_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# Debian Med's clinic applications live in "science"; Debian has no office or medical section.
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The summary line is CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the text under it.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Recovery Planner is for Traditional Chinese Medicine clinics that care for
women after a miscarriage or a failed IVF cycle. The practitioner keeps a
patient list with each patient's loss history, constitution and conditions,
and builds a 30-day plan of meals, soups, teas, rest and follow-up visits
from a bilingual library, then prints it in English, Traditional or
Simplified Chinese. It supports a practitioner's care; it does not replace
a doctor's.")
# The shared libraries the binary links (Qt, OpenCC …) come from dpkg-shlibdeps (dpkg-dev).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What the app loads at run time, which dpkg-shlibdeps cannot see: the SQLite driver (a Qt
# plugin), the SVG icon engine (plugin), Qt's own Chinese translations and the screen font.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6svg6, qt6-translations-l10n, fonts-noto-cjk")
# PostgreSQL is for clinics with several desks: most installs never use the driver.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
