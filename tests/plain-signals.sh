#!/bin/sh
# Line by line, SIGTERM, SIGINT or SIGHUP while an answer is awaited ends
# the session as the wizard's screen does: the answers saved, a word
# said, and exit status 130 (not the signal's 143 or 129).
. "${top_srcdir:-..}/tests/testlib.sh"

for sig in TERM INT HUP; do
  state="$tmp/state-$sig"
  mkfifo "$tmp/in-$sig"
  # The company's name and its offering, then a wait with the input open.
  XDG_STATE_HOME="$state" "$LEADWISE" --plain <"$tmp/in-$sig" \
    >"$tmp/out-$sig" 2>&1 &
  pid=$!
  exec 3>"$tmp/in-$sig"
  printf 'Signal %s Ltd\n1\n' "$sig" >&3
  tries=100
  until grep -q 'How many people' "$tmp/out-$sig" 2>/dev/null; do
    tries=$((tries - 1))
    [ "$tries" -gt 0 ] || { exec 3>&-; kill $pid; fail "no third question ($sig)"; }
    sleep 0.1
  done
  kill -$sig $pid
  wait $pid
  rc=$?
  exec 3>&-
  [ "$rc" -eq 130 ] || fail "SIG$sig: exit status $rc, not 130"
  expect_grep 'Stopped: your answers are saved' "$tmp/out-$sig"
  expect_grep "^company.name = Signal $sig Ltd\$" "$state/leadwise/session.answers"
  expect_grep '^company.offering = product$' "$state/leadwise/session.answers"
done
exit 0
