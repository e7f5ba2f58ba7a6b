#!/bin/sh
# leadwise room: close a workshop to new names (those in it go on, new
# names are told so), open it again, and list each participant's state,
# last answer and team, in text and JSON; the exit codes.
. "${top_srcdir:-..}/tests/testlib.sh"

room="$tmp/room"
mkdir -m 700 "$room"
printf 'Ana\n6143\n6143\nBlue\nAcme\nquit\n' \
  | "$LEADWISE" --workshop "$room" --teams >/dev/null 2>&1
LC_ALL=C.UTF-8 "$LEADWISE" room status "$room" >"$tmp/out"
expect_grep '^1 participant; open\.$' "$tmp/out"
expect_grep '^  Ana  *answering  *20[0-9-]* [0-9:]*  *Blue$' "$tmp/out"

expect_status 0 "$LEADWISE" room close "$room" >"$tmp/out"
expect_grep 'closed to new names' "$tmp/out"
printf 'Bob\nquit\n' | "$LEADWISE" --workshop "$room" >"$tmp/bob" 2>&1
expect_grep 'This workshop is closed to new participants' "$tmp/bob"
ls "$room" | grep -q '^bob-' && fail "a new name got a file in a closed room"
# Whoever is in it goes on.
printf 'Ana\n6143\nquit\n' | "$LEADWISE" --workshop "$room" >"$tmp/ana" 2>&1
expect_grep 'This name has a PIN' "$tmp/ana"
grep -q 'closed to new participants' "$tmp/ana" && fail "Ana was turned away"
"$LEADWISE" room status -f json "$room" >"$tmp/s.json"
[ "$(jq -c '[.closed, (.participants | length), .participants[0].state, .participants[0].team]' "$tmp/s.json")" \
  = '[true,1,"answering","Blue"]' ] || fail "status JSON: $(cat "$tmp/s.json")"
jq -e '.participants[0].updated | test("^20[0-9-]+T[0-9:]+Z$")' "$tmp/s.json" \
  >/dev/null || fail "no time of the last answer"

expect_status 0 "$LEADWISE" room open "$room" >/dev/null
printf 'Bob\n6143\n6143\nquit\n' | "$LEADWISE" --workshop "$room" >"$tmp/bob" 2>&1
grep -q 'closed to new participants' "$tmp/bob" && fail "still closed after open"
ls "$room" | grep -q '^bob-' || fail "Bob has no file once the room is open"

# The archive: the answers and the summary in every format, dated; the
# facilitator's alone; never over an archive that is there; --empty then
# empties the room of what leadwise keeps in it.
mkdir "$tmp/arch"
(cd "$tmp/arch" && "$LEADWISE" room archive "$room") >"$tmp/a.out" \
  || fail "room archive failed"
archive=$(ls "$tmp/arch")
case $archive in
  leadwise-room-20[0-9][0-9]-[0-9][0-9]-[0-9][0-9].tar.gz) ;;
  *) fail "the archive is called '$archive'" ;;
esac
[ "$(stat -c %a "$tmp/arch/$archive")" = 600 ] || fail "the archive is readable by others"
tar -tzf "$tmp/arch/$archive" | sed 's|^\./||' | sort >"$tmp/list"
for f in summary.txt summary.md summary.html summary.json summary.csv \
    summary.distributions.csv; do
  grep -qx "$f" "$tmp/list" || fail "no $f in the archive"
done
[ "$(grep -c '^answers/.*\.answers$' "$tmp/list")" -eq 2 ] \
  || fail "not both participants' answers in the archive"
grep -q 'owner' "$tmp/list" && fail "a PIN's owner file in the archive"
tar -xzf "$tmp/arch/$archive" -C "$tmp/arch" ./summary.json
[ "$(jq .participants "$tmp/arch/summary.json")" = 2 ] || fail "the archived summary"
expect_status 73 sh -c "cd '$tmp/arch' && '$LEADWISE' room archive '$room'" \
  2>"$tmp/err"
expect_grep 'exists already; not replaced' "$tmp/err"
"$LEADWISE" room close "$room" >/dev/null
"$LEADWISE" room archive -o "$tmp/arch/last.tar.gz" --empty "$room" >"$tmp/a.out" \
  || fail "room archive --empty failed"
expect_grep 'and empty' "$tmp/a.out"
[ -z "$(ls -A "$room")" ] || fail "left in the room: $(ls -A "$room")"
tar -tzf "$tmp/arch/last.tar.gz" | grep -q 'answers/ana-' || fail "--empty lost Ana"

expect_status 64 "$LEADWISE" room shut "$room" 2>"$tmp/err"
expect_grep 'open, close, status or archive' "$tmp/err"
expect_status 64 "$LEADWISE" room status 2>/dev/null
expect_status 66 "$LEADWISE" room close "$tmp/none" 2>"$tmp/err"
expect_grep "$tmp/none: No such file or directory" "$tmp/err"
exit 0
