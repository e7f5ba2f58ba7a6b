#!/bin/sh
# "leadwise summary": a workshop's directory, with a corrupt file among
# the answers, in every format; csv parses as CSV and json as JSON; the
# scores not known yet (a verdict undecided) left out of the figures,
# and counted.
. "${top_srcdir:-..}/tests/testlib.sh"

for tool in jq python3; do
  command -v $tool >/dev/null 2>&1 \
    || { echo "SKIP: $tool not found (Debian package $tool)"; exit 77; }
done

dir="$tmp/room"
mkdir "$dir"
for name in agency-8 ai-fintech logistics-4000 partial saas-12; do
  cp "$top_srcdir/tests/data/$name.answers" "$dir/"
done
printf 'meta.participant = Smith, "Ace" & Jones\n' >>"$dir/saas-12.answers"
printf 'this is not an answers file\n' >"$dir/broken.answers"
printf 'meta.participant = =HYPERLINK("http://x","y")\ncompany.name = F\n' \
  >"$dir/formula.answers"
printf 'company.offering = bananas\n' >"$dir/bad-value.answers"
printf 'company.name = hidden\n' >"$dir/.temp.answers"       # being written
printf 'company.name = other\n' >"$dir/notes.txt"            # not answers

expect_status 0 "$LEADWISE" summary "$dir" >"$tmp/text" 2>"$tmp/err"
[ -s "$tmp/err" ] && fail "summary wrote errors: $(cat "$tmp/err")"
expect_grep '^6 participants\.$' "$tmp/text"
expect_grep '^  CTO  *\[#*\.*\] 3 (50%)$' "$tmp/text"
expect_grep '^  - .*broken.answers:1: expected' "$tmp/text"
expect_grep 'bad-value.answers:1: invalid value' "$tmp/text"
grep -q hidden "$tmp/text" && fail "a hidden file was counted"

"$LEADWISE" summary -f json "$dir" >"$tmp/s.json"
jq -e . "$tmp/s.json" >/dev/null || fail "summary JSON is not JSON"
[ "$(jq -c '[.participants, .primary.cto, .primary.cio, .primary.undecided, (.skipped | length)]' "$tmp/s.json")" = "[6,3,1,2,2]" ] \
  || fail "wrong counts: $(cat "$tmp/s.json")"
[ "$(jq -r '.rows[] | select(.file == "saas-12.answers") | .participant' "$tmp/s.json")" = 'Smith, "Ace" & Jones' ] \
  || fail "the participant's name did not survive JSON"
# The figures are those of the participants' own reports, without the
# scores not known yet.
for f in "$dir"/*.answers; do
  "$LEADWISE" report -f json "$f" 2>/dev/null
done | jq -s -c '[.[] | .scores] as $s | ["cto", "cio", "caio"] | map(. as $r |
    [$s[] | .[$r] | select(. != null)] as $k |
    { mean: (($k | add) / ($k | length) + 0.5 | floor), min: ($k | min),
      max: ($k | max), unknown: ([$s[] | .[$r] | select(. == null)] | length) })' \
  >"$tmp/want-scores"
jq -c '[.scores.cto, .scores.cio, .scores.caio]' "$tmp/s.json" >"$tmp/got-scores"
expect_diff "$tmp/want-scores" "$tmp/got-scores"
[ "$(jq '.scores.caio.unknown' "$tmp/s.json")" = 2 ] \
  || fail "the undecided CAIO score was not counted apart"
[ "$(jq -c '.rows[] | select(.file == "partial.answers") | .scores' "$tmp/s.json")" \
  = '{"cto":null,"cio":null,"caio":null}' ] || fail "unknown scores are not null"
expect_grep '^  Role  *Mean  *Lowest  *Highest  *Not known$' "$tmp/text"
expect_grep '^  CAIO  *[0-9][0-9]*  *[0-9][0-9]*  *[0-9][0-9]*  *2$' "$tmp/text"
expect_grep '^  partial  *not decided yet  *not decided yet  *-  *-  *-$' "$tmp/text"
[ "$(jq '.tools' "$tmp/s.json")" = 6 ] || fail "wrong number of tools"

"$LEADWISE" summary --format csv "$dir" >"$tmp/s.csv"
python3 - "$tmp/s.csv" <<'EOT' || fail "summary CSV does not parse as expected"
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))
assert rows[0][:4] == ['participant', 'file', 'primary', 'caio'], rows[0]
assert len(rows) == 7, rows
assert all(len(r) == len(rows[0]) for r in rows), rows
# A cell that a spreadsheet would run as a formula is text.
formula = [r for r in rows if r[1] == 'formula.answers'][0]
assert formula[0] == "'=HYPERLINK(\"http://x\",\"y\")", formula
partial = [r for r in rows if r[1] == 'partial.answers'][0]
assert partial[5:8] == ['', '', ''], partial
assert ['Smith, "Ace" & Jones', 'saas-12.answers', 'cto', 'watch'] == rows[6][:4], rows[6]
EOT

"$LEADWISE" summary -f markdown "$dir" >"$tmp/s.md"
expect_grep '^CTO  *\[#*\.*\] 3 (50%)$' "$tmp/s.md"
expect_grep 'Smith, "Ace" &amp; Jones' "$tmp/s.md"
"$LEADWISE" summary -f html -o "$tmp/s.html" "$dir"
expect_grep '<table>' "$tmp/s.html"
expect_grep 'Smith, &quot;Ace&quot; &amp; Jones' "$tmp/s.html"

# A file whose name holds an escape sequence and bytes that are not
# UTF-8, and no meta.participant: named by its file, quoted, in every
# format.
odd="$tmp/odd"
mkdir "$odd"
printf 'company.name = X\n' >"$odd/$(printf 'evil\033]0;PWNED\007\033[31m\377.answers')"
for f in text markdown html csv json; do
  "$LEADWISE" summary -f $f "$odd" | tr -d '\r' >"$tmp/odd.$f" \
    || fail "summary -f $f failed"     # (CSV's lines end in CR LF)
  expect_clean_text "$tmp/odd.$f" "summary -f $f of an odd file name"
  expect_grep 'evil' "$tmp/odd.$f"
done
jq . "$tmp/odd.json" >/dev/null || fail "the JSON of an odd file name does not parse"

# The modules across a room: readiness averaged by area over those who
# rated it, the governance gaps most have, per row the two figures.
mods="$tmp/mods"
mkdir "$mods"
for f in fintech-modules logistics-modules agency-8; do
  cp "$top_srcdir/tests/data/$f.answers" "$mods/"
done
LC_ALL=C.UTF-8 "$LEADWISE" summary "$mods" >"$tmp/mods.txt"
expect_grep '^CTO readiness, averaged over 2$' "$tmp/mods.txt"
# Strategic thinking: 4 and 5; AI fluency: 3 and 2.
# Charts out of 5: 4.5 fills 9 tenths of the bar, 2.5 a half.
expect_grep '^  Strategic thinking  *\[#*\.*\] 4\.5 of 5 (rated by 2)$' "$tmp/mods.txt"
expect_grep '^  AI and technology fluency  *\[#*\.*\] 2\.5 of 5 (rated by 2)$' "$tmp/mods.txt"
bar=$(sed -n 's/^  Strategic thinking  *\[\([#.]*\)\].*/\1/p' "$tmp/mods.txt")
full=$(printf %s "$bar" | tr -cd '#' | wc -c)
[ $(( full * 10 )) -ge $(( ${#bar} * 9 - 5 )) ] \
  && [ $(( full * 10 )) -le $(( ${#bar} * 9 + 5 )) ] \
  || fail "4.5 of 5 fills $full of ${#bar}"
bar=$(sed -n 's/^  AI and technology fluency  *\[\([#.]*\)\].*/\1/p' "$tmp/mods.txt")
full=$(printf %s "$bar" | tr -cd '#' | wc -c)
[ $(( full * 2 - ${#bar} )) -le 1 ] && [ $(( ${#bar} - full * 2 )) -le 1 ] \
  || fail "2.5 of 5 fills $full of ${#bar}"
expect_grep '^AI governance gaps, across 2$' "$tmp/mods.txt"
# Scores 47 and 58: 52.5, rounded up.
expect_grep '^Mean maturity: 53 of 100 (defined)\.$' "$tmp/mods.txt"
"$LEADWISE" summary -f json "$mods" >"$tmp/mods.json"
[ "$(jq -c '.modules.readiness.areas.team' "$tmp/mods.json")" = \
  '{"mean":4.5,"rated":2}' ] || fail "readiness by area in JSON"
# Both lack review, testing, escalation, monitoring ... ; the first of
# those in article 002's order leads.
[ "$(jq -c '.modules.governance.gaps[0]' "$tmp/mods.json")" = \
  '{"item":"review","participants":2}' ] || fail "the most common gap"
[ "$(jq -c '[.rows[] | [.readiness, .governance]]' "$tmp/mods.json")" = \
  '[[null,null],[3.2,47],[3.8,58]]' ] || fail "the rows' module figures"
# The distributions: scores by fifths, each counted once; tools by
# verdict (fintech's two: a pilot and one cleared; logistics': one ready,
# one not).
jq -e '.distributions.scores | to_entries | all(.value | add == 3)' \
  "$tmp/mods.json" >/dev/null || fail "scores by fifths: $(jq -c .distributions "$tmp/mods.json")"
[ "$(jq -c '.distributions.tools' "$tmp/mods.json")" = \
  '{"ready":2,"pilot":1,"not_ready":1}' ] \
  || fail "tools by verdict: $(jq -c .distributions.tools "$tmp/mods.json")"
[ "$(jq -c '.distributions.scores.cio' "$tmp/mods.json")" = '[2,0,0,0,1]' ] \
  || fail "CIO scores by fifths: $(jq -c .distributions.scores.cio "$tmp/mods.json")"
expect_grep '^  Role  *0-19  *20-39  *40-59  *60-79  *80-100$' "$tmp/mods.txt"
"$LEADWISE" summary -f csv "$mods" | tr -d '\r' >"$tmp/mods.csv"
expect_grep ',tools_ready,readiness,governance,team$' "$tmp/mods.csv"
expect_grep '^fintech-modules,.*,3\.2,47,$' "$tmp/mods.csv"
expect_grep '^agency-8,.*,0,0,,,$' "$tmp/mods.csv"

# An empty room, a missing one, a bad format.
mkdir "$tmp/empty"
"$LEADWISE" summary "$tmp/empty" >"$tmp/out"
expect_grep '^0 participants\.$' "$tmp/out"
expect_status 66 "$LEADWISE" summary "$tmp/none" 2>"$tmp/err"
expect_grep "$tmp/none: No such file or directory" "$tmp/err"
expect_status 64 "$LEADWISE" summary -f pdf "$dir" 2>"$tmp/err"
expect_grep "unknown summary format 'pdf'" "$tmp/err"
exit 0
