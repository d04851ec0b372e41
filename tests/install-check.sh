#!/usr/bin/env bash
# Installs the build into a throwaway prefix, as the .deb does, and checks what a desktop and a
# software centre read from it: the desktop file, the AppStream metainfo, the icon they name, the
# binary they start; and that the print fonts and documents are there and no test or benchmark is.
# usage: install-check.sh BUILD_DIR WORK_DIR APP_ID VERSION
set -euo pipefail
build=$1 work=$2 id=$3 version=$4
prefix=$work/usr
fail() { echo "FAIL: $*" >&2; exit 1; }

rm -rf "$work"
"${RP_CMAKE:-cmake}" --install "$build" --prefix "$prefix" > "$work.log" || { cat "$work.log"; fail "cmake --install"; }

desktop=$prefix/share/applications/$id.desktop
metainfo=$prefix/share/metainfo/$id.metainfo.xml
icon=$prefix/share/icons/hicolor/scalable/apps/$id.svg
for f in "$prefix/bin/recovery-planner" "$desktop" "$metainfo" "$icon" \
         "$prefix"/share/recovery-planner/fonts/RPNotoSansCJK{tc,sc}-{Regular,Bold}.otf \
         "$prefix/share/doc/recovery-planner/README.md" "$prefix/share/doc/recovery-planner/copyright" \
         "$prefix/share/doc/recovery-planner/LICENSE" \
         "$prefix"/share/doc/recovery-planner/licences/{OFL-1.1,Unicode,Apache-2.0}.txt; do
  [ -s "$f" ] || fail "not installed: ${f#"$prefix"/}"
done

# desktop-file-validate exits 0 on warnings: only its hints may remain (docs/packaging.md).
out=$(desktop-file-validate "$desktop" 2>&1) || { echo "$out"; fail "desktop-file-validate"; }
echo "$out"
! grep -qE ': (error|warning):' <<< "$out" || fail "desktop-file-validate: errors or warnings"

# The metainfo alone, then the tree (it finds the desktop file the metainfo launches).
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate"
appstreamcli validate-tree --no-net "$prefix" || fail "appstreamcli validate-tree"

# What the desktop file names must be what was installed.
grep -qx "Icon=$id" "$desktop" || fail "the desktop file's Icon= is not $id"
grep -qx "Exec=recovery-planner" "$desktop" || fail "the desktop file's Exec= is not recovery-planner"
grep -q "<release version=\"$version\"" "$metainfo" || fail "the metainfo's release is not $version"
[ "$("$prefix/bin/recovery-planner" --version)" = "recovery-planner $version" ] ||
  fail "the installed binary does not run or is not $version"

# The package carries the app only.
stray=$(find "$prefix" -type f \( -name 'tst_*' -o -name '*bench*' -o -name '*.a' -o -name '*.h' \))
[ -z "$stray" ] || fail "installed but not part of the app: $stray"
echo "install check: fine ($(find "$prefix" -type f | wc -l) files)"
