/* util.h: memory helpers that never return NULL, and a growable string.
   Running out of memory ends the program with a message; everything
   else is reported to the caller. */
#ifndef LEADWISE_UTIL_H
#define LEADWISE_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

void *xmalloc (size_t size);
void *xcalloc (size_t n, size_t size);
void *xrealloc (void *p, size_t size);
/* Grow *P (holding *CAP items of SIZE bytes) to hold at least N items. */
void *xgrow (void *p, size_t *cap, size_t n, size_t size);
char *xstrdup (const char *s);
char *xstrndup (const char *s, size_t n);
char *xasprintf (const char *format, ...)
  __attribute__ ((format (printf, 1, 2)));

/* A growable, always NUL-terminated string. */
struct buf
{
  char *data;
  size_t len;
  size_t cap;
};

void buf_init (struct buf *b);
void buf_free (struct buf *b);
void buf_add (struct buf *b, const char *s);
void buf_addn (struct buf *b, const char *s, size_t n);
void buf_addc (struct buf *b, char c);
void buf_addf (struct buf *b, const char *format, ...)
  __attribute__ ((format (printf, 2, 3)));
void buf_vaddf (struct buf *b, const char *format, va_list ap);
/* Hand over the string (the buffer is left empty). */
char *buf_take (struct buf *b);
/* Append what is left of FP; false on a read error (errno set). */
bool buf_add_file (struct buf *b, FILE *fp);

/* The lines of a text read whole (buf_add_file), each cut in place at
   its newline, and a carriage return before that removed; a UTF-8 byte
   order mark at the start is skipped. */
struct lines
{
  char *at, *end;
  long number;       /* of the line last returned, from 1 */
};

void lines_init (struct lines *l, char *text, size_t len);
/* The next line and its length, or NULL at the end.  *WHY is NULL, or
   why the line cannot be read as text (untranslated, for _()): a NUL
   byte in it, or a carriage return in the middle. */
char *lines_next (struct lines *l, size_t *len, const char **why);

/* FNV-1a, 32 bits, of S: for hash tables and short stable tags. */
unsigned long str_hash (const char *s);

/* Strip ASCII white space at both ends of S, in place; returns S. */
char *str_trim (char *s);

/* S as names are matched (a tool's, a team's): ASCII letters in lower
   case, runs of spaces as one, none at the ends.  Free it. */
char *str_match_key (const char *s);

/* N in decimal digits (a minus sign first if negative) in BUF, which
   holds STR_LL_SIZE bytes; returns its length.  printf is many times
   slower, and a workshop summary writes millions of these. */
#define STR_LL_SIZE 24
size_t str_of_ll (char *buf, long long n);

#endif
