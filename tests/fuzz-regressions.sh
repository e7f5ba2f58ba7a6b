#!/bin/sh
# Every input the fuzzers (make fuzz-run) found a fault with is kept in
# tests/fuzz/regressions/HARNESS/ and replayed here against the program:
# a bank is checked, an answers file reported in every format; each is
# accepted or refused as bad data (65), never anything worse; an answers
# file accepted survives being saved and read again.
. "${top_srcdir:-..}/tests/testlib.sh"

dir="$top_srcdir/tests/fuzz/regressions"
n=0

# exits_cleanly STATUS WHAT: 0 (accepted) or 65 (refused), nothing else.
exits_cleanly ()
{
  [ "$1" -eq 0 ] || [ "$1" -eq 65 ] || fail "$2: exit status $1"
}

for bank in "$dir"/fuzz-bank/*; do
  [ -f "$bank" ] || continue
  timeout 10 "$LEADWISE" --check-bank "$bank" >/dev/null 2>&1
  exits_cleanly $? "--check-bank $bank"
  n=$((n + 1))
done

for answers in "$dir"/fuzz-answers/* "$dir"/fuzz-report/*; do
  [ -f "$answers" ] || continue
  for format in text markdown html json; do
    timeout 10 "$LEADWISE" report -f $format "$answers" >/dev/null 2>&1
    status=$?
    exits_cleanly $status "report -f $format $answers"
  done
  if [ "$status" -eq 0 ]; then
    rm -f "$tmp/saved"
    XDG_STATE_HOME="$tmp/state" timeout 10 "$LEADWISE" --plain -a "$answers" \
      -o "$tmp/saved" </dev/null >/dev/null 2>&1
    "$LEADWISE" report "$tmp/saved" >/dev/null \
      || fail "$answers: saved again, it cannot be read"
  fi
  n=$((n + 1))
done
[ "$n" -ge 1 ] || fail "no regression inputs found in $dir"
exit 0
