#!/bin/sh
# Under valgrind: reports of a full session in every format, a workshop
# summary, a bank check and whole line-by-line sessions (in English and
# in German, quitting and resuming) make no memory error and leak
# nothing.  The sanitizer build is checked by its own runtime instead.
. "${top_srcdir:-..}/tests/testlib.sh"

command -v valgrind >/dev/null 2>&1 \
  || fail "valgrind not found (Debian package valgrind; ./bootstrap --tests installs it)"
if grep -q -a __asan_init "$LEADWISE"; then
  echo "SKIP: built with AddressSanitizer, which valgrind cannot run"
  exit 77
fi

use_catalogs
data="$top_srcdir/tests/data"
n=0

# vg NAME ARGS...: run leadwise under valgrind; fail on any error or
# leak, showing valgrind's report.
vg ()
{
  name=$1; shift
  n=$((n + 1))
  valgrind -q --leak-check=full --errors-for-leak-kinds=definite,indirect,possible \
    --show-leak-kinds=definite,indirect,possible --error-exitcode=99 \
    --log-file="$tmp/vg-$n.log" "$LEADWISE" "$@" >"$tmp/out-$n" 2>&1
  status=$?
  if [ "$status" -eq 99 ] || [ -s "$tmp/vg-$n.log" ]; then
    cat "$tmp/vg-$n.log" >&2
    fail "valgrind found errors or leaks in: $name"
  fi
  return $status
}

for format in text markdown html json; do
  vg "report $format" report -f "$format" "$data/ai-fintech.answers" \
    || fail "report -f $format exited $?"
  vg "report $format in German" report --lang de -f "$format" \
    "$data/logistics-4000.answers" || fail "report -f $format in German"
done
vg "report of a partial session" report "$data/partial.answers" \
  || fail "report of partial.answers exited $?"
vg "report of a bad file" report "$data/../../README" \
  && fail "a README was taken for an answers file"

mkdir "$tmp/room"
cp "$data"/*.answers "$tmp/room/"
printf 'company.name = Broken\ncompany.offering = maybe\n' >"$tmp/room/bad.answers"
for format in text markdown html json csv; do
  vg "summary $format" summary -f "$format" "$tmp/room" \
    || fail "summary -f $format exited $?"
done
vg "bank check" --check-bank "$top_srcdir/data/leadwise.bank" \
  || fail "--check-bank exited $?"

# A whole session line by line, with help, back, a bad answer and a second
# tool; then one quit half-way and resumed, in German.
cat >"$tmp/typed" <<'EOT'
Tiny Ledger
1
12
help
1
software
1
back

3
1
4
3
2
40k
2
1
1
5, 2
2
Copilot
2
1
1
2
3
skip
skip
yes
Notion AI
1
lang
3
2
quit
EOT
XDG_STATE_HOME="$tmp/state"; export XDG_STATE_HOME
vg "a plain session" --plain <"$tmp/typed" || fail "the session exited $?"
grep -q '^tool.2.name = Notion AI$' "$tmp/state/leadwise/session.answers" \
  || fail "the session was not saved"
printf '2\n1\nzurück\n\nende\n' >"$tmp/resume"
vg "a resumed session in German" --lang de --plain <"$tmp/resume" \
  || fail "the resumed session exited $?"
grep -q 'noch offen' "$tmp/out-$n" || fail "nothing was resumed"
# A workshop participant: a PIN chosen, a wrong one and the right one on
# coming back, their results seen, and starting again.
mkdir -m 700 "$tmp/pins"
printf 'Valgrind Team\n3141\n3141\nVG Co\n1\nquit\n' >"$tmp/pin-first"
vg "a workshop's first visit" --workshop "$tmp/pins" <"$tmp/pin-first" \
  || fail "the first visit exited $?"
printf 'Valgrind Team\n9999\n3141\n2\n3\nquit\n' >"$tmp/pin-back"
vg "a workshop's return" --workshop "$tmp/pins" <"$tmp/pin-back" \
  || fail "the return exited $?"
grep -q 'That is not the PIN' "$tmp/out-$n" || fail "the wrong PIN was taken"
ls "$tmp/pins" | grep -q '^valgrind-team-.*\.answers\.2' \
  || fail "starting again kept nothing aside"
[ "$n" -ge 20 ] || fail "only $n runs were checked"
exit 0
