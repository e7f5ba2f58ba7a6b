#!/bin/sh
# --workshop DIR, line by line: hostile names never leave DIR, a name in
# use by another connection is refused, a returning name resumes, and a
# finished session leaves its report in DIR for the summary.
. "${top_srcdir:-..}/tests/testlib.sh"

command -v flock >/dev/null 2>&1 \
  || { echo "SKIP: flock not found (Debian package util-linux)"; exit 77; }

room="$tmp/room"
mkdir "$room"
long=$(printf 'x%.0s' $(seq 1 100))
huge=$(printf 'x%.0s' $(seq 1 10000))

# Every hostile name is refused or turned into a file inside the room.
printf '%s\n%s\n\n%s\nbell\007\n../../etc/passwd\nquit\n' "$huge" "$long" \
  "   " | "$LEADWISE" --workshop "$room" >"$tmp/out" 2>"$tmp/err"
expect_grep 'That line is longer than 4096 bytes' "$tmp/out"
expect_grep 'a name can have at most 60 characters' "$tmp/out"
expect_grep 'a name cannot be empty' "$tmp/out"
expect_grep 'a name must be plain text, without control characters' "$tmp/out"
for name in '/tmp/x' 'Grüße – ¿qué?' '$(touch pwned)' '.hidden' '..'; do
  printf '%s\n3141\n3141\nquit\n' "$name" | (cd "$tmp" && "$LEADWISE" --workshop "$room") \
    >"$tmp/out" || fail "'$name' failed"
done
[ -e "$tmp/pwned" ] && fail "a name ran a command"
find "$tmp" -newer "$room" -type f ! -path "$room/*" ! -name out ! -name err \
  ! -name outside \
  >"$tmp/outside"
[ -s "$tmp/outside" ] && fail "files outside the room: $(cat "$tmp/outside")"
ls -A "$room" | grep -v -E '^(\.?[a-z0-9-]+\.answers(\.lock)?|\.[a-z0-9-]+\.owner)$' >"$tmp/odd" || true
[ -s "$tmp/odd" ] && fail "unexpected files in the room: $(cat "$tmp/odd")"
expect_grep '^meta.participant = Grüße – ¿qué?$' "$room"/gr-e-qu-*.answers

# Names that would look like another (invisible characters, direction
# overrides, a byte order mark, a line separator) are refused; the word
# quit leaves instead of making a participant called "quit"; help helps.
before=$(ls -A "$room" | wc -l)
for bad in 'Good\342\200\213Name' 'Good\342\200\256emaN' '\357\273\277Good Name' \
           'Good\342\200\250Name' 'Good\302\255Name' 'Good\342\201\240Name'; do
  printf "$bad\\nquit\\n" | "$LEADWISE" --workshop "$room" >"$tmp/out" 2>&1
  expect_grep 'a name cannot hold invisible characters' "$tmp/out"
done
printf 'help\nskip\nQuit\n' | "$LEADWISE" --workshop "$room" >"$tmp/out" 2>&1 \
  || fail "quit at the name prompt exited $?"
expect_grep 'Your answers are kept under this name' "$tmp/out"
expect_grep 'Type a name first' "$tmp/out"
[ "$(ls -A "$room" | wc -l)" -eq "$before" ] \
  || fail "a refused name or a command made a participant: $(ls -A "$room")"

# A name in use by another connection is refused; another is taken.
printf 'Busy Team\nquit\n' | "$LEADWISE" --workshop "$room" >/dev/null
lock=$(ls -A "$room" | grep '^\.busy-team-.*\.lock$')
flock -n "$room/$lock" -c "sleep 5" &
holder=$!
sleep 0.5
printf 'Busy Team\nFree Team\n3141\n3141\nquit\n' | "$LEADWISE" --workshop "$room" >"$tmp/out"
kill "$holder" 2>/dev/null
expect_grep 'That name is in use in another session right now' "$tmp/out"
ls "$room" | grep -q '^free-team-.*\.answers$' || fail "the second name got no file"

# A returning name resumes where it stopped.
printf 'Acme\n3141\n3141\n1\nquit\n' | "$LEADWISE" --workshop "$room" >/dev/null
printf 'Acme\n3141\n1\n2\nquit\n' | "$LEADWISE" --workshop "$room" >"$tmp/out"
expect_grep 'are here; some questions are still open\.$' "$tmp/out"
acme=$(ls "$room"/acme-*.answers)
expect_grep '^company.name = 1$' "$acme"
expect_grep '^company.offering = service$' "$acme"

# A finished session leaves its report for the facilitator.
{
  printf 'Done Co\n3141\n3141\n'
  printf 'Done Co\n1\n12\n1\n1\n3\n1\n4\n1\n1\n2\n2\n'
  printf 'No Tool\n2\n1\n1\n1\n1\n1\n1\nno\n'
} | "$LEADWISE" --workshop "$room" >"$tmp/out"
report=$(ls "$room"/done-co-*.report.txt) || fail "no report in the room"
grep -q "$room" "$tmp/out" && fail "a participant is shown the room's path"
expect_grep '^Your answers are saved\.$' "$tmp/out"
expect_grep '^Technology and AI leadership: Done Co$' "$report"
"$LEADWISE" summary -f json "$room" >"$tmp/s.json"
grep -q '"participant": "Done Co"' "$tmp/s.json" \
  || fail "the summary does not list the participant"

# A name alone opens nothing: the PIN chosen on the first visit (never
# in the transcript, kept hashed in a file of the account's alone) is
# asked on every return; three wrong ones send the typist back to the
# name, five in a row lock it, whoever holds the right PIN.
printf 'Pin Team\n4711\n4711\nSecret Co\nquit\n' \
  | "$LEADWISE" --workshop "$room" >"$tmp/out" 2>&1
grep -q 4711 "$tmp/out" && fail "the PIN is in the transcript"
owner=$(ls "$room"/.pin-team-*.owner) || fail "no owner file for Pin Team"
grep -q 4711 "$owner" && fail "the PIN is kept as typed"
[ "$(stat -c %a "$owner")" = 600 ] || fail "the owner file is $(stat -c %a "$owner")"
[ "$(stat -c %a "$room"/pin-team-*.answers)" = 600 ] \
  || fail "the answers can be read by others"
printf 'Pin Team\n1111\n2222\n3333\nquit\n' \
  | "$LEADWISE" --workshop "$room" >"$tmp/out" 2>&1
[ "$(grep -c 'That is not the PIN of this name' "$tmp/out")" = 3 ] \
  || fail "three wrong PINs were not all refused"
expect_grep 'Choose another name, or ask the facilitator' "$tmp/out"
[ "$(grep -c "Your name, or your team's name?" "$tmp/out")" = 2 ] \
  || fail "three wrong PINs did not send the typist back to the name"
grep -q -e 'Secret Co' -e 'Your answers of' "$tmp/out" \
  && fail "wrong PINs reached the answers"
printf 'Pin Team\n4444\n5555\nquit\n' \
  | "$LEADWISE" --workshop "$room" >/dev/null 2>&1
printf 'Pin Team\n4711\nquit\n' | "$LEADWISE" --workshop "$room" \
  >"$tmp/out" 2>&1
expect_grep 'Too many wrong PINs were typed for this name' "$tmp/out"
grep -q 'Your answers of' "$tmp/out" && fail "a locked name opened"
# On a full disk a try cannot be counted, so it is not checked at all:
# not even the right PIN opens the name, and nothing is guessed.
build_faultshim
printf 'Full Disk\n9173\n9173\nquit\n' | "$LEADWISE" --workshop "$room" \
  >/dev/null 2>&1
for pin in 1111 9173; do
  printf 'Full Disk\n%s\nquit\n' $pin \
    | LD_PRELOAD="$tmp/faultshim.so" LEADWISE_FAULT=enospc \
      "$LEADWISE" --workshop "$room" >"$tmp/out" 2>&1
  expect_grep 'cannot be kept in the workshop' "$tmp/out"
  grep -q -e 'Your answers of' -e 'What is the company called' "$tmp/out" \
    && fail "PIN $pin was checked on a full disk"
done
expect_grep '^failures = 0$' "$room"/.full-disk-*.owner

# The facilitator frees the name; its next visitor chooses a PIN again.
rm "$owner"
printf 'Pin Team\n2581\n2581\n1\nquit\n' | "$LEADWISE" --workshop "$room" \
  >"$tmp/out" 2>&1
expect_grep 'Choose a PIN' "$tmp/out"
expect_grep 'Your answers of .* are here' "$tmp/out"
# back and quit at the PIN prompt; and --sign-in key without a key.
printf 'Other Team\nback\nquit\n' | "$LEADWISE" --workshop "$room" \
  >"$tmp/out" 2>&1 || fail "back at the PIN prompt failed"
[ "$(grep -c "Your name, or your team's name?" "$tmp/out")" = 2 ] \
  || fail "back did not go back to the name"
ls "$room"/.other-team-*.owner >/dev/null 2>&1 && fail "back bound the name"
printf 'Key Team\n1357\n1357\nquit\n' \
  | env -u SSH_USER_AUTH "$LEADWISE" --workshop "$room" --sign-in key \
  >"$tmp/out" 2>&1
expect_grep 'Choose a PIN' "$tmp/out"
expect_status 64 "$LEADWISE" --workshop "$room" --sign-in password \
  </dev/null 2>"$tmp/err"
expect_grep "sign-in takes key or pin, not 'password'" "$tmp/err"

# A directory that is not one.
expect_status 73 "$LEADWISE" --workshop "$tmp/none" </dev/null 2>"$tmp/err"
expect_grep 'not a workshop directory leadwise can write in; please tell' "$tmp/err"
grep -q "$tmp/none" "$tmp/err" && fail "a participant is shown the room's path"
exit 0
