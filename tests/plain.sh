#!/bin/sh
# The line-by-line wizard, fed from a pipe: a whole session, back, skip,
# help, bad answers, quitting and resuming, pre-filled answers, a second
# AI tool, and a save path that cannot be written.
. "${top_srcdir:-..}/tests/testlib.sh"

XDG_STATE_HOME="$tmp/state"; export XDG_STATE_HOME
# Lines as written, whatever their length (tests/plain-wrap.sh wraps).
COLUMNS=1000; export COLUMNS
state="$tmp/state/leadwise/session.answers"
data="$top_srcdir/tests/data"

# The answers of tests/data/saas-12.answers, as a person types them, with
# a detour: a bad answer, help, back, and Enter to keep an answer.
cat >"$tmp/typed" <<'EOT'
Tiny Ledger
1
12
help
1
software
1
back

3
1
4
3
2
40k
2
1
5, 2
2
Copilot
2
1
1
2
3
skip
skip
no
EOT
expect_status 0 "$LEADWISE" <"$tmp/typed" >"$tmp/out" 2>"$tmp/err"
[ -s "$tmp/err" ] && fail "unexpected errors: $(cat "$tmp/err")"
expect_grep '^\[Your company\] Section 1 of 4, question 1 of 13$' "$tmp/out"
expect_grep '^Think of ERP and CRM systems' "$tmp/out"            # help
expect_grep '^That answer does not fit: not one of the options\.$' "$tmp/out"
expect_grep '^Now: Yes, they are already spread thin' "$tmp/out"  # back
expect_grep '^About: Copilot$' "$tmp/out"
expect_grep '^Is there another AI tool to check?' "$tmp/out"
expect_grep '^Technology and AI leadership: Tiny Ledger$' "$tmp/out"
expect_grep "^Your answers are saved in $state\.$" "$tmp/out"
expect_grep '^meta.status = finished$' "$state"

# The saved answers give the same report as the profile they retell.
"$LEADWISE" report -f json "$state" >"$tmp/got.json"
"$LEADWISE" report -f json "$data/saas-12.answers" >"$tmp/want.json"
expect_diff "$tmp/want.json" "$tmp/got.json"

# Leaving before any answer writes nothing; a quit right after an answer
# does not write again (each save is a write and two fsyncs).
rm -rf "$tmp/state"
printf 'quit\n' | "$LEADWISE" >/dev/null
[ -e "$state" ] && fail "a session without answers was saved"
{ printf 'Half Done Ltd\n'; sleep 1.2; printf 'quit\n'; } | "$LEADWISE" >/dev/null
expect_grep '^company.name = Half Done Ltd$' "$state"
started=$(sed -n 's/^meta.started = //p' "$state")
updated=$(sed -n 's/^meta.updated = //p' "$state")
[ "$started" = "$updated" ] || fail "quitting after an answer saved it again"

# Quit half-way; the next run offers to resume and goes on from the
# first question not answered.
rm -rf "$tmp/state"
printf 'Half Done Ltd\n2\nquit\n' | "$LEADWISE" >"$tmp/out"
expect_grep '^Your answers are saved in .*; run leadwise again' "$tmp/out"
expect_grep '^meta.status = in_progress$' "$state"
expect_grep '^company.offering = service$' "$state"
printf '1\n4000\nquit\n' | "$LEADWISE" >"$tmp/out"
expect_grep 'are here; some questions are still open\.$' "$tmp/out"
expect_grep '^  1) Go on where you left off$' "$tmp/out"
expect_grep 'question 3 of 13$' "$tmp/out"
expect_grep '^company.employees = 4000$' "$state"
expect_grep '^company.name = Half Done Ltd$' "$state"

# Starting again keeps the old answers aside, never deletes them.
printf '3\nFresh Start\nquit\n' | "$LEADWISE" >"$tmp/out"
expect_grep '^The earlier answers are kept in ' "$tmp/out"
aside=$(ls "$tmp/state/leadwise/" | grep -v '^session.answers$')
[ -n "$aside" ] || fail "the earlier session was not kept"
grep -q '^company.name = Half Done Ltd$' "$tmp/state/leadwise/$aside" \
  || fail "the earlier session lost its answers"
expect_grep '^company.name = Fresh Start$' "$state"

# The end of the input saves what was given.
printf 'Cut Off Inc\n1\n' | expect_status 0 "$LEADWISE" --save "$tmp/cut.answers" \
  >"$tmp/out"
expect_grep '^The input ended; your answers are saved in ' "$tmp/out"
expect_grep '^company.offering = product$' "$tmp/cut.answers"

# --answers pre-fills; the wizard starts at the first open question.
printf 'company.name = Prefilled\ncompany.offering = mixed\n' >"$tmp/pre.answers"
printf '30\nquit\n' | "$LEADWISE" --answers "$tmp/pre.answers" \
  -o "$tmp/pre-out.answers" >"$tmp/out"
expect_grep 'question 3 of 13$' "$tmp/out"
expect_grep '^company.employees = 30$' "$tmp/pre-out.answers"
expect_grep '^company.offering = mixed$' "$tmp/pre-out.answers"
printf 'company.offering = hardware\n' >"$tmp/bad.answers"
expect_status 65 "$LEADWISE" --answers "$tmp/bad.answers" </dev/null \
  >/dev/null 2>"$tmp/err"
expect_grep 'bad.answers:1: invalid value' "$tmp/err"

# A second AI tool, with a name in UTF-8.
printf 'company.name = Tools\n' >"$tmp/tools.answers"
{
  printf '\n%.0s' $(seq 1 11)      # skip the 11 questions before the tools
  printf 'First\n1\n1\n1\n1\n1\n1\n1\nyes\nZweites Werkzeug äöü\n2\n1\n\n\n\n\n\nno\n'
} | "$LEADWISE" --answers "$tmp/tools.answers" -o "$tmp/tools-out.answers" \
  >"$tmp/out"
expect_grep '^tool.2.name = Zweites Werkzeug äöü$' "$tmp/tools-out.answers"
expect_grep '^tool.2.goal = done$' "$tmp/tools-out.answers"
expect_grep '^tool.2.in_use = no$' "$tmp/tools-out.answers"
expect_grep '^tool.1.in_use = yes$' "$tmp/tools-out.answers"
expect_grep '^2\. Zweites Werkzeug äöü: not ready' "$tmp/out"

# The modules, offered once at the end: a number chooses one, which is
# asked then, with its anchors; the report has its section.  Enter there
# finishes with none; a hiring brief is offered only with a hire.
grep -v -E '^(readiness|governance|hire)\.' \
  "$top_srcdir/tests/data/fintech-modules.answers" >"$tmp/core.answers"
printf 'no\n1,3\n1\n4\n\n\n\n\n\n\n\n\n2\n\n\n' \
  | "$LEADWISE" --answers "$tmp/core.answers" -o "$tmp/mod.answers" \
  >"$tmp/out"
expect_grep '^Optional modules go deeper:$' "$tmp/out"
expect_grep '^  3) Hiring brief and 90 days' "$tmp/out"
expect_grep '^  3 = Links bigger choices to business goals' "$tmp/out"
expect_grep '^meta.modules = core,readiness,hire$' "$tmp/mod.answers"
expect_grep '^readiness.subject = current$' "$tmp/mod.answers"
expect_grep '^readiness.strategy = 4$' "$tmp/mod.answers"
expect_grep '^hire.source = external$' "$tmp/mod.answers"
grep -q '^governance\.' "$tmp/mod.answers" && fail "a module not chosen asked"
expect_grep '^Hiring brief and the first 90 days$' "$tmp/out"
expect_grep '^CTO readiness$' "$tmp/out"
printf 'no\n\n' | "$LEADWISE" --answers "$tmp/core.answers" \
  -o "$tmp/none.answers" >"$tmp/out"
expect_grep '^Optional modules go deeper:$' "$tmp/out"
grep -q '^meta.modules' "$tmp/none.answers" && fail "modules chosen with Enter"
printf '\n' | "$LEADWISE" --answers "$top_srcdir/tests/data/saas-12.answers" \
  -o "$tmp/saas.answers" >"$tmp/out"
grep -q 'Hiring brief and 90 days' "$tmp/out" && fail "a brief with no hire"

# Nobody typing: after the idle time, saved and stopped, not waiting on.
(printf 'Idle Inc\n'; sleep 3) | LEADWISE_IDLE_SECONDS=1 \
  "$LEADWISE" --save "$tmp/idle.answers" >"$tmp/out"
expect_grep '^No answer for a long time' "$tmp/out"
expect_grep '^company.name = Idle Inc$' "$tmp/idle.answers"
expect_status 64 "$LEADWISE" --idle-timeout soon </dev/null 2>"$tmp/err"
expect_grep 'idle-timeout takes minutes' "$tmp/err"

# A save path that cannot be written: told, the answers kept, exit 73.
printf 'X\nquit\n' | expect_status 73 "$LEADWISE" \
  --save "$tmp/no/such/dir/a.answers" >"$tmp/out" 2>"$tmp/err"
expect_grep 'cannot create a file in' "$tmp/err"
expect_grep '^Your answers could not be saved' "$tmp/out"
exit 0
