#!/bin/sh
# --help prints the full help on stdout, nothing on stderr, and exits 0.
. "${top_srcdir:-..}/tests/testlib.sh"

expect_status 0 "$LEADWISE" --help >"$tmp/out" 2>"$tmp/err"
[ -s "$tmp/err" ] && fail "--help wrote to stderr: $(cat "$tmp/err")"
expect_grep '^Usage: leadwise \[OPTION\]\.\.\.$' "$tmp/out"
expect_grep '^  -h, --help ' "$tmp/out"
expect_grep '^  -V, --version ' "$tmp/out"
expect_grep 'man leadwise' "$tmp/out"

# -h is the same as --help.
expect_status 0 "$LEADWISE" -h >"$tmp/short"
expect_diff "$tmp/out" "$tmp/short"

# Help wins over what follows it, as in GNU programs.
expect_status 0 "$LEADWISE" --help --bogus >"$tmp/first"
expect_diff "$tmp/out" "$tmp/first"
exit 0
