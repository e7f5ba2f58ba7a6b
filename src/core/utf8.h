/* utf8.h: decoding UTF-8 and measuring text in terminal columns, without
   depending on the locale (reports are UTF-8 whatever the locale). */
#ifndef LEADWISE_UTF8_H
#define LEADWISE_UTF8_H

#include <stddef.h>

/* Decode the character at S (N bytes available).  Returns its length and
   sets *CP, or returns 0 for an invalid or incomplete sequence (overlong
   forms and surrogates included). */
size_t utf8_decode (const char *s, size_t n, unsigned long *cp);

/* Columns a character takes, as the platform's wcwidth(3) says under a
   UTF-8 locale (whatever the program's locale): 0 for combining marks,
   2 for wide East Asian characters and emoji, else 1. */
int utf8_cp_width (unsigned long cp);

/* Columns the first N bytes of S take; an invalid byte counts as one. */
size_t utf8_width (const char *s, size_t n);

/* TEXT as a message can quote it: invalid bytes and control characters
   written \xNN, and cut after MAX characters with "...".  Free the
   result. */
char *utf8_quotable (const char *text, size_t max);

#endif
