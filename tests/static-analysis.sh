#!/bin/sh
# clang's static analyzer (scan-build) over the whole build of the
# distributed sources: the program and the unit tests.  Any report fails
# the test, listed; what it cannot see for itself is said at the line
# (an assert with a comment), never switched off.
. "${top_srcdir:-..}/tests/testlib.sh"

command -v scan-build >/dev/null 2>&1 \
  || fail "scan-build not found (Debian package clang-tools; ./bootstrap --tests installs it)"
unset MAKEFLAGS MFLAGS MAKELEVEL TESTS

src="$tmp/leadwise"
rel=$(realpath --relative-to="$top_builddir" "$src")
(cd "$top_builddir" && make distdir distdir="$rel") >"$tmp/dist.log" 2>&1 \
  || { cat "$tmp/dist.log" >&2; fail "make distdir failed"; }
cd "$src" || fail "no $src"
scan-build ./configure >"$tmp/configure.log" 2>&1 \
  || { tail -20 "$tmp/configure.log" >&2; fail "configure under scan-build failed"; }
# TESTS= builds the unit tests without running them.
{ scan-build --status-bugs -o "$tmp/reports" make -j2 all \
  && scan-build --status-bugs -o "$tmp/reports" make -j2 check TESTS=; } \
  >"$tmp/scan.log" 2>&1
rc=$?
grep ': warning: ' "$tmp/scan.log" | sort -u >"$tmp/warnings"
[ "$rc" -eq 0 ] && [ ! -s "$tmp/warnings" ] \
  || { cat "$tmp/warnings" >&2; tail -5 "$tmp/scan.log" >&2
       fail "scan-build reports problems"; }
grep -q 'No bugs found' "$tmp/scan.log" || fail "scan-build analysed nothing"
exit 0
