#!/bin/sh
# The full-screen wizard when saving fails: it says so once, keeps the
# answers, and on quitting asks for another file (showing why a file
# failed) until one works; in a workshop, on a full disk, it asks to try
# again, and what stays unsaved is printed when the screen closes; the
# quit dialog never says saved when the last save failed, and a
# participant is never shown the server's file names.
. "${top_srcdir:-..}/tests/testlib.sh"
. "${top_srcdir:-..}/tests/tmuxlib.sh"

build_faultshim
: >"$tmp/blocked"

tmux_start 80 24 "XDG_STATE_HOME='$tmp/blocked' LC_ALL=C.UTF-8 TERM=xterm '$LEADWISE'"
tmux_wait "About 20 questions"
tmux_keys Enter
tmux_wait "What is the company called?"
tmux_keys 'Acme' Enter
tmux_wait "Your answers could not be saved"
tmux_wait "blocked/leadwise: cannot create the"
tmux_keys Enter
tmux_wait "What does the company sell?"
tmux_keys 2
tmux_wait "How many people"                 # told once, not at every answer
tmux_keys F10
tmux_wait "Quit now? Your last answers could not be"   # never "saved"
tmux_screen | grep -q "Your answers are saved" && fail "the quit dialog says saved"
tmux_keys Enter
tmux_wait "In which file should they be saved instead?"
tmux_wait "Enter save  Esc leave without saving"
tmux_keys "$tmp/nowhere/x.answers" Enter
tmux_wait "No such file or directory"
tmux_keys C-u "$tmp/other.answers" Enter
tmux_wait "Your answers are saved in $tmp/other.answers"
tmux_keys Enter
tmux_wait "EXIT=0"
expect_grep '^company.name = Acme$' "$tmp/other.answers"
expect_grep '^company.offering = service$' "$tmp/other.answers"

# A workshop on a full disk: no file names are asked for; try again, or
# leave with the answers printed.
# A name cannot be bound to a PIN on a full disk, and says so (nor can
# a PIN be checked: a try that cannot be counted, see workshop.sh).
mkdir "$tmp/room"
tmux_start 80 24 "LD_PRELOAD='$tmp/faultshim.so' LEADWISE_FAULT=enospc ASAN_OPTIONS='$ASAN_OPTIONS' LC_ALL=C.UTF-8 TERM=xterm '$LEADWISE' --workshop '$tmp/room' 2>'$tmp/err'"
tmux_wait "Your name, or your team's name?"
tmux_keys 'New Team' Enter
tmux_wait "Choose a PIN"
tmux_keys 3141 Enter
tmux_wait "Type the same PIN again."
tmux_keys 3141 Enter
tmux_wait "Your answers cannot be kept in the workshop's directory"
tmux_screen | grep -q -e "$tmp" -e "room/" && fail "a participant is shown a server path"
# Where only the answers cannot be saved (the PIN was), the wizard goes
# on and tries again after each answer.
tmux_start 80 24 "LD_PRELOAD='$tmp/faultshim.so' LEADWISE_FAULT=enospc LEADWISE_FAULT_PATH=.answers ASAN_OPTIONS='$ASAN_OPTIONS' LC_ALL=C.UTF-8 TERM=xterm '$LEADWISE' --workshop '$tmp/room' 2>'$tmp/err'"
tmux_wait "Your name, or your team's name?"
tmux_keys 'Team Full' Enter
tmux_wait "Choose a PIN"
tmux_keys 3141 Enter
tmux_wait "Type the same PIN again."
tmux_keys 3141 Enter
tmux_wait "About 20 questions"
tmux_keys Enter
tmux_wait "What is the company called?"
tmux_keys 'Full Disk Ltd' Enter
tmux_wait "Please tell the facilitator"        # and no server path
tmux_screen | grep -q -e "$tmp" -e "room/" && fail "a participant is shown a server path"
tmux_keys Enter
tmux_wait "What does the company sell?"
tmux_keys q
tmux_wait "Quit now? Your last answers could not be saved; please"
tmux_keys Enter
tmux_wait "facilitator. Try again?"
tmux_keys Enter                              # yes: it fails again
tmux_wait "facilitator. Try again?"
tmux_keys Right Enter                        # no
tmux_wait "EXIT=73"
tmux_wait "company.name = Full Disk Ltd"
expect_grep 'here they are, to show the facilitator' "$tmp/err"
grep -q -e '--answers' "$tmp/err" && fail "a participant is told to use the command line"
exit 0
