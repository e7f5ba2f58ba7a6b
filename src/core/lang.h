/* lang.h: the language leadwise speaks, from the environment or chosen at
   run time (--lang, the welcome and workshop name screens), and the
   character set its messages come in: the terminal's for messages (the
   screen makes them fit), UTF-8 always for reports.  It
   never draws anything. */
#ifndef LEADWISE_LANG_H
#define LEADWISE_LANG_H

#include <stdbool.h>
#include <stddef.h>

struct lang
{
  const char *code;     /* "en", "de", "es" */
  const char *name;     /* the language's own name, in UTF-8 */
  const char *locale;   /* whose conventions it brings, if installed */
  const char *thousands;   /* between groups of three digits in reports */
  const char *decimal;     /* before the decimals: "3.4", "3,4" */
};

/* What leads to the choice of language (a button, a key hint, a list's
   title): in every language leadwise speaks, so that anyone finds it. */
#define LANG_CHOICE "Language/Sprache/Idioma"

/* The languages leadwise has, English first; *N is set to their count. */
const struct lang *lang_list (size_t *n);

/* English: the language of the JSON report's texts. */
const struct lang *lang_english (void);

/* The language for NAME: a code ("de"), or a locale name ("de_DE.UTF-8",
   "es-MX").  NULL when leadwise does not speak it. */
const struct lang *lang_find (const char *name);

/* Speak L from now on: messages, and numbers written its way when the
   system has a locale for it. */
void lang_set (const struct lang *l);

/* The language messages are in now. */
const struct lang *lang_current (void);

/* Whether the environment leadwise started in said its terminal takes
   UTF-8 (a choice of language may take UTF-8 for the messages where it
   said nothing; the screen then keeps to ASCII). */
bool lang_terminal_utf8 (void);

/* Between these two, messages come in UTF-8 whatever the terminal: for
   reports and saved files.  They nest. */
void lang_utf8_begin (void);
void lang_utf8_end (void);

#endif
