#!/bin/sh
# The room's distributions in every format.  HTML: a chart in SVG for
# each count (who leads, the CAIO verdict, tools by verdict, the most
# split questions, readiness, governance gaps) and a histogram of the
# scores, each figure the room's own, in one self-contained page (no
# script, no file or address outside it) that prints on A4 and Letter.
# JSON and CSV (--distributions) carry the same counts; the questions
# most split on are those most answers differ on, counted from the files.
# Needs jq, chromium and poppler-utils (./bootstrap --tests installs them).
. "${top_srcdir:-..}/tests/testlib.sh"

for tool in jq chromium pdftotext pdfinfo; do
  command -v $tool >/dev/null 2>&1 || fail "$tool is needed: run ./bootstrap --tests"
done

room="$tmp/room"
mkdir "$room"
cp "$top_srcdir"/tests/data/*.answers "$room/"
n=$(ls "$room" | wc -l)

expect_status 0 "$LEADWISE" summary --format json "$room" >"$tmp/s.json"
expect_status 0 "$LEADWISE" summary --format html -o "$tmp/s.html" "$room"

# --------------------------------------------------------------- the HTML
grep -qi '<script\|<link\|<img\|<iframe\|url(\| src=\| href=' "$tmp/s.html" \
  && fail "the HTML summary reaches outside itself"
for kind in chart histogram; do
  grep -q "<svg class=\"$kind\" role=\"img\"" "$tmp/s.html" \
    || fail "no $kind in the HTML summary"
done
# Who leads, the CAIO, tools, 3 split questions, readiness, governance.
charts=$(grep -c '<svg class="chart"' "$tmp/s.html")
[ "$charts" -eq 8 ] || fail "$charts charts in the HTML summary, not 8"

# Each bar says the room's figure: the CTO's count and share, and a fill
# of 440 pixels times that share.
cto=$(jq .primary.cto "$tmp/s.json")
pct=$(( (cto * 200 + n) / (2 * n) ))
grep -q "<title>CTO: $cto ($pct%)</title>" "$tmp/s.html" \
  || fail "no bar of $cto CTOs ($pct%) in the chart"
width=$(( cto * 440 / n ))
grep "<title>CTO: $cto" "$tmp/s.html" \
  | grep -q "class=\"fill\" x=\"0\" y=\"[0-9]*\" width=\"$width\"" \
  || fail "the CTO bar is not $width pixels wide"
# The histogram: a column per fifth with its count, CTO's the JSON's.
for k in 0 1 2 3 4; do
  jq -r ".distributions.scores.cto[$k]" "$tmp/s.json"
done >"$tmp/want"
awk '/<svg class="histogram"/,/<\/svg>/' "$tmp/s.html" \
  | awk '/class="name"/ { role++ } role == 1' \
  | grep -o '<title>[^<]*: [0-9]*</title>' | sed 's/.*: \([0-9]*\)<.*/\1/' \
  >"$tmp/got"
expect_diff "$tmp/want" "$tmp/got"

# Printed: A4 and Letter, every chart on the paper, within two pages.
for paper in A4 Letter; do
  sed "s/@page{size:auto/@page{size:$paper/" "$tmp/s.html" >"$tmp/p.html"
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$tmp/s.pdf" "file://$tmp/p.html" >/dev/null 2>&1 \
    || fail "chromium could not print the summary ($paper)"
  pdftotext -layout "$tmp/s.pdf" "$tmp/s.txt"
  for heading in "Who should lead technology" "Chief AI Officer" \
      "Most split questions" "CTO readiness" "AI governance gaps"; do
    grep -q "$heading" "$tmp/s.txt" || fail "no '$heading' on paper ($paper)"
  done
  pages=$(pdfinfo "$tmp/s.pdf" | awk '/^Pages:/ { print $2 }')
  [ "$pages" -le 4 ] || fail "the summary takes $pages pages ($paper)"
done

# ----------------------------------------------- the most split questions
# Counted again from the files: the first split question's answers, and
# no question with more answers differing from its commonest.
first=$(jq -r '.distributions.split[0].id' "$tmp/s.json")
[ -n "$first" ] && [ "$first" != null ] || fail "no split question"
grep -h "^$first = " "$room"/*.answers | sed 's/.* = //' | sort | uniq -c \
  | awk '{ print $2, $1 }' | sort >"$tmp/want"
jq -r ".distributions.split[0].answers | to_entries[] | \"\(.key) \(.value)\"" \
  "$tmp/s.json" | sort >"$tmp/got"
expect_diff "$tmp/want" "$tmp/got"
differ=$(jq '.distributions.split[0].differ' "$tmp/s.json")
for id in company.offering company.internal_complexity ai.regulation \
    lead.cto_stretched; do
  most=$(grep -h "^$id = " "$room"/*.answers | sed 's/.* = //' | sort \
         | uniq -c | sort -rn | awk 'NR == 1 { print $1 }')
  all=$(grep -h "^$id = " "$room"/*.answers | wc -l)
  [ $((all - most)) -le "$differ" ] \
    || fail "$id: $((all - most)) differ, more than $first's $differ"
done

# ------------------------------------------------------------------ text
# Within 78 columns in every language, the participants' table too.
use_catalogs
for loc in en_US de_DE es_ES; do
  LC_ALL=$loc.UTF-8 "$LEADWISE" summary "$room" >"$tmp/s.txt" \
    || fail "summary exited $? ($loc)"
  grep -q '\] [0-9]* ([0-9]* \{0,1\}%)$' "$tmp/s.txt" || fail "no chart ($loc)"
  one_byte_chars "$tmp/s.txt" | LC_ALL=C awk 'length > 78 { print; bad = 1 }
      END { exit bad }' >"$tmp/wide" || fail "wider than 78 ($loc): $(cat "$tmp/wide")"
done

# ------------------------------------------------------------------- CSV
expect_status 0 "$LEADWISE" summary --format csv --distributions "$room" \
  >"$tmp/d.csv"
head -n 1 "$tmp/d.csv" | tr -d '\r' | grep -qx 'measure,value,count,of' \
  || fail "the distributions' header: $(head -n 1 "$tmp/d.csv")"
tr -d '\r' <"$tmp/d.csv" | awk -F, -v n="$n" '
  NR > 1 { sum[$1] += $3; of[$1] = $4 }
  END { for (m in sum) if (sum[m] != of[m] && m != "governance_gap") {
          print m ": " sum[m] " of " of[m]; bad = 1 }
        if (of["primary"] != n) { print "primary of " of["primary"]; bad = 1 }
        exit bad }' >"$tmp/bad" || fail "counts that do not add up: $(cat "$tmp/bad")"
[ "$(tr -d '\r' <"$tmp/d.csv" | grep -c "^split\.$first,")" -gt 1 ] \
  || fail "no split.$first rows in the CSV"
tr -d '\r' <"$tmp/d.csv" | grep -qx "primary,cto,$cto,$n" \
  || fail "the CSV's CTO count is not $cto of $n"
expect_status 64 "$LEADWISE" summary --distributions "$room" 2>"$tmp/err"
expect_grep 'distributions goes with --format csv' "$tmp/err"
expect_status 64 "$LEADWISE" report --distributions \
  "$top_srcdir/tests/data/saas-12.answers" 2>/dev/null
exit 0
