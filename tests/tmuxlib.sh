# tmuxlib.sh: drive the real program in a private tmux server, the way a
# person would: type keys, read the screen, wait for text (never a fixed
# sleep alone).  Sourced after testlib.sh.

command -v tmux >/dev/null 2>&1 \
  || { echo "SKIP: tmux not found (Debian package tmux)"; exit 77; }

# Each tmux_start gets a server of its own: a server being killed may
# still hold its socket when the next one starts.
tmux_count=0
tmux_socket="lw-test-$$-0"
tmux_cmd () { tmux -L "$tmux_socket" -f /dev/null "$@"; }
trap 'tmux_stop; rm -rf "$tmp"' EXIT

# tmux_start COLS ROWS COMMAND: start COMMAND in a new COLSxROWS window.
# When COMMAND ends, the pane shows "EXIT=status" and stays open.
tmux_start ()
{
  tmux_stop
  tmux_count=$((tmux_count + 1))
  tmux_socket="lw-test-$$-$tmux_count"
  tmux_cmd new-session -d -s t -x "$1" -y "$2" \
    "$3; echo EXIT=\$?; sleep 600" || fail "tmux could not start"
}

# tmux_stop: end the server.  What ran in its pane gets SIGHUP, as when a
# terminal closes, and has 3 seconds to end before it is killed: a stray
# process would slow every later test (under LeakSanitizer, whose exit
# check can hang in some containers, this has been seen).
tmux_stop ()
{
  pane=$(tmux_cmd display -p -t t '#{pane_pid}' 2>/dev/null)
  tmux_cmd kill-server 2>/dev/null || true
  [ -n "$pane" ] || return 0
  tries=30
  while [ "$tries" -gt 0 ] && pgrep -s "$pane" >/dev/null 2>&1; do
    sleep 0.1
    tries=$((tries - 1))
  done
  pkill -KILL -s "$pane" 2>/dev/null || true
}

tmux_screen () { tmux_cmd capture-pane -p -t t; }

# The screen with its colours and attributes, as escape sequences.
tmux_screen_attrs () { tmux_cmd capture-pane -p -e -t t; }

tmux_keys () { tmux_cmd send-keys -t t "$@"; }

# tmux_wait TEXT [SECONDS]: wait until TEXT is on screen; fail after
# SECONDS (default 10), showing the screen.
tmux_wait ()
{
  tmux_wait_tenths "$1" $(( ${2:-10} * 10 ))
}

# tmux_wait_tenths TEXT TENTHS: the same, with the limit in tenths of a
# second.
tmux_wait_tenths ()
{
  tries=$2
  while [ "$tries" -gt 0 ]; do
    tmux_screen | grep -q -F -e "$1" && return 0
    sleep 0.1
    tries=$((tries - 1))
  done
  tmux_screen >&2
  fail "'$1' did not appear on the screen"
}

# tmux_box_aligned FILE WHAT: every line of the first box on the screen
# in FILE ends in the column its top corner does, counted in characters
# (a letter of two bytes that the terminal shows in one column must
# count as one, or the border after it moves).
tmux_box_aligned ()
{
  top=$(grep -n 'lqq*k' "$1" | head -n 1 | cut -d: -f1)
  bottom=$(grep -n 'mqq*j' "$1" | head -n 1 | cut -d: -f1)
  [ -n "$top" ] && [ -n "$bottom" ] || { cat "$1" >&2; fail "no box ($2)"; }
  want=""
  sed -n "${top},${bottom}p" "$1" | sed 's/ *$//' >"$1.box"
  while IFS= read -r line; do
    n=$(printf '%s' "$line" | LC_ALL=C.UTF-8 wc -m)
    [ -n "$want" ] || want=$n
    [ "$n" -eq "$want" ] \
      || { cat "$1" >&2; fail "a border out of place ($2): '$line'"; }
  done <"$1.box"
}

# tmux_press_until KEY PATTERN [MAX]: press KEY until a line of the
# screen matches PATTERN (grep); fail after MAX presses (default 12).
tmux_press_until ()
{
  presses=0
  until tmux_screen | grep -q -e "$2"; do
    presses=$((presses + 1))
    [ "$presses" -le "${3:-12}" ] \
      || { tmux_screen >&2; fail "'$2' not reached with $1"; }
    tmux_keys "$1"
    sleep 0.1
  done
}

# tmux_wait_gone TEXT [SECONDS]: wait until TEXT is no longer on screen.
tmux_wait_gone ()
{
  tries=$(( ${2:-10} * 10 ))
  while [ "$tries" -gt 0 ]; do
    tmux_screen | grep -q -F -e "$1" || return 0
    sleep 0.1
    tries=$((tries - 1))
  done
  tmux_screen >&2
  fail "'$1' stayed on the screen"
}
