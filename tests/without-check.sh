#!/bin/sh
# Without Check (the unit-test framework) the distributed sources still
# configure and build the program; configure says the tests need it, and
# "make check" fails saying so instead of passing having run nothing.
. "${top_srcdir:-..}/tests/testlib.sh"

# The builds below are their own: nothing of the make that runs this
# test (its TESTS=, its job server) reaches them.
unset MAKEFLAGS MFLAGS MAKELEVEL TESTS

src="$tmp/leadwise"
rel=$(realpath --relative-to="$top_builddir" "$src")
(cd "$top_builddir" && make distdir distdir="$rel") >"$tmp/dist.log" 2>&1 \
  || { cat "$tmp/dist.log" >&2; fail "make distdir failed"; }
# pkg-config, where configure looks for Check, finds nothing.
mkdir "$tmp/no-pc"
(cd "$src" && PKG_CONFIG_LIBDIR="$tmp/no-pc" PKG_CONFIG_PATH= \
   ./configure CFLAGS="-O1" >"$tmp/conf.out" 2>&1) \
  || { tail -20 "$tmp/conf.out" >&2; fail "configure failed without Check"; }
expect_grep "Check not found: leadwise builds, but its tests need Check" "$tmp/conf.out"
(cd "$src" && make -j2 >"$tmp/make.log" 2>&1) \
  || { tail -20 "$tmp/make.log" >&2; fail "make failed without Check"; }
[ -x "$src/src/leadwise" ] || fail "no program built"
"$src/src/leadwise" --version >/dev/null || fail "the program built does not run"
(cd "$src" && make check >"$tmp/check.log" 2>&1) \
  && fail "make check passed without Check"
expect_grep "make check: the tests need Check, which configure did not find" \
  "$tmp/check.log"
exit 0
