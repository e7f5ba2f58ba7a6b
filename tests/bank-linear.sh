#!/bin/sh
# Checking a bank takes time in proportion to its size (a bank of 40,000
# questions took seconds while each question was compared with every
# earlier one), and a bank or answers file that starts with a UTF-8 byte
# order mark is read as if it did not.
. "${top_srcdir:-..}/tests/testlib.sh"

"${CC:-cc}" -o "$tmp/rusage" "$top_srcdir/tests/bench/rusage.c" \
  || fail "cannot build rusage"

# bank N: a bank of N choice questions, in $tmp/N.bank.
bank ()
{
  awk -v n="$1" 'BEGIN {
    print "Format: 1\nSection: s\n_Title: S"
    for (i = 0; i < n; i++)
      printf "Question: q.n%d\nType: choice\n_Prompt: Question %d?\nOption: a\n_Label: A\nWeight: cto=1\nOption: b\n_Label: B\n", i, i
  }' >"$tmp/$1.bank"
}

# cpu N: microseconds of CPU to check the bank of N questions.
cpu ()
{
  "$tmp/rusage" "$tmp/use" "$LEADWISE" --check-bank "$tmp/$1.bank" \
    >/dev/null || fail "--check-bank failed on $1 questions"
  read -r user system rss status <"$tmp/use"
  [ "$status" -eq 0 ] || fail "--check-bank exited $status on $1 questions"
  echo $((user + system))
}

bank 20000
bank 80000
small=$(cpu 20000)
large=$(cpu 80000)
# Four times the questions: about four times the time where it grows
# linearly, sixteen where it grows with the square.  Below 20 ms the
# small one is mostly starting up.
[ "$small" -ge 20000 ] || small=20000
[ "$large" -le $((8 * small)) ] \
  || fail "80,000 questions took $large us, 20,000 took $small us: not linear"

# A byte order mark first.
printf '\357\273\277' >"$tmp/bom.bank"
cat "$top_srcdir/data/leadwise.bank" >>"$tmp/bom.bank"
"$LEADWISE" --check-bank "$tmp/bom.bank" >"$tmp/out" \
  || fail "a bank with a byte order mark is refused"
printf '\357\273\277company.name = Bom Co\ncompany.offering = product\n' \
  >"$tmp/bom.answers"
"$LEADWISE" report -f json --bank "$tmp/bom.bank" "$tmp/bom.answers" \
  >"$tmp/out" || fail "an answers file with a byte order mark is refused"
expect_grep '"company": "Bom Co"' "$tmp/out"
exit 0
