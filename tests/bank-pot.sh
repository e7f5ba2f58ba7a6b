#!/bin/sh
# The bank's texts are in po/: po/bank.pot is what "leadwise --bank-pot"
# extracts from data/leadwise.bank now (run "make update-po" after
# changing the bank), and it is a valid PO template.
. "${top_srcdir:-..}/tests/testlib.sh"

(cd "$top_srcdir" && "$LEADWISE" --bank-pot data/leadwise.bank) >"$tmp/bank.pot" \
  || fail "--bank-pot failed"
expect_diff "$top_srcdir/po/bank.pot" "$tmp/bank.pot"
grep -q '^msgid "What does the company sell?"$' "$tmp/bank.pot" \
  || fail "a question's prompt is missing from the template"
grep -q '^#: data/leadwise.bank:[0-9]' "$tmp/bank.pot" \
  || fail "no source references in the template"
if command -v msgfmt >/dev/null 2>&1; then
  msgfmt --check-format -o /dev/null "$tmp/bank.pot" || fail "invalid template"
fi
grep -q '^po/bank.pot$' "$top_srcdir/po/POTFILES.in" \
  || fail "po/POTFILES.in does not list po/bank.pot"
exit 0
