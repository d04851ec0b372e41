#!/usr/bin/env bash
# Every tracked C++ file is as .clang-format has it (HACKING.md, "Formatting"). Only clang-format
# 14 (Debian 12's, which scripts/test installs) is the judge: another version formats a few
# constructs differently, so it skips rather than fails. usage: format-check.sh SOURCE_DIR
set -euo pipefail
cd "$1"
command -v clang-format > /dev/null || { echo "clang-format is not installed: skipped"; exit 77; }
version=$(clang-format --version | grep -oE '[0-9]+\.[0-9]+' | head -1)
[ "${version%%.*}" = 14 ] || { echo "clang-format $version is not 14: skipped"; exit 77; }
git rev-parse --is-inside-work-tree > /dev/null 2>&1 || { echo "not a git checkout: skipped"; exit 77; }
out=$(git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run 2>&1 | grep 'warning:' || true)
[ -z "$out" ] && { echo "every file formatted"; exit 0; }
echo "$out" | cut -d: -f1 | sort | uniq -c | sed 's/^/not formatted: /'
echo "Run scripts/format (or scripts/format --all), then commit."
exit 1
