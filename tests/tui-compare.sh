#!/bin/sh
# Comparing from the results screen, as co-founders would: Compare with
# another answers file (its name completed with Tab) shown in the
# viewer; Hand over, where a second person answers on the same terminal
# into a file of their own and both are compared.  (Never in a kiosk:
# tui-workshop.sh.)
. "${top_srcdir:-..}/tests/testlib.sh"
. "${top_srcdir:-..}/tests/tmuxlib.sh"

data="$top_srcdir/tests/data/compare"
cp "$data/ben.answers" "$tmp/ben.answers"
mkdir "$tmp/state"
tmux_start 80 24 "cd '$tmp' && XDG_STATE_HOME='$tmp/state' LC_ALL=C.UTF-8 \
  TERM=xterm '$LEADWISE' --answers '$data/ana.answers' --save '$tmp/mine.answers'"
tmux_wait "About 20 questions"
tmux_keys Enter
# Every question answered: no other tool, the review, then the results.
tmux_wait "Is there another AI tool to check?"
tmux_keys Right Enter
tmux_wait "Review your answers"
tmux_keys Enter
tmux_wait "[Full report]"
tmux_screen | grep -q "Compare" || fail "no Compare on the results screen"
tmux_keys Right Right Right Enter
tmux_wait "Compare with another answers file"
tmux_wait "Hand over"
tmux_keys Enter
tmux_wait "Compare with which answers file?"
tmux_keys b e Tab
tmux_wait "> ben.answers"
tmux_keys Enter
tmux_wait "Answers compared: Ana and Ben"
tmux_wait "What to settle first"
tmux_wait "It settles whether AI needs a leader of its own."
tmux_keys Escape
tmux_wait "[Compare]"

# The hand-over: names, then a second person's questions, then both.
tmux_keys Enter
tmux_wait "Hand over"
tmux_keys Down Enter
tmux_wait "Your name, for the comparison?"
tmux_wait "> Ana"
tmux_keys Enter
tmux_wait "Who answers next?"
tmux_keys Cleo Enter
tmux_wait "About 20 questions"
tmux_keys Enter
tmux_wait "What is the company called?"
tmux_keys 'Quillon Health' Enter
tmux_wait "What does the company sell?"
tmux_keys 2
tmux_wait "How many people work at the company"
tmux_keys F10
tmux_wait "Quit now?"
tmux_keys Enter
tmux_wait "Cleo's answers are saved in $tmp/Cleo.answers."
tmux_keys Enter
tmux_wait "Answers compared: Ana and Cleo"
tmux_wait "What does the company sell? (Ana: A technology product"
expect_grep '^meta.respondent = Cleo$' "$tmp/Cleo.answers"
expect_grep '^company.offering = service$' "$tmp/Cleo.answers"
# Back to the first person's results.
tmux_keys Escape
tmux_wait "[Full report]"
tmux_keys q
tmux_wait "EXIT=0"
# The first person's answers are as they were.
expect_grep '^company.offering = product$' "$tmp/mine.answers"
tmux_stop
exit 0
