#!/bin/sh
# A bad command line: a message and a short usage on stderr, nothing on
# stdout, exit 64 (EX_USAGE).
. "${top_srcdir:-..}/tests/testlib.sh"

check_usage_error ()
{
  want_message=$1; shift
  expect_status 64 "$LEADWISE" "$@" >"$tmp/out" 2>"$tmp/err"
  [ -s "$tmp/out" ] && fail "'$*' wrote to stdout: $(cat "$tmp/out")"
  cat >"$tmp/want" <<EOT
leadwise: $want_message
Usage: leadwise [OPTION]...
   or: leadwise report [--format FORMAT] [-o FILE] ANSWERS
   or: leadwise compare [OPTION]... ANSWERS ANSWERS...
Try 'leadwise --help' for more information.
EOT
  expect_diff "$tmp/want" "$tmp/err"
}

check_usage_error "unrecognized option '--bogus'" --bogus
check_usage_error "invalid option -- 'x'" -x
check_usage_error "option '--help' doesn't allow an argument" --help=yes
check_usage_error "unexpected argument 'extra'" extra
check_usage_error "option '--bank' requires an argument" --bank
check_usage_error "unrecognized option '--bogus'" report --bogus x
check_usage_error "unknown report format 'pdf' (use text, markdown, html or json)" \
  report --format pdf x
# An abbreviation of several options lists them; a mistyped option or
# command names the nearest; a word like nothing is only unexpected.
check_usage_error "option '--ba' is ambiguous; possibilities: '--bank' '--bank-pot'" --ba x
check_usage_error "option '--b' is ambiguous; possibilities: '--bank' '--by-team'" \
  summary --b x
check_usage_error "unrecognized option '--lnag'; did you mean '--lang'?" --lnag de
check_usage_error "unrecognized option '--formt'; did you mean '--format'?" \
  report --formt json x
check_usage_error "unknown command 'reprot'; did you mean 'report'?" reprot x
check_usage_error "unknown command 'sumary'; did you mean 'summary'?" sumary x
check_usage_error "unexpected argument 'zzzzzz'" zzzzzz
# The wizard's options are not a command's; standard input is read once.
check_usage_error "-a and --workshop are the wizard's, not the report command's" \
  -a x.answers report x
check_usage_error "standard input can hold the bank or the answers, not both" \
  report --bank - -
check_usage_error "standard input can hold the bank or the answers, not both" \
  compare --bank - a.answers -
check_usage_error "--bank -: the wizard reads its keys from standard input; give the bank's file" \
  --bank -

# -o is the output before a command as after it.
expect_status 0 "$LEADWISE" -o "$tmp/before.txt" report \
  "$top_srcdir/tests/data/saas-12.answers" >"$tmp/out"
[ -s "$tmp/out" ] && fail "-o before report wrote to stdout"
"$LEADWISE" report -o "$tmp/after.txt" "$top_srcdir/tests/data/saas-12.answers"
cmp -s "$tmp/before.txt" "$tmp/after.txt" || fail "-o before report is not -o after it"

# --bank - and --check-bank - read standard input.
expect_status 0 "$LEADWISE" --check-bank - <"$top_srcdir/data/leadwise.bank" >"$tmp/out"
expect_grep '^standard input: [0-9]* sections, [0-9]* questions$' "$tmp/out"
expect_status 0 "$LEADWISE" report --bank - "$top_srcdir/tests/data/saas-12.answers" \
  <"$top_srcdir/data/leadwise.bank" >"$tmp/out"
cmp -s "$tmp/out" "$tmp/after.txt" || fail "report --bank - differs"
printf 'Bogus: x\n' | expect_status 65 "$LEADWISE" --check-bank - 2>"$tmp/err"
expect_grep '^leadwise: standard input:1: ' "$tmp/err"
exit 0
