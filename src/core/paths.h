/* paths.h: where leadwise finds its installed files, and file names as
   a person types them. */
#ifndef LEADWISE_PATHS_H
#define LEADWISE_PATHS_H

#include <stdbool.h>

/* The default question bank: the installed one, or the source tree's
   when this program is the one built in the build tree (so it runs
   uninstalled).  Returns a string to free. */
char *paths_default_bank (void);

/* Where the message catalogs are: LEADWISE_LOCALEDIR when set (tests
   use it), else the build tree's locale/ when run uninstalled, else the
   installed place. */
const char *paths_localedir (void);

/* Whether the catalog of LANG ("de") is there; English needs none. */
bool paths_catalog_found (const char *lang);

/* Why LANG will not be spoken (its catalog is missing), translated,
   or NULL when it will.  Free it. */
char *paths_catalog_problem (const char *lang);

/* PATH as typed, with a leading "~" or "~USER" made the home directory
   it names (left as it is when there is none).  Free the result. */
char *paths_expand_home (const char *path);

#endif
