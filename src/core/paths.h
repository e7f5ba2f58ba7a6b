/* paths.h: where leadwise finds its installed files, and file names as
   a person types them. */
#ifndef LEADWISE_PATHS_H
#define LEADWISE_PATHS_H

/* The default question bank: the installed one, or the source tree's
   when this program is the one built in the build tree (so it runs
   uninstalled).  Returns a string to free. */
char *paths_default_bank (void);

/* PATH as typed, with a leading "~" or "~USER" made the home directory
   it names (left as it is when there is none).  Free the result. */
char *paths_expand_home (const char *path);

#endif
