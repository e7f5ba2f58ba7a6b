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
exit 0
