/* screen.h: the curses side of leadwise: start and end CDK, and show a
   boxed notice.  Everything that includes <cdk.h> lives under src/tui;
   nothing here decides what to advise. */
#ifndef LEADWISE_SCREEN_H
#define LEADWISE_SCREEN_H

#include <stdbool.h>

/* Whether standard input and output are a terminal we can draw on. */
bool screen_available (void);

/* Show MSGIDS (N of them, at most 8, untranslated: they are translated
   here for the screen) centred in a box and wait for any key.
   Returns 0, or -1 when the terminal is too small or cannot be used. */
int screen_notice (const char *const *msgids, int n);

#endif
