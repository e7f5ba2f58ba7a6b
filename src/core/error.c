/* error.c: user-facing messages and the check that output really got
   written.  Never calls curses: a frontend ends curses before printing. */
#include "system.h"

#include <stdarg.h>
#include <unistd.h>

#include "core/error.h"
#include "core/exitcode.h"

const char *error_program_name = PACKAGE;

void
error_print (const char *format, ...)
{
  va_list ap;

  fflush (stdout);
  fprintf (stderr, "%s: ", error_program_name);
  va_start (ap, format);
  vfprintf (stderr, format, ap);
  va_end (ap);
  fputc ('\n', stderr);
}

void
error_print_at (const char *file, long line, const char *format, ...)
{
  va_list ap;

  fflush (stdout);
  if (line > 0)
    fprintf (stderr, "%s: %s:%ld: ", error_program_name, file, line);
  else
    fprintf (stderr, "%s: %s: ", error_program_name, file);
  va_start (ap, format);
  vfprintf (stderr, format, ap);
  va_end (ap);
  fputc ('\n', stderr);
}

/* Why writing to standard output first failed, kept from the moment it
   failed: by the time it is closed, errno says something else. */
static int error_stdout_errno;

void
error_check_stdout (void)
{
  if ((fflush (stdout) != 0 || ferror (stdout)) && error_stdout_errno == 0)
    error_stdout_errno = errno;
}

int
error_close_stream (FILE *fp, const char *what)
{
  bool had_error = ferror (fp) != 0;
  int saved_errno;

  errno = 0;
  if (fclose (fp) != 0 || had_error)
    {
      saved_errno = errno;
      if (saved_errno == 0 && fp == stdout)
        saved_errno = error_stdout_errno;
      if (saved_errno != 0)
        /* TRANSLATORS: the first %s names the output (a file name, or
           'standard output'), the second the system's reason. */
        error_print (_("write error on %s: %s"), what, strerror (saved_errno));
      else
        /* TRANSLATORS: %s names the output (a file name, or 'standard
           output'). */
        error_print (_("write error on %s"), what);
      return -1;
    }
  return 0;
}

void
error_close_stdout (void)
{
  if (error_close_stream (stdout, _("standard output")) != 0)
    _exit (EXIT_IOERR);
  if (fclose (stderr) != 0)
    _exit (EXIT_IOERR);
}
