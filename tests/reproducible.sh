#!/bin/sh
# A reproducible build: the distributed sources, unpacked in two
# directories of different names and depths and built there with the
# same flags, give the same program, byte for byte, and it holds the
# path of neither tree; run there uninstalled, it speaks German with the
# catalogs built in the tree.
. "${top_srcdir:-..}/tests/testlib.sh"

# The builds below are their own: nothing of the make that runs this
# test (its TESTS=, its job server) reaches them.
unset MAKEFLAGS MFLAGS MAKELEVEL TESTS

one="$tmp/one/leadwise"
mkdir -p "$tmp/one"
two="$tmp/a-second-place/deeper/leadwise"
# po/'s makefile takes the directory relative to the build tree.
rel=$(realpath --relative-to="$top_builddir" "$one")
(cd "$top_builddir" && make distdir distdir="$rel") >"$tmp/dist.log" 2>&1 \
  || { cat "$tmp/dist.log" >&2; fail "make distdir failed"; }
mkdir -p "$(dirname "$two")"
cp -R "$one" "$two"
for dir in "$one" "$two"; do
  (cd "$dir" && env -u CFLAGS ./configure -q CFLAGS="-g -O2" >"$tmp/conf.log" 2>&1 \
     && make -j2 >"$tmp/make.log" 2>&1) \
    || { tail -20 "$tmp/conf.log" "$tmp/make.log" >&2; fail "the build in $dir failed"; }
done
cmp "$one/src/leadwise" "$two/src/leadwise" \
  || fail "two builds of the same sources differ"
for dir in "$one" "$two" "$tmp"; do
  strings -a "$one/src/leadwise" | grep -F "$dir" \
    && fail "the program holds the path $dir"
done
# Run from its tree, uninstalled, it finds the tree's bank and the
# catalogs built there (no LEADWISE_LOCALEDIR).
unset LEADWISE_LOCALEDIR
LC_ALL=C.UTF-8 "$two/src/leadwise" --lang de report \
  "$top_srcdir/tests/data/saas-12.answers" >"$tmp/de.txt" 2>"$tmp/err" \
  || fail "the program run in its tree failed: $(cat "$tmp/err")"
[ -s "$tmp/err" ] && fail "it said: $(cat "$tmp/err")"
grep -q 'Empfehlung' "$tmp/de.txt" || fail "--lang de in the tree is not German"
exit 0
