#!/bin/sh
# The results screen, drawn by leadwise, and its actions.  At 80x24 the
# first screen shows, without scrolling, the headline, who leads
# technology, the Chief AI Officer, the kind of CTO, the scores as bars
# ("86/100"), each tool with its verdict and steps, the first thing that
# would change the advice, the actions and a key footer; Left, Right and
# Tab move between the actions.  The full report; Save asks for a file
# (the company's name in the current directory, ~ expanded, the format
# from the extension) and says where it wrote; Print runs lp with its
# output kept off the screen, the job titled, its message shown, and a
# file offered when it fails or there is no lp.  At 60x18 and 40x12, in
# colour and without, in English and German, the screen fits.
. "${top_srcdir:-..}/tests/testlib.sh"
. "${top_srcdir:-..}/tests/tmuxlib.sh"

use_catalogs
cp "$top_srcdir/tests/data/saas-12.answers" "$tmp/pre.answers"
mkdir -p "$tmp/bin" "$tmp/badlp" "$tmp/nolp" "$tmp/home" "$tmp/work" \
  "$tmp/out"
cat >"$tmp/bin/lp" <<EOT
#!/bin/sh
printf '%s\n' "\$@" >"$tmp/lp-args"
cat >"$tmp/printed.txt"
echo "request id is fake-7 (1 file(s))"
EOT
cat >"$tmp/badlp/lp" <<EOT
#!/bin/sh
echo "lp: Error - No default destination." >&2
exit 1
EOT
chmod +x "$tmp/bin/lp" "$tmp/badlp/lp"

# start PATH COLS ROWS LOCALE [ENV]: the wizard on the answers, then its
# results through the menu.
start ()
{
  rm -rf "$tmp/state"
  tmux_start "$2" "$3" "cd '$tmp/work' && HOME='$tmp/home' PATH='$1' \
    XDG_STATE_HOME='$tmp/state' LC_ALL=$4 TERM=xterm $5 '$LEADWISE' \
    --answers '$tmp/pre.answers' --save '$tmp/out/s.answers'"
  tmux_wait "leadwise"
  tmux_keys Enter
  tmux_wait "22"
  tmux_keys m
  tmux_wait "Language/Sprache/Idioma"
  tmux_keys Down Down Down Down Down Down Enter
  tmux_wait "]"
}

# no_percent WHAT: no "63.0%" of a histogram, nor any other.
no_percent ()
{
  tmux_screen | grep '%' >&2 && fail "a percentage on the screen ($1)"
  return 0
}

start "$tmp/bin:/usr/bin:/bin" 80 24 C.UTF-8
tmux_wait "[Full report]  Save   Print   Compare   Edit answers   Quit"
tmux_screen >"$tmp/screen"
expect_grep "^ leadwise - Results: Tiny Ledger" "$tmp/screen"
expect_grep "^ Put a CTO in charge of technology" "$tmp/screen"
expect_grep "^ Technology leadership  *CTO$" "$tmp/screen"
expect_grep "^ Kind of CTO  *startup CTO$" "$tmp/screen"
expect_grep "^ Chief AI Officer  *not yet: keep watching$" "$tmp/screen"
expect_grep "^ CTO  .*█.*  86/100$" "$tmp/screen"
expect_grep "^ CIO  .*█.*   2/100$" "$tmp/screen"
expect_grep "^ CAIO  .*█.*  37/100$" "$tmp/screen"
expect_grep "^ What would change this advice$" "$tmp/screen"
expect_grep "^ - If the company grows to 2,000 people (now 12)" "$tmp/screen"
expect_grep "^ 1. Copilot: ready for a pilot (2 of 6 steps done)$" "$tmp/screen"
expect_grep "Enter do it  ? help  q quit" "$tmp/screen"
no_percent "80x24"
# The bars are as long as their scores: 26 of 30 for 86.
full=$(grep '^ CTO ' "$tmp/screen" | tr -cd '█' | LC_ALL=C.UTF-8 wc -m)
[ "$full" -eq 26 ] || fail "the CTO bar has $full blocks, not 26"

# Left, Right and Tab move between the actions.
tmux_keys Right
tmux_wait " Full report  [Save]  Print"
tmux_keys Right Right
tmux_wait "[Compare]"
tmux_keys Right
tmux_wait "[Edit answers]"
tmux_keys Left Left
tmux_wait "[Print]"
tmux_keys Tab Tab Tab
tmux_wait "[Quit]"
tmux_keys Tab
tmux_wait "[Full report]"

# ? is help here as everywhere; / and n do nothing.
tmux_keys '?'
tmux_wait "Page Up and Page Down, Home and End scroll"
tmux_keys Escape
tmux_wait "[Full report]  Save"
tmux_keys / n : i
sleep 0.3
tmux_screen | grep -q "Search" && fail "a search is offered"
tmux_screen | grep -q "\[Full report\]" || fail "the results screen is gone"
# Down the rest: the signs and why, and back.
tmux_keys PageDown
tmux_wait "Why"
tmux_keys End
tmux_wait "Next steps for each AI tool"
tmux_screen | grep -q "more below" && fail "more below, at the end"
tmux_keys Home
tmux_wait "Put a CTO in charge"

# The full report, and back.
tmux_keys Enter
tmux_wait "Technology and AI leadership: Tiny Ledger"
tmux_wait "[Back]"
tmux_keys PageDown
tmux_keys Enter
tmux_wait "[Full report]  Save"

# Save: the company's name, in the current directory.
tmux_keys Right Enter
tmux_wait "Save the report in which file?"
tmux_wait "> Tiny-Ledger.txt"
tmux_keys Enter
tmux_wait "The report is saved in $tmp/work/Tiny-Ledger.txt"
"$LEADWISE" report "$tmp/out/s.answers" >"$tmp/want.txt"
expect_diff "$tmp/want.txt" "$tmp/work/Tiny-Ledger.txt"
tmux_keys x
tmux_wait "[Save]"
# Again: it exists, and replacing it is asked.
tmux_keys Enter
tmux_wait "> Tiny-Ledger.txt"
tmux_keys Enter
tmux_wait "Tiny-Ledger.txt exists. Replace it?"
tmux_keys Enter
tmux_wait "The report is saved in"
tmux_keys x
# An ending leadwise does not write is refused; ~ is the home; the
# ending chooses the format.
tmux_wait "[Save]"
tmux_keys Enter
tmux_wait "> Tiny-Ledger.txt"
tmux_keys C-u 'r.pdf' Enter
tmux_wait "End the name in .txt, .md, .html or .json"
tmux_keys C-u '~/r.json' Enter
tmux_wait "The report is saved in $tmp/home/r.json"
"$LEADWISE" report -f json "$tmp/out/s.answers" >"$tmp/want.json"
expect_diff "$tmp/want.json" "$tmp/home/r.json"
tmux_keys x
for ext in md html; do
  tmux_wait "[Save]"
  tmux_keys Enter
  tmux_wait "> Tiny-Ledger.txt"
  tmux_keys C-u "~/r.$ext" Enter
  tmux_wait "The report is saved in $tmp/home/r.$ext"
  tmux_keys x
done
"$LEADWISE" report -f markdown "$tmp/out/s.answers" >"$tmp/want.md"
expect_diff "$tmp/want.md" "$tmp/home/r.md"
"$LEADWISE" report -f html "$tmp/out/s.answers" >"$tmp/want.html"
expect_diff "$tmp/want.html" "$tmp/home/r.html"
# Esc leaves without saving.
tmux_wait "[Save]"
tmux_keys Enter
tmux_wait "> Tiny-Ledger.txt"
tmux_keys Escape
tmux_wait "[Save]"

# Print through lp: the job titled, lp's message shown, the text sent.
tmux_keys Right Enter
tmux_wait "sent to the printer with lp"
tmux_wait "request id is fake-7"
# For paper: the details start on a new sheet.
"$LEADWISE" report --paged "$tmp/out/s.answers" >"$tmp/want-paged.txt"
grep -q "$(printf '\f')" "$tmp/printed.txt" || fail "no form feed in what was printed"
expect_diff "$tmp/want-paged.txt" "$tmp/printed.txt"
printf '%s\n' -t "leadwise: Tiny Ledger" >"$tmp/want-args"
expect_diff "$tmp/want-args" "$tmp/lp-args"
tmux_keys x
tmux_wait "[Print]"
tmux_screen | grep -q "request id" && fail "lp's message is left on the screen"

# Edit answers (past Compare): the review.
tmux_keys Right Right Enter
tmux_wait "Review your answers"
tmux_keys Escape
tmux_stop

# lp fails: its message in the box, not over the screen, and a file
# offered.
start "$tmp/badlp:/usr/bin:/bin" 80 24 C.UTF-8
tmux_keys Right Right Enter
tmux_wait "lp could not print the report."
tmux_wait "lp: Error - No default destination."
tmux_wait "Save it to a file instead?"
[ "$(tmux_screen | grep -c 'lp: Error')" -eq 1 ] \
  && tmux_screen | grep 'lp: Error' | grep -q '^ *x.*x$' \
  || fail "lp's message is not (only) in the box"
tmux_keys Enter
tmux_wait "Save the report in which file?"
tmux_keys C-u 'failed.txt' Enter
tmux_wait "The report is saved in $tmp/work/failed.txt"
tmux_stop

# No lp and no lpr: said so, and a file offered.
start "$tmp/nolp" 80 24 C.UTF-8
tmux_keys Right Right Enter
tmux_wait "No printing command (lp or lpr) was found"
tmux_keys Enter
tmux_wait "Save the report in which file?"
tmux_keys C-u 'nolp.md' Enter
tmux_wait "The report is saved in $tmp/work/nolp.md"
expect_diff "$tmp/want.md" "$tmp/work/nolp.md"
tmux_stop

# A dedicated Chief AI Officer and two tools: the reporting line, and
# each tool on the first screen (its name as typed, "<" and all).
rm -rf "$tmp/state"
tmux_start 80 24 "cd '$tmp/work' && XDG_STATE_HOME='$tmp/state' LC_ALL=C.UTF-8 \
  TERM=xterm '$LEADWISE' --answers '$top_srcdir/tests/data/ai-fintech.answers' \
  --save '$tmp/out/f.answers'"
tmux_wait "About 20 questions"
tmux_keys Enter
tmux_wait "Is there another AI tool to check?"
tmux_keys Right Enter                       # No: the review
tmux_wait "> See the results"
tmux_keys Enter
tmux_wait "[Full report]"
tmux_screen >"$tmp/screen"
expect_grep "^ Chief AI Officer  *a dedicated Chief AI Officer$" "$tmp/screen"
expect_grep "^ The CAIO reports to  *the CEO$" "$tmp/screen"
expect_grep "^ 1\. Fraud model vendor <FraudSense>: ready for a pilot (3 of 6 steps done)$" "$tmp/screen"
expect_grep "^ 2\. .*: .* of 6 steps done)$" "$tmp/screen"
expect_grep "^ What would change this advice$" "$tmp/screen"
tmux_stop

# Too few answers: no score is made up ("not known yet", as the JSON's
# null), and what is missing is said; at 80x24 in German, no colour.
printf 'company.name = Halb\ncompany.offering = product\n' >"$tmp/half.answers"
rm -rf "$tmp/state"
tmux_start 80 24 "cd '$tmp/work' && XDG_STATE_HOME='$tmp/state' \
  LC_ALL=de_DE.UTF-8 TERM=xterm NO_COLOR=1 '$LEADWISE' \
  --answers '$tmp/half.answers' --save '$tmp/out/half.answers'"
tmux_wait "Beginnen"
tmux_keys Enter
tmux_wait "Frage 3"
tmux_keys F2
tmux_wait "Language/Sprache/Idioma"
tmux_keys Down Down Down Down Down Down Enter
tmux_wait "[Ganzer Bericht]"
tmux_screen >"$tmp/screen"
for role in CTO CIO CAIO; do
  expect_grep "^ $role  *noch unbekannt$" "$tmp/screen"
done
expect_grep "^ Noch zu beantworten$" "$tmp/screen"
expect_grep "^ - Wie viele Menschen arbeiten im Unternehmen" "$tmp/screen"
grep -q "/100" "$tmp/screen" && fail "a score shown where none is known"
no_percent "too few answers"
tmux_stop

# Smaller screens, in colour and without, in English and German: every
# action whole and apart, the footer, no percentage, and what would
# change the advice reached by scrolling.
for size in "60 18" "40 12"; do
  for run in "C.UTF-8|" "de_DE.UTF-8|NO_COLOR=1"; do
    set -- $size
    loc=${run%%|*}; env=${run#*|}
    start "$tmp/bin:/usr/bin:/bin" "$1" "$2" "$loc" "$env"
    what="$1x$2 $loc ${env:-colour}"
    tmux_screen >"$tmp/screen"
    if [ "$loc" = C.UTF-8 ]; then
      labels="Full report|Save|Print|Edit answers|Quit"; turn="What would change"
      saved="The report is saved in"
    else
      labels="Ganzer Bericht|Speichern|Drucken|Antworten bearbeiten|Beenden"
      turn="Was diese Empfehlung"
      saved="Der Bericht ist in"
    fi
    echo "$labels" | tr '|' '\n' | while IFS= read -r label; do
      grep -q -e "[[ ]$label\([] ]\|\$\)" "$tmp/screen" \
        || { cat "$tmp/screen" >&2; fail "'$label' is not whole ($what)"; }
    done
    grep -q "ReportSave\|BerichtSpeichern\|reportSave" "$tmp/screen" \
      && fail "actions run together ($what)"
    no_percent "$what"
    tmux_press_until PageDown "$turn" 5
    # Save, here too: the file asked for, then written.
    rm -f "$tmp/work/Tiny-Ledger.txt"
    tmux_keys Right Enter
    tmux_wait "Tiny-Ledger.txt"
    tmux_keys Enter
    tmux_wait "$saved"
    [ -s "$tmp/work/Tiny-Ledger.txt" ] || fail "nothing saved ($what)"
    tmux_keys x
    tmux_box_lines=$(tmux_screen | wc -l)
    [ "$tmux_box_lines" -le "$2" ] || fail "more lines than the screen ($what)"
    tmux_stop
  done
done
exit 0
