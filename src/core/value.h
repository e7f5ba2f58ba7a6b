/* value.h: reading the numbers people type ("250k", "5M", "5.5M",
   "1,200", "$3M") and checking UTF-8 text.  Pure functions, no I/O. */
#ifndef LEADWISE_VALUE_H
#define LEADWISE_VALUE_H

#include <stdbool.h>
#include <stddef.h>

/* The largest number leadwise accepts anywhere (a quadrillion). */
#define VALUE_NUMBER_MAX 1000000000000000LL

/* Parse S as a whole number of 0 or more: digits, optionally grouped by
   commas, optionally followed by k (thousand) or M (million), with a
   decimal fraction allowed before the suffix; a leading "$" when MONEY.
   Returns 0 and sets *OUT, or returns -1 and sets *WHY to an untranslated
   message. */
int value_parse_number (const char *s, bool money, long long *out,
                        const char **why);

/* A number TYPED the way a locale writes it, with the decimal mark POINT
   and the thousands separator SEP ("," and "." in German: "5.000.000",
   "5,5M"), rewritten the way value_parse_number reads it ("5000000",
   "5.5M").  The separator counts only between groups of three digits, so
   "5.5M" stays 5.5 million.  Text that is not such a number comes back
   unchanged.  Free the result. */
char *value_unlocalize (const char *typed, const char *point,
                        const char *sep);

/* Whether the N bytes at S are valid UTF-8 with no control characters
   (tab excepted). */
bool value_text_ok (const char *s, size_t n);

#endif
