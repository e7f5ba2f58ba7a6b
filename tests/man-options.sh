#!/bin/sh
# The manual and --help list the same long options: neither may lag
# behind the other as options are added.
. "${top_srcdir:-..}/tests/testlib.sh"

man="$top_srcdir/man/leadwise.1"
[ -f "$man" ] || fail "no manual page at $man"

expect_status 0 "$LEADWISE" --help >"$tmp/help"
grep -o -e '--[a-z][a-z-]*' "$tmp/help" | sort -u >"$tmp/from-help"
# In roff, option dashes are written \-\- .
sed -n 's/\\-/-/g; /^\.TP/,/^\.SH/p' "$man" \
  | grep -o -e '--[a-z][a-z-]*' | sort -u >"$tmp/from-man"
[ -s "$tmp/from-help" ] || fail "no long options found in --help"
expect_diff "$tmp/from-help" "$tmp/from-man"

# The page is well-formed roff: groff reports no warnings.
if command -v groff >/dev/null 2>&1; then
  groff -man -ww -z "$man" 2>"$tmp/warn"
  [ -s "$tmp/warn" ] && { cat "$tmp/warn" >&2; fail "groff warns about $man"; }
fi
exit 0
