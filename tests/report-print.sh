#!/bin/sh
# The printed report.  Text: the one-page summary first, at most 60
# lines of 80 columns in every language, then (with --paged) a form feed
# and the details.  HTML: printed to PDF by headless Chromium on A4 and
# on Letter, the first page holds the summary's parts and carries its
# page number and the company's name at its foot, and no page before the
# last is more than half empty.  Numbers and the date the reader's way.
# Needs chromium and poppler-utils (./bootstrap --tests installs them).
. "${top_srcdir:-..}/tests/testlib.sh"

use_catalogs
data="$top_srcdir/tests/data"
command -v chromium >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1 \
  && command -v pdfinfo >/dev/null 2>&1 \
  || fail "chromium and poppler-utils are needed: run ./bootstrap --tests"


# ---------------------------------------------------------------- text
for answers in "$data"/*.answers; do
  name=$(basename "$answers" .answers)
  for loc in en_US de_DE es_ES; do
    what="$name, $loc"
    LC_ALL=$loc.UTF-8 "$LEADWISE" report --paged "$answers" >"$tmp/paged" \
      || fail "report --paged exited $? ($what)"
    [ "$(tr -cd '\f' <"$tmp/paged" | wc -c)" -eq 1 ] \
      || fail "not one form feed ($what)"
    # The summary: up to the form feed.
    LC_ALL=C awk '/\f/ { exit } { print }' "$tmp/paged" >"$tmp/summary"
    lines=$(wc -l <"$tmp/summary")
    [ "$lines" -le 60 ] || fail "a summary of $lines lines ($what)"
    one_byte_chars "$tmp/paged" | tr -d '\f' | LC_ALL=C awk 'length > 80 { exit 1 }' \
      || fail "a line wider than 80 columns ($what)"
    # Without --paged the same text, and no form feed.
    LC_ALL=$loc.UTF-8 "$LEADWISE" report "$answers" >"$tmp/plain"
    tr -d '\f' <"$tmp/paged" | cmp -s - "$tmp/plain" \
      || fail "--paged changes more than the form feed ($what)"
  done
  # The summary's parts, in English.
  LC_ALL=C.UTF-8 "$LEADWISE" report --paged "$answers" \
    | LC_ALL=C awk '/\f/ { exit } { print }' >"$tmp/summary"
  for part in "Prepared on December 1, 2026" "The structure we recommend" \
              "  CEO" "  CAIO " "Signs for a Chief AI Officer" \
              "Conditions for one leader to carry AI"; do
    grep -q -F -e "$part" "$tmp/summary" || fail "no '$part' in $name's summary"
  done
  headline=$("$LEADWISE" report -f json "$answers" \
             | sed -n 's/^  "summary": "\(.\{20\}\).*/\1/p')
  grep -q -F -e "$headline" "$tmp/summary" || fail "no headline in $name's summary"
  if grep -q '^tool\.1\.name' "$answers"; then
    grep -q '^AI tools$' "$tmp/summary" || fail "no tools in $name's summary"
  fi
done
# Five tools still fit the page: three shown, the others counted.
cp "$data/ai-fintech.answers" "$tmp/five.answers"
for n in 3 4 5; do
  printf 'tool.%s.name = Tool number %s\ntool.%s.goal = done\n' $n $n $n \
    >>"$tmp/five.answers"
done
for loc in en_US de_DE es_ES; do
  LC_ALL=$loc.UTF-8 "$LEADWISE" report --paged "$tmp/five.answers" \
    | LC_ALL=C awk '/\f/ { exit } { print }' >"$tmp/summary"
  lines=$(wc -l <"$tmp/summary")
  [ "$lines" -le 60 ] || fail "five tools: a summary of $lines lines ($loc)"
done
LC_ALL=C.UTF-8 "$LEADWISE" report "$tmp/five.answers" >"$tmp/out"
expect_grep "^and 2 more, in the details$" "$tmp/out"
# Every profile with all three modules still fits the page, with a line
# for each module, in every language (the hiring brief where the advice
# hires).
grep -E '^(readiness|governance|hire)\.' "$data/fintech-modules.answers" \
  >"$tmp/modules"
for answers in "$data"/*.answers; do
  name=$(basename "$answers" .answers)
  grep -v -E '^(meta|readiness|governance|hire)\.' "$answers" >"$tmp/all.answers"
  cat "$tmp/modules" >>"$tmp/all.answers"
  for loc in en_US de_DE es_ES; do
    LC_ALL=$loc.UTF-8 "$LEADWISE" report --paged "$tmp/all.answers" \
      | LC_ALL=C awk '/\f/ { exit } { print }' >"$tmp/summary"
    lines=$(wc -l <"$tmp/summary")
    [ "$lines" -le 60 ] \
      || fail "$name with the modules: a summary of $lines lines ($loc)"
    one_byte_chars "$tmp/summary" | LC_ALL=C awk 'length > 80 { exit 1 }' \
      || fail "$name with the modules: a line wider than 80 columns ($loc)"
  done
  LC_ALL=C.UTF-8 "$LEADWISE" report --paged "$tmp/all.answers" \
    | LC_ALL=C awk '/\f/ { exit } { print }' >"$tmp/summary"
  grep -q '^  CTO readiness: ' "$tmp/summary" \
    || fail "no readiness line in $name's summary"
  grep -q '^  AI governance: ' "$tmp/summary" \
    || fail "no governance line in $name's summary"
done
"$LEADWISE" report -f html "$tmp/five.answers" >"$tmp/out" || fail "html, five tools"
"$LEADWISE" report -f markdown "$tmp/five.answers" >"$tmp/out" \
  || fail "markdown, five tools"

expect_status 64 "$LEADWISE" report --paged -f html "$data/saas-12.answers" \
  >/dev/null 2>"$tmp/err"
expect_grep "paged is for the text format" "$tmp/err"

# The structure: a dedicated CAIO on its line, a VP under the CTO.
"$LEADWISE" report --paged "$data/ai-fintech.answers" >"$tmp/out"
expect_grep "^  └─ Chief AI Officer$" "$tmp/out"
"$LEADWISE" report "$data/saas-12.answers" >"$tmp/out"
expect_grep "^  └─ CTO (carries AI for now)$" "$tmp/out"
expect_grep "^     └─ Head of Engineering (when engineers join)$" "$tmp/out"
"$LEADWISE" report "$data/logistics-5000.answers" >"$tmp/out"
expect_grep "^  │  └─ VP of Engineering$" "$tmp/out"
expect_grep "^  ├─ CTO" "$tmp/out"
# Signs not known yet are not counted as absent.
"$LEADWISE" report "$data/partial.answers" >"$tmp/out"
expect_grep "^      0 of 5 so far$" "$tmp/out"

# ------------------------------------------------------------ numbers
LC_ALL=en_US.UTF-8 "$LEADWISE" report "$data/ai-fintech.answers" >"$tmp/en"
expect_grep "US\$7,500,000" "$tmp/en"
for loc in de_DE es_ES; do
  LC_ALL=$loc.UTF-8 "$LEADWISE" report "$data/ai-fintech.answers" >"$tmp/$loc"
  expect_grep "7\.500\.000 US\\$" "$tmp/$loc"
  grep -q "US\$7,500,000\|7500000" "$tmp/$loc" && fail "an English number in $loc"
done
"$LEADWISE" report -f json "$data/ai-fintech.answers" >"$tmp/json"
expect_grep '"answer": "7500000"' "$tmp/json"
expect_grep '^  "prepared": "2026-12-01",$' "$tmp/json"

# ---------------------------------------------------------------- PDF
# fill PDF: for each page, how far down its text goes, in percent of the
# page's height, the running footer left out.
fill ()
{
  pdftotext -bbox "$1" - | LC_ALL=C awk '
    /<page / { if (p) printf " %d", 100 * max / h; p++; max = 0
               match($0, /height="[0-9.]+"/)
               h = substr($0, RSTART + 8, RLENGTH - 9) + 0 }
    /<word / { match($0, /yMax="[0-9.]+"/)
               y = substr($0, RSTART + 6, RLENGTH - 7) + 0
               if (y < h * 0.93 && y > max) max = y }
    END { printf " %d\n", 100 * max / h }'
}

# foot PDF: the words at the foot of its first page (below 93% of the
# page's height): the running footer.
foot ()
{
  pdftotext -f 1 -l 1 -bbox "$1" - | LC_ALL=C awk '
    /<page / { match($0, /height="[0-9.]+"/)
               h = substr($0, RSTART + 8, RLENGTH - 9) + 0 }
    /<word / { match($0, /yMax="[0-9.]+"/)
               y = substr($0, RSTART + 6, RLENGTH - 7) + 0
               if (y >= h * 0.93) { w = $0; sub(/^[^>]*>/, "", w)
                                    sub(/<.*/, "", w); printf "%s ", w } }
    END { print "" }'
}

mkdir -p "$tmp/chrome"
for answers in "$data"/*.answers; do
  name=$(basename "$answers" .answers)
  company=$(sed -n 's/^company\.name = //p' "$answers")
  # The modules add a section each.
  most=8
  grep -q -E '^(readiness|governance|hire)\.' "$answers" && most=13
  for paper in A4 letter; do
    what="$name on $paper"
    "$LEADWISE" report -f html "$answers" \
      | sed "s|</style>|@page{size:$paper}</style>|" >"$tmp/r.html"
    rm -f "$tmp/r.pdf"
    HOME=$tmp timeout 120 chromium --headless --no-sandbox --disable-gpu \
      --no-pdf-header-footer --user-data-dir="$tmp/chrome" \
      --print-to-pdf="$tmp/r.pdf" "file://$tmp/r.html" >/dev/null 2>&1
    [ -s "$tmp/r.pdf" ] || fail "chromium printed nothing ($what)"
    pages=$(pdfinfo "$tmp/r.pdf" | sed -n 's/^Pages: *//p')
    [ "$pages" -ge 3 ] && [ "$pages" -le "$most" ] \
      || fail "$pages pages ($what)"
    pdftotext -f 1 -l 1 "$tmp/r.pdf" "$tmp/page1"
    # Every heading of the text summary, and its other parts.
    "$LEADWISE" report --paged "$answers" | LC_ALL=C awk '/\f/ { exit }
      prev != "" && /^-+$/ { print prev } { prev = $0 }' >"$tmp/headings"
    [ "$(wc -l <"$tmp/headings")" -ge 2 ] || fail "no headings ($what)"
    while IFS= read -r part; do
      grep -q -F -e "$part" "$tmp/page1" \
        || { cat "$tmp/page1" >&2; fail "page 1 has no '$part' ($what)"; }
    done <"$tmp/headings"
    for part in "Prepared on December 1, 2026" "CEO" "CAIO" \
                "Signs for a Chief AI Officer"; do
      grep -q -F -e "$part" "$tmp/page1" \
        || { cat "$tmp/page1" >&2; fail "page 1 has no '$part' ($what)"; }
    done
    # The page's number at its foot, out of how many, and the company.
    foot "$tmp/r.pdf" >"$tmp/foot"
    grep -q -E "1 ?/ ?$pages" "$tmp/foot" \
      || fail "no '1 / $pages' at the foot: $(cat "$tmp/foot") ($what)"
    # The recommendation is not on the first page twice: the details
    # begin on the second.
    grep -q "^Recommendation$" "$tmp/page1" && fail "details on page 1 ($what)"
    if [ -n "$company" ]; then
      first=${company%% *}
      grep -q -F -e "$(printf '%s' "$first" | sed 's/&/\&amp;/g; s/"/\&quot;/g')" \
        "$tmp/foot" || fail "no '$first' at the foot: $(cat "$tmp/foot") ($what)"
    fi
    set -- $(fill "$tmp/r.pdf")
    n=1
    while [ $# -gt 1 ]; do
      [ "$1" -ge 50 ] || fail "page $n of $pages is $1% full ($what)"
      shift
      n=$((n + 1))
    done
  done
done
exit 0
