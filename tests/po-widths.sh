#!/bin/sh
# Translations fit where they are shown: a translator's comment that says
# "at most N characters" or "under N columns" is a limit the translation
# (each of its lines) keeps, in every language of po/LINGUAS.
. "${top_srcdir:-..}/tests/testlib.sh"

command -v python3 >/dev/null 2>&1 \
  || { echo "SKIP: python3 not found (Debian package python3)"; exit 77; }

for lang in $(grep -v '^#' "$top_srcdir/po/LINGUAS"); do
  python3 - "$top_srcdir/po/$lang.po" <<'PY' || fail "$lang.po has translations too long for their place"
import re, sys
path = sys.argv[1]
bad = 0
checked = 0
for entry in open(path, encoding="utf-8").read().split("\n\n"):
    notes = " ".join(l[3:] for l in entry.split("\n") if l.startswith("#."))
    limit = re.search(r"(?:at most|under) (\d+) (?:characters|columns)", notes)
    m = re.search(r'^msgstr ((?:".*"\n?)+)', entry, re.M)
    if not limit or not m or entry.startswith("#~"):
        continue
    text = "".join(eval(x) for x in re.findall(r'"(?:[^"\\]|\\.)*"', m.group(1)))
    checked += 1
    for line in text.split("\n"):
        if len(line) > int(limit.group(1)):
            print("%s: %d > %s: %s" % (path, len(line), limit.group(1), line))
            bad += 1
if checked < 20:
    print("%s: only %d entries with a width limit" % (path, checked))
    bad += 1
sys.exit(1 if bad else 0)
PY
done
exit 0
