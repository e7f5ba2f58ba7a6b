/* plain.h: the line-by-line wizard, for pipes, screen readers, TERM=dumb
   and --plain: numbered options, the words back, skip, help and quit,
   and the report at the end.  Curses-free. */
#ifndef LEADWISE_PLAIN_H
#define LEADWISE_PLAIN_H

#include <stdbool.h>
#include <stdio.h>

#include "core/bank.h"
#include "core/session.h"
#include "core/owner.h"
#include "core/state.h"

/* Ask the questions of BANK on OUT, reading answers from IN, starting
   from SESSION (resumed or pre-filled) and saving it to SAVE_PATH after
   every answer.  When saving fails, another file is asked for (in a
   KIOSK, only whether to try again), and the answers are printed as a
   last resort.  Returns an exit status. */
int plain_run (const struct bank *bank, struct session *session,
               const char *save_path, bool kiosk, FILE *in, FILE *out);

/* Stop (saving) after SECONDS without an answer typed; 0: never.  Also
   makes SIGINT, SIGTERM and SIGHUP end the session as the end of the
   input does, saved. */
void plain_set_idle (unsigned seconds);

/* Whether such a signal came: the program then exits 130. */
bool plain_stopped (void);

/* Offer a person coming back their session OLD (with answers): see its
   results (shown here, and the offer made again), change it (or go on
   with it), or start again.  The end of the input means quit. */
enum state_return plain_offer_return (FILE *in, FILE *out,
                                      const struct bank *bank,
                                      const struct session *old);

/* Ask a workshop participant's name until a valid one is given; NULL at
   the end of the input.  ERROR, if not NULL, is said first. */
char *plain_ask_name (FILE *in, FILE *out, const char *error);

/* Sign the participant NAME in to the answers at PATH, asking on OUT
   for a new PIN or the PIN (never echoed); see owner_sign_in. */
enum owner_result plain_sign_in (FILE *in, FILE *out, const char *path,
                                 const char *name, enum owner_way way,
                                 const char **why, struct diag *d);

/* A workshop participant's team, which they may leave empty: the
   team's name, or NULL. */
char *plain_ask_team (FILE *in, FILE *out);

#endif
