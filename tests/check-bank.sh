#!/bin/sh
# --check-bank: a one-line summary for a good bank; every problem with
# FILE:LINE and exit 65 for a bad one; 66 for a missing one.
. "${top_srcdir:-..}/tests/testlib.sh"

bank="$top_srcdir/data/leadwise.bank"
expect_status 0 "$LEADWISE" --check-bank "$bank" >"$tmp/out"
echo "$bank: 7 sections, 54 questions" >"$tmp/want"
expect_diff "$tmp/want" "$tmp/out"

cat >"$tmp/bad.bank" <<'EOT'
Format: 1
Section: s
_Title: S
Question: a
Type: choice
_Prompt: A?
Option: x
_Label: X
Weight: cto=200
Option:
Question: a
Type: text
Colour: blue
Question: b
_Prompt: B?
When: later = x
EOT
expect_status 65 "$LEADWISE" --check-bank "$tmp/bad.bank" >"$tmp/out" 2>"$tmp/err"
cat >"$tmp/want" <<EOT
leadwise: $tmp/bad.bank:9: weight '200' is out of range (-100 to 100)
leadwise: $tmp/bad.bank:10: field 'Option' has no value
leadwise: $tmp/bad.bank:4: question 'a' needs at least two options
leadwise: $tmp/bad.bank:11: duplicate question id 'a'
leadwise: $tmp/bad.bank:13: unknown field 'Colour'
leadwise: $tmp/bad.bank:11: question 'a' has no _Prompt
leadwise: $tmp/bad.bank:16: condition names 'later', which is not a question defined before this one
EOT
expect_diff "$tmp/want" "$tmp/err"
[ -s "$tmp/out" ] && fail "a summary was printed for a bad bank"

# Modules: their questions carry the section's id, a module is not
# repeated, Module is yes or no; a scale's middle belongs to scales.
cat >"$tmp/mod.bank" <<'EOT'
Format: 1
Section: core
_Title: Core
Question: core.a
Type: text
_Prompt: A?
Section: extra
Module: yes
_About: More.
Question: extra.b
Type: scale
_Prompt: B?
_Mid: Halfway
Question: other.c
Type: text
_Prompt: C?
_Mid: Not a scale
Section: rep
Module: yes
Repeat: item
Question: item.N.d
Type: text
_Prompt: D?
Section: odd
Module: maybe
Question: odd.e
Type: text
_Prompt: E?
EOT
expect_status 65 "$LEADWISE" --check-bank "$tmp/mod.bank" 2>"$tmp/err"
cat >"$tmp/want" <<EOT
leadwise: $tmp/mod.bank:14: 'other.c' is in Module 'extra', so its id starts with 'extra.'
leadwise: $tmp/mod.bank:14: _Low, _Mid and _High belong to scale questions
leadwise: $tmp/mod.bank:21: 'item.N.d' is in Module 'rep', so its id starts with 'rep.'
leadwise: $tmp/mod.bank:18: section 'rep' cannot be both a Module and Repeated
leadwise: $tmp/mod.bank:25: Module 'maybe': write yes or no
EOT
expect_diff "$tmp/want" "$tmp/err"

# A bad bank stops a report too.
expect_status 65 "$LEADWISE" report --bank "$tmp/bad.bank" \
  "$top_srcdir/tests/data/saas-12.answers" 2>/dev/null
expect_status 66 "$LEADWISE" --check-bank "$tmp/missing.bank" 2>"$tmp/err"
expect_grep "^leadwise: $tmp/missing.bank: No such file or directory$" "$tmp/err"
exit 0
