#!/bin/sh
# The full-screen wizard in German and in Spanish, driven in tmux at
# 80x24: translated text on every screen, with its real letters in a
# UTF-8 locale and transliterated in the C locale (never M- garbage nor a
# byte the terminal cannot show), while the saved answers keep UTF-8.  The language chosen at run time:
# --lang in the C locale, the welcome's Language/Sprache/Idioma button,
# the menu, and F2 on the workshop name screen.
. "${top_srcdir:-..}/tests/testlib.sh"
. "${top_srcdir:-..}/tests/tmuxlib.sh"

use_catalogs
state="$tmp/state/leadwise/session.answers"

# start LOCALE ARGS...: the wizard in a fresh 80x24 window.
start ()
{
  loc=$1; shift
  rm -rf "$tmp/state"
  tmux_start 80 24 "XDG_STATE_HOME='$tmp/state' LEADWISE_LOCALEDIR='$tmp/locale' LC_ALL=$loc TERM=xterm '$LEADWISE' $*"
}

# Nothing on the screen is garbage: valid UTF-8 (printable ASCII only in
# the C locale), no "M-CM-<" (how a narrow curses shows the bytes of a
# UTF-8 character), no "?" put for a letter.
clean_screen ()
{
  tmux_screen >"$tmp/screen"
  if [ "$loc" = C ]; then
    LC_ALL=C grep -n '[^ -~]' "$tmp/screen" >&2 \
      && fail "bytes beyond ASCII on a C-locale screen ($1)"
  fi
  iconv -f UTF-8 -t UTF-8 "$tmp/screen" >/dev/null \
    || fail "the screen is not UTF-8 ($1)"
  if grep -n 'M-.M-' "$tmp/screen" >&2 \
     || grep -n '[[:alpha:]]?[[:alpha:]][[:alpha:]]' "$tmp/screen" >&2; then
    fail "letters the terminal cannot show are on the screen ($1)"
  fi
}

# German, from the locale: welcome, questions, help, review and results.
start de_DE.UTF-8
tmux_wait "Beginnen Module Language/Sprache/Idioma Beenden"
tmux_wait "Etwa 20 Fragen"
clean_screen "welcome"
tmux_keys Enter
tmux_wait "Wie heißt das Unternehmen?"
tmux_wait "Enter bestätigen  Esc zurück  Tab weiter  F1 Hilfe"
clean_screen "first question"
tmux_keys 'Müller & Söhne' Enter
tmux_wait "Was verkauft das Unternehmen?"
tmux_wait "Technologie trägt das Geschäft dahinter"
clean_screen "a choice"
tmux_keys 2
tmux_wait "Wie viele Menschen arbeiten im Unternehmen"
tmux_keys '1.200' Enter                     # grouped the German way
tmux_wait "Wie komplex sind die internen Systeme"
tmux_keys '?'
tmux_wait "Denken Sie an ERP- und CRM-Systeme"
clean_screen "help"
tmux_keys '?' 
tmux_keys m
tmux_wait "Alle Antworten durchsehen"
tmux_keys Down Down Down Down Down Down Down Enter   # the last: the language
tmux_wait "English"
tmux_keys Up Up Enter                       # Deutsch -> English
tmux_wait "How complex are the company's internal systems"
tmux_keys m
tmux_wait "Review all answers"
tmux_keys Down Down Down Down Down Down Down Enter
tmux_wait "Deutsch"
tmux_keys Down Enter                        # English -> Deutsch
tmux_wait "Wie komplex sind die internen Systeme"
tmux_keys m
tmux_wait "Alle Antworten durchsehen"
tmux_keys Down Down Down Down Down Enter         # the review
tmux_wait "Müller & Söhne"
tmux_wait "1.200"                           # the locale's grouping
clean_screen "review"
tmux_keys Enter
tmux_wait "Empfehlung"
clean_screen "results"
expect_grep '^company.name = Müller & Söhne$' "$state"
expect_grep '^company.employees = 1200$' "$state"
expect_grep '^company.offering = service$' "$state"
tmux_stop

# Spanish, with --lang in the C locale (as over SSH).
start C --lang es
tmux_wait "Empezar Modulos Language/Sprache/Idioma Salir"
clean_screen "Spanish welcome"
tmux_keys Enter
tmux_wait "Como se llama la empresa?"
tmux_screen | grep -q "?Como" && fail "the Spanish opening mark became a ?"
tmux_wait "Intro confirmar"
clean_screen "Spanish question"
tmux_keys 'Compañía Ñandú' Enter
tmux_wait "Que vende la empresa?"
clean_screen "Spanish choice"
tmux_keys q
tmux_wait "Salir ahora?"
tmux_keys Enter
tmux_wait "EXIT=0"
expect_grep '^company.name = Compañía Ñandú$' "$state"
tmux_stop

# English, switched to German on the welcome screen.
start C.UTF-8
tmux_wait "Start Modules Language/Sprache/Idioma Quit"
tmux_keys Right Right Enter
tmux_wait "Español"
tmux_keys Down Enter
tmux_wait "Beginnen Module Language/Sprache/Idioma Beenden"
tmux_keys Enter
tmux_wait "Wie heißt das Unternehmen?"
tmux_stop

# The workshop name screen: F2 chooses the language.
mkdir "$tmp/room"
start C.UTF-8 --workshop "'$tmp/room'"
tmux_wait "Your name, or your team's name?"
tmux_wait "F2 Language/Sprache/Idioma"
tmux_keys 'Equipo' F2
tmux_wait "Español"
tmux_keys Down Down Down Enter
tmux_wait "¿Su nombre o el de su equipo?"
tmux_wait "Intro confirmar  F1 ayuda  F10 salir  F2 Language/Sprache/Idioma"
clean_screen "Spanish name screen"
tmux_keys ' Uno' Enter                      # the name typed before is kept
tmux_wait "Elija un PIN"
ls "$tmp/room"/equipo-uno-*.answers >/dev/null 2>&1 \
  || [ -n "$(ls -A "$tmp/room" | grep '^\.equipo-uno-')" ] \
  || fail "the name typed before choosing the language was lost"
tmux_stop

# A language whose catalog is missing: the menu says so, and the screen
# stays in English.
mkdir "$tmp/no-catalogs"
tmux_start 80 24 "XDG_STATE_HOME='$tmp/state-none' LEADWISE_LOCALEDIR='$tmp/no-catalogs' LC_ALL=C.UTF-8 TERM=xterm '$LEADWISE'"
tmux_wait "Start Modules Language/Sprache/Idioma Quit"
tmux_keys Right Right Enter
tmux_wait "Español"
tmux_keys Down Enter
tmux_wait "translation is not installed"
tmux_keys Enter
tmux_wait "Start Modules Language/Sprache/Idioma Quit"
exit 0
