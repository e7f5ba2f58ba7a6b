#!/bin/sh
# Crash safety: a scripted line-by-line session is killed (SIGKILL) at 100
# points chosen at random among the calls its saving and reading go
# through (tests/faultshim.c counts them), from a seed printed here and
# settable with LEADWISE_CRASH_SEED.  After each kill the saved file
# reads, holds exactly the first answers given, at least every answer
# whose save had finished (the next question was shown), and resuming
# with the rest of the script ends with every answer in place.
. "${top_srcdir:-..}/tests/testlib.sh"

build_faultshim
seed=${LEADWISE_CRASH_SEED:-20261122}
echo "crash points from seed $seed"
cd "$tmp" || exit 99

# 22 answers, then no second AI tool.
cat >script <<'EOT'
Tiny Ledger
1
12
1
1
3
1
4
3
2
40k
2
1
5, 2
2
Copilot
2
1
1
2
3
3
3
no
EOT
file=state/leadwise/session.answers

# The whole session once: what every run must end with, and how many
# points there are to crash at.
LD_PRELOAD="$tmp/faultshim.so" LEADWISE_CALLS="$tmp/calls" \
  XDG_STATE_HOME="$tmp/state" "$LEADWISE" --plain <script >/dev/null 2>&1 \
  || fail "the session does not run to the end"
grep -v -e '^meta\.' -e '^#' "$file" >reference
[ "$(wc -l <reference)" -eq 23 ] || fail "the session saved $(wc -l <reference) answers, not 23"
total=$(cat calls)
[ "$total" -gt 50 ] || fail "only $total points to crash at"

for k in $(awk -v seed="$seed" -v n="$total" \
             'BEGIN { srand (seed); for (i = 0; i < 100; i++) print int (rand () * n) + 1 }'); do
  rm -rf state
  LD_PRELOAD="$tmp/faultshim.so" LEADWISE_KILL_AT=$k \
    XDG_STATE_HOME="$tmp/state" "$LEADWISE" --plain <script >transcript 2>&1
  status=$?
  [ $status -eq 137 ] || fail "point $k: exit $status; it was not killed there"
  given=0
  if [ -f "$file" ]; then
    "$LEADWISE" report -f json "$file" >/dev/null 2>&1 \
      || fail "point $k: the saved file does not read"
    grep -v -e '^meta\.' -e '^#' "$file" >got
    given=$(wc -l <got)
    head -n "$given" reference | diff - got >&2 \
      || fail "point $k: the saved answers are not the first $given given"
  fi
  # A question shown means the answer before it had been saved.
  shown=$(grep -c '^> ' transcript)
  [ "$given" -ge $((shown > 23 ? 22 : shown - 1)) ] \
    || fail "point $k: $shown questions were shown, but only $given answers kept"
  if grep -q '^meta.status = finished$' "$file" 2>/dev/null; then
    diff reference got >&2 || fail "point $k: a finished session lacks answers"
    continue
  fi
  # Resume, and go on with the rest of the script.
  { [ "$given" -gt 0 ] && echo 1; tail -n +$((given + 1)) script; } >rest
  XDG_STATE_HOME="$tmp/state" "$LEADWISE" --plain <rest >resumed 2>&1 \
    || fail "point $k: resuming failed"
  [ "$given" -gt 0 ] && { grep -q 'some questions are still open\.$' resumed \
    || fail "point $k: the saved session was not offered"; }
  grep -v -e '^meta\.' -e '^#' "$file" | diff reference - >&2 \
    || fail "point $k: after resuming, answers are missing or wrong"
done
exit 0
