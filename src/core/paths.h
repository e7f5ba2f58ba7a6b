/* paths.h: where leadwise finds its installed files. */
#ifndef LEADWISE_PATHS_H
#define LEADWISE_PATHS_H

/* The default question bank: the installed one, or the source tree's
   when this program is the one built in the build tree (so it runs
   uninstalled).  Returns a string to free. */
char *paths_default_bank (void);

#endif
