#!/bin/sh
# README says true things a newcomer tries first: its example of replies
# from a pipe answers the questions it says it answers, even where a
# session of the same person is saved already (the default file), and
# saves them where it says; the Quick start is two command lines, the
# second the one .ci/run runs.
. "${top_srcdir:-..}/tests/testlib.sh"

readme="$top_srcdir/README"
line=$(grep "^    printf '.*' | \./src/leadwise" "$readme" | head -n 1)
[ -n "$line" ] || fail "README has no example of replies from a pipe"
cmd=$(printf '%s\n' "$line" | sed -e 's/^ *//' -e "s|\./src/leadwise|\"\$LEADWISE\"|")
# A session saved already in the default place.
mkdir -p "$tmp/state/leadwise" "$tmp/work"
printf 'company.name = Old Co\nmeta.status = in_progress\n' \
  >"$tmp/state/leadwise/session.answers"
(cd "$tmp/work" && XDG_STATE_HOME="$tmp/state" LEADWISE="$LEADWISE" \
   sh -c "$cmd" >"$tmp/out" 2>&1) || fail "the README's example failed: $(tail -3 "$tmp/out")"
saved=$(printf '%s\n' "$cmd" | sed -n 's/.*--save \([^ ]*\).*/\1/p')
[ -n "$saved" ] || fail "the example says not where it saves"
answers="$tmp/work/$saved"
[ -f "$answers" ] || fail "the example saved nothing in $saved"
expect_grep '^company.name = Acme$' "$answers"
expect_grep '^company.offering = product$' "$answers"
expect_grep '^company.employees = 12$' "$answers"
expect_grep '^company.name = Old Co$' "$tmp/state/leadwise/session.answers"
# What README says of it.
grep -q "answers the company's name, what it" "$readme" \
  || fail "README no longer says what the example answers"

# The Quick start: two command lines, the second what CI runs.
quick=$(awk '/^Quick start/ { on = 1; next } on && /^    \./ { print } on && /^[A-Z]/ { exit }' "$readme")
[ "$(printf '%s\n' "$quick" | wc -l)" -eq 2 ] || fail "the Quick start is not two lines: $quick"
test_line=$(printf '%s\n' "$quick" | sed -n 2p | sed 's/ *#.*//; s/^ *//')
grep -qF "$test_line ||" "$top_srcdir/.ci/run" \
  || fail ".ci/run does not run the README's test line '$test_line'"
exit 0
