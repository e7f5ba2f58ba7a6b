/* error.h: messages to the user on standard error, always prefixed with
   the program name ("leadwise: ...").  The core returns errors; only the
   edges of the program (main, the frontends) decide to print them. */
#ifndef LEADWISE_ERROR_H
#define LEADWISE_ERROR_H

#include <stdio.h>

/* The name messages start with; main sets it, tests may leave it. */
extern const char *error_program_name;

/* Print "PROGRAM: message\n" to stderr. */
void error_print (const char *format, ...)
  __attribute__ ((format (printf, 1, 2)));

/* Print "PROGRAM: FILE:LINE: message\n" to stderr. */
void error_print_at (const char *file, long line, const char *format, ...)
  __attribute__ ((format (printf, 3, 4)));

/* After writing to standard output: flush it, and keep the reason of a
   failure for the message error_close_stdout gives at the end. */
void error_check_stdout (void);

/* Flush and close FP; on failure print what went wrong (naming WHAT,
   e.g. "standard output") and return -1.  Returns 0 on success. */
int error_close_stream (FILE *fp, const char *what);

/* An atexit handler: close stdout and stderr; exit with EXIT_IOERR when
   what we wrote could not be written (e.g. "leadwise --help >/dev/full"). */
void error_close_stdout (void);

#endif
