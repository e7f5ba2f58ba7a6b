#!/bin/sh
# On a terminal, leadwise (without the wizard yet) shows one CDK screen
# saying so, and quits on any key with status 0.  In a UTF-8 locale the
# German text reaches the screen readable, never as "M-" bytes.
. "${top_srcdir:-..}/tests/testlib.sh"
. "${top_srcdir:-..}/tests/tmuxlib.sh"

tmux_start 80 24 "TERM=xterm '$LEADWISE'"
tmux_wait "not available in this version yet"
tmux_wait "Press any key to quit."
tmux_keys x
tmux_wait "EXIT=0"

mo="$top_builddir/po/de.gmo"
[ -f "$mo" ] || mo="$top_srcdir/po/de.gmo"
mkdir -p "$tmp/locale/de/LC_MESSAGES"
cp "$mo" "$tmp/locale/de/LC_MESSAGES/leadwise.mo"
tmux_start 80 24 "TERM=xterm LEADWISE_LOCALEDIR='$tmp/locale' LC_ALL=C.UTF-8 LANGUAGE=de '$LEADWISE'"
tmux_wait "noch nicht verf"
tmux_screen >"$tmp/screen"
grep -q 'M-' "$tmp/screen" && fail "mangled bytes on screen: $(cat "$tmp/screen")"
expect_grep "nicht verfugbar" "$tmp/screen"
tmux_keys Enter
tmux_wait "EXIT=0"
exit 0
