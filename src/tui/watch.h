/* watch.h: "leadwise summary --watch DIR": the workshop's summary on a
   screen that refreshes as results arrive, for a projector. */
#ifndef LEADWISE_WATCH_H
#define LEADWISE_WATCH_H

#include "core/bank.h"
#include "tui/screen.h"

/* Show the summary of DIR, refreshed every SECONDS, until q or a
   signal.  Returns an exit status. */
int watch_run (const struct bank *bank, const char *dir, unsigned seconds,
               const struct screen_options *opts);

#endif
