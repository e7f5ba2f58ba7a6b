#!/bin/sh
# leadwise compare: golden comparisons of two and three co-founders in
# every format (and two in German and Spanish); every disagreement said
# to change the advice checked by applying each side's answer to the
# answers of the person it is held with, and the others shown not to;
# labels, tools matched by name, the exit codes; a workshop's teams
# (--teams, summary --by-team, summary --team, compare --team).
. "${top_srcdir:-..}/tests/testlib.sh"

use_catalogs
data="$top_srcdir/tests/data/compare"
ana="$data/ana.answers"; ben="$data/ben.answers"; cleo="$data/cleo.answers"

# (From the directory of the files: the JSON names them as given.)
for pair in text:txt markdown:md html:html json:json; do
  (cd "$data" && "$LEADWISE" compare --format "${pair%%:*}" ana.answers \
     ben.answers) >"$tmp/out" || fail "compare -f ${pair%%:*} of two exited $?"
  expect_golden "$data/two.${pair#*:}" "$tmp/out"
  (cd "$data" && "$LEADWISE" compare --format "${pair%%:*}" ana.answers \
     ben.answers cleo.answers) >"$tmp/out" \
    || fail "compare -f ${pair%%:*} of three exited $?"
  expect_golden "$data/three.${pair#*:}" "$tmp/out"
done
for lang in de es; do
  (cd "$data" && LC_ALL=C "$LEADWISE" compare --lang $lang ana.answers \
     ben.answers) >"$tmp/out"
  expect_golden "$data/two.$lang.txt" "$tmp/out"
done
jq -e . "$data/three.json" >/dev/null || fail "the JSON does not parse"

# What changes the advice, checked against the reports themselves.
"$LEADWISE" compare -f json "$ana" "$ben" "$cleo" >"$tmp/c.json"
python3 - "$LEADWISE" "$tmp" "$tmp/c.json" "$ana" "$ben" "$cleo" <<'EOT' \
  || fail "a disagreement does not lead where the comparison says"
import json, subprocess, sys
leadwise, tmp, cj = sys.argv[1], sys.argv[2], sys.argv[3]
files = sys.argv[4:]
c = json.load(open(cj))
labels = [p["label"] for p in c["people"]]

def lines(path):
    return [l for l in open(path, encoding="utf-8").read().splitlines()]

def tool_number(path, name):
    for l in lines(path):
        k, _, v = l.partition(" = ")
        if k.endswith(".name") and k.startswith("tool.") \
           and " ".join(v.split()).lower() == " ".join(name.split()).lower():
            return k.split(".")[1]
    return None

def verdicts(path, q, tool, value):
    out, ident = [], q["id"]
    if tool is not None:
        ident = "tool.%s.%s" % (tool_number(path, tool), q["id"].split(".")[2])
    seen = False
    for l in lines(path):
        k = l.partition(" = ")[0]
        if k == ident:
            l, seen = "%s = %s" % (ident, value), True
        out.append(l)
    if not seen:
        out.append("%s = %s" % (ident, value))
    f = "%s/apply.answers" % tmp
    open(f, "w", encoding="utf-8").write("\n".join(out) + "\n")
    r = json.loads(subprocess.run([leadwise, "report", "-f", "json", f],
                                  capture_output=True, check=True).stdout)
    tv = None
    if tool is not None:
        for t in r["tools"]:
            if " ".join(t["name"].split()).lower() == " ".join(tool.split()).lower():
                tv = t["verdict"]
    l = r["leadership"]
    return (l["primary"], l["caio"], l["caio_reports_to"], tv)

changed = set()
for ch in c["changes_advice"]:
    held = files[labels.index(ch["held_as"])]
    outcomes = set()
    for side in ch["sides"]:
        got = verdicts(held, ch, ch["tool"], side["answer"])
        want = (side["primary"], side["caio"], side["caio_reports_to"],
                side["tool_verdict"])
        if got != want:
            sys.exit("%s = %s with %s's answers: %s, not %s"
                     % (ch["id"], side["answer"], ch["held_as"], got, want))
        outcomes.add(got)
    if len(outcomes) < 2:
        sys.exit("%s is said to change the advice, but does not" % ch["id"])
    changed.add((ch["id"], ch["tool"]))
# A disagreement not listed turns nothing in anyone's answers.
for q in c["questions"]:
    if q["state"] != "differ" or (q["id"], q["tool"]) in changed:
        continue
    for held in files:
        if q["tool"] is not None and tool_number(held, q["tool"]) is None:
            continue
        seen = set()
        for a in q["answers"]:
            if a is not None:
                v = verdicts(held, q, q["tool"], a)
                seen.add(v if q["tool"] is not None else v[:3])
        if len(seen) > 1:
            sys.exit("%s turns the advice in %s but is not listed"
                     % (q["id"], held))
# The agenda: what changes the advice first.
flags = [a["changes_advice"] for a in c["agenda"]]
if flags != sorted(flags, reverse=True) or not flags[0]:
    sys.exit("the agenda does not start with what changes the advice")
EOT

# Labels: --label once per file, else meta.respondent, else the name.
"$LEADWISE" compare -f json --label CEO --label CTO "$ana" "$ben" >"$tmp/l.json"
[ "$(jq -c '[.people[].label]' "$tmp/l.json")" = '["CEO","CTO"]' ] \
  || fail "--label not used"
grep -v '^meta.respondent' "$ana" >"$tmp/anon.answers"
"$LEADWISE" compare -f json "$tmp/anon.answers" "$ben" >"$tmp/l.json"
[ "$(jq -c '[.people[].label]' "$tmp/l.json")" = '["anon","Ben"]' ] \
  || fail "the file's name is not the label"
# Tools by name, case and spaces aside: one Copilot for the three.
[ "$(jq -c '[.questions[] | select(.id == "tool.N.test") | .tool]' \
     "$data/three.json")" = '["Copilot","Notes AI"]' ] \
  || fail "tools not matched by name"

# Exit codes: 64 for fewer than two files or more than eight, or labels
# that do not match; 65 for a bad file (FILE:LINE) or another bank
# version; 66 for a missing one.
expect_status 64 "$LEADWISE" compare "$ana" 2>"$tmp/err"
expect_grep 'Give two or more' "$tmp/err"
expect_status 64 "$LEADWISE" compare "$ana" "$ana" "$ana" "$ana" "$ana" \
  "$ana" "$ana" "$ana" "$ana" 2>"$tmp/err"
expect_grep 'at most 8' "$tmp/err"
expect_status 64 "$LEADWISE" compare --label A "$ana" "$ben" 2>"$tmp/err"
expect_grep 'once for each file' "$tmp/err"
printf 'company.employees = many\n' >"$tmp/bad.answers"
expect_status 65 "$LEADWISE" compare "$ana" "$tmp/bad.answers" 2>"$tmp/err"
expect_grep "$tmp/bad.answers:1: " "$tmp/err"
{ cat "$ben"; echo 'meta.bank = 1'; } >"$tmp/old.answers"
expect_status 65 "$LEADWISE" compare "$ana" "$tmp/old.answers" 2>"$tmp/err"
expect_grep 'version 1 of the questions; this bank is version 2' "$tmp/err"
expect_status 66 "$LEADWISE" compare "$ana" "$tmp/none.answers" 2>/dev/null
"$LEADWISE" compare -o "$tmp/out.md" -f markdown "$ana" "$ben" \
  || fail "compare -o failed"
expect_grep '^# Answers compared: Ana and Ben$' "$tmp/out.md"

# Every pair of answers is weighed: a reporting line that differs
# between two of them is found whatever the order of the files.
for n in 40 120 1200; do
  sed "s/^company.employees = .*/company.employees = $n/" "$ana" \
    | grep -v '^meta.respondent' >"$tmp/e$n.answers"
done
for order in "40 120 1200" "120 40 1200" "1200 40 120"; do
  set -- $order
  "$LEADWISE" compare -f json "$tmp/e$1.answers" "$tmp/e$2.answers" \
    "$tmp/e$3.answers" >"$tmp/o.json"
  [ "$(jq -c '.changes_advice[0].decisions' "$tmp/o.json")" = \
    '["caio","caio_reports_to"]' ] \
    || fail "order $order: $(jq -c '.changes_advice[0].decisions' "$tmp/o.json")"
done
# What a person's own answers hide (AI figures where there is no AI)
# is neither shown nor put to work.
printf 'meta.respondent = Hana\ncompany.employees = 300\ncompany.offering = product\nai.in_product = none\nai.use_cases = 12\nai.annual_spend_usd = 60M\nai.people = 250\n' \
  >"$tmp/hana.answers"
printf 'meta.respondent = Ivo\ncompany.employees = 300\ncompany.offering = product\nai.in_product = internal\nai.use_cases = 1\nai.annual_spend_usd = 0\nai.people = 0\n' \
  >"$tmp/ivo.answers"
"$LEADWISE" compare -f json "$tmp/hana.answers" "$tmp/ivo.answers" >"$tmp/h.json"
jq -e '[.changes_advice[].sides[] | select(.caio == "dedicated")] | length == 0' \
  "$tmp/h.json" >/dev/null || fail "hidden answers decided a disagreement"
# Answers only some gave are not agreement.
printf '# nothing yet\n' >"$tmp/empty.answers"
"$LEADWISE" compare "$ana" "$tmp/empty.answers" >"$tmp/out"
grep -q 'You gave the same answers' "$tmp/out" && fail "an empty file agrees"
expect_grep 'answered by some of' "$tmp/out"
"$LEADWISE" compare -f json "$ana" "$tmp/empty.answers" >"$tmp/e.json"
[ "$(jq -c '.shared.primary' "$tmp/e.json")" = '"undecided"' ] \
  || fail "the shared verdict uses answers one person gave"
expect_status 64 "$LEADWISE" compare - - <"$ana" 2>"$tmp/err"
expect_grep 'standard input (-) can be read once' "$tmp/err"
# Labels are names: no tab, not empty; not with --team.
expect_status 64 "$LEADWISE" compare --label "$(printf 'A\tB')" --label B \
  "$ana" "$ben" 2>"$tmp/err"
expect_grep 'label takes a name' "$tmp/err"
expect_status 64 "$LEADWISE" compare --label '' --label B "$ana" "$ben" \
  2>/dev/null
# The same name twice, and two tools of one name, told apart.
"$LEADWISE" compare -f json "$ana" "$ana" >"$tmp/d.json"
[ "$(jq -c '[.people[].label]' "$tmp/d.json")" = '["Ana","Ana (2)"]' ] \
  || fail "two Anas: $(jq -c '[.people[].label]' "$tmp/d.json")"
{ cat "$ben"; printf 'tool.3.name = Copilot\ntool.3.goal = done\n'; } \
  >"$tmp/twice.answers"
"$LEADWISE" compare -f json "$ana" "$tmp/twice.answers" >"$tmp/d.json"
jq -e '[.questions[].tool] | index("Copilot (2)") != null' "$tmp/d.json" \
  >/dev/null || fail "a second Copilot not told apart"
# Text within 80 columns in every language.
for lang in en de es; do
  LC_ALL=C "$LEADWISE" compare --lang $lang "$ana" "$ben" "$cleo" >"$tmp/out"
  one_byte_chars "$tmp/out" | LC_ALL=C awk 'length > 80 { exit 1 }' \
    || fail "a line wider than 80 columns ($lang)"
done
# Only regular files, never a device, a directory or a FIFO (which would
# block); every bad file is told.
expect_status 66 "$LEADWISE" compare "$ana" /dev/zero 2>"$tmp/err"
expect_grep '/dev/zero: not a regular file' "$tmp/err"
expect_status 66 "$LEADWISE" compare "$ana" "$tmp" 2>/dev/null
mkfifo "$tmp/fifo"
timeout 5 "$LEADWISE" compare "$ana" "$tmp/fifo" 2>/dev/null
[ $? -eq 66 ] || fail "a FIFO was not refused at once"
printf 'company.employees = many\n' >"$tmp/bad2.answers"
expect_status 65 "$LEADWISE" compare "$tmp/bad.answers" "$tmp/bad2.answers" \
  2>"$tmp/err"
expect_grep 'bad.answers:1: ' "$tmp/err"
expect_grep 'bad2.answers:1: ' "$tmp/err"

# A workshop's teams.
room="$tmp/room"
mkdir -m 700 "$room"
join ()     # NAME PIN TEAM EMPLOYEES: a participant, line by line
{
  printf '%s\n%s\n%s\n%s\n' "$1" "$2" "$2" "$3"
  printf 'Acme\n1\n%s\nquit\n' "$4"
}
join Ana 6143 Blue 40 | "$LEADWISE" --workshop "$room" --teams >/dev/null 2>&1
join Ben 6143 ' blue ' 900 | "$LEADWISE" --workshop "$room" --teams \
  >/dev/null 2>&1
join Cleo 6143 Red 40 | "$LEADWISE" --workshop "$room" --teams >/dev/null 2>&1
join Dan 6143 '' 40 | "$LEADWISE" --workshop "$room" --teams >/dev/null 2>&1
expect_grep '^meta.team = Blue$' "$room"/ana-*.answers
grep -q '^meta.team' "$room"/dan-*.answers && fail "an empty team was kept"
# Without --teams nobody is asked.
printf 'Eve\n6143\n6143\nAcme\nquit\n' | "$LEADWISE" --workshop "$room" \
  >"$tmp/eve.out" 2>&1
grep -q 'Team (optional)' "$tmp/eve.out" && fail "a team asked without --teams"
"$LEADWISE" summary --by-team -f json "$room" >"$tmp/t.json"
[ "$(jq -c '[.teams[] | [.team, .members]]' "$tmp/t.json")" = \
  '[["Blue",2],["Red",1]]' ] || fail "the teams: $(jq -c .teams "$tmp/t.json")"
[ "$(jq -c '.teams[0].disagreements[0]' "$tmp/t.json")" = \
  '{"id":"company.employees","differ":1,"answered":2}' ] \
  || fail "the team's disagreement"
LC_ALL=C.UTF-8 "$LEADWISE" summary --by-team "$room" >"$tmp/t.txt"
expect_grep '^Blue (2 members)$' "$tmp/t.txt"
expect_grep 'Disagree most on: *How many people work at the company' "$tmp/t.txt"
"$LEADWISE" summary -f csv "$room" | tr -d '\r' >"$tmp/t.csv"
expect_grep ',team$' "$tmp/t.csv"
expect_grep '^Ben,.*, blue $\|^Ben,.*,blue$' "$tmp/t.csv"
"$LEADWISE" summary --team red -f json "$room" >"$tmp/red.json"
[ "$(jq -c '.participants' "$tmp/red.json")" = 1 ] || fail "summary --team"
"$LEADWISE" compare --team BLUE -f json "$room" >"$tmp/blue.json" \
  || fail "compare --team failed"
[ "$(jq -c '[.people[].label]' "$tmp/blue.json")" = '["Ana","Ben"]' ] \
  || fail "compare --team: $(jq -c '[.people[].label]' "$tmp/blue.json")"
expect_status 64 "$LEADWISE" compare --team Red "$room" 2>"$tmp/err"
expect_grep "team 'Red' has 1 member;" "$tmp/err"
exit 0
