#!/bin/sh
# Keys as terminals send them, with TERM right or wrong: Home, End,
# Delete, Insert, Page Up and Down and F1 to F12 as xterm, rxvt, PuTTY,
# the Linux console and tmux or screen send them (F2, the menu, aside)
# never become typed text
# or an answer; an unknown escape sequence is swallowed whole; the
# function keys leadwise uses (F1 help, F10 quit) work in every form.
. "${top_srcdir:-..}/tests/testlib.sh"
. "${top_srcdir:-..}/tests/tmuxlib.sh"

state="$tmp/state/leadwise/session.answers"

# Every form of the keys that move or edit, none of which leadwise
# types or answers with: xterm (normal and application mode), rxvt,
# PuTTY and the Linux console, vt220 and tmux or screen (ESC [ 1 ~),
# with modifiers, and sequences no terminal description has.
junk ()
{
  for seq in '\033[1~' '\033[4~' '\033[7~' '\033[8~' '\033[H' '\033[F' \
             '\033OH' '\033OF' '\033[2~' '\033[3~' '\033[5~' '\033[6~' \
             '\033[1;5H' '\033[3;2~' '\033[5;5~' '\033[1;3A' \
             '\033[13~' '\033[14~' '\033[15~' '\033[17~' \
             '\033[18~' '\033[19~' '\033[20~' '\033[23~' '\033[24~' \
             '\033[[C' '\033OR' '\033OS' \
             '\033[200~' '\033[201~' '\033[99;7x' '\033[?1049h' '\033OZ'; do
    tmux_keys -l "$(printf "$seq")"
  done
}

for term in xterm xterm-256color screen vt100 linux rxvt; do
  rm -rf "$tmp/state"
  tmux_start 80 24 "XDG_STATE_HOME='$tmp/state' LC_ALL=C.UTF-8 TERM=$term '$LEADWISE'"
  tmux_wait "About 20 questions"
  tmux_keys Enter
  tmux_wait "What is the company called?"
  junk
  tmux_keys 'Te'
  junk
  tmux_keys 'st' Enter
  tmux_wait "What does the company sell?"
  junk
  sleep 0.5
  tmux_screen | grep -q "What does the company sell?" \
    || fail "a key answered the list ($term)"
  grep -q '^company.offering' "$state" && fail "an answer from a key ($term)"
  # F1 (which shows the help above the options, and hides it again) and
  # F10 in the forms of xterm (SS3), vt220 and the Linux console.
  for f1 in '\033OP' '\033[11~' '\033[[A'; do
    tmux_keys -l "$(printf "$f1")"
    tmux_wait "This is the biggest single factor"
    tmux_keys -l "$(printf "$f1")"
    tmux_wait_gone "This is the biggest single factor"
  done
  tmux_keys -l "$(printf '\033[21~')"
  tmux_wait "Quit now?"
  tmux_keys Enter
  tmux_wait "EXIT=0"
  expect_grep '^company.name = Test$' "$state"
  tmux_stop
done
# In German at 40x12, without colour, TERM wrong for tmux: the same.
use_catalogs
rm -rf "$tmp/state"
tmux_start 40 12 "XDG_STATE_HOME='$tmp/state' LEADWISE_LOCALEDIR='$tmp/locale' LC_ALL=de_DE.UTF-8 NO_COLOR=1 TERM=xterm-256color '$LEADWISE'"
tmux_wait "Beginnen"
tmux_keys Enter
tmux_wait "Wie heißt das"
junk
tmux_keys 'Té'
junk
tmux_keys 'st' Enter
tmux_wait "Was verkauft"
junk
sleep 0.5
# (End and Page Down may scroll the question out of sight: still 2/13.)
tmux_screen | grep -q " 2/13$" || fail "a key answered the list (de)"
grep -q '^company.offering' "$state" && fail "an answer from a key (de)"
tmux_keys F10
tmux_wait "Jetzt beenden?"
tmux_keys Enter
tmux_wait "EXIT=0"
expect_grep '^company.name = Tést$' "$state"
exit 0
