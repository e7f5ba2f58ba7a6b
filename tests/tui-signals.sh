#!/bin/sh
# The full-screen wizard stopped from outside: Ctrl-C, SIGTERM and SIGHUP save
# the answers, restore the terminal and exit 130; a crash restores the
# terminal before it ends; after kill -9 nothing answered before is lost,
# and the next start resumes.  --ascii-lines
# draws plain borders.
. "${top_srcdir:-..}/tests/testlib.sh"
. "${top_srcdir:-..}/tests/tmuxlib.sh"

command -v pgrep >/dev/null 2>&1 \
  || { echo "SKIP: pgrep not found (Debian package procps)"; exit 77; }

# The pid of the leadwise running in this test's tmux server.
wizard_pid ()
{
  pane=$(tmux_cmd display-message -p -t t '#{pane_pid}')
  pgrep -x -P "$pane" leadwise
}

n=0
for sig in TERM HUP INT; do
  n=$((n + 1))
  save="$tmp/sig-$n.answers"
  tmux_start 80 24 "XDG_STATE_HOME='$tmp/state' LC_ALL=C.UTF-8 TERM=xterm \
    '$LEADWISE' --save '$save'"
  tmux_wait "About 20 questions"
  tmux_keys Enter
  tmux_wait "What is the company called?"
  tmux_keys "Signal $sig" Enter
  tmux_wait "What does the company sell?"
  tmux_keys 2
  tmux_wait "How many people"
  pid=$(wizard_pid)
  [ -n "$pid" ] || fail "cannot find the wizard's process"
  if [ "$sig" = INT ]; then
    tmux_keys C-c                  # Ctrl-C, as a person would
  else
    kill -"$sig" "$pid"
  fi
  tmux_wait "EXIT=130"
  expect_grep "^company.name = Signal $sig$" "$save"
  expect_grep '^company.offering = service$' "$save"
  expect_grep '^meta.status = in_progress$' "$save"
done

# kill -9: nothing saved before is lost, and the next start resumes.
save="$tmp/killed.answers"
tmux_start 80 24 "XDG_STATE_HOME='$tmp/state' LC_ALL=C.UTF-8 TERM=xterm \
  '$LEADWISE' --save '$save'"
tmux_wait "About 20 questions"
tmux_keys Enter
tmux_wait "What is the company called?"
tmux_keys "Killed Co" Enter
tmux_wait "What does the company sell?"
tmux_keys 3
tmux_wait "How many people"
tmux_keys "250" Enter
tmux_wait "internal systems and logistics"
kill -9 "$(wizard_pid)"
tmux_wait "EXIT=137"
expect_grep '^company.employees = 250$' "$save"
tmux_start 80 24 "XDG_STATE_HOME='$tmp/state' LC_ALL=C.UTF-8 TERM=xterm \
  '$LEADWISE' --save '$save'"
tmux_wait "Your answers of 2"
tmux_screen | grep -q 'Go on where you left off' || fail "going on is not offered"
tmux_keys Enter
tmux_wait "internal systems and logistics"
tmux_wait "Question 4 of 13"
tmux_keys 2
tmux_wait "already stretched"
expect_grep '^company.internal_complexity = medium$' "$save"
expect_grep '^company.name = Killed Co$' "$save"
expect_grep '^company.offering = mixed$' "$save"

# Esc acts at once (a short ESC delay), not after curses' usual second:
# the previous question is back within half a second.
tmux_start 80 24 "XDG_STATE_HOME='$tmp/state4' LC_ALL=C.UTF-8 TERM=xterm \
  '$LEADWISE' --save '$tmp/esc.answers'"
tmux_wait "About 20 questions"
tmux_keys Enter
tmux_wait "What is the company called?"
tmux_keys Fast Enter
tmux_wait "What does the company sell?"
tmux_keys Escape
tmux_wait_tenths "What is the company called?" 5
tmux_keys F10
tmux_wait "Quit now?"
tmux_keys Enter
tmux_wait "EXIT=0"

# NCURSES_NO_UTF8_ACS in a UTF-8 locale: plain borders too.
tmux_start 80 24 "NCURSES_NO_UTF8_ACS=1 XDG_STATE_HOME='$tmp/state5' \
  LC_ALL=C.UTF-8 TERM=xterm '$LEADWISE' --save '$tmp/acs.answers'"
tmux_wait "About 20 questions"
tmux_screen | grep -q '+-----' || fail "NCURSES_NO_UTF8_ACS is not honoured"
tmux_keys Escape
tmux_wait "EXIT=0"

# A participant who walks away: after the idle time, saved and stopped.
tmux_start 80 24 "LEADWISE_IDLE_SECONDS=2 XDG_STATE_HOME='$tmp/state6' \
  LC_ALL=C.UTF-8 TERM=xterm '$LEADWISE' --save '$tmp/idle.answers'"
tmux_wait "About 20 questions"
tmux_keys Enter
tmux_wait "What is the company called?"
tmux_keys 'Gone Away' Enter
tmux_wait "What does the company sell?"
tmux_wait "EXIT=0" 10
expect_grep '^company.name = Gone Away$' "$tmp/idle.answers"

# A crash (here a SIGSEGV from outside) restores the terminal first:
# echo and line editing back, the cursor shown, the full screen left.
tmux_start 80 24 "XDG_STATE_HOME='$tmp/state7' LC_ALL=C.UTF-8 TERM=xterm \
  '$LEADWISE' --save '$tmp/crash.answers'"
tmux_wait "About 20 questions"
tmux_keys Enter
tmux_wait "What is the company called?"
tty=$(tmux_cmd display -p -t t '#{pane_tty}')
stty -F "$tty" -a | grep -q -e ' -echo ' -e ' -icanon ' \
  || fail "the wizard's terminal modes are not in force"
kill -SEGV "$(wizard_pid)"
# 139 as a rule; a sanitizer build reports the crash its own way.
tmux_wait "EXIT="
tmux_screen | grep -q "EXIT=0" && fail "the crash went unnoticed"
modes=$(stty -F "$tty" -a)
case $modes in
  *" -echo "*|*" -icanon "*) fail "a crash left the terminal without echo: $modes" ;;
esac

# Plain borders on request.
tmux_start 80 24 "XDG_STATE_HOME='$tmp/state3' LC_ALL=C.UTF-8 TERM=xterm \
  '$LEADWISE' --ascii-lines --save '$tmp/ascii.answers'"
tmux_wait "About 20 questions"
tmux_screen >"$tmp/welcome"
expect_grep '+-----' "$tmp/welcome"
tmux_keys Enter
tmux_wait "What is the company called?"
tmux_screen >"$tmp/screen"
expect_grep '^  +-----' "$tmp/screen"
expect_grep '^  |> ' "$tmp/screen"
tmux_keys F10
tmux_wait "Quit now?"
tmux_keys Enter
tmux_wait "EXIT=0"
exit 0
