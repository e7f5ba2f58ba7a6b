#!/bin/sh
# bootstrap, run by someone who is not root: with packages missing it
# prints the one apt-get line and stops, asking for the build's packages
# alone (no SSH server) unless --tests asks for the test tools too; with
# nothing missing it regenerates the build system and configures,
# passing its other arguments on.  dpkg-query, locale, autoreconf and
# configure are stand-ins, so nothing is installed or built.
. "${top_srcdir:-..}/tests/testlib.sh"

command -v setpriv >/dev/null 2>&1 || fail "setpriv not found (util-linux)"
chmod 755 "$tmp"
mkdir "$tmp/bin" "$tmp/tree"
cp "$top_srcdir/bootstrap" "$tmp/tree/"
# A configure that says how it was called.
printf '#!/bin/sh\necho "configure $*" >>"%s/ran.log"\n' "$tmp" >"$tmp/tree/configure"
printf '#!/bin/sh\necho "autoreconf $*" >>"%s/ran.log"\n' "$tmp" >"$tmp/bin/autoreconf"
printf '#!/bin/sh\nprintf "de_DE.utf8\\nes_ES.utf8\\nen_US.utf8\\n"\n' >"$tmp/bin/locale"
chmod 755 "$tmp/tree/configure" "$tmp/bin/autoreconf" "$tmp/bin/locale"
chmod -R a+rwX "$tmp/tree"
: >"$tmp/ran.log"; chmod 666 "$tmp/ran.log"

as_nobody ()   # INSTALLED (yes or no) ARGUMENT...: run bootstrap as nobody
{
  state=$1; shift
  if [ "$state" = yes ]; then
    printf '#!/bin/sh\necho "install ok installed"\n' >"$tmp/bin/dpkg-query"
  else
    printf '#!/bin/sh\nexit 1\n' >"$tmp/bin/dpkg-query"
  fi
  chmod 755 "$tmp/bin/dpkg-query"
  setpriv --reuid=65534 --regid=65534 --clear-groups \
    env PATH="$tmp/bin:$PATH" HOME=/nonexistent sh "$tmp/tree/bootstrap" "$@"
}

# Everything missing: the one line, with the build's packages only.
as_nobody no >"$tmp/out" 2>"$tmp/err" && fail "bootstrap went on with packages missing"
expect_grep '^  apt-get update && apt-get install -y .*libcdk5-dev' "$tmp/err"
grep -q 'openssh-server\|chromium\| check' "$tmp/err" \
  && fail "building asks for the test tools: $(cat "$tmp/err")"
[ "$(grep -c 'apt-get install' "$tmp/err")" -eq 1 ] || fail "not one apt-get line"
[ -s "$tmp/ran.log" ] && fail "it configured with packages missing"
# --tests: the test tools too.
as_nobody no --tests >"$tmp/out" 2>"$tmp/err" && fail "bootstrap --tests went on"
expect_grep '^  apt-get update && apt-get install -y .*openssh-server' "$tmp/err"
expect_grep '^  apt-get update && apt-get install -y .* check ' "$tmp/err"

# Nothing missing: no root needed, and the build system regenerated and
# configured with the arguments that are not bootstrap's.
as_nobody yes --tests --enable-werror >"$tmp/out" 2>"$tmp/err" \
  || fail "bootstrap failed with nothing missing: $(cat "$tmp/err")"
expect_grep '^autoreconf -fi$' "$tmp/ran.log"
expect_grep '^configure --enable-werror$' "$tmp/ran.log"
exit 0
