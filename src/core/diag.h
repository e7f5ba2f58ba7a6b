/* diag.h: problems found in a file the user gave us (a question bank, an
   answers file, an output path), collected as "FILE:LINE: message" with
   the exit status they call for.  The core fills it; the edge prints. */
#ifndef LEADWISE_DIAG_H
#define LEADWISE_DIAG_H

#include <stddef.h>

/* At most this many messages are kept; the rest are only counted. */
#define DIAG_MAX 50

struct diag
{
  char *messages[DIAG_MAX];
  size_t count;          /* all problems, kept or not */
  int status;            /* exit status of the first problem, or 0 */
};

void diag_init (struct diag *d);
void diag_free (struct diag *d);

/* Record a problem.  LINE <= 0 means no line is known. */
void diag_add (struct diag *d, int status, const char *file, long line,
               const char *format, ...)
  __attribute__ ((format (printf, 5, 6)));

/* Print every kept message as "leadwise: ..." on stderr, and how many
   more there were. */
void diag_print (const struct diag *d);

#endif
