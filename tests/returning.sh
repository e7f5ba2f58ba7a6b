#!/bin/sh
# Finishing is the person's choice: looking at the results (from the
# menu, with questions open) leaves a session unfinished; a person
# coming back is offered its results, changing it (or going on) and
# starting again, on the full screen and line by line, alone and in a
# workshop; starting again keeps the old answers, and summary counts
# every participant once whatever they did.
. "${top_srcdir:-..}/tests/testlib.sh"
. "${top_srcdir:-..}/tests/tmuxlib.sh"

# Line by line, lines as written, whatever their length.
COLUMNS=1000; export COLUMNS

command -v jq >/dev/null 2>&1 \
  || { echo "SKIP: jq not found (Debian package jq)"; exit 77; }

state="$tmp/state/leadwise"
save="$state/session.answers"
run="XDG_STATE_HOME='$tmp/state' LC_ALL=C.UTF-8 TERM=xterm '$LEADWISE'"

# --- The full screen: results seen from the menu, two questions in.
tmux_start 80 24 "$run"
tmux_wait "About 20 questions"
tmux_keys Enter
tmux_wait "What is the company called?"
tmux_keys 'Peek Co' Enter
tmux_wait "What does the company sell?"
tmux_keys 1
tmux_wait "How many people work at the company"
tmux_keys F2
tmux_wait "Review all answers"
tmux_keys Down Down Down Down Down Down Enter    # past the four sections, review
tmux_wait "Full report"
tmux_keys Escape
tmux_wait "EXIT=0"
expect_grep '^meta.status = in_progress$' "$save"

# Coming back: going on is offered first, and goes on where it stopped.
tmux_start 80 24 "$run"
tmux_wait "Your answers of 2"
tmux_screen | grep -q '^ *x\?Go on where you left off' \
  || fail "going on is not the first choice"
tmux_wait "See the results so far"
tmux_wait "Start again, keeping these answers"
tmux_keys Enter
tmux_wait "How many people work at the company"
tmux_keys F10
tmux_wait "Quit now?"
tmux_keys Enter
tmux_wait "EXIT=0"

# A finished session: its results, and nothing written by looking.
rm -rf "$state"
mkdir -p "$state"
{ grep -v '^meta\.' "$top_srcdir/tests/data/saas-12.answers"
  printf 'meta.status = finished\nmeta.updated = 2026-11-30T09:15:00Z\n'
} >"$save"
cp "$save" "$tmp/before"
# The time as the reader's clock says it (a POSIX TZ, one hour east of
# UTC), not the UTC stamp of the file.
tmux_start 80 24 "TZ=CET-1 $run"
tmux_wait "Your answers of 2026-11-30 10:15 CET"
tmux_screen | grep -q '^ *x\?See the results' || fail "results are not first"
tmux_wait "Change your answers"
tmux_keys Enter
tmux_wait "Full report"
tmux_wait "Put a CTO in charge"
tmux_keys Escape
tmux_wait "EXIT=0"
cmp -s "$save" "$tmp/before" || fail "looking at the results wrote the session"

# Changing the answers: the review, every answer in it.
tmux_start 80 24 "$run"
tmux_wait "Change your answers"
tmux_keys Down Enter
tmux_wait "Review your answers"
tmux_wait "Tiny Ledger"
tmux_keys Escape
tmux_wait "What"
tmux_keys F10
tmux_wait "Quit now?"
tmux_keys Enter
tmux_wait "EXIT=0"
expect_grep '^meta.status = finished$' "$save"

# Starting again: a new session, the old one kept beside it.
tmux_start 80 24 "$run"
tmux_wait "Start again"
tmux_keys Down Down Enter
tmux_wait "What is the company called?"
tmux_keys 'Second Go' Enter
tmux_wait "What does the company sell?"
tmux_keys F10
tmux_wait "Quit now?"
tmux_keys Enter
tmux_wait "EXIT=0"
expect_grep '^company.name = Second Go$' "$save"
kept=$(ls "$state" | grep '^session\.answers\.2') || fail "nothing set aside"
grep -q '^company.name = Tiny Ledger$' "$state/$kept" \
  || fail "starting again lost the old answers"

# --- Line by line, alone: a finished session's results, then quit.
rm -rf "$state"
mkdir -p "$state"
cp "$tmp/before" "$save"
printf '1\nquit\n' | XDG_STATE_HOME="$tmp/state" "$LEADWISE" --plain \
  >"$tmp/out" 2>&1 || fail "the line-by-line offer failed"
expect_grep 'are here; you went through all the questions\.$' "$tmp/out"
expect_grep '^  1) See the results$' "$tmp/out"
expect_grep '^  2) Change your answers$' "$tmp/out"
expect_grep '^Technology and AI leadership: Tiny Ledger$' "$tmp/out"
cmp -s "$save" "$tmp/before" || fail "line by line, looking wrote the session"
# Changing goes through from the first question, Enter keeping each.
printf '2\n\n\n40\nquit\n' | XDG_STATE_HOME="$tmp/state" "$LEADWISE" \
  --plain >"$tmp/out" 2>&1
expect_grep 'question 1 of ' "$tmp/out"
expect_grep '^company.name = Tiny Ledger$' "$save"
expect_grep '^company.employees = 40$' "$save"
expect_grep '^meta.status = finished$' "$save"
# A word that is not a choice is refused, and asked again.
printf 'maybe\nquit\n' | XDG_STATE_HOME="$tmp/state" "$LEADWISE" --plain \
  >"$tmp/out" 2>&1
expect_grep '^Type 1, 2 or 3, or quit\.$' "$tmp/out"

# --- A workshop: finish, come back, look, start again, leave.
room="$tmp/room"
mkdir -m 700 "$room"
answers='Done Co\n1\n12\n1\n1\n3\n1\n4\n1\n1\n2\n2\nNo Tool\n2\n1\n1\n1\n1\n1\n1\nno\n'
printf "Dana\\n3141\\n3141\\n$answers" | "$LEADWISE" --workshop "$room" >/dev/null 2>&1
dana=$(ls "$room"/dana-*.answers) || fail "no file for Dana"
expect_grep '^meta.status = finished$' "$dana"
count ()
{
  "$LEADWISE" summary -f json "$room" >"$tmp/s.json" \
    || fail "summary failed"
  [ "$(jq '.participants' "$tmp/s.json")" = "$1" ] \
    || fail "$2: not $1 participant(s): $(cat "$tmp/s.json")"
}
count 1 "finished"
printf 'Dana\n3141\n1\nquit\n' | "$LEADWISE" --workshop "$room" >"$tmp/out" 2>&1
expect_grep '^Technology and AI leadership: Done Co$' "$tmp/out"
grep -q "$room" "$tmp/out" && fail "a participant was shown the room's path"
expect_grep '^meta.status = finished$' "$dana"
count 1 "after looking"
printf 'Dana\n3141\n3\nquit\n' | "$LEADWISE" --workshop "$room" >/dev/null 2>&1
ls "$room" | grep -q '^dana-.*\.answers\.2' || fail "Dana's answers not kept"
count 1 "after starting again"
[ "$(jq -r '.rows[0].participant' "$tmp/s.json")" = Dana ] \
  || fail "the participant is not Dana"
jq -r '.rows[0].file' "$tmp/s.json" | grep -q '\.answers\.2' \
  || fail "the old answers are not the ones counted"
# Once the new session has answers, it is the one counted.
printf 'Dana\n3141\nDone Again\nquit\n' | "$LEADWISE" --workshop "$room" \
  >/dev/null 2>&1
count 1 "with new answers"
jq -r '.rows[0].file' "$tmp/s.json" | grep -q '\.answers$' \
  || fail "the new session is not the one counted"

# Whoever signs in is counted, on the full screen as line by line, even
# if they leave at the welcome.
quick="$tmp/quick"
mkdir -m 700 "$quick"
tmux_start 80 24 "LC_ALL=C.UTF-8 TERM=xterm '$LEADWISE' --workshop '$quick'"
tmux_wait "Your name, or your team's name?"
tmux_keys 'Quick Exit' Enter
tmux_wait "Choose a PIN"
tmux_keys 6143 Enter
tmux_wait "Type the same PIN again."
tmux_keys 6143 Enter
tmux_wait "About 20 questions"
tmux_keys Right Right Right Enter    # Quit
tmux_wait "EXIT=0"
printf 'Line Exit\n6143\n6143\nquit\n' | "$LEADWISE" --workshop "$quick" \
  >/dev/null 2>&1
"$LEADWISE" summary -f json "$quick" >"$tmp/s.json" || fail "summary failed"
[ "$(jq '.participants' "$tmp/s.json")" = 2 ] \
  || fail "those who left at once are not both counted: $(cat "$tmp/s.json")"

# --- summary, one row a participant: their own file, else the newest
# set aside (by time, then number: .10 after .9); a file that does not
# read falls back to one that does; what is not an answers file or a
# set-aside one is not read.
sum="$tmp/sum"
mkdir "$sum"
one () { printf 'company.name = %s\n' "$2" >"$sum/$1"; }
one 'amy.answers' 'Amy now'
one 'amy.answers.2026-12-01T10:00:00Z' 'Amy before'
printf 'meta.participant = Bo\n' >"$sum/bo.answers"
one 'bo.answers.2026-12-01T10:00:00Z' 'Bo first'
one 'bo.answers.2026-12-01T10:00:00Z.9' 'Bo ninth'
one 'bo.answers.2026-12-01T10:00:00Z.10' 'Bo tenth'
one 'cy.answers.2026-11-30T10:00:00Z' 'Cy old'
one 'cy.answers.2026-12-01T08:00:00Z' 'Cy newer'
printf 'not = an answers file\n' >"$sum/di.answers"
one 'di.answers.2026-12-01T10:00:00Z' 'Di kept'
one 'eve.answers.bak' 'not read'
"$LEADWISE" summary -f json "$sum" >"$tmp/s.json" || fail "summary failed"
[ "$(jq '.participants' "$tmp/s.json")" = 4 ] \
  || fail "not 4 participants: $(cat "$tmp/s.json")"
files=$(jq -r '[.rows[].file] | join(" ")' "$tmp/s.json")
[ "$files" = "amy.answers bo.answers.2026-12-01T10:00:00Z.10 cy.answers.2026-12-01T08:00:00Z di.answers.2026-12-01T10:00:00Z" ] \
  || fail "the wrong files were counted: $files"
[ "$(jq '.skipped | length' "$tmp/s.json")" = 0 ] \
  || fail "a participant counted was also skipped"
exit 0
