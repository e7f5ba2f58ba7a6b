/* signin.h: a workshop participant's name and PIN on the screen. */
#ifndef LEADWISE_SIGNIN_H
#define LEADWISE_SIGNIN_H

#include "core/owner.h"

/* Ask the participant's name until it is valid, nobody else holds it
   and it is theirs (signed in as WAY says, a PIN asked with stars);
   NULL when they leave.  *PATH and *LOCK as workshop_claim. */
char *signin_name (const char *dir, enum owner_way way, char **path,
                   int *lock);

/* Ask for the participant's team, which they may leave empty: the
   team's name (cleaned as names are), or NULL. */
char *signin_team (void);

#endif
