#!/bin/sh
# The full-screen wizard's review, menu and results: the review lists the
# answers and edits one; the menu jumps to a section; the results screen
# shows the verdicts and saves, prints (lp, or says there is none) and
# goes back to editing.
. "${top_srcdir:-..}/tests/testlib.sh"
. "${top_srcdir:-..}/tests/tmuxlib.sh"

cp "$top_srcdir/tests/data/saas-12.answers" "$tmp/pre.answers"
mkdir -p "$tmp/bin" "$tmp/nolp"
cat >"$tmp/bin/lp" <<EOT
#!/bin/sh
cat >"$tmp/printed.txt"
EOT
chmod +x "$tmp/bin/lp"

start ()
{
  tmux_start 80 24 "cd '$tmp' && PATH='$1' XDG_STATE_HOME='$tmp/state' \
    LC_ALL=C.UTF-8 TERM=xterm '$LEADWISE' --answers '$tmp/pre.answers' \
    --save '$tmp/out/s.answers'"
}
mkdir -p "$tmp/out"

# Pre-filled: the welcome, then the two open steps of the tool.
start "$tmp/bin:/usr/bin:/bin"
tmux_wait "About 20 questions"
tmux_keys Enter
tmux_wait "Question 22 of 23"
# The menu jumps to a section.
tmux_keys m
tmux_wait "Review all answers"
tmux_keys Down Down
tmux_keys Enter
tmux_wait "What role does AI play in the company?"
tmux_screen | grep -q '\[\*\] A feature of the product' \
  || fail "the jump did not show the answer given"
tmux_keys m
tmux_wait "See the results"
tmux_keys Down Down Down Down Down
tmux_keys Enter
tmux_wait "What would change this advice"
tmux_screen >"$tmp/screen"
expect_grep "Put a CTO in charge of technology" "$tmp/screen"
expect_grep "CTO .*CIO .*CAIO" "$tmp/screen"
expect_grep "86.0%" "$tmp/screen"          # the CDK histograms
expect_grep "Full report      Save      Print      Edit answers      Quit" \
  "$tmp/screen"

# ? is help here as everywhere; CDK's own search (it crashed) and its
# other keys do nothing.
tmux_keys '?'
tmux_wait "Page Up and Page Down scroll"
tmux_keys Escape
tmux_wait "Full report      Save"
tmux_keys / n : i
sleep 0.5
tmux_screen | grep -q "Search" && fail "CDK's search is offered"
tmux_screen | grep -q "Full report      Save" || fail "the results screen is gone"

# The full report, in a viewer, with help too, and back.
tmux_keys Enter
tmux_wait "Full report"
tmux_wait "Technology and AI leadership: Tiny Ledger"
tmux_keys '?'
tmux_wait "Page Up and Page Down scroll"
tmux_keys Escape
tmux_wait "Technology and AI leadership: Tiny Ledger"
tmux_keys /
sleep 0.5
tmux_screen | grep -q "Search" && fail "CDK's search is offered"
tmux_keys Enter
tmux_wait "Full report      Save"

# Save, as JSON: the file is the report of the answers.
tmux_keys Tab Enter
tmux_wait "In which format?"
tmux_keys Tab Tab Tab Enter
tmux_wait "The report is saved in"
"$LEADWISE" report -f json "$tmp/out/s.answers" >"$tmp/want.json"
expect_diff "$tmp/want.json" "$tmp/out/leadwise-report.json"
tmux_keys x
tmux_wait "Full report      Save"

# Print through lp.
tmux_keys Tab Tab Enter
tmux_wait "sent to the printer with lp"
tmux_keys x
"$LEADWISE" report "$tmp/out/s.answers" >"$tmp/want.txt"
expect_diff "$tmp/want.txt" "$tmp/printed.txt"

# Edit answers: the review, one answer changed, back to the review.
tmux_wait "Full report      Save"
tmux_keys Tab Tab Tab Enter
tmux_wait "Review your answers"
tmux_wait "* See the results"
tmux_keys Down Down Down
tmux_keys Enter
tmux_wait "How many people work at the company"
tmux_keys C-u 600 Enter
tmux_wait "Review your answers"
tmux_wait "600 "
expect_grep '^company.employees = 600$' "$tmp/out/s.answers"
tmux_keys Enter
tmux_wait "Full report      Save"
tmux_keys Tab Tab Tab Tab Enter
tmux_wait "EXIT=0"

# No lp and no lpr: said so, and saving offered instead.
start "$tmp/nolp"
tmux_wait "About 20 questions"
tmux_keys Enter
tmux_wait "Question"
tmux_keys m
tmux_wait "See the results"
tmux_keys Down Down Down Down Down Enter
tmux_wait "Full report      Save"
tmux_keys Tab Tab Enter
tmux_wait "No printing command (lp or lpr) was found"
tmux_keys Enter
tmux_wait "In which format?"
tmux_keys Enter
tmux_wait "The report is saved in"
expect_grep '^Technology and AI leadership: Tiny Ledger$' \
  "$tmp/out/leadwise-report.txt"
exit 0
