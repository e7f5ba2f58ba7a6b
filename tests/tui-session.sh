#!/bin/sh
# The full-screen wizard, driven in tmux as a person would: a whole
# session at 80x24 to the results, checked on screen at several steps;
# the saved answers give the same JSON report as the profile they retell.
# Then a tool name in UTF-8, a resize down to "too small" and back, and
# the wizard under NO_COLOR and TERM=vt100.
. "${top_srcdir:-..}/tests/testlib.sh"
. "${top_srcdir:-..}/tests/tmuxlib.sh"

state="$tmp/state/leadwise/session.answers"
run="XDG_STATE_HOME='$tmp/state' LC_ALL=C.UTF-8 TERM=xterm '$LEADWISE'"

# key KEYS... EXPECT: type, then wait for EXPECT on the screen.
key ()
{
  expect=$(eval echo "\${$#}")
  while [ $# -gt 1 ]; do tmux_keys "$1"; shift; done
  tmux_wait "$expect"
}

tmux_start 80 24 "$run"
tmux_wait "About 20 questions"                          # the welcome
tmux_screen | grep -q 'Start Modules Language/Sprache/Idioma Quit' || fail "no Start and Quit on the welcome"
key Enter "Question 1 of 13"
tmux_wait "What is the company called?"
tmux_wait "Enter confirm  Esc back  Tab skip  F1 help  F2 menu  F10 quit"
key 'Tiny Ledger' Enter "What does the company sell?"
tmux_wait "Enter choose  Esc back  Tab skip  ? help  m menu  q quit"
tmux_screen | grep -q '(•)' && fail "an unanswered question shows an answer"
key 1 "How many people work at the company"
# Esc goes back, and the answer given is shown again.
key Escape "What does the company sell?"
tmux_screen | grep -q '(•) A technology product' \
  || fail "the earlier answer is not shown on going back"
key Enter "How many people work at the company"
key 'many' Enter "not a number"                      # refused, explained
key C-u '12' Enter "internal systems and logistics"
key '?' "Think of ERP and CRM"                         # help, above
tmux_screen | grep -q "^ ( ) Low" || fail "the help covers the options"
key '?' "internal systems and logistics"               # and hidden
key 1 "already stretched"
key 1 "lack most right now"
key 3 "next two years"
key 1 "know AI"
key 4 "What role does AI play"
key 3 "Question 10 of 16"                              # AI numbers now asked
key '2' Enter "spend on AI"
key '40k' Enter "work on AI-related projects"
key '2' Enter "AI-specific regulation"
key 1 "AI risks worry you most"
# Several may be chosen: marked [x] and [ ], unlike the (•) and ( ) of
# one; the terminal's cursor on the option in focus, inside its mark.
tmux_screen | grep -q '^ \[ \] ' || fail "no [ ] on a list of several"
tmux_screen | grep -q '^ ( ) ' && fail "( ) on a list of several"
key Down Space "[x]"
row=$(tmux_screen | grep -n '^ \[x\] ' | head -n 1 | cut -d: -f1)
cursor=$(tmux_cmd display -p -t t '#{cursor_x} #{cursor_y}')
[ "$cursor" = "2 $((row - 1))" ] \
  || fail "the cursor is at $cursor, not on the option marked (row $row)"
key Down Down Down Space Enter "Who chooses the AI tools"
key 2 "Which AI tool are you considering?"
key 'Copilot' Enter "already in use"
tmux_wait "AI tool: Copilot"
key 2 "what the tool is meant"
key 1 "who will use it every day"
key 1 "tested"
key 2 "security"
key 3 "measuring"
key Tab "better tool"
key Tab "another AI tool to check?"
key Tab Enter "Review your answers"
tmux_wait "Tiny Ledger"
key Enter "Results"
tmux_wait "Put a CTO in charge of technology"
tmux_screen >"$tmp/screen"
expect_grep "Chief AI Officer  *not yet: keep watching" "$tmp/screen"
expect_grep "^ CTO  .* 86/100$" "$tmp/screen"      # the score bars
key Tab Tab Tab Tab Tab Enter "EXIT=0"

"$LEADWISE" report -f json "$state" >"$tmp/got.json"
"$LEADWISE" report -f json "$top_srcdir/tests/data/saas-12.answers" \
  >"$tmp/want.json"
expect_diff "$tmp/want.json" "$tmp/got.json"
expect_grep '^meta.status = finished$' "$state"

# A name typed in UTF-8: readable (transliterated) on screen, exact in
# the file; never "M-" bytes.
printf 'company.name = X\n' >"$tmp/pre.answers"
tmux_start 80 24 "$run --answers '$tmp/pre.answers' --save '$tmp/utf8.answers'"
key Enter "What does the company sell?"
key Tab Tab Tab Tab Tab Tab Tab Tab Tab Tab Tab "Which AI tool"
key 'Übersetzer – Größe </B>x<!B>' Enter "AI tool: "
tmux_screen >"$tmp/screen"
grep -q 'M-' "$tmp/screen" && fail "mangled bytes on screen"
# Readable, and what looks like CDK markup is shown, not obeyed.
expect_grep 'AI tool: Übersetzer – Größe </B>x<!B>' "$tmp/screen"
expect_grep '^tool.1.name = Übersetzer – Größe </B>x<!B>$' "$tmp/utf8.answers"
key F10 "Quit now?"
key Enter "EXIT=0"

# Resizing: from 100x30 down to 60x15, then below the minimum and back.
tmux_start 100 30 "$run --save '$tmp/resize.answers'"
key Enter "Question 1 of 13"
key 'Resized' Enter "What does the company sell?"
tmux_cmd resize-window -t t -x 60 -y 15
tmux_wait "What does the company sell?"
tmux_cmd resize-window -t t -x 40 -y 12              # the documented minimum
tmux_wait "What does the company sell?"
tmux_wait "Enter choose"
tmux_cmd resize-window -t t -x 30 -y 8
tmux_wait "Terminal too small"
# The message fits the small screen itself: whole, wrapped, none cut.
tmux_wait "this one is 30x8."
tmux_screen | tr '\n' ' ' | tr -s ' ' \
  | grep -q "Terminal too small: leadwise needs 40x12, this one is 30x8. Enlarge it, or press q to quit." \
  || { tmux_screen >&2; fail "the too-small message is cut"; }
tmux_cmd resize-window -t t -x 80 -y 24
tmux_wait "What does the company sell?"
key 2 "How many people"
expect_grep '^company.offering = service$' "$tmp/resize.answers"
key F10 "Quit now?"
key Enter "EXIT=0"

# Colour where the terminal has it: the bars are white on blue.
tmux_start 80 24 "XDG_STATE_HOME='$tmp/state3' LC_ALL=C.UTF-8 \
  TERM=xterm-256color '$LEADWISE' --save '$tmp/colour.answers'"
key Enter "What is the company called?"
tmux_screen_attrs | grep -q '\[44m leadwise' || fail "no colour in the header"
key F10 "Quit now?"
key Enter "EXIT=0"
tmux_start 80 24 "XDG_STATE_HOME='$tmp/state3' LC_ALL=C.UTF-8 \
  TERM=xterm-256color '$LEADWISE' --no-color --save '$tmp/colour2.answers'"
key Enter "What is the company called?"
tmux_screen_attrs | grep -q '\[44m' && fail "colour despite --no-color"
key F10 "Quit now?"
key Enter "EXIT=0"

# A condition hides questions: without AI, its numbers are not asked,
# going forward or back.
printf 'company.name = C\ncompany.offering = service\ncompany.employees = 9\ncompany.internal_complexity = low\nlead.cto_stretched = no\nlead.gap = both\nlead.priority = scale\nlead.ai_confidence = 3\n' \
  >"$tmp/cond.answers"
tmux_start 80 24 "$run --answers '$tmp/cond.answers' --save '$tmp/cond-out.answers'"
key Enter "What role does AI play"
key 1 "AI-specific regulation"
tmux_wait "Question 10 of 13"
key Escape "What role does AI play"
key 3 "How many AI use cases"
tmux_wait "Question 10 of 16"
key F10 "Quit now?"
key Enter "EXIT=0"

# Another AI tool after the first: named, then its six steps.
grep -v '^tool.2' "$top_srcdir/tests/data/logistics-4000.answers" \
  >"$tmp/tool.answers"
tmux_start 80 24 "$run --answers '$tmp/tool.answers' --save '$tmp/tool-out.answers'"
key Enter "another AI tool to check?"        # everything else is answered
key Enter "Which AI tool are you considering?"
key 'Zweites' Enter "already in use"
tmux_wait "AI tool: Zweites"
key 1 "what the tool is meant"
key 1 "who will use it every day"
expect_grep '^tool.2.name = Zweites$' "$tmp/tool-out.answers"
expect_grep '^tool.2.in_use = yes$' "$tmp/tool-out.answers"
expect_grep '^tool.2.goal = done$' "$tmp/tool-out.answers"
key F10 "Quit now?"
key Enter "EXIT=0"

# No colour, every terminal type the wizard promises to work on, and an
# unknown one (as an SSH client may send), which falls back to vt100.
n=0
for env in "NO_COLOR=1" "TERM=vt100" "TERM=xterm-256color" "TERM=screen" \
           "TERM=tmux-256color" "TERM=linux" "TERM=no-such-terminal"; do
  n=$((n + 1))
  tmux_start 80 24 "env $env XDG_STATE_HOME='$tmp/state2' LC_ALL=C.UTF-8 \
    '$LEADWISE' --save '$tmp/term-$n.answers'"
  key Enter "What is the company called?"
  key 'Mono' Enter "What does the company sell?"
  tmux_screen_attrs >"$tmp/attrs"
  if [ "$env" = "NO_COLOR=1" ]; then
    grep -q '\[44m' "$tmp/attrs" && fail "colours used under NO_COLOR"
    grep -q '\[7m leadwise' "$tmp/attrs" || fail "no reverse video bar under NO_COLOR"
  fi
  key q "Quit now?"
  key Enter "EXIT=0"
  expect_grep '^company.name = Mono$' "$tmp/term-$n.answers"
done
# The help of a typed answer at 40x12: a screen of its own, scrolled
# when it is longer than the screen, and the text typed kept after it.
rm -rf "$tmp/state"
# A bank whose help for the number of people is long.
awk '{ print }
     /^ usually carry AI alongside technology\.$/ {
       for (i = 1; i <= 12; i++)
         print " Line " i " of more help, to scroll to."
       print " Omega."
     }' "$top_srcdir/data/leadwise.bank" >"$tmp/long.bank"
grep -q "Omega" "$tmp/long.bank" || fail "no long help made"
"$LEADWISE" --check-bank "$tmp/long.bank" >/dev/null || fail "the long bank"
tmux_start 40 12 "$run --bank '$tmp/long.bank'"
key Enter "company called?"
key 'Mono' Enter "sell?"
key 1 "How many people"
key '12' F1 "Help: How many people"
tmux_wait "↓"
tmux_screen | grep -q "Omega" && fail "the whole help fitted: nothing to scroll"
key PageDown "Omega."
key Escape "> 12_"
key F10 "Quit now?"
key Enter "EXIT=0"
exit 0
