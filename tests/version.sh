#!/bin/sh
# --version: first line "leadwise VERSION", then copyright and licence.
. "${top_srcdir:-..}/tests/testlib.sh"

expect_status 0 "$LEADWISE" --version >"$tmp/out" 2>"$tmp/err"
[ -s "$tmp/err" ] && fail "--version wrote to stderr"
version=$(sed -n 's/^AC_INIT(\[leadwise\], \[\([^]]*\)\].*/\1/p' \
  "$top_srcdir/configure.ac")
[ -n "$version" ] || fail "cannot read the version from configure.ac"
echo "leadwise $version" >"$tmp/want"
head -n 1 "$tmp/out" >"$tmp/first"
expect_diff "$tmp/want" "$tmp/first"
expect_grep '^Copyright (C) ' "$tmp/out"
expect_grep 'GPL' "$tmp/out"

expect_status 0 "$LEADWISE" -V >"$tmp/short"
expect_diff "$tmp/out" "$tmp/short"
exit 0
