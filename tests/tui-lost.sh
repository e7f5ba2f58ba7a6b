#!/bin/sh
# A terminal that goes away, at every screen ("terminal too small"
# included), and window sizes no terminal has: the wizard ends within 5
# seconds of losing its terminal, having used under a second of CPU, and
# stays under 64 MB whatever size the client reports.  A terminal goes
# two ways: with a hangup (SIGHUP, in the terminal's own session), and
# with no signal at all (a process of another session only sees reads
# fail with EIO).
. "${top_srcdir:-..}/tests/testlib.sh"
. "${top_srcdir:-..}/tests/tmuxlib.sh"

for tool in setsid stty; do
  command -v $tool >/dev/null 2>&1 \
    || { echo "SKIP: $tool not found (Debian packages util-linux, coreutils)"; exit 77; }
done
"${CC:-cc}" -o "$tmp/rusage" "$top_srcdir/tests/bench/rusage.c" \
  || fail "cannot build rusage"

mkdir -p "$tmp/room"
chmod 700 "$tmp/room"
cp "$top_srcdir/tests/data/saas-12.answers" "$tmp/done.answers"
n=0

# start MODE COLS ROWS ARGS...: the wizard with ARGS under rusage, in a new
# tmux window; @SAVE@ in ARGS is a file of its own to save in.  MODE hup: in the terminal's session, SIGHUP ignored by
# the processes around it; MODE eio: in a session of its own.
start ()
{
  mode=$1 cols=$2 rows=$3
  shift 3
  n=$((n + 1))
  use="$tmp/use-$n"
  args=$(printf '%s' "$*" | sed "s|@SAVE@|'$tmp/save-$n.answers'|")
  env="cd '$tmp' && XDG_STATE_HOME='$tmp/state-$n' LC_ALL=C.UTF-8 TERM=xterm"
  case $mode in
    hup) run="trap '' HUP; exec '$tmp/rusage' '$use' '$LEADWISE' $args" ;;
    eio) run="exec setsid -w '$tmp/rusage' '$use' '$LEADWISE' $args" ;;
  esac
  tmux_start "$cols" "$rows" "$env && $run"
}

# dropped WHAT: the terminal goes; the wizard must be gone within 5
# seconds, having used less than a second of CPU in all.
dropped ()
{
  tmux_cmd kill-server 2>/dev/null
  tries=50
  while [ "$tries" -gt 0 ] && [ ! -s "$use" ]; do
    sleep 0.1
    tries=$((tries - 1))
  done
  [ -s "$use" ] || { pkill -KILL -f "$tmp/state-$n" 2>/dev/null;
                     fail "$1: still running 5 seconds after the terminal went"; }
  read -r user system rss status <"$use"
  cpu=$((user + system))
  [ "$cpu" -lt 1000000 ] \
    || fail "$1: $cpu microseconds of CPU (the limit is 1 second)"
  [ "$rss" -lt 65536 ] || fail "$1: $rss kB of memory (the limit is 64 MB)"
}

# size COLS ROWS: the window size a client reports, set on the terminal
# as sshd does (the wizard gets SIGWINCH).
size ()
{
  stty -F "$(tmux_cmd display -p -t t '#{pane_tty}')" cols "$1" rows "$2"
}

# to_offering: from the welcome to the second question.
to_offering ()
{
  tmux_wait "About 20 questions"
  tmux_keys Enter
  tmux_wait "What is the company called?"
  tmux_keys Dropped Enter
  tmux_wait "What does the company sell?"
}

for mode in hup eio; do
  start $mode 80 24 "--save @SAVE@"
  tmux_wait "About 20 questions"
  dropped "$mode, the welcome"

  start $mode 80 24 "--save @SAVE@"
  tmux_wait "About 20 questions"
  tmux_keys Enter
  tmux_wait "What is the company called?"
  dropped "$mode, a question"

  start $mode 80 24 "--save @SAVE@"
  to_offering
  tmux_keys '?'
  tmux_wait "biggest single factor"
  dropped "$mode, a help pop-up"

  # (A process of another session gets no SIGWINCH: it starts small.)
  start $mode 30 8 "--save @SAVE@"
  tmux_wait "Terminal too small"
  dropped "$mode, terminal too small"

  start $mode 80 24 "--save @SAVE@"
  to_offering
  tmux_keys F10
  tmux_wait "Quit now?"
  dropped "$mode, the quit dialog"

  start $mode 80 24 "--answers '$tmp/done.answers' --save @SAVE@"
  tmux_wait "About 20 questions"
  tmux_keys Enter
  tmux_wait "Question 22 of 23"
  tmux_keys F2
  tmux_wait "See the results"
  tmux_keys Down Down Down Down Down Down Enter
  tmux_wait "[Full report]  Save"
  dropped "$mode, the results"

  start $mode 80 24 "--answers '$tmp/done.answers' --save @SAVE@"
  tmux_wait "About 20 questions"
  tmux_keys Enter
  tmux_wait "Question 22 of 23"
  tmux_keys F2
  tmux_wait "See the results"
  tmux_keys Down Down Down Down Down Down Enter
  tmux_wait "[Full report]  Save"
  tmux_keys Enter
  tmux_wait "Technology and AI leadership: Tiny Ledger"
  dropped "$mode, the full report"

  start $mode 80 24 "--workshop '$tmp/room'"
  tmux_wait "Your name"
  dropped "$mode, the workshop's name prompt"

  start $mode 80 24 "--workshop '$tmp/room'"
  tmux_wait "Your name"
  tmux_keys "Pin $mode" Enter
  tmux_wait "Choose a PIN"
  tmux_keys 12
  dropped "$mode, the workshop's PIN prompt"

  # The welcome back, after the PIN.
  printf 'Back %s\n3141\n3141\nBack Co\nquit\n' $mode \
    | "$LEADWISE" --workshop "$tmp/room" >/dev/null 2>&1
  start $mode 80 24 "--workshop '$tmp/room'"
  tmux_wait "Your name"
  tmux_keys "Back $mode" Enter
  tmux_wait "This name has a PIN"
  tmux_keys 3141 Enter
  tmux_wait "Go on where you left off"
  dropped "$mode, the welcome back"

  start $mode 80 24 "summary --watch '$tmp/room'"
  tmux_wait "Workshop summary"
  dropped "$mode, summary --watch"
done

# The idle time counts on every screen, "too small" included: nobody
# there, the wizard ends by itself.
n=$((n + 1))
use="$tmp/use-$n"
tmux_start 30 8 "cd '$tmp' && XDG_STATE_HOME='$tmp/state-$n' LC_ALL=C.UTF-8 \
  TERM=xterm LEADWISE_IDLE_SECONDS=1 exec '$tmp/rusage' '$use' '$LEADWISE' \
  --save '$tmp/idle.answers'"
tmux_wait "Terminal too small"
tries=50
while [ "$tries" -gt 0 ] && [ ! -s "$use" ]; do
  sleep 0.1
  tries=$((tries - 1))
done
[ -s "$use" ] || fail "idle on \"too small\": still running after 5 seconds"

# Too small after a resize, then gone.
start hup 80 24 "--save @SAVE@"
to_offering
tmux_cmd resize-window -t t -x 30 -y 8
tmux_wait "Terminal too small"
dropped "terminal too small after a resize"

# Sizes no terminal has, reported once: clamped, never a loop, and the
# terminal's loss still noticed.
start hup 80 24 "--save @SAVE@"
tmux_wait "About 20 questions"
tmux_keys Enter
tmux_wait "What is the company called?"
size 40000 1
tmux_wait "Terminal too small"
dropped "a 40000x1 window"

start hup 80 24 "--save @SAVE@"
tmux_wait "About 20 questions"
tmux_keys Enter
tmux_wait "What is the company called?"
size 12000 12000
tmux_keys Tab
tmux_wait "What does the company sell?"
dropped "a 12000x12000 window"

start hup 80 24 "summary --watch '$tmp/room'"
tmux_wait "Workshop summary"
size 12000 12000
sleep 1
dropped "summary --watch in a 12000x12000 window"
exit 0
