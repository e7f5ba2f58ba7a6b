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
# Where bugs go: the address AC_INIT gives, the same in --help, in the
# header of every translation, and in REPORTING BUGS of the manual pages.
bugs=$(sed -n 's/^#define PACKAGE_BUGREPORT "\(.*\)"$/\1/p' "$top_builddir/config.h")
url=$(sed -n 's/^#define PACKAGE_URL "\(.*\)"$/\1/p' "$top_builddir/config.h")
case $bugs in *@*) ;; *) fail "AC_INIT gives no bug address ('$bugs')" ;; esac
[ -n "$url" ] || fail "AC_INIT gives no home page"
expect_grep "^Report bugs to: $bugs\$" "$tmp/out"
expect_grep "^leadwise home page: <$url>\$" "$tmp/out"
for po in "$top_srcdir"/po/*.po "$top_srcdir"/po/leadwise.pot; do
  [ -f "$po" ] || continue
  grep -q "^\"Report-Msgid-Bugs-To: $bugs\\\\n\"\$" "$po" \
    || fail "$po: Report-Msgid-Bugs-To is not $bugs"
done
for page in "$top_builddir"/man/leadwise.1 "$top_srcdir"/man/*/leadwise.1; do
  sed -n '/^\.SH \(REPORTING BUGS\|"FEHLER MELDEN"\|"INFORMAR DE ERRORES"\)/,/^\.SH/p' \
    "$page" >"$tmp/section"
  grep -qx "\.MT $bugs" "$tmp/section" || fail "$page: no REPORTING BUGS to $bugs"
  grep -qx "\.UR $url" "$tmp/section" || fail "$page: no home page $url"
done
exit 0
