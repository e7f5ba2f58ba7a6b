/* diag.c: collecting problems for the edge of the program to report. */
#include "system.h"

#include <stdarg.h>

#include "core/diag.h"
#include "core/utf8.h"
#include "core/error.h"
#include "core/util.h"

void
diag_init (struct diag *d)
{
  d->count = 0;
  d->status = 0;
}

void
diag_free (struct diag *d)
{
  size_t i;

  for (i = 0; i < d->count && i < DIAG_MAX; i++)
    free (d->messages[i]);
  diag_init (d);
}

void
diag_add (struct diag *d, int status, const char *file, long line,
          const char *format, ...)
{
  struct buf b;
  va_list ap;

  if (d->status == 0)
    d->status = status;
  if (d->count++ >= DIAG_MAX)
    return;
  buf_init (&b);
  if (file != NULL && line > 0)
    buf_addf (&b, "%s:%ld: ", file, line);
  else if (file != NULL)
    buf_addf (&b, "%s: ", file);
  va_start (ap, format);
  buf_vaddf (&b, format, ap);
  va_end (ap);
  /* Messages quote what files hold: keep bytes that are not text, or
     would move the terminal's cursor, out of the terminal. */
  d->messages[d->count - 1] = utf8_quotable (b.data, (size_t) -1);
  buf_free (&b);
}

void
diag_print (const struct diag *d)
{
  size_t i;

  for (i = 0; i < d->count && i < DIAG_MAX; i++)
    error_print ("%s", d->messages[i]);
  if (d->count > DIAG_MAX)
    /* TRANSLATORS: after the first problems found in a file; %zu is how
       many more there are. */
    error_print (ngettext ("... and %zu more problem",
                           "... and %zu more problems",
                           d->count - DIAG_MAX), d->count - DIAG_MAX);
}
