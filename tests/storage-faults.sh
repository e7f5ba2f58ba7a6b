#!/bin/sh
# Storage faults: a state directory that cannot be made, a full disk
# (tests/faultshim.c makes writes fail with ENOSPC), -o into a directory
# that does not exist, onto a directory, onto a device, through a link.
# Each gets a clear message and the documented status; the wizard keeps
# the answers, says so, offers another file, and prints them as a last
# resort, so that nothing typed is lost.
. "${top_srcdir:-..}/tests/testlib.sh"

build_faultshim
answers="$top_srcdir/tests/data/saas-12.answers"
cd "$tmp" || exit 99

# --- The state directory cannot be made (a file stands in its way).
: >blocked
printf 'Acme\n2\nquit\nnowhere/x.answers\n%s/other.answers\n' "$tmp" >typed
XDG_STATE_HOME="$tmp/blocked" "$LEADWISE" --plain <typed >out 2>err
[ $? -eq 0 ] || { cat out err >&2; fail "saving in another file did not succeed"; }
expect_grep 'blocked/leadwise: cannot create the directory: Not a directory$' err
expect_grep '^Your answers could not be saved; they are kept while leadwise runs' out
expect_grep '^Your answers could not be saved\. Type the name of another file' out
expect_grep "nowhere/x.answers: cannot create a file in nowhere: No such file or directory$" err
expect_grep "^Your answers are saved in $tmp/other.answers\.$" out
expect_grep '^company.name = Acme$' other.answers
expect_grep '^company.offering = service$' other.answers

# --- A state directory that cannot be written: the reason given is that,
# not that some directory is missing.  (Root writes anywhere: as root the
# wizard runs as nobody.)
mkdir -p pub/ro
chmod 711 "$tmp"
chmod 755 pub
chmod 555 pub/ro
as_user=""
run="$LEADWISE"
if [ "$(id -u)" -eq 0 ]; then
  as_user="setpriv --reuid=65534 --regid=65534 --clear-groups"
  # The build tree may be private to root (CI's is): nobody gets copies.
  cp "$LEADWISE" pub/leadwise
  cp "$top_srcdir/data/leadwise.bank" pub/leadwise.bank
  chmod 755 pub/leadwise
  chmod 644 pub/leadwise.bank
  run="$tmp/pub/leadwise --bank $tmp/pub/leadwise.bank"
fi
printf 'Acme\nquit\n' | HOME="$tmp/pub/ro" XDG_STATE_HOME="$tmp/pub/ro" \
  $as_user $run --plain >out 2>err
expect_grep 'pub/ro/leadwise: cannot create the directory: Permission denied$' err
grep -q 'No such file or directory' err && fail "a missing directory was blamed: $(cat err)"
grep -q -e 'answers are saved in' -e 'answers are saved;' out && fail "the answers were said to be saved: $(cat out)"

# The input ends with nothing saved: the answers are printed instead.
printf 'Acme\n2\n' | XDG_STATE_HOME="$tmp/blocked" "$LEADWISE" --plain >out 2>err
[ $? -eq 73 ] || fail "unsaved answers did not exit 73"
expect_grep 'here they are, to copy into a file' err
sed -n '/^# leadwise answers/,$p' out >printed.answers
expect_grep '^company.offering = service$' printed.answers
"$LEADWISE" report printed.answers >/dev/null || fail "the printed answers do not read"

# --- A full disk: every save fails; the answers survive on stdout.
printf 'Acme\n2\nquit\n%s/full.answers\n\n' "$tmp" >typed
LD_PRELOAD="$tmp/faultshim.so" LEADWISE_FAULT=enospc \
  XDG_STATE_HOME="$tmp/state" "$LEADWISE" --plain <typed >out 2>err
[ $? -eq 73 ] || { cat err >&2; fail "a full disk did not exit 73"; }
expect_grep 'write failed, old contents kept: No space left on device$' err
expect_grep '^Your answers could not be saved; they are kept' out
sed -n '/^# leadwise answers/,$p' out >printed.answers
expect_grep '^company.name = Acme$' printed.answers
[ -e full.answers ] && fail "a file was left half written on a full disk"
ls -A state/leadwise | grep -q . && fail "temporary files were left behind: $(ls -A state/leadwise)"

# A report onto a full disk keeps the old file.
echo "old report" >kept.txt
LD_PRELOAD="$tmp/faultshim.so" LEADWISE_FAULT=enospc \
  "$LEADWISE" report -o kept.txt "$answers" 2>err
[ $? -eq 74 ] || fail "a report on a full disk did not exit 74"
expect_grep '^leadwise: kept\.txt: write failed, old contents kept: No space left on device$' err
expect_grep '^old report$' kept.txt

# --- Where the report cannot go.
expect_status 73 "$LEADWISE" report -o missing/dir/report.txt "$answers" 2>err
expect_grep '^leadwise: missing/dir/report\.txt: cannot create a file in missing/dir: No such file or directory$' err
mkdir adir
expect_status 73 "$LEADWISE" report -o adir "$answers" 2>err
expect_grep '^leadwise: adir: Is a directory$' err
[ -z "$(ls -A adir)" ] || fail "something was left in the directory"
expect_status 74 "$LEADWISE" report -o /dev/full "$answers" 2>err
expect_grep '^leadwise: write error on /dev/full: No space left on device$' err
[ -c /dev/full ] || fail "/dev/full was replaced"
"$LEADWISE" report -f json -o /dev/stdout "$answers" >stdout.json
jq -e '.leadership.primary == "cto"' stdout.json >/dev/null \
  || fail "a report to /dev/stdout did not arrive"
echo old >real.txt
ln -s real.txt link.txt
"$LEADWISE" report -o link.txt "$answers" || fail "a report through a link failed"
[ -L link.txt ] || fail "the link was replaced by a file"
expect_grep '^Technology and AI leadership: Tiny Ledger$' real.txt
exit 0
