# testlib.sh: shared by the shell tests.  Sourced, not run.
# Gives: $LEADWISE (the program under test), a private $tmp directory
# removed on exit, and small assertions that say what went wrong.

: "${LEADWISE:?LEADWISE must name the program under test}"
: "${top_srcdir:=..}"

# Reports carry the day they are prepared on: one fixed day for every
# test, as for a reproducible build (2026-12-01).
SOURCE_DATE_EPOCH=1796083200; export SOURCE_DATE_EPOCH

tmp=$(mktemp -d "${TMPDIR:-/tmp}/leadwise-test.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT

fail ()
{
  echo "FAIL: $*" >&2
  exit 1
}

# expect_status WANT CMD...: run CMD, fail unless it exits with WANT.
expect_status ()
{
  want=$1; shift
  "$@"
  got=$?
  [ "$got" -eq "$want" ] || fail "'$*' exited $got, expected $want"
}

# expect_diff EXPECTED ACTUAL: fail with a diff unless the files match.
expect_diff ()
{
  diff -u "$1" "$2" >&2 || fail "output differs from what was expected"
}

# expect_grep PATTERN FILE: fail unless FILE has a line matching PATTERN.
expect_grep ()
{
  grep -q -e "$1" "$2" || { cat "$2" >&2; fail "no line matching '$1' in $2"; }
}

# use_catalogs: point LEADWISE_LOCALEDIR at the catalogs compiled in po/
# (the program is not installed), and fail unless the locales the
# translation tests use exist (./bootstrap --tests generates them).
use_catalogs ()
{
  for lang in de es; do
    mo=""
    for dir in "$top_builddir/po" "$top_srcdir/po"; do
      [ -f "$dir/$lang.gmo" ] && { mo="$dir/$lang.gmo"; break; }
    done
    [ -n "$mo" ] || fail "no compiled catalog $lang.gmo in po/"
    mkdir -p "$tmp/locale/$lang/LC_MESSAGES"
    cp "$mo" "$tmp/locale/$lang/LC_MESSAGES/leadwise.mo"
  done
  LEADWISE_LOCALEDIR="$tmp/locale"; export LEADWISE_LOCALEDIR
  for loc in de_DE es_ES en_US; do
    locale -a 2>/dev/null | grep -qx "$loc.utf8" \
      || fail "the locale $loc.UTF-8 is missing (./bootstrap --tests generates it)"
  done
}

# build_faultshim: compile tests/faultshim.c into $tmp/faultshim.so (see
# that file), or fail.  Preloading it into a sanitizer build needs
# ASAN_OPTIONS=verify_asan_link_order=0, which this exports.
build_faultshim ()
{
  ${CC:-cc} -shared -fPIC -O1 -o "$tmp/faultshim.so" \
    "$top_srcdir/tests/faultshim.c" -ldl \
    || fail "cannot build tests/faultshim.c (CC=${CC:-cc})"
  ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0"
  export ASAN_OPTIONS
}

# expect_clean_text FILE WHAT: fail unless FILE (messages of WHAT) is
# valid UTF-8 without control characters other than tab and newline.
expect_clean_text ()
{
  iconv -f UTF-8 -t UTF-8 "$1" >/dev/null 2>&1 \
    || fail "$2: the message is not valid UTF-8"
  if LC_ALL=C grep -n "$(printf '[\001-\010\013-\037\177]')" "$1" >&2; then
    fail "$2: the message copies control characters"
  fi
}

# expect_golden GOLDEN ACTUAL: fail unless ACTUAL matches the golden file;
# with LEADWISE_UPDATE_GOLDEN set, make ACTUAL the golden file instead.
expect_golden ()
{
  if [ -n "${LEADWISE_UPDATE_GOLDEN:-}" ]; then
    cp "$2" "$1"
  else
    [ -f "$1" ] || fail "no golden file $1"
    expect_diff "$1" "$2"
  fi
}

# one_byte_chars FILE: FILE with each character of several bytes as one
# byte, to count columns with tools that count bytes (mawk's length).
one_byte_chars () { LC_ALL=C sed 's/[\xc0-\xf7][\x80-\xbf]*/x/g' "$1"; }
