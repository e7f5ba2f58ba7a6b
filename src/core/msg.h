/* msg.h: a sentence of the advice and the figures it quotes, kept apart
   until it is written: then it is translated, with numbers the language's
   way ("US$7,500,000", "7.500.000 US$"), for people, or left in English
   for the JSON report.  The scoring builds these; only reports and
   screens put them into words. */
#ifndef LEADWISE_MSG_H
#define LEADWISE_MSG_H

#include <stdbool.h>

enum msg_arg_kind
{
  ARG_COUNT,    /* a whole number: people, use cases */
  ARG_MONEY,    /* US dollars */
  ARG_TEXT,     /* the user's own text, as it is (a tool's name) */
  ARG_WORDS,    /* a msgid, translated with the sentence ("The CTO") */
  ARG_NOUN      /* a count with its noun, singular or plural ("1 person",
                   "12 people") */
};

struct msg_arg
{
  enum msg_arg_kind kind;
  long long n;
  const char *s, *plural;
};

#define MSG_MAX_ARGS 3

/* ID is a msgid whose %s (or %1$s, %2$s ... in a translation) stand for
   the arguments in order. */
struct msg
{
  const char *id;
  struct msg_arg args[MSG_MAX_ARGS];
  int n_args;
};

struct msg msg_make (const char *id);
/* Add an argument; more than MSG_MAX_ARGS are ignored. */
void msg_add_count (struct msg *m, long long n);
void msg_add_money (struct msg *m, long long n);
void msg_add_text (struct msg *m, const char *s);
void msg_add_words (struct msg *m, const char *msgid);
/* N with its noun: ONE and MANY are msgids with a %s for the number, as
   for ngettext ("%s person", "%s people"). */
void msg_add_noun (struct msg *m, const char *one, const char *many,
                   long long n);

/* M in words: translated, numbers the current language's way, when FOR
   PEOPLE; else the English text of the JSON report.  Free the result. */
char *msg_format (const struct msg *m, bool for_people);

/* N as a count or an amount of US dollars, the same two ways. */
char *msg_number (long long n, bool money, bool for_people);

/* A number of tenths (34) with its decimal ("3.4", "3,4"), the same two
   ways; the JSON's way is a JSON number.  Free it. */
char *msg_tenths (int tenths, bool for_people);

#endif
