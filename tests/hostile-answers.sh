#!/bin/sh
# Hostile answers files: each is refused (or read) with a clear message
# naming FILE:LINE, the documented exit status, no invalid UTF-8 or
# control character copied into the message, and never a crash or a hang.
. "${top_srcdir:-..}/tests/testlib.sh"

# report FILE WANT-STATUS: the report of FILE exits WANT-STATUS within
# 10 seconds; its messages are in $tmp/err.
report ()
{
  timeout 10 "$LEADWISE" report -f json "$1" >"$tmp/out" 2>"$tmp/err"
  got=$?
  [ "$got" -eq "$2" ] || { cat "$tmp/err" >&2; fail "$1: exit $got, expected $2"; }
  expect_clean_text "$tmp/err" "$1"
}

cd "$tmp" || exit 99

: >empty.answers
report empty.answers 0
jq -e '.complete == false' out >/dev/null || fail "an empty file is not just unanswered"

head -c 4096 /dev/urandom >junk.answers
printf '\n\x01\x02\xfe\xff = \x80\n' >>junk.answers
report junk.answers 65
expect_grep '^leadwise: junk\.answers:[0-9][0-9]*: ' err
expect_grep "unknown id '\\\\x01\\\\x02\\\\xFE\\\\xFF'$" err

python3 -c "print('company.name = ' + 'x' * 1048576)" >long.answers
report long.answers 65
expect_grep "^leadwise: long\.answers:1: invalid value 'x*\.\.\.' for 'company.name': longer than 200 bytes$" err

printf 'company.name = A\0B\ncompany.employees = 5\n' >nul.answers
report nul.answers 65
expect_grep '^leadwise: nul\.answers:1: line holds a NUL byte$' err

printf 'company.name = Caf\xe9\n' >latin1.answers
report latin1.answers 65
expect_grep "^leadwise: latin1\.answers:1: invalid value 'Caf\\\\xE9' for 'company.name': not valid UTF-8" err
printf 'compa\xf1y.name = x\n' >badid.answers
report badid.answers 65
expect_grep "^leadwise: badid\.answers:1: unknown id 'compa\\\\xF1y.name'$" err

printf 'company.name = Acme\r\ncompany.employees = 12\r\ncompany.offering = product\r\n' >crlf.answers
report crlf.answers 0
jq -e '.company == "Acme"' out >/dev/null || fail "CRLF line endings are not read"

cat >types.answers <<'EOT'
company.employees = many
company.offering = 7
ai.annual_spend_usd = -5
ai.in_product = maybe
tool.1.goal = yes
lead.ai_confidence = 9
ai.risks = fire
company.name =
EOT
report types.answers 65
for line in 1 2 3 4 5 6 7 8; do
  expect_grep "^leadwise: types\.answers:$line: invalid value" err
done

printf 'company.name = A\ncompany.name = B\n' >repeated.answers
report repeated.answers 65
expect_grep "^leadwise: repeated\.answers:2: 'company.name' is repeated (first given on line 1)$" err

python3 -c "
for i in range(1, 10001):
    print('tool.%d.name = Tool %d' % (i, i))
    print('tool.%d.goal = done' % i)" >tools.answers
report tools.answers 65
expect_grep "^leadwise: tools\.answers:101: unknown id 'tool.51.name'$" err
expect_grep '^leadwise: \.\.\. and [0-9]* more problems$' err
[ "$(wc -l <err)" -le 60 ] || fail "10,000 tools flood the terminal with messages"
exit 0
