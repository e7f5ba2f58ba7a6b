#!/bin/sh
# A large room is scored on every core: with two cores, "summary" over
# 1,500 files starts a second thread, and its report is the same, byte
# for byte, as when the process may use one core only (taskset), corrupt
# files included, rows in file-name order.
. "${top_srcdir:-..}/tests/testlib.sh"

for tool in taskset strace; do
  command -v $tool >/dev/null 2>&1 \
    || fail "$tool not found (./bootstrap --tests installs util-linux and strace)"
done
cores=$(nproc)
if [ "$cores" -lt 2 ]; then
  echo "SKIP: one core here; the threads need two"
  exit 77
fi

dir="$tmp/room"
mkdir "$dir"
i=0
set -- "$top_srcdir"/tests/data/*.answers
while [ $i -lt 1500 ]; do
  for f in "$@"; do
    [ $i -lt 1500 ] || break
    name=$(printf 'p%04d' $i)
    { grep -v '^meta.participant' "$f"; echo "meta.participant = $name"; } \
      >"$dir/$name.answers"
    i=$((i + 1))
  done
done
# Broken files early, in the middle and late: in the first thread's run
# and in the last one's.
printf 'not an answers file\n' >"$dir/p0003.answers"
printf 'company.offering = bananas\n' >"$dir/p0752.answers"
printf 'company.employees = -4\n' >"$dir/p1498.answers"

for format in json text csv; do
  expect_status 0 "$LEADWISE" summary -f $format "$dir" >"$tmp/all.$format"
  expect_status 0 taskset -c 0 "$LEADWISE" summary -f $format "$dir" \
    >"$tmp/one.$format"
  expect_diff "$tmp/one.$format" "$tmp/all.$format"
done
[ "$(jq -c '[.participants, (.skipped | length), .rows[0].file,
              .rows[-1].file]' "$tmp/all.json")" \
  = '[1497,3,"p0000.answers","p1499.answers"]' ] \
  || fail "unexpected summary: $(jq -c '[.participants, (.skipped | length)]' "$tmp/all.json")"

# A second thread was started; with one core, none.  (LeakSanitizer
# cannot run under ptrace, and would start a thread of its own.)
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
export ASAN_OPTIONS
strace -f -e trace=clone,clone3 -o "$tmp/trace" \
  "$LEADWISE" summary -f json "$dir" >/dev/null
grep -q 'clone' "$tmp/trace" || fail "no thread was started for 1,500 files"
strace -f -e trace=clone,clone3 -o "$tmp/trace1" \
  taskset -c 0 "$LEADWISE" summary -f json "$dir" >/dev/null
[ "$(grep -c 'clone' "$tmp/trace1")" -eq 0 ] \
  || fail "threads were started with one core"
exit 0
