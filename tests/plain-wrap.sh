#!/bin/sh
# Line by line: the text wraps to the terminal's width (TIOCGWINSZ, else
# $COLUMNS, else 80), a list item going on under its own text, in
# English and German; and an answers file on standard input is read as
# answers, its report written, while a file of typed replies is still
# typed.
. "${top_srcdir:-..}/tests/testlib.sh"
. "${top_srcdir:-..}/tests/tmuxlib.sh"

use_catalogs
XDG_STATE_HOME="$tmp/state"; export XDG_STATE_HOME
printf 'Acme\n1\n12\n?\n1\nquit\n' >"$tmp/typed"

# widest FILE: the widest line of FILE, in characters, leaving out a
# line of one word (a file name longer than the width cannot wrap).
widest ()
{
  # A character of several bytes as one (awk may count bytes).
  one_byte_chars "$1" \
    | LC_ALL=C awk '{ l = $0; sub(/^ +/, "", l) }
        l ~ / / { if (length > w) w = length } END { print w + 0 }'
}

for lang in en de; do
  for cols in 40 60; do
    rm -rf "$tmp/state"
    COLUMNS=$cols LANGUAGE=$lang LC_ALL=C.UTF-8 "$LEADWISE" --plain \
      <"$tmp/typed" >"$tmp/out" 2>&1
    w=$(widest "$tmp/out")
    [ "$w" -le "$cols" ] || { cat "$tmp/out" >&2; fail "a line of $w columns at COLUMNS=$cols ($lang)"; }
    # Wrapped, not only short: some line comes near the edge.
    [ "$w" -ge $((cols - 12)) ] || fail "nothing near $cols columns ($lang)"
  done
done
# A list item goes on under its text.
rm -rf "$tmp/state"
COLUMNS=40 LC_ALL=C.UTF-8 "$LEADWISE" --plain <"$tmp/typed" >"$tmp/out"
grep -A1 '^  1) A technology product' "$tmp/out" | tail -n 1 \
  | grep -q '^     [a-z]' || { cat "$tmp/out" >&2; fail "not under the item's text"; }
# No $COLUMNS and no terminal: 80.
rm -rf "$tmp/state"
env -u COLUMNS LC_ALL=C.UTF-8 "$LEADWISE" --plain <"$tmp/typed" >"$tmp/out"
w=$(widest "$tmp/out")
[ "$w" -le 80 ] && [ "$w" -ge 70 ] || fail "the default width is not 80 ($w)"

# On a terminal, its width: tmux joins the lines it wrapped itself (-J),
# so every line left is one leadwise ended.
tmux_start 60 30 "XDG_STATE_HOME='$tmp/state2' LC_ALL=C.UTF-8 TERM=xterm COLUMNS=200 '$LEADWISE' --plain"
tmux_wait "What is the company called?"
tmux_keys 'Acme' Enter
tmux_wait "What does the company sell?"
tmux_cmd capture-pane -p -J -t t >"$tmp/screen"
w=$(widest "$tmp/screen")
[ "$w" -le 60 ] || { cat "$tmp/screen" >&2; fail "a line of $w at a 60-column terminal"; }
grep -q "^     " "$tmp/screen" || fail "no item went on under its text"
tmux_stop

# An answers file on standard input: its report, nothing saved.
rm -rf "$tmp/state"
"$LEADWISE" <"$top_srcdir/tests/data/saas-12.answers" >"$tmp/got" \
  || fail "leadwise < answers exited $?"
"$LEADWISE" report "$top_srcdir/tests/data/saas-12.answers" >"$tmp/want"
expect_diff "$tmp/want" "$tmp/got"
[ -e "$tmp/state/leadwise/session.answers" ] && fail "a session was saved"
# A wrong one: the answers file's error and exit status.
printf '# mine\ncompany.name = X\ncompany.nonsense = 1\n' >"$tmp/bad.answers"
expect_status 65 "$LEADWISE" <"$tmp/bad.answers" >/dev/null 2>"$tmp/err"
expect_grep "standard input:3: unknown id 'company.nonsense'" "$tmp/err"
exit 0
