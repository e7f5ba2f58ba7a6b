/* atomic.h: replace a file all at once.  The new contents go to a
   temporary file in the same directory, are flushed to disk, and are
   renamed over the old file: a reader sees the old file or the new one,
   never half of either, and a failure leaves the old file as it was. */
#ifndef LEADWISE_ATOMIC_H
#define LEADWISE_ATOMIC_H

#include <stdbool.h>
#include <stdio.h>

#include "core/diag.h"

/* Writes the contents to FP; returns 0, or -1 with errno set. */
typedef int (*atomic_writer) (FILE *fp, void *ctx);

/* Replace PATH with what WRITER puts out.  Returns 0, or EXIT_CANTCREAT
   or EXIT_IOERR with the reason in D.  An existing file keeps its
   permissions; a new one gets 0666 less the umask.  A symbolic link is
   followed (the file it names is replaced, the link kept); a device or
   pipe, such as /dev/stdout, is written to directly; a directory is
   refused. */
int atomic_write (const char *path, atomic_writer writer, void *ctx,
                  struct diag *d);

/* From now on, a file written directly in DIR (a workshop's directory,
   where strangers' names are files) replaces whatever stands there, a
   link, a pipe or a device included: nothing written there follows a
   link or goes anywhere else. */
void atomic_confine (const char *dir);

/* Remove the temporary files that a killed writer left in DIR (hidden,
   ".NAME.XXXXXX"), once they are older than AGE seconds, unless KEEP
   (given DIR and NAME.XXXXXX) says to leave one alone: a file that is
   not this program's, or whose owner is writing now. */
void atomic_remove_stale (const char *dir, unsigned age,
                          bool (*keep) (const char *dir, const char *name));

#endif
