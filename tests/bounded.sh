#!/bin/sh
# Memory stays bounded whatever a stranger sends line by line: a line of
# 80 MB is left out with a message, the session goes on, and the process
# stays under 64 MB.  (The full screen's window sizes: tui-lost.sh.)
. "${top_srcdir:-..}/tests/testlib.sh"

"${CC:-cc}" -o "$tmp/rusage" "$top_srcdir/tests/bench/rusage.c" \
  || fail "cannot build rusage"
{
  head -c 80000000 /dev/zero | tr '\0' x
  printf '\nShort Name Ltd\nquit\n'
} >"$tmp/typed"
XDG_STATE_HOME="$tmp/state" "$tmp/rusage" "$tmp/use" "$LEADWISE" --plain \
  --save "$tmp/s.answers" <"$tmp/typed" >"$tmp/out" 2>"$tmp/err"
read -r user system rss status <"$tmp/use"
[ "$status" -eq 0 ] || fail "the session exited $status: $(cat "$tmp/err")"
[ "$rss" -lt 65536 ] || fail "$rss kB of memory for a long line (the limit is 64 MB)"
expect_grep 'That line is longer than 4096 bytes and was left out' "$tmp/out"
expect_grep '^company.name = Short Name Ltd$' "$tmp/s.answers"
[ "$(wc -c <"$tmp/out")" -lt 100000 ] || fail "the long line was echoed"

# In a workshop, at the name prompt.
mkdir -m 700 "$tmp/room"
{
  head -c 80000000 /dev/zero | tr '\0' y
  printf '\nquit\n'
} >"$tmp/typed"
"$tmp/rusage" "$tmp/use" "$LEADWISE" --workshop "$tmp/room" \
  <"$tmp/typed" >"$tmp/out" 2>&1
read -r user system rss status <"$tmp/use"
[ "$rss" -lt 65536 ] || fail "$rss kB of memory for a long name (the limit is 64 MB)"
expect_grep 'That line is longer than 4096 bytes' "$tmp/out"
exit 0
