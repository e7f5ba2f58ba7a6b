#!/bin/sh
# Output that cannot be written is an error, not silence:
# "leadwise --help >/dev/full" says so and exits 74 (EX_IOERR).
. "${top_srcdir:-..}/tests/testlib.sh"

[ -w /dev/full ] || { echo "SKIP: no writable /dev/full"; exit 77; }

for opt in --help --version; do
  expect_status 74 "$LEADWISE" "$opt" >/dev/full 2>"$tmp/err"
  expect_grep '^leadwise: write error on standard output: No space left on device$' \
    "$tmp/err"
done
# Every output, in every format: the system's reason kept.
data="$top_srcdir/tests/data"
room="$tmp/room"
mkdir "$room"
cp "$data/saas-12.answers" "$data/agency-8.answers" "$room/"
for f in text markdown html json; do
  for cmd in "report -f $f $data/saas-12.answers" \
      "compare -f $f $data/saas-12.answers $data/agency-8.answers" \
      "summary -f $f $room"; do
    # shellcheck disable=SC2086
    expect_status 74 "$LEADWISE" $cmd >/dev/full 2>"$tmp/err"
    expect_grep '^leadwise: write error on standard output: No space left on device$' \
      "$tmp/err"
    # shellcheck disable=SC2086
    expect_status 74 "$LEADWISE" $cmd -o /dev/full 2>"$tmp/err"
    expect_grep 'No space left on device' "$tmp/err"
  done
done
for cmd in "summary -f csv $room" "summary -f csv --distributions $room" \
    "report --paged $data/saas-12.answers" "room status $room" \
    "--bank-pot $top_srcdir/data/leadwise.bank"; do
  # shellcheck disable=SC2086
  expect_status 74 "$LEADWISE" $cmd >/dev/full 2>"$tmp/err"
  expect_grep '^leadwise: write error on standard output: No space left on device$' \
    "$tmp/err"
done
exit 0
