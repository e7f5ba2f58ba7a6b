#!/bin/sh
# Hostile question banks: each is refused with a clear message naming
# FILE:LINE where there is a line, exit status 65 (66 when unreadable),
# no invalid UTF-8 or control character copied into the message, and
# never a crash or a hang.  A bank with CRLF line endings is fine.
. "${top_srcdir:-..}/tests/testlib.sh"

# check FILE WANT-STATUS: --check-bank FILE exits WANT-STATUS within 10
# seconds; its messages are in $tmp/err.
check ()
{
  timeout 10 "$LEADWISE" --check-bank "$1" >"$tmp/out" 2>"$tmp/err"
  got=$?
  [ "$got" -eq "$2" ] || { cat "$tmp/err" >&2; fail "$1: exit $got, expected $2"; }
  expect_clean_text "$tmp/err" "$1"
}

cd "$tmp" || exit 99
bank="$top_srcdir/data/leadwise.bank"

: >empty.bank
check empty.bank 65
expect_grep '^leadwise: empty\.bank: the bank has no questions$' err

head -c 4096 /dev/urandom >junk.bank
check junk.bank 65
expect_grep '^leadwise: junk\.bank:[0-9][0-9]*: ' err

{ printf 'Format: 1\nSection: s\n_Title: S\nQuestion: s.a\n_Prompt: A?\n'
  python3 -c "print('_Prompt: ' + 'x' * 1048576)"; } >long.bank
check long.bank 65      # a second _Prompt, a megabyte long
expect_grep "^leadwise: long\.bank:6: '_Prompt' given twice$" err

printf 'Format: 1\nSection: s\n_Title: S\0\nQuestion: s.a\n_Prompt: A?\n' >nul.bank
check nul.bank 65
expect_grep '^leadwise: nul\.bank:3: line holds a NUL byte$' err

printf 'Format: 1\nSection: s\n_Title: Caf\xe9\nQuestion: s.a\n_Prompt: A?\n' >latin1.bank
check latin1.bank 65
expect_grep '^leadwise: latin1\.bank:3: line is not valid UTF-8 text$' err

sed 's/$/\r/' "$bank" >crlf.bank
check crlf.bank 0
"$LEADWISE" --check-bank "$bank" | sed 's/^[^:]*://' >want
sed 's/^[^:]*://' out >got
expect_diff want got

# A condition on a later question (a cycle needs one) is refused.
cat >cycle.bank <<'EOT'
Format: 1
Section: s
_Title: S
Question: s.a
Type: choice
_Prompt: A?
When: s.b = yes
Option: yes
_Label: Yes
Option: no
_Label: No
Question: s.b
Type: choice
_Prompt: B?
When: s.a = yes
Option: yes
_Label: Yes
Option: no
_Label: No
EOT
check cycle.bank 65
expect_grep "^leadwise: cycle\.bank:7: condition names 's.b', which is not a question defined before this one$" err

sed -n '1,40p' "$bank" >twice.bank
sed -n '/^Question: company.name$/,/^$/p' "$bank" >>twice.bank
check twice.bank 65
expect_grep "^leadwise: twice\.bank:[0-9]*: duplicate question id 'company.name'$" err

printf 'Format: 1\nSection: s\n_Title: S\nQuestion: s.a\nType: choice\n_Prompt: A?\n' >nooptions.bank
check nooptions.bank 65
expect_grep "^leadwise: nooptions\.bank:4: question 's.a' needs at least two options$" err

printf 'Format: 1\nSection: s\n_Title: S\nQuestion: s.a\nType: date\n_Prompt: A?\n' >type.bank
check type.bank 65
expect_grep "^leadwise: type\.bank:5: unknown type 'date'" err

check no-such.bank 66
expect_grep '^leadwise: no-such\.bank: No such file or directory$' err
exit 0
