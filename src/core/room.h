/* room.h: a workshop's directory at the end: its answers and summaries
   archived, and the room emptied if asked. */
#ifndef LEADWISE_ROOM_H
#define LEADWISE_ROOM_H

#include <stdbool.h>

#include "core/bank.h"
#include "core/diag.h"

/* Write OUT (a tar.gz; NULL for leadwise-room-YYYY-MM-DD.tar.gz in the
   current directory, *MADE gets the name) holding the room's answers
   files (and those set aside, and the facilitator's reports) under
   answers/, and its summary in every format.  With EMPTY, then remove
   what leadwise keeps in DIR: those files, the hidden owner and lock
   files, the closed mark.  An archive that exists is not replaced.
   Returns 0, or an exit status with the reason in D. */
int room_archive (const struct bank *bank, const char *dir, const char *out,
                  bool empty, char **made, struct diag *d);

#endif
