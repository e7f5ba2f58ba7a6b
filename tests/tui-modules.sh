#!/bin/sh
# The optional modules on the full screen, as a founder takes them: the
# welcome's Modules button and its list (the hiring brief offered only
# when the advice hires someone), a module's questions with its anchors
# and its place in the progress line, leaving in the middle and coming
# back to the question where it stopped, skipping the rest of a module
# from the menu, and the results screen's line for each module.
. "${top_srcdir:-..}/tests/testlib.sh"
. "${top_srcdir:-..}/tests/tmuxlib.sh"

state="$tmp/state/leadwise/session.answers"
run="XDG_STATE_HOME='$tmp/state' LC_ALL=C.UTF-8 TERM=xterm '$LEADWISE'"
# The core of a profile that advises a dedicated Chief AI Officer (a
# hire), and of one that hires nobody.
grep -v -E '^(readiness|governance|hire)\.' \
  "$top_srcdir/tests/data/fintech-modules.answers" >"$tmp/core.answers"
cp "$top_srcdir/tests/data/saas-12.answers" "$tmp/nohire.answers"

# Nobody to hire: the list has no hiring brief.
tmux_start 80 24 "$run --answers '$tmp/nohire.answers'"
tmux_wait "About 20 questions"
tmux_screen | grep -q 'Start Modules Language/Sprache/Idioma Quit' \
  || fail "no Modules on the welcome"
tmux_keys Right Enter
tmux_wait "What would you like to go through?"
tmux_wait "AI governance and adoption"
tmux_screen | grep -q "Hiring brief" && fail "a brief offered with no hire"
tmux_stop
rm -rf "$tmp/state"

# A hire: all three offered; the core is ticked, no module yet.
tmux_start 80 24 "$run --answers '$tmp/core.answers'"
tmux_wait "About 20 questions"
tmux_keys Right Enter
tmux_wait "Hiring brief and 90 days"
tmux_screen | grep -q '^ \[x\] The core' || fail "the core is not ticked"
tmux_screen | grep -q '^ \[x\] CTO readiness' && fail "a module ticked at first"
tmux_keys Down Space
tmux_wait "[x] CTO readiness"
tmux_keys Enter
tmux_wait "About 20 questions"                 # back on the welcome
tmux_keys Enter
# The core is answered: the module's first question, in the progress.
tmux_wait "Whom are you rating in this module?"
tmux_wait "CTO readiness"
tmux_wait "Section 5 of 5"
tmux_keys 1
tmux_wait "Strategic thinking"
expect_grep '^meta.modules = core,readiness$' "$state"
expect_grep '^readiness.subject = current$' "$state"
# Anchors at 1, 3 and 5, numbers alone at 2 and 4.
tmux_screen | grep -q '( ) 1 - Decides on technical merit alone' \
  || fail "no anchor at 1"
tmux_screen | grep -q '( ) 3 - Links bigger choices to business goals' \
  || fail "no anchor at 3"
tmux_screen | grep -q '( ) 5 - Frames every major choice' || fail "no anchor at 5"
tmux_screen | grep -q '^ ( ) 2$' || fail "2 is not a number alone"
tmux_keys 4
tmux_wait "Business and finance"
expect_grep '^readiness.strategy = 4$' "$state"
tmux_keys q
tmux_wait "Quit now?"
tmux_keys Enter
tmux_wait "EXIT=0"

# Back again: going on lands on the question where it stopped.
tmux_start 80 24 "$run"
tmux_wait "Go on where you left off"
tmux_keys Enter
tmux_wait "Business and finance"
tmux_wait "Section 5 of 5"
# The menu lists the module among the sections, and skips the rest.
tmux_keys m
tmux_wait "Skip the rest of this module"
tmux_screen | grep -q "Section 5: CTO readiness" || fail "the module is not in the menu"
tmux_keys Down Down Down Down Down Down Down Down Down Enter
# Past the last question: the review, then the results.
tmux_wait "Review your answers"
tmux_wait "> See the results"
tmux_keys Enter
tmux_wait "[Full report]"
tmux_press_until Down "^ CTO readiness  " || fail "no modules on the results"
tmux_screen | grep -q "^ Modules$" || fail "no heading over the modules"
tmux_screen | grep -q "^ CTO readiness  4.0 of 5, 1 of 9 areas rated" \
  || fail "the module's line is not the one rated"
tmux_screen | grep -q "AI governance" && fail "a line for a module not taken"
grep -q '^readiness.business' "$state" && fail "a skipped question answered"
expect_grep '^readiness.strategy = 4$' "$state"
tmux_stop
exit 0
