/* wizard.h: the full-screen wizard: the questions one screen at a time,
   saved after every answer, then the results.  It drives core/flow and
   core/score; it decides nothing itself. */
#ifndef LEADWISE_WIZARD_H
#define LEADWISE_WIZARD_H

#include "core/bank.h"
#include "core/owner.h"
#include "core/session.h"
#include "tui/screen.h"

/* Run the wizard over SESSION, saving to SAVE_PATH.  It opens on a
   welcome screen, which offers to resume OLD (an unfinished session
   found at SAVE_PATH) when it is not NULL.  Returns an exit status. */
int wizard_run (const struct bank *bank, struct session *session,
                const char *save_path, const struct screen_options *opts,
                struct session *old);

/* The wizard for a second person on a screen already begun (the
   results screen's hand-over): as wizard_run, without the Compare
   button.  Returns an exit status. */
int wizard_answer (const struct bank *bank, struct session *session,
                   const char *save_path, struct session *old);

/* Workshop mode on the screen: ask the participant's name until one is
   valid, free and theirs (signed in as WAY says), and, with TEAMS, a new
   participant's team (which they may leave empty); keep the answers in
   DIR (offering a returning name its session), and leave the text
   report there at the end.  Returns an exit status. */
int wizard_run_workshop (const struct bank *bank, const char *dir,
                         enum owner_way way, bool teams,
                         const struct screen_options *opts);

#endif
