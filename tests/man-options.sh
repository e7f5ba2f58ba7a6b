#!/bin/sh
# The manual and --help list the same long options: neither may lag
# behind the other as options are added.  Both manual pages are valid
# roff, and the example in leadwise-bank(5) is a valid bank.
. "${top_srcdir:-..}/tests/testlib.sh"

man="$top_builddir/man/leadwise.1"
[ -f "$man" ] || fail "no manual page at $man"

expect_status 0 "$LEADWISE" --help >"$tmp/help"
grep -o -e '--[a-z][a-z-]*' "$tmp/help" | sort -u >"$tmp/from-help"
# In roff, option dashes are written \-\- .
sed -n 's/\\-/-/g; /^\.TP/,/^\.SH/p' "$man" \
  | grep -o -e '--[a-z][a-z-]*' | sort -u >"$tmp/from-man"
[ -s "$tmp/from-help" ] || fail "no long options found in --help"
expect_diff "$tmp/from-help" "$tmp/from-man"

# ... and the parser takes those options, no more, no fewer (the long
# options of its tables in src/core/cli.c, and those it compares by
# hand, as room's --empty).
{ sed -n 's/^ *{ "\([a-z][a-z-]*\)", [a-z_]*argument,.*/--\1/p' \
    "$top_srcdir/src/core/cli.c"
  grep -o '"--[a-z][a-z-]*"' "$top_srcdir/src/core/cli.c" | tr -d '"'
} | sort -u >"$tmp/from-parser"
[ -s "$tmp/from-parser" ] || fail "no options found in the parser"
expect_diff "$tmp/from-parser" "$tmp/from-help"

# Every option is in the SYNOPSIS.
awk '/^\.SH/ { n++ } n == 2' "$man" | sed 's/\\-/-/g' \
  | grep -o -e '--[a-z][a-z-]*' | sort -u >"$tmp/in-synopsis"
for opt in $(cat "$tmp/from-parser"); do
  case $opt in --help|--version|--answers|--save|--output|--watch) continue ;; esac
  grep -qx -e "$opt" "$tmp/in-synopsis" || fail "$opt is not in the SYNOPSIS"
done
# Those given by their short name there: -a, -o, -w.
for short in '\\fB\\-a\\fR' '\\fB\\-o\\fR' '\\fB\\-w\\fR'; do
  awk '/^\.SH/ { n++ } n == 2' "$man" | grep -q -e "$short" \
    || fail "$short is not in the SYNOPSIS"
done

# FILES names the directories this build installs to, as make has them.
installed ()   # VARIABLE: its value in the build's makefile
{
  (unset MAKEFLAGS MFLAGS MAKELEVEL; cd "$top_builddir" \
     && printf 'print-it:\n\t@echo $(%s)\n' "$1" \
        | make -s --no-print-directory -f Makefile -f - print-it)
}
grep -qx "\.I $(installed pkgdatadir)/leadwise.bank" "$man" \
  || fail "FILES does not name $(installed pkgdatadir)/leadwise.bank"
grep -q "^\.I $(installed localedir)/" "$man" \
  || fail "FILES does not name $(installed localedir)"
grep -q '@pkgdatadir@\|@localedir@' "$man" && fail "FILES left unsubstituted"

# SEE ALSO names lp(1), which prints the reports.
sed -n '/^\.SH SEE ALSO/,$p' "$man" | grep -q '^\.BR lp (1)' \
  || fail "SEE ALSO does not name lp(1)"

# The pages are well-formed roff: groff reports no warnings.
command -v groff >/dev/null 2>&1 \
  || { echo "SKIP: groff not found (Debian package groff-base)"; exit 77; }
for page in "$man" "$top_srcdir/man/leadwise-bank.5" \
            "$top_srcdir/man/de/leadwise.1" "$top_srcdir/man/es/leadwise.1"; do
  groff -K utf8 -man -ww -z "$page" 2>"$tmp/warn"
  [ -s "$tmp/warn" ] && { cat "$tmp/warn" >&2; fail "groff warns about $page"; }
done

# The example bank in leadwise-bank(5) is one that leadwise accepts.
sed -n '/^\.SH EXAMPLE/,/^\.EE/p' "$top_srcdir/man/leadwise-bank.5" \
  | sed '1,2d;$d' >"$tmp/example.bank"
expect_status 0 "$LEADWISE" --check-bank "$tmp/example.bank" >"$tmp/out"
expect_grep ': 2 sections, 4 questions$' "$tmp/out"

# The German and Spanish pages have the same synopsis: the same commands
# and options, in the same order.
synopsis ()
{
  awk '/^\.SH/ { n++ } n == 2' "$1" | sed 's/\\-/-/g' \
    | grep -o -e '--*[a-z][a-z-]*' -e '^\.B leadwise [a-z]*'
}
synopsis "$man" >"$tmp/synopsis-en"
[ -s "$tmp/synopsis-en" ] || fail "no synopsis found in $man"
for lang in de es; do
  page="$top_srcdir/man/$lang/leadwise.1"
  [ -f "$page" ] || fail "no $lang manual page"
  synopsis "$page" >"$tmp/synopsis-$lang"
  expect_diff "$tmp/synopsis-en" "$tmp/synopsis-$lang"
done
exit 0
