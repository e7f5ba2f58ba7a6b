#!/bin/sh
# Reports in German and Spanish.  For every profile tests/data/NAME.answers
# the text report matches tests/data/NAME.de.txt and NAME.es.txt, numbers
# written the language's way, in UTF-8; --lang in the C locale (as over
# SSH) gives the same.  HTML says its language.  The JSON report is the
# same in every language, and a session typed line by line in German
# saves the same answers, and so the same JSON, as one typed in English.
# After a deliberate change, regenerate the golden files with:
#   LEADWISE_UPDATE_GOLDEN=1 make check TESTS=tests/report-i18n.sh
. "${top_srcdir:-..}/tests/testlib.sh"

use_catalogs
data="$top_srcdir/tests/data"

count=0
for answers in "$data"/*.answers; do
  name=${answers%.answers}
  LC_ALL=C "$LEADWISE" report -f json "$answers" >"$tmp/en.json" \
    || fail "report -f json $answers exited $?"
  for pair in de:de_DE es:es_ES; do
    lang=${pair%%:*}
    expected="$name.$lang.txt"
    LC_ALL=${pair#*:}.UTF-8 "$LEADWISE" report "$answers" >"$tmp/out" \
      || fail "report $answers exited $? in $lang"
    expect_golden "$expected" "$tmp/out"
    LC_ALL=C "$LEADWISE" report --lang "$lang" "$answers" >"$tmp/lang"
    expect_diff "$expected" "$tmp/lang"
    LC_ALL=${pair#*:}.UTF-8 "$LEADWISE" report -f json "$answers" \
      >"$tmp/$lang.json"
    expect_diff "$tmp/en.json" "$tmp/$lang.json"
    count=$((count + 1))
  done
done
[ "$count" -ge 10 ] || fail "only $count translated reports were compared"

# Numbers the language's way, UTF-8 kept, the language named in HTML.
expect_grep '^Technologie- und KI-Führung: ' "$data/ai-fintech.de.txt"
expect_grep '7\.500\.000 US\$' "$data/ai-fintech.de.txt"
expect_grep '^Dirección de tecnología e IA: ' "$data/ai-fintech.es.txt"
expect_grep '7\.500\.000 US\$' "$data/ai-fintech.es.txt"
LC_ALL=C "$LEADWISE" report --lang en "$data/ai-fintech.answers" >"$tmp/en"
expect_grep 'US\$7,500,000' "$tmp/en"
LC_ALL=C "$LEADWISE" report -f html --lang es "$data/ai-fintech.answers" \
  >"$tmp/es.html"
expect_grep '<html lang="es">' "$tmp/es.html"
expect_grep 'Recomendación' "$tmp/es.html"

# The same session typed in German and in English.
cat >"$tmp/typed-de" <<'EOT'
Größe & Söhne ¿Qué?
1
12
hilfe
1
zurück

1
3
1
4
3
2
5,5M
2
1
1
5, 2
2
Copilot
2
1
1
2
3
weiter
weiter
nein
EOT
sed -e 's/^hilfe$/help/' -e 's/^zurück$/back/' -e 's/^weiter$/skip/' \
  -e 's/^nein$/no/' -e 's/^5,5M$/5.5M/' "$tmp/typed-de" >"$tmp/typed-en"
for lang in de en; do
  LC_ALL=C XDG_STATE_HOME="$tmp/state-$lang" "$LEADWISE" --lang $lang \
    <"$tmp/typed-$lang" >"$tmp/session-$lang" 2>&1 \
    || fail "the session in $lang exited $?"
  grep -v '^meta\.' "$tmp/state-$lang/leadwise/session.answers" >"$tmp/answers-$lang"
  LC_ALL=C "$LEADWISE" report -f json "$tmp/state-$lang/leadwise/session.answers" \
    >"$tmp/session-$lang.json"
done
expect_grep '^\[Ihr Unternehmen\] Abschnitt 1 von 4, Frage 1 von 13$' \
  "$tmp/session-de"
expect_grep '^Wie heißt das Unternehmen?$' "$tmp/session-de"
expect_grep '^Bisher: Gering: ein paar Standardwerkzeuge' "$tmp/session-de"
expect_grep '^Technologie- und KI-Führung: Größe & Söhne ¿Qué?$' \
  "$tmp/session-de"
expect_grep '^company.name = Größe & Söhne ¿Qué?$' "$tmp/answers-de"
expect_grep '^ai.annual_spend_usd = 5500000$' "$tmp/answers-de"
expect_diff "$tmp/answers-en" "$tmp/answers-de"
expect_diff "$tmp/session-en.json" "$tmp/session-de.json"
# The day a report is prepared on, as each language writes it, in every
# format; ISO in the JSON; today's without SOURCE_DATE_EPOCH.
answers="$data/saas-12.answers"
for pair in "en_US|Prepared on December 1, 2026" \
            "de_DE|Erstellt am 1. Dezember 2026" \
            "es_ES|Preparado el 1 de diciembre de 2026"; do
  loc=${pair%%|*}; want=${pair#*|}
  for format in text markdown html; do
    LC_ALL=$loc.UTF-8 "$LEADWISE" report -f $format "$answers" >"$tmp/out"
    grep -q -F -e "$want" "$tmp/out" \
      || fail "no '$want' in the $format report ($loc)"
  done
done
"$LEADWISE" report -f json "$answers" >"$tmp/out"
expect_grep '^  "prepared": "2026-12-01",$' "$tmp/out"
today=$(date -u +%Y-%m-%d)
env -u SOURCE_DATE_EPOCH "$LEADWISE" report -f json "$answers" >"$tmp/out"
expect_grep "^  \"prepared\": \"$today\",\$" "$tmp/out"
exit 0
