/* terminfo.h: asking terminfo about the terminal, kept apart because
   <term.h> defines macros (lines, columns ...) that clash with ordinary
   names. */
#ifndef LEADWISE_TERMINFO_H
#define LEADWISE_TERMINFO_H

#include <stdbool.h>

/* Whether the terminal type in TERM is known on this machine. */
bool screen_term_known (void);

/* After initscr: runs of one character go out one by one. */
void screen_term_no_repeat (void);

#endif
