/* state.h: where the wizard keeps the session it is working on, so that
   it can be resumed: $XDG_STATE_HOME/leadwise (an absolute
   XDG_STATE_HOME only), else ~/.local/state/leadwise, private to the
   user.  Finds and creates directories; writes no answers itself. */
#ifndef LEADWISE_STATE_H
#define LEADWISE_STATE_H

#include <stdbool.h>
#include <stddef.h>

#include "core/bank.h"
#include "core/diag.h"
#include "core/session.h"

/* The state directory, created (mode 0700) if missing; NULL with the
   reason in D when it cannot be.  Free the result. */
char *state_dir (struct diag *d);

/* The file of the session in progress, in the state directory; NULL
   only without a home.  When the directory cannot be made, the reason is
   in D and the file's name is still returned. */
char *state_session_path (struct diag *d);

/* Save SESSION to PATH atomically, stamping meta.started (once),
   meta.updated and meta.status (STATUS: "in_progress" or "finished").
   Returns 0, or an exit status with the reason in D. */
int state_save (struct session *session, const struct bank *bank,
                const char *path, const char *status, struct diag *d);

/* Saving failed for good: write SESSION to OUT as an answers file, with
   a word on ERR saying what it is, so that nothing typed is lost. */
void state_print_unsaved (const struct session *session,
                          const struct bank *bank, FILE *out, FILE *err);

/* Move the session file PATH aside, to PATH.TIMESTAMP (or
   PATH.TIMESTAMP.2, .3 ... where that exists: a set-aside never replaces
   another file), so that a new session does not overwrite it.  Returns
   the new name (free it), or NULL when it could not be moved. */
char *state_set_aside (const char *path);

/* Whether PATH holds an unfinished session to offer for resuming: one
   that reads, has answers, and is not marked finished; it is loaded into
   OLD (empty).  A finished or unreadable one is moved aside instead
   (never overwritten), its new name in *ASIDE (free it; NULL when none),
   and problems reading it are in D. */
bool state_find_unfinished (const struct bank *bank, const char *path,
                            struct session *old, char **aside,
                            struct diag *d);

/* The current time as an ISO 8601 UTC string, for meta lines. */
void state_timestamp (char *buf, size_t size);

#endif
