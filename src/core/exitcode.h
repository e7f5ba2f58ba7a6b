/* exitcode.h: the exit statuses leadwise promises (see INTERFACE.md).
   They follow sysexits(3); scripts and workshops depend on them. */
#ifndef LEADWISE_EXITCODE_H
#define LEADWISE_EXITCODE_H

enum exit_code
{
  EXIT_OK = 0,
  EXIT_USAGE = 64,       /* bad command line */
  EXIT_DATAERR = 65,     /* malformed answers file or question bank */
  EXIT_NOINPUT = 66,     /* input file missing or unreadable */
  EXIT_CANTCREAT = 73,   /* output cannot be created */
  EXIT_IOERR = 74,       /* read or write error */
  EXIT_INTERRUPTED = 130 /* stopped by a signal */
};

#endif
