#!/bin/sh
# The bash completion: commands, each command's options, formats (csv
# for summary alone), languages, room's actions, *.answers files and
# directories where a command takes them; it knows every option the
# parser takes; "make install" puts it where bash-completion looks.
. "${top_srcdir:-..}/tests/testlib.sh"

command -v bash >/dev/null 2>&1 || fail "bash not found"
script="$top_srcdir/completion/leadwise.bash"
mkdir "$tmp/work" "$tmp/work/room"
: >"$tmp/work/a.answers"
: >"$tmp/work/notes.txt"
: >"$tmp/work/my.bank"

complete_line ()   # WORDS...: what Tab offers after them, sorted
{
  (cd "$tmp/work" && bash -c '
    . "$1"; shift
    COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 ))
    _leadwise
    printf "%s\n" "${COMPREPLY[@]}" | sort' complete "$script" "$@")
}
expect_words ()    # WANT WORDS...: Tab after WORDS offers WANT (spaces)
{
  want=$1; shift
  got=$(complete_line "$@" | tr '\n' ' ' | sed 's/ $//')
  [ "$got" = "$want" ] || fail "'$*' completes to '$got', not '$want'"
}

expect_words "report" leadwise rep
expect_words "compare report room summary" leadwise ""
expect_words "csv" leadwise summary --format c
expect_words "html json markdown text" leadwise report --format ""
expect_words "json text" leadwise room status --format ""
expect_words "de en es" leadwise report --lang ""
expect_words "--lang" leadwise --la
expect_words "--distributions" leadwise summary --dis
expect_words "--paged" leadwise report --pa
expect_words "archive close open status" leadwise room ""
expect_words "room" leadwise room archive ro
expect_words "a.answers room" leadwise report ""
expect_words "a.answers room" leadwise compare --label Ana ""
expect_words "room" leadwise summary ""
expect_words "my.bank room" leadwise --check-bank ""
expect_words "key pin" leadwise --workshop room --sign-in ""

# Every option of the parser is offered somewhere.
{ sed -n 's/^ *{ "\([a-z][a-z-]*\)", [a-z_]*argument,.*/--\1/p' \
    "$top_srcdir/src/core/cli.c"
  grep -o '"--[a-z][a-z-]*"' "$top_srcdir/src/core/cli.c" | tr -d '"'
} | sort -u >"$tmp/options"
for opt in $(cat "$tmp/options"); do
  grep -q -e "$opt\\b" "$script" || fail "the completion does not know $opt"
done

# Installed where bash-completion looks, under the prefix.
(unset MAKEFLAGS MFLAGS MAKELEVEL; cd "$top_builddir" \
   && make install-bashcompletionDATA DESTDIR="$tmp/stage") >"$tmp/install.log" 2>&1 \
  || { cat "$tmp/install.log" >&2; fail "installing the completion failed"; }
found=$(find "$tmp/stage" -type f -path '*/bash-completion/completions/leadwise')
[ -n "$found" ] || fail "no completion installed: $(find "$tmp/stage" -type f)"
cmp -s "$found" "$script" || fail "the installed completion is not the script"
exit 0
