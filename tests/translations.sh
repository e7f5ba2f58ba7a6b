#!/bin/sh
# The catalogs built from po/ are used: in German and Spanish, --help and
# a usage error come out translated, in UTF-8, and --help fits in 80
# columns.  --lang chooses the language whatever the locale says.
. "${top_srcdir:-..}/tests/testlib.sh"

use_catalogs

run_in ()
{
  lang=$1; shift
  LC_ALL=C.UTF-8 LANGUAGE=$lang "$LEADWISE" "$@"
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

for lang in de es; do
  width=$(LC_ALL=C.UTF-8 wc -L <"$tmp/$lang")
  [ "$width" -lt 80 ] || fail "--help in $lang is $width columns wide"
done

# --lang, in the C locale (as over SSH) and against the locale.
LC_ALL=C "$LEADWISE" --lang de --help >"$tmp/lang-de" || fail "--lang de failed"
expect_diff "$tmp/de" "$tmp/lang-de"
LC_ALL=es_ES.UTF-8 "$LEADWISE" --lang=en --help >"$tmp/lang-en"
expect_grep '^Usage: leadwise' "$tmp/lang-en"
LC_ALL=C "$LEADWISE" --lang es_MX.UTF-8 --help >"$tmp/lang-es"
expect_diff "$tmp/es" "$tmp/lang-es"
expect_status 64 "$LEADWISE" --lang fr 2>"$tmp/fr-err"
expect_grep "^leadwise: unknown language 'fr' (use en, de or es)$" "$tmp/fr-err"
LC_ALL=C "$LEADWISE" --lang de report --lang fr x 2>"$tmp/fr-err2"
[ $? -eq 64 ] || fail "report --lang fr was accepted"
expect_grep "^leadwise: unbekannte Sprache »fr«" "$tmp/fr-err2"

# Without a catalog for the language, English.
run_in fr --help >"$tmp/fr"
expect_grep '^Usage: leadwise' "$tmp/fr"
# Asked for a language whose catalog is not there, it says so (and goes
# on in English), on the command line and line by line.
mkdir "$tmp/no-catalogs"
LEADWISE_LOCALEDIR="$tmp/no-catalogs" "$LEADWISE" --lang de --version \
  >"$tmp/out" 2>"$tmp/err" || fail "--lang de without catalogs failed"
expect_grep "the 'de' translation is not installed (nothing in $tmp/no-catalogs)" "$tmp/err"
expect_grep '^leadwise ' "$tmp/out"
LEADWISE_LOCALEDIR="$tmp/no-catalogs" "$LEADWISE" --lang en --version \
  >/dev/null 2>"$tmp/err"
[ -s "$tmp/err" ] && fail "English asked for a catalog: $(cat "$tmp/err")"
printf 'lang\n2\nquit\n' | LEADWISE_LOCALEDIR="$tmp/no-catalogs" \
  XDG_STATE_HOME="$tmp/state" "$LEADWISE" --plain >"$tmp/plain" 2>&1
expect_grep "the 'de' translation is not installed" "$tmp/plain"
exit 0
