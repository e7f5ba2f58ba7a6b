#!/bin/sh
# What the full-screen wizard sends the terminal, traced with strace:
# - a screen goes out in a few writes, not one per gap in a line (this
#   ncurses flushes at every cursor move until the screen has been left
#   and resumed once);
# - after a key, the next screen is one update, not one per widget drawn
#   or destroyed (src/tui/update.c);
# - terminal modes are set at the start and the end, not again at every
#   screen (CDK resets them whenever no CDK screen is left);
# - plain text comes in the terminal's own colours, with no black
#   background painted behind it;
# - a dialog box stays more than 8 columns off the screen's edges, where
#   every cursor move costs ncurses a search (see screen_choose).
. "${top_srcdir:-..}/tests/testlib.sh"
. "${top_srcdir:-..}/tests/tmuxlib.sh"

command -v strace >/dev/null 2>&1 \
  || fail "strace not found (Debian package strace; ./bootstrap --tests installs it)"
# LeakSanitizer cannot run under ptrace.
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
export ASAN_OPTIONS

# run NAME KEYS...: the wizard under strace, from the welcome through
# KEYS to its first question's quit; the trace is left in $tmp/NAME.
run ()
{
  name=$1; shift
  state="$tmp/state-$name"
  mkdir "$state"
  tmux_start 80 24 "ASAN_OPTIONS='$ASAN_OPTIONS' XDG_STATE_HOME='$state' LC_ALL=C.UTF-8 TERM=xterm strace -o '$tmp/$name' -e trace=read,write,ioctl '$LEADWISE'"
  tmux_wait "About 20 questions"
  tmux_screen >"$tmp/$name.welcome"
  tmux_screen_attrs >"$tmp/$name.colours"
  tmux_keys Enter
  tmux_wait "What is the company called?"
  for keys in "$@"; do
    tmux_keys $keys
  done
  tmux_keys F10
  tmux_wait "Quit now?"
  tmux_keys Enter
  tmux_wait "EXIT=0"
}

run short
run long 'Acme Enter' 2 '12 Enter'

# The welcome: everything written before the first key is read.
writes=$(sed -n '/^read(0,/q; /^write(1,/p' "$tmp/short" | wc -l)
[ "$writes" -le 8 ] || {
  sed -n '/^read(0,/q; /^write(1,/p' "$tmp/short" >&2
  fail "the welcome took $writes writes to the terminal, expected 8 at most"
}

# After every key but the last (the exit), at most one write of screen
# contents (the welcome, before the first key, is counted above).  Not
# counted: xterm's keypad mode (smkx), which ncurses sends for every
# widget made, and cursor visibility (civis, cnorm).  CDK's own refreshes
# reach src/tui/update.c only when CDK is linked in from its archive, as
# configure does unless given --disable-static-cdk.
updates=$(awk '/^read\(0,/ { if (keys++ && n > most) most = n; n = 0; next }
               /^write\(1,/ && !/^write\(1, "(\\33\[\?1h\\33=|\\33\[\?25l|\\33\[\?12l\\33\[\?25h)",/ { n++ }
               END { print most + 0 }' "$tmp/long")
if ldd "$LEADWISE" 2>/dev/null | grep -q 'libcdk\.so'; then
  echo "CDK is a shared library here: one update per screen not expected" >&2
elif [ "$updates" -gt 1 ]; then
  grep -E '^(read\(0|write\(1)' "$tmp/long" >&2
  fail "a key was followed by $updates writes of the screen, expected one update"
fi

# Three more screens, not one more terminal mode change.
modes () { grep -c 'TCSETS' "$tmp/$1"; }
[ "$(modes long)" -eq "$(modes short)" ] \
  || fail "terminal modes set $(modes short) times for one question," \
          "$(modes long) times for four"

# No explicit black background (SGR 40) anywhere on the welcome.
if grep -q "$(printf '\033')\\[40m" "$tmp/short.colours"; then
  cat -v "$tmp/short.colours" >&2
  fail "the welcome paints text on black instead of the terminal's colours"
fi

# The box's top line: from its left corner to its right one.
top=$(grep -n 'lqq*k' "$tmp/short.welcome" | head -n 1 | cut -d: -f2-)
[ -n "$top" ] || { cat "$tmp/short.welcome" >&2; fail "no box on the welcome"; }
left=$(printf '%s\n' "$top" | sed 's/l.*//' | wc -c)      # 1-based column
right=$(printf '%s\n' "$top" | sed 's/k *$/k/' | wc -c)
right=$((right - 1))
[ "$left" -gt 9 ] && [ "$right" -lt 71 ] \
  || fail "the welcome's box spans columns $left to $right of 80"
exit 0
