#!/bin/sh
# The facilitator's projector view (summary --watch): how far the room
# is at the top (finished, answering, idle, the time of the last answer);
# the results hidden until r, names until n; help on ?; only what
# changed is drawn: nothing at all in 10 quiet seconds, and a new answer
# shown within a refresh; no line wider than the screen at 80x24 and
# 40x12; the questions the room is most split on among the results; on
# a screen of 160 columns the parts side by side, all on one screen.
. "${top_srcdir:-..}/tests/testlib.sh"
. "${top_srcdir:-..}/tests/tmuxlib.sh"

room="$tmp/room"
mkdir "$room"
now=$(date -u +%Y-%m-%dT%H:%M:%SZ)
{ cat "$top_srcdir/tests/data/ai-fintech.answers"
  printf 'meta.participant = Quinn Done\nmeta.status = finished\n'
  printf 'meta.updated = %s\n' "$now"; } >"$room/quinn.answers"
{ cat "$top_srcdir/tests/data/saas-12.answers"
  printf 'meta.participant = Sam Busy\nmeta.status = in_progress\n'
  printf 'meta.updated = %s\n' "$now"; } >"$room/sam.answers"
{ cat "$top_srcdir/tests/data/agency-8.answers"
  printf 'meta.participant = Ida Away\nmeta.status = in_progress\n'
  printf 'meta.updated = 2026-01-01T08:00:00Z\n'; } >"$room/ida.answers"

wide_lines ()   # COLS: lines of the screen past COLS columns
{
  tmux_screen >"$tmp/screen"
  one_byte_chars "$tmp/screen" | LC_ALL=C awk -v c="$1" 'length > c' | wc -l
}

tmux_start 80 24 "LC_ALL=C.UTF-8 TERM=xterm '$LEADWISE' summary --watch '$room'"
tmux_wait "1 finished, 1 answering, 1 idle; updated"
tmux_wait "The results stay hidden until you press r."
tmux_screen | grep -q "Who should lead technology" && fail "results shown before r"
tmux_screen | grep -q "Quinn" && fail "a name shown before n"

# Nothing is sent while nothing changes.
: >"$tmp/bytes"
tmux_cmd pipe-pane -t t -o "cat >> '$tmp/bytes'"
sleep 10
[ "$(wc -c <"$tmp/bytes")" -eq 0 ] \
  || fail "$(wc -c <"$tmp/bytes") bytes sent in 10 quiet seconds"

tmux_keys r
tmux_wait "Who should lead technology"
tmux_wait "Chief AI Officer"
tmux_screen | grep -q "CTO  .*█.* 3$" || fail "no bar for the three CTO verdicts"
[ "$(wide_lines 80)" -eq 0 ] || fail "a line wider than 80 columns"
tmux_screen | grep -q "Quinn" && fail "a name shown before n"
# The question most split on, as the summary finds it, among the parts.
"$LEADWISE" summary "$room" >"$tmp/summary.txt"
split=$(awk '/^Most split questions$/ { getline; getline; getline; print; exit }' \
          "$tmp/summary.txt" | cut -c1-30)
[ -n "$split" ] || fail "the summary names no split question"
tmux_press_until Down "Most split questions" 40
tmux_press_until Down "$split" 10
[ "$(wide_lines 80)" -eq 0 ] || fail "a line wider than 80 columns, further down"
tmux_keys Home
tmux_keys n
tmux_press_until Down "Quinn Done: finished" 40
tmux_screen | grep -q "Sam Busy: answering" || tmux_press_until Down "Sam Busy" 5

# A new answer in the room shows at the next refresh, the others stay.
cp "$top_srcdir/tests/data/startup-3.answers" "$room/"
tmux_keys Home
tmux_wait "1 finished, 1 answering, 2 idle" 10
tmux_keys '?'
tmux_wait "r shows or hides the results"
tmux_keys Escape
tmux_wait "1 finished"
tmux_keys r
tmux_wait "The results stay hidden until you press r."
tmux_keys q
tmux_wait "EXIT=0"

# A projector's 160 columns: the parts side by side, all on one screen.
tmux_start 160 48 "LC_ALL=C.UTF-8 TERM=xterm '$LEADWISE' summary --watch '$room'"
tmux_wait "finished"
tmux_keys r
tmux_wait "Most split questions"
tmux_screen | grep -q "Who should lead technology .*  [A-Z]" \
  || fail "nothing beside the first part at 160 columns"
tmux_screen | grep -q "more below" && fail "the results do not fit 160x48"
for part in "Chief AI Officer" "Scores" "AI tools" "$split"; do
  tmux_screen | grep -q "$part" || fail "no '$part' on the wide screen"
done
[ "$(wide_lines 160)" -eq 0 ] || fail "a line wider than 160 columns"
tmux_keys r
tmux_wait "The results stay hidden until you press r."
tmux_keys n
tmux_wait "Quinn Done: finished"
[ "$(wide_lines 160)" -eq 0 ] || fail "names wider than 160 columns"
tmux_keys q
tmux_wait "EXIT=0"

# Small: everything still within the screen.
tmux_start 40 12 "LC_ALL=C.UTF-8 TERM=xterm '$LEADWISE' summary --watch '$room'"
tmux_wait "finished"
tmux_keys r
tmux_wait "Who should lead"
[ "$(wide_lines 40)" -eq 0 ] || fail "a line wider than 40 columns"
tmux_keys q
tmux_wait "EXIT=0"
tmux_stop
exit 0
