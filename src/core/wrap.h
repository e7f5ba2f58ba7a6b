/* wrap.h: a stream that word-wraps what is written to it for a terminal
   of a given width, for the line-by-line wizard: a line too long goes on
   under its own indent (under the text of a list item, "  3) ..."), a
   word is never cut, and what has been written so far always reaches
   the stream below (a prompt shows before its answer is typed).  It
   knows nothing of questions. */
#ifndef LEADWISE_WRAP_H
#define LEADWISE_WRAP_H

#include <stdio.h>

/* The width to wrap to for FP: the terminal's (TIOCGWINSZ), else
   $COLUMNS, else 80; never below 20. */
int wrap_width (FILE *fp);

/* A stream writing to TO, wrapped to WIDTH columns, or to wrap_width
   (TO) at the start of each line when WIDTH is 0.  Closing it leaves TO
   open.  NULL when no stream can be made (then write to TO). */
FILE *wrap_open (FILE *to, int width);

#endif
