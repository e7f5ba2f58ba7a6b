#!/bin/sh
# A workshop's directory read and written safely: summary reads only
# regular files of a sane size (never through a link, never a pipe it
# would wait on, never /dev/zero); what a participant writes replaces
# whatever stands at their name and never goes out of the room; a lock
# file is never a link; temporary files left by a killed session are
# removed once stale and not in use, in the room and in the state
# directory.
. "${top_srcdir:-..}/tests/testlib.sh"

command -v flock >/dev/null 2>&1 \
  || { echo "SKIP: flock not found (Debian package util-linux)"; exit 77; }
"${CC:-cc}" -o "$tmp/rusage" "$top_srcdir/tests/bench/rusage.c" \
  || fail "cannot build rusage"
room="$tmp/room"
mkdir -m 700 "$room"

# --- Reading: summary.
cp "$top_srcdir/tests/data/saas-12.answers" "$room/good.answers"
printf 'company.name = Secret\n' >"$tmp/secret"
ln -s "$tmp/secret" "$room/link.answers"
mkfifo "$room/fifo.answers"
ln -s /dev/zero "$room/zero.answers"
head -c 2000000 /dev/zero | tr '\0' '#' >"$room/big.answers"
timeout 20 "$tmp/rusage" "$tmp/use" "$LEADWISE" summary -f json "$room" \
  >"$tmp/s.json" 2>"$tmp/err" || fail "summary did not finish: $(cat "$tmp/err")"
read -r user system rss status <"$tmp/use"
[ "$status" -eq 0 ] || fail "summary exited $status"
[ "$rss" -lt 65536 ] || fail "summary took $rss kB"
[ "$(jq '.participants' "$tmp/s.json")" = 1 ] || fail "not one participant: $(cat "$tmp/s.json")"
jq -r '.skipped[] | .problem' "$tmp/s.json" >"$tmp/skipped"
expect_grep 'link.answers: a symbolic link, not read' "$tmp/skipped"
expect_grep 'fifo.answers: not a regular file, not read' "$tmp/skipped"
expect_grep 'zero.answers: a symbolic link, not read' "$tmp/skipped"
expect_grep 'big.answers: larger than an answers file can be, not read' "$tmp/skipped"
grep -q Secret "$tmp/s.json" && fail "summary read through a link"
rm -f "$room"/*.answers

# --- Writing: a participant's file that has become a link out of the
# room is replaced, not written through.
printf 'Joe\n3141\n3141\nquit\n' | "$LEADWISE" --workshop "$room" >/dev/null 2>&1
joe=$(ls "$room"/joe-*.answers) || fail "no file for Joe"
printf 'outside\n' >"$tmp/outside"
rm "$joe"
ln -s "$tmp/outside" "$joe"
printf 'Joe\n3141\nJoe Ltd\nquit\n' | "$LEADWISE" --workshop "$room" >"$tmp/out" 2>&1
[ "$(cat "$tmp/outside")" = outside ] || fail "a session wrote through a link: $(cat "$tmp/outside")"
[ -f "$joe" ] && [ ! -L "$joe" ] || fail "the participant's file is not a regular file"
expect_grep '^company.name = Joe Ltd$' "$joe"

# A lock file that is a link is not used (nor is its target made).
printf 'Ann\n3141\n3141\nquit\n' | "$LEADWISE" --workshop "$room" >/dev/null 2>&1
lock=$(ls -A "$room" | grep '^\.ann-.*\.lock$') || fail "no lock for Ann"
rm "$room/$lock"
ln -s "$tmp/lock-target" "$room/$lock"
printf 'Ann\nquit\n' | "$LEADWISE" --workshop "$room" >"$tmp/out" 2>&1
[ -e "$tmp/lock-target" ] && fail "a lock was made through a link"
expect_grep 'cannot be kept in the workshop' "$tmp/out"
rm "$room/$lock"

# --- Temporary files left by a kill: removed once an hour old, unless
# their owner is in a session now.
base=$(basename "$joe")
: >"$room/.$base.AbC123"
: >"$room/.$base.XyZ789"
touch -d '2 hours ago' "$room/.$base.AbC123"
: >"$room/.held-1.answers.QwE456"
touch -d '2 hours ago' "$room/.held-1.answers.QwE456"
: >"$room/.held-1.answers.lock"
flock "$room/.held-1.answers.lock" -c 'sleep 5' &
holder=$!
sleep 0.5
: >"$room/.notes.backup"                  # the facilitator's, not ours
touch -d '2 hours ago' "$room/.notes.backup"
printf 'Cleaner\n3141\n3141\nquit\n' | "$LEADWISE" --workshop "$room" >/dev/null 2>&1
kill "$holder" 2>/dev/null
[ -e "$room/.$base.AbC123" ] && fail "a stale temporary file was left"
[ -e "$room/.$base.XyZ789" ] || fail "a fresh temporary file was removed"
[ -e "$room/.held-1.answers.QwE456" ] || fail "a file of a session in use was removed"
[ -e "$room/.notes.backup" ] || fail "a hidden file leadwise did not write was removed"

# ... and in the state directory.
mkdir -p "$tmp/state/leadwise"
: >"$tmp/state/leadwise/.session.answers.Old123"
touch -d '2 hours ago' "$tmp/state/leadwise/.session.answers.Old123"
: >"$tmp/state/leadwise/.notes.backup"
touch -d '2 hours ago' "$tmp/state/leadwise/.notes.backup"
printf 'quit\n' | XDG_STATE_HOME="$tmp/state" "$LEADWISE" --plain >/dev/null 2>&1
[ -e "$tmp/state/leadwise/.notes.backup" ] \
  || fail "a hidden file leadwise did not write was removed from the state directory"
[ -e "$tmp/state/leadwise/.session.answers.Old123" ] \
  && fail "a stale temporary file was left in the state directory"
exit 0
