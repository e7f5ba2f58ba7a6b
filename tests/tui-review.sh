#!/bin/sh
# The review: every question asked, grouped by section and by AI tool,
# the whole question and the whole answer under it, wrapped to the
# screen (80x24 and 40x12, English and German, with and without
# colour); Enter edits the answer in focus, and the review comes back
# with the same answer in focus.
. "${top_srcdir:-..}/tests/testlib.sh"
. "${top_srcdir:-..}/tests/tmuxlib.sh"

use_catalogs
cp "$top_srcdir/tests/data/saas-12.answers" "$tmp/pre.answers"

# start COLS ROWS LOCALE [ENV]: the review of the answers.
start ()
{
  rm -rf "$tmp/state"
  tmux_start "$1" "$2" "XDG_STATE_HOME='$tmp/state' LC_ALL=$3 TERM=xterm \
    $4 '$LEADWISE' --answers '$tmp/pre.answers' --save '$tmp/s.answers'"
  tmux_wait "leadwise"
  tmux_keys Enter
  tmux_wait "22"
  tmux_keys m
  tmux_wait "Language/Sprache/Idioma"
  tmux_keys Down Down Down Down Down Enter
  tmux_wait "> "
}

# The line of the screen in reverse video: the focus.
focused () { tmux_screen_attrs | grep -E "$(printf '\033')\[([0-9]+;)*7m" | head -n 1; }

start 80 24 C.UTF-8
tmux_wait "Review your answers"
tmux_screen >"$tmp/screen"
expect_grep "^ > See the results$" "$tmp/screen"
expect_grep "^ Your company$" "$tmp/screen"
expect_grep "^   What is the company called?$" "$tmp/screen"
expect_grep "^     = Tiny Ledger$" "$tmp/screen"
# The whole question and the whole answer, wrapped, nothing cut.
expect_grep "^   How many people work at the company, counting contractors who work full$" "$tmp/screen"
expect_grep "^   time?$" "$tmp/screen"
expect_grep "^     = A technology product (software as a service, fintech, an app, a$" "$tmp/screen"
expect_grep "^       platform)$" "$tmp/screen"
expect_grep "^ Technology leadership today$" "$tmp/screen"
# The tool's questions under its name.
tmux_keys End
tmux_wait "Is there a regular check on whether a better tool has appeared?"
tmux_press_until Up "^ AI tool 1: Copilot$"
tmux_keys Home
tmux_wait "> See the results"

# Down to the number of people, Enter edits it, and the review comes
# back there.
tmux_keys Down Down Down
sleep 0.3
focused | grep -q "How many people work" \
  || fail "the focus is not on the third question: $(focused)"
tmux_keys Enter
tmux_wait "Question 3 of"
tmux_keys C-u 600 Enter
tmux_wait "Review your answers"
tmux_wait "= 600"
sleep 0.3
focused | grep -q "How many people work" \
  || fail "the focus did not come back to the answer edited: $(focused)"
expect_grep '^company.employees = 600$' "$tmp/s.answers"
# Further down and back up keeps working; Enter on the first line is
# the results.
tmux_keys Down
sleep 0.3
focused | grep -q "How complex" || fail "Down after the edit: $(focused)"
tmux_keys Home Enter
tmux_wait "[Full report]"
tmux_stop

# At 40x12, in German, without colour: wrapped, grouped, nothing cut.
start 40 12 de_DE.UTF-8 NO_COLOR=1
tmux_wait "Antworten durchsehen"
tmux_screen >"$tmp/screen"
expect_grep "^ Ihr Unternehmen$" "$tmp/screen"
expect_grep "^     = Tiny Ledger$" "$tmp/screen"
one_byte_chars "$tmp/screen" \
  | LC_ALL=C awk 'length > 40 { exit 1 }' || fail "a line wider than the screen"
tmux_keys Down Down
tmux_wait "     = Ein Technologieprodukt"
tmux_keys End
tmux_press_until Up "^ KI-Werkzeug 1: Copilot$"
exit 0
