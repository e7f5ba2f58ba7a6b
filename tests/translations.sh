#!/bin/sh
# The catalogs built from po/ are used: in German and Spanish, --help and
# a usage error come out translated, in UTF-8.
. "${top_srcdir:-..}/tests/testlib.sh"

for lang in de es; do
  mo=""
  for dir in "$top_builddir/po" "$top_srcdir/po"; do
    [ -f "$dir/$lang.gmo" ] && { mo="$dir/$lang.gmo"; break; }
  done
  [ -n "$mo" ] || fail "no compiled catalog $lang.gmo in po/"
  mkdir -p "$tmp/locale/$lang/LC_MESSAGES"
  cp "$mo" "$tmp/locale/$lang/LC_MESSAGES/leadwise.mo"
done

run_in ()
{
  lang=$1; shift
  LEADWISE_LOCALEDIR="$tmp/locale" LC_ALL=C.UTF-8 LANGUAGE=$lang \
    "$LEADWISE" "$@"
}

run_in de --help >"$tmp/de" || fail "--help failed in German"
expect_grep '^Aufruf: leadwise \[OPTION\]\.\.\.$' "$tmp/de"
expect_grep 'Versionsinformationen' "$tmp/de"

run_in es --help >"$tmp/es" || fail "--help failed in Spanish"
expect_grep '^Uso: leadwise \[OPCIÓN\]\.\.\.$' "$tmp/es"

expect_status 64 run_in de --bogus 2>"$tmp/de-err"
expect_grep "^leadwise: unbekannte Option »--bogus«$" "$tmp/de-err"
expect_status 64 run_in es --bogus 2>"$tmp/es-err"
expect_grep "^leadwise: opción no reconocida «--bogus»$" "$tmp/es-err"

# Without a catalog for the language, English.
run_in fr --help >"$tmp/fr"
expect_grep '^Usage: leadwise' "$tmp/fr"
exit 0
