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
   meta.updated and meta.status (STATUS: "in_progress" or "finished":
   the end of the questions reached once; seeing the results is not
   finishing).
   Returns 0, or an exit status with the reason in D. */
int state_save (struct session *session, const struct bank *bank,
                const char *path, const char *status, struct diag *d);

/* The meta.status of a session FINISHED or not. */
const char *state_status (bool finished);

/* Whether a save of SESSION would keep nothing new: no answer changed
   since the last one (DIRTY false) and its status already says
   FINISHED or not.  A session never saved counts as in progress. */
bool state_unchanged (const struct session *session, bool dirty,
                      bool finished);

/* Saving failed for good: write SESSION to OUT as an answers file, with
   a word on ERR saying what it is (to a workshop's participant, in a
   KIOSK, what to do with it), so that nothing typed is lost. */
void state_print_unsaved (const struct session *session,
                          const struct bank *bank, FILE *out, FILE *err,
                          bool kiosk);

/* Move the session file PATH aside, to PATH.TIMESTAMP (or
   PATH.TIMESTAMP.2, .3 ... where that exists: a set-aside never replaces
   another file), so that a new session does not overwrite it.  Returns
   the new name (free it), or NULL when it could not be moved. */
char *state_set_aside (const char *path);

/* What a session file holds for the person coming back to it. */
enum state_found
{
  STATE_NONE,           /* nothing to offer: start a new session */
  STATE_UNFINISHED,     /* answers, the end of the questions not reached */
  STATE_FINISHED        /* answers, the questions gone through */
};

/* What PATH holds for the person coming back: a session with answers is
   loaded into OLD (empty) whether finished or not, so that they can see
   its results, change it or start again.  One that cannot be read is
   moved aside instead (never overwritten), its new name in *ASIDE (free
   it; NULL when none), with the problems in D. */
enum state_found state_find (const struct bank *bank, const char *path,
                             struct session *old, char **aside,
                             struct diag *d);

/* What a person coming back chose to do with their session. */
enum state_return
{
  RETURN_RESULTS,       /* see its results */
  RETURN_CHANGE,        /* go on with it, or change its answers */
  RETURN_AGAIN,         /* start again, the old answers kept aside */
  RETURN_QUIT
};

/* The choices offered to a person coming back to a session, FINISHED
   or not, the likeliest first: into ORDER, with their LABELS (to be
   translated); returns how many. */
size_t state_return_offer (bool finished, enum state_return order[3],
                           const char *labels[3]);

/* A meta.updated time ("2026-12-01T21:40:07Z") as people read it, in
   their own time zone ("2026-12-01 22:40 CET" where TZ is Europe/Berlin),
   into BUF of SIZE bytes; an unreadable one as it is. */
void state_when (const char *updated, char *buf, size_t size);

/* The current time as an ISO 8601 UTC string, for meta lines. */
void state_timestamp (char *buf, size_t size);

#endif
