#!/bin/sh
# Every translatable string of the sources is translated in every
# language of po/LINGUAS: none missing, none fuzzy, each catalog valid.
. "${top_srcdir:-..}/tests/testlib.sh"

for tool in xgettext msgmerge msgfmt; do
  command -v $tool >/dev/null 2>&1 \
    || { echo "SKIP: $tool not found (Debian package gettext)"; exit 77; }
done

po="$top_srcdir/po"
options=$(sed -n 's/^XGETTEXT_OPTIONS *= *//p' "$po/Makevars")
files=$(grep -v '^#' "$po/POTFILES.in" | grep -v '^ *$')
[ -n "$files" ] || fail "po/POTFILES.in lists no files"
# shellcheck disable=SC2086
(cd "$top_srcdir" && xgettext $options -o "$tmp/leadwise.pot" $files) \
  || fail "xgettext failed"

for lang in $(grep -v '^#' "$po/LINGUAS"); do
  msgfmt -c --check -o /dev/null "$po/$lang.po" \
    || fail "$lang.po does not pass msgfmt --check"
  msgmerge -q -o "$tmp/$lang.po" "$po/$lang.po" "$tmp/leadwise.pot" \
    || fail "msgmerge failed for $lang"
  msgfmt --statistics -o /dev/null "$tmp/$lang.po" 2>"$tmp/$lang.stats"
  if grep -q -e 'untranslated' -e 'fuzzy' "$tmp/$lang.stats"; then
    cat "$tmp/$lang.stats" >&2
    msgattrib --untranslated --only-fuzzy "$tmp/$lang.po" >&2 2>/dev/null
    msgattrib --untranslated "$tmp/$lang.po" >&2
    fail "$lang.po is not complete"
  fi
done
exit 0
