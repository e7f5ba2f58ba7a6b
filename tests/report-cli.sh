#!/bin/sh
# "leadwise report": options, output files and every documented exit code.
. "${top_srcdir:-..}/tests/testlib.sh"

data="$top_srcdir/tests/data"
good="$data/saas-12.answers"

# -o writes the file (and nothing to stdout); --output is the same.
expect_status 0 "$LEADWISE" report -f json -o "$tmp/r.json" "$good" >"$tmp/out"
[ -s "$tmp/out" ] && fail "-o also wrote to stdout"
"$LEADWISE" report --format=json "$good" >"$tmp/stdout.json"
expect_diff "$tmp/stdout.json" "$tmp/r.json"
expect_status 0 "$LEADWISE" report "$good" --output "$tmp/r.txt" --format text
expect_grep '^Technology and AI leadership: Tiny Ledger$' "$tmp/r.txt"
# An existing output file is replaced whole.
printf 'old contents that are much longer than the new ones\n%.0s' \
  $(seq 1 500) >"$tmp/r.md"
expect_status 0 "$LEADWISE" report -f md -o "$tmp/r.md" "$good"
grep -q 'old contents' "$tmp/r.md" && fail "old contents left in $tmp/r.md"
expect_grep '^# Technology and AI leadership: Tiny Ledger$' "$tmp/r.md"

# Non-ASCII names come out as the same UTF-8 bytes in every format.
for format in text markdown html json; do
  "$LEADWISE" report -f $format "$data/agency-8.answers" >"$tmp/utf8" \
    || fail "report -f $format failed"
  grep -q 'Señora Pérez' "$tmp/utf8" || fail "$format lost the company's name"
  "$LEADWISE" report -f $format "$data/logistics-4000.answers" >"$tmp/utf8"
  grep -q 'Routenplaner KI für Lagerhäuser' "$tmp/utf8" \
    || fail "$format lost the tool's name"
done

# 66: the answers file is missing.
expect_status 66 "$LEADWISE" report "$tmp/none.answers" 2>"$tmp/err"
expect_grep "^leadwise: $tmp/none.answers: No such file or directory$" "$tmp/err"

# 65: a malformed answers file, each problem with FILE:LINE.
printf 'company.name = X\ncompany.size = 3\ncompany.offering = hardware\n' \
  >"$tmp/bad.answers"
expect_status 65 "$LEADWISE" report "$tmp/bad.answers" >"$tmp/out" 2>"$tmp/err"
cat >"$tmp/want" <<EOT
leadwise: $tmp/bad.answers:2: unknown id 'company.size'
leadwise: $tmp/bad.answers:3: invalid value 'hardware' for 'company.offering': not one of the options
EOT
expect_diff "$tmp/want" "$tmp/err"
[ -s "$tmp/out" ] && fail "a report was written for a bad answers file"
printf 'company.offering = product\n' | \
  expect_status 65 "$LEADWISE" report --bank /dev/null - 2>"$tmp/err"
expect_grep '^leadwise: /dev/null: the bank has no questions$' "$tmp/err"

# 64: usage errors.
expect_status 64 "$LEADWISE" report 2>"$tmp/err"
expect_grep '^leadwise: report: which answers file?' "$tmp/err"
expect_status 64 "$LEADWISE" report -f pdf "$good" 2>"$tmp/err"
expect_grep "^leadwise: unknown report format 'pdf'" "$tmp/err"
expect_status 64 "$LEADWISE" report "$good" "$good" 2>"$tmp/err"
expect_status 64 "$LEADWISE" report -o 2>"$tmp/err"
expect_grep "^leadwise: option '-o' requires an argument$" "$tmp/err"

# 73: the output cannot be created; 74: stdout cannot be written.
expect_status 73 "$LEADWISE" report -o "$tmp/no/such/dir/r.txt" "$good" 2>"$tmp/err"
expect_grep "cannot create a file in $tmp/no/such/dir" "$tmp/err"
mkdir "$tmp/adir"
expect_status 73 "$LEADWISE" report -o "$tmp/adir" "$good" 2>"$tmp/err"
expect_grep 'Is a directory' "$tmp/err"
[ -d "$tmp/adir" ] || fail "the directory was replaced"
[ "$(ls -A "$tmp/adir")" = "" ] || fail "files left behind in $tmp/adir"
if [ -w /dev/full ]; then
  expect_status 74 "$LEADWISE" report "$good" >/dev/full 2>"$tmp/err"
  expect_grep 'write error on standard output' "$tmp/err"
fi
exit 0
