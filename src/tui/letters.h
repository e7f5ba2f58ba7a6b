/* letters.h: real letters on a narrow curses.

   Debian's CDK is linked with the narrow ncurses, which counts a byte as
   a column: the two bytes of a UTF-8 "ü" would be two columns to it and
   one to the terminal, and every border after them would be out of
   place.  So each letter outside ASCII that the screen shows gets a byte
   of its own, 0x80 to 0xff, which ncurses (told by use_legacy_coding to
   pass such bytes through) counts as one column, like the terminal; on
   the way to the terminal, a thread puts the letter's UTF-8 back in the
   byte's place.  Up to 128 letters a session; others, and characters
   two columns wide or none, are transliterated as before.

   Without a UTF-8 locale, or when standard error is not the terminal
   (ncurses then takes the terminal's modes from it), nothing changes:
   letters are transliterated.  Nothing here decides or draws. */
#ifndef LEADWISE_LETTERS_H
#define LEADWISE_LETTERS_H

#include <stdbool.h>
#include <stdint.h>

/* Before initscr: route the screen's output through the translation,
   where the terminal can take it.  Returns whether real letters are on. */
bool letters_begin (void);

/* After endwin: everything drawn has reached the terminal, and standard
   output is the terminal again. */
void letters_end (void);

/* The descriptor that writes to the terminal (standard output, or its
   copy while the output goes through the translation). */
int letters_tty (void);

/* The byte that shows code point CP, or 0 when it has none (letters
   off, the table full, a character not one column wide). */
unsigned char letters_byte (uint32_t cp);

#endif
