#!/bin/sh
# Real letters on the narrow curses (tui/letters.c): in a UTF-8 locale
# German and Spanish show as written ("Geschäft", "¿Quién"), a typed
# "Zürich" shows as typed, and every border stays in its column, at
# 80x24, 60x18 and 40x12, with and without colour, as the highlight
# moves and under a pop-up; the options of a list wrap whole in every
# language and size.  Where the terminal cannot take them (the C locale, or standard
# error not the terminal, which ncurses then needs) letters are
# transliterated, and the Spanish opening marks are left out rather than
# shown as "?".
. "${top_srcdir:-..}/tests/testlib.sh"
. "${top_srcdir:-..}/tests/tmuxlib.sh"

use_catalogs

# start COLS ROWS LOCALE EXTRA-ENV ARGS: the wizard, fresh.
start ()
{
  rm -rf "$tmp/state"
  tmux_start "$1" "$2" "XDG_STATE_HOME='$tmp/state' LEADWISE_LOCALEDIR='$tmp/locale' LC_ALL=$3 TERM=xterm $4 '$LEADWISE' $5"
}

# flat: the screen's text as one line, the marks and indents of the
# options out, so that a label wrapped over lines reads whole.
flat ()
{
  tmux_screen | sed 's/^ *([ •]) //; s/^ *\[[ x]\] //; s/^  *//' \
    | tr '\n' ' ' | tr -s ' '
}

# whole LABEL WHAT: LABEL is on the screen, wrapped perhaps, never cut.
whole ()
{
  flat | grep -q -F -e "$1" \
    || { tmux_screen >&2; fail "the option '$1' is cut ($2)"; }
}

for size in "80 24" "60 18" "40 12"; do
  for colour in "" "NO_COLOR=1"; do
    set -- $size
    what="$1x$2 ${colour:-colour}"
    start "$1" "$2" de_DE.UTF-8 "$colour" ""
    tmux_wait "Beginnen"
    tmux_screen >"$tmp/screen"
    if [ "$1" -ge 60 ]; then
      tmux_box_aligned "$tmp/screen" "the welcome, $what"
    else
      # Too narrow for its buttons in a box: a screen whose buttons wrap.
      whole "[Beginnen] Module Language/Sprache/Idioma Beenden" "$what"
    fi
    tmux_keys Enter
    tmux_wait "Wie heißt das"
    tmux_keys 'Zürich Straße' Enter
    tmux_wait "Was verkauft"
    whole "Ein Technologieprodukt (Software as a Service, Fintech, App, Plattform)" "$what"
    whole "Dienstleistungen oder Betrieb; Technologie trägt das Geschäft dahinter" "$what"
    tmux_keys End          # the last option in sight (scrolled at 40x12)
    tmux_wait "Dienstleistungsgeschäft"
    whole "Beides: ein Produkt und ein nennenswertes Dienstleistungsgeschäft" "$what"
    # The highlight moves over lines with letters of two bytes.
    tmux_keys Home Down
    tmux_wait "Geschäft"
    tmux_keys Escape
    tmux_wait "Zürich Straße"
    tmux_screen >"$tmp/screen"
    tmux_box_aligned "$tmp/screen" "the field, $what"
    # A pop-up over them.
    tmux_keys F10
    tmux_wait "Jetzt beenden?"
    tmux_screen >"$tmp/screen"
    tmux_box_aligned "$tmp/screen" "the quit box, $what"
    tmux_keys Enter
    tmux_wait "EXIT=0"
    tmux_stop
    expect_grep '^company.name = Zürich Straße$' \
      "$tmp/state/leadwise/session.answers"
  done
done

# Spanish and English options whole at every size (the Spanish ones
# lost their ")" at 80 columns).
for size in "80 24" "60 18" "40 12"; do
  set -- $size
  start "$1" "$2" es_ES.UTF-8 "" ""
  tmux_wait "Empezar"
  tmux_keys Enter 'x' Enter
  tmux_wait "vende la empresa"
  whole "Un producto tecnológico (software como servicio, fintech, app, plataforma)" "es $1x$2"
  whole "Servicios u operaciones; la tecnología sostiene el negocio que hay detrás" "es $1x$2"
  tmux_stop
  start "$1" "$2" C.UTF-8 "" ""
  tmux_wait "Start"
  tmux_keys Enter 'x' Enter
  tmux_wait "What does the company sell?"
  whole "A technology product (software as a service, fintech, an app, a platform)" "en $1x$2"
  whole "Services or operations; technology runs the business behind them" "en $1x$2"
  tmux_stop
done

# Letters of two bytes on an 80-column list.
start 80 24 de_DE.UTF-8 "" ""
tmux_wait "Beginnen"
tmux_keys Enter 'x' Enter
tmux_wait "Geschäft dahinter"
tmux_stop

# Spanish: the opening marks as written.
start 80 24 es_ES.UTF-8 "" ""
tmux_wait "Empezar"
tmux_keys Enter
tmux_wait "¿Cómo se llama la empresa?"
tmux_stop

# Standard error not the terminal: transliterated, nothing beyond ASCII
# sent, "¿" left out.
start 80 24 es_ES.UTF-8 "" "2>'$tmp/err'"
tmux_wait "Empezar"
tmux_keys Enter
tmux_wait "Como se llama la empresa?"
tmux_screen >"$tmp/screen"
LC_ALL=C grep -n '[^ -~]' "$tmp/screen" >&2 && fail "bytes beyond ASCII"
grep -q '?Como' "$tmp/screen" && fail "the opening mark became a ?"
tmux_stop

# The C locale (as over SSH without LANG) with --lang de: the terminal
# said nothing of UTF-8, so the screen keeps to ASCII.
start 80 24 C "" "--lang de"
tmux_wait "Beginnen"
tmux_keys Enter
tmux_wait "Wie heisst das Unternehmen?"
tmux_screen >"$tmp/screen"
LC_ALL=C grep -n '[^ -~]' "$tmp/screen" >&2 && fail "bytes beyond ASCII in C"
exit 0
