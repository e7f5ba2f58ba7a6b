#!/bin/sh
# --workshop DIR on the screen: the name screen refuses bad names and
# names in use, keeps hostile ones inside DIR, resumes a returning name;
# the results have no Print in a kiosk; Ctrl-Z does not suspend.
. "${top_srcdir:-..}/tests/testlib.sh"
. "${top_srcdir:-..}/tests/tmuxlib.sh"

command -v flock >/dev/null 2>&1 \
  || { echo "SKIP: flock not found (Debian package util-linux)"; exit 77; }

room="$tmp/room"
mkdir "$room"
start ()
{
  tmux_start 80 24 "cd '$tmp' && XDG_STATE_HOME='$tmp/state' LC_ALL=C.UTF-8 \
    TERM=xterm '$LEADWISE' --workshop '$room'"
  tmux_wait "Your name, or your team's name?"
}

# The word quit leaves; it makes no participant.
start
tmux_keys quit Enter
tmux_wait "EXIT=0"
[ -z "$(ls -A "$room")" ] || fail "quit made a participant: $(ls -A "$room")"

start
tmux_keys Enter
tmux_wait "a name cannot be empty"
tmux_keys C-u "$(printf 'Good\342\200\213Name')" Enter
tmux_wait "a name cannot hold invisible"
tmux_keys C-u
tmux_keys '../../etc/passwd' Enter
# The first visit chooses a PIN: shown as stars, typed twice alike.
tmux_wait "Choose a PIN of 4 to 12 digits for this name."
tmux_keys 12
tmux_wait "**"
tmux_keys Enter
tmux_wait "A PIN is 4 to 12 digits."
tmux_keys C-u 4826
tmux_wait "****"
tmux_screen | grep -q 4826 && fail "the PIN is shown as typed"
tmux_keys Enter
tmux_wait "Type the same PIN again."
tmux_keys 4826 Enter
tmux_wait "About 20 questions"
tmux_keys Enter
tmux_wait "What is the company called?"
tmux_keys C-z                                  # no job control in a kiosk
tmux_keys 'Kiosk Co' Enter
tmux_wait "What does the company sell?"
# The results, through the menu: no Print button here.
tmux_keys m
tmux_wait "See the results"
tmux_keys Down Down Down Down Down Down Enter
tmux_wait "Edit answers"
tmux_screen | grep -q Print && fail "Print offered in a kiosk"
tmux_screen | grep -q Compare && fail "Compare offered in a kiosk"
tmux_keys Tab Enter                 # Save: no file name asked here
tmux_wait "The report is saved for the facilitator."
tmux_screen | grep -q "$room" && fail "a participant is shown the room's path"
ls "$room"/etc-passwd-*.report.txt >/dev/null || fail "no report in the room"
tmux_keys x
tmux_wait "[Save]"                      # the focus stays where it was
tmux_keys Tab Tab
tmux_wait "[Quit]"
tmux_keys Enter
tmux_wait "EXIT=0"
file=$(ls "$room"/etc-passwd-*.answers) || fail "no answers file in the room"
expect_grep '^meta.participant = ../../etc/passwd$' "$file"
expect_grep '^company.name = Kiosk Co$' "$file"
ls "$room"/etc-passwd-*.report.txt >/dev/null || fail "no report left in the room"
[ -e "$tmp/etc/passwd" ] && fail "a file escaped the room"

# A name another connection holds is refused.
lock=$(ls -A "$room" | grep '^\.etc-passwd-.*\.lock$')
flock -n "$room/$lock" -c "sleep 8" &
holder=$!
sleep 0.5
start
tmux_keys '../../etc/passwd' Enter
tmux_wait "That name is in use in another session right now"
kill "$holder" 2>/dev/null
wait "$holder" 2>/dev/null

# A returning name resumes.
tmux_keys C-u 'Back Again' Enter
tmux_wait "Choose a PIN"
tmux_keys 1357 Enter
tmux_wait "Type the same PIN again."
tmux_keys 1357 Enter
tmux_wait "About 20 questions"
tmux_keys Enter
tmux_wait "What is the company called?"
tmux_keys 'First' Enter
tmux_wait "What does the company sell?"
tmux_keys q
tmux_wait "Quit now?"
tmux_keys Enter
tmux_wait "EXIT=0"
start
tmux_keys 'Back Again' Enter
# Coming back: the name alone opens nothing; a wrong PIN is refused.
tmux_wait "This name has a PIN. Type it."
tmux_keys 7531 Enter
tmux_wait "That is not the PIN of this name."
tmux_screen | grep -q 'Your answers of' && fail "a wrong PIN opened the answers"
tmux_keys C-u 1357 Enter
tmux_wait "Your answers of 2"
tmux_keys Enter
tmux_wait "What does the company sell?"
tmux_keys 2
tmux_wait "How many people"
back=$(ls "$room"/back-again-*.answers)
expect_grep '^company.name = First$' "$back"
expect_grep '^company.offering = service$' "$back"
tmux_keys F10
tmux_wait "Quit now?"
tmux_keys Enter
tmux_wait "EXIT=0"

# No TERM at all (as over some SSH clients): line by line, on the
# terminal still.
tmux_start 80 24 "cd '$tmp' && env -u TERM LC_ALL=C.UTF-8 '$LEADWISE' \
  --workshop '$room'"
tmux_wait "Your name, or your team's name?"
tmux_keys 'No Term' Enter
tmux_wait "Choose a PIN of 4 to 12 digits"
tmux_keys 2468 Enter
tmux_wait "Type the same PIN again."
tmux_keys 2468 Enter
tmux_wait "[Your company] Section 1 of 4, question 1 of 13"
tmux_screen | grep -q 2468 && fail "the PIN was echoed line by line"
tmux_keys quit Enter
tmux_wait "EXIT=0"

# The facilitator's live summary follows the room as results arrive.
live="$tmp/live"
mkdir "$live"
cp "$top_srcdir/tests/data/saas-12.answers" "$live/"
tmux_start 80 24 "TERM=xterm '$LEADWISE' summary --watch '$live'"
tmux_wait "0 finished, 0 answering, 1 idle"
cp "$top_srcdir/tests/data/logistics-4000.answers" "$live/"
tmux_wait "0 finished, 0 answering, 2 idle" 10
tmux_keys q
tmux_wait "EXIT=0"
expect_status 64 "$LEADWISE" summary --watch "$live" </dev/null >/dev/null \
  2>"$tmp/err"
expect_grep 'watch needs a terminal' "$tmp/err"
exit 0
