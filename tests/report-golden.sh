#!/bin/sh
# Golden reports: for each profile tests/data/NAME.answers, every format
# must match tests/data/NAME.{txt,md,html,json} byte for byte.
# After a deliberate change, read the new reports, then regenerate with:
#   LEADWISE_UPDATE_GOLDEN=1 make check TESTS=tests/report-golden.sh
. "${top_srcdir:-..}/tests/testlib.sh"

data="$top_srcdir/tests/data"
count=0
for answers in "$data"/*.answers; do
  name=${answers%.answers}
  for pair in text:txt markdown:md html:html json:json; do
    format=${pair%%:*}
    expected="$name.${pair#*:}"
    "$LEADWISE" report --format "$format" "$answers" >"$tmp/out" \
      || fail "report --format $format $answers exited $?"
    expect_golden "$expected" "$tmp/out"
    count=$((count + 1))
  done
done
[ "$count" -ge 20 ] || fail "only $count golden reports were compared"
exit 0
