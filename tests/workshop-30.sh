#!/bin/sh
# A workshop of 30, from opening the room to the archived summary, as a
# facilitator runs it (README, "Running the workshop"): the room opened,
# the projector view up (anonymous, counts only), 30 participants
# answering at once line by line, the view counting them as they finish
# without being touched, the results revealed, the room closed to a
# 31st, its status, the HTML summary, and the archive that empties the
# room.
. "${top_srcdir:-..}/tests/testlib.sh"
. "${top_srcdir:-..}/tests/tmuxlib.sh"

room="$tmp/room"
mkdir -m 700 "$room"
expect_status 0 "$LEADWISE" room open "$room" >/dev/null

tmux_start 80 24 "LC_ALL=C.UTF-8 TERM=xterm '$LEADWISE' summary --watch '$room'"
tmux_wait "0 finished, 0 answering, 0 idle; updated -"

# One participant: a name, a PIN twice, then a session answered line by
# line, the regulation, the risks' owner and the way tools are chosen
# varying from one to the next.
participant ()
{
  i=$1
  {
    printf 'Person %d\n%d\n%d\n' "$i" $((93000 + i * 113)) $((93000 + i * 113))
    printf 'Company %d\n1\n12\n1\n1\n3\n1\n%d\n3\n2\n40k\n2\n%d\n5, 2\n%d\n' \
      "$i" $((i % 5 + 1)) $((i % 3 + 1)) $((i % 4 + 1))
    printf 'Copilot\n2\n1\n1\n2\n3\n3\n3\nno\n\n'
  } | "$LEADWISE" --workshop "$room" >"$tmp/p$i.out" 2>&1
  echo $? >"$tmp/p$i.rc"
}
i=1
while [ $i -le 30 ]; do
  participant $i &
  i=$((i + 1))
done
wait
i=1
while [ $i -le 30 ]; do
  [ "$(cat "$tmp/p$i.rc")" = 0 ] || fail "participant $i exited $(cat "$tmp/p$i.rc")"
  expect_grep 'Your answers are saved' "$tmp/p$i.out"
  i=$((i + 1))
done

# The projector counts them by itself, and still shows no result.
tmux_wait "30 finished, 0 answering, 0 idle; updated" 10
tmux_screen | grep -q "Who should lead technology" && fail "results before r"
tmux_screen | grep -q "Person" && fail "a name before n"
tmux_keys r
tmux_wait "Who should lead technology"
tmux_screen | grep -q "CTO  .*█.* 30$" || fail "no bar of 30 CTO verdicts"
tmux_press_until Down "Most split questions" 40
tmux_keys q
tmux_wait "EXIT=0"
tmux_stop

# Everyone in: the room is closed to a 31st, and its status lists 30.
expect_status 0 "$LEADWISE" room close "$room" >/dev/null
printf 'Late Comer\nquit\n' | "$LEADWISE" --workshop "$room" >"$tmp/late" 2>&1
expect_grep 'This workshop is closed to new participants' "$tmp/late"
"$LEADWISE" room status -f json "$room" >"$tmp/status.json"
[ "$(jq -c '[.closed, (.participants | length), ([.participants[] | select(.state == "finished")] | length)]' "$tmp/status.json")" \
  = '[true,30,30]' ] || fail "status: $(jq -c . "$tmp/status.json")"

# The summary for the discussion: the room's split on regulation.
expect_status 0 "$LEADWISE" summary -f json "$room" >"$tmp/s.json"
[ "$(jq -c '.distributions.split | map(.id) | index("ai.regulation") != null' "$tmp/s.json")" = true ] \
  || fail "regulation, answered three ways, is not among the split questions: $(jq -c .distributions.split "$tmp/s.json")"
[ "$(jq -c '.distributions.split[] | select(.id == "ai.regulation") | .answers' "$tmp/s.json")" \
  = '{"minimal":10,"moderate":10,"heavy":10}' ] || fail "regulation's answers"
expect_status 0 "$LEADWISE" summary -f html -o "$tmp/room.html" "$room"
grep -q '<svg class="chart"' "$tmp/room.html" || fail "no chart in the HTML summary"

# The archive, and the room empty for the next workshop.
expect_status 0 "$LEADWISE" room archive -o "$tmp/room.tar.gz" --empty "$room" \
  >/dev/null
[ -z "$(ls -A "$room")" ] || fail "left in the room: $(ls -A "$room")"
[ "$(tar -tzf "$tmp/room.tar.gz" | grep -c '^\./answers/.*\.answers$')" -eq 30 ] \
  || fail "not 30 answers files in the archive"
tar -xzf "$tmp/room.tar.gz" -C "$tmp" ./summary.distributions.csv
tr -d '\r' <"$tmp/summary.distributions.csv" | grep -qx 'primary,cto,30,30' \
  || fail "the archived distributions: $(cat "$tmp/summary.distributions.csv")"
exit 0
