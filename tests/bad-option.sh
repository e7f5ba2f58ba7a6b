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
exit 0
