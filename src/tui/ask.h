/* ask.h: one question on the screen: a list drawn by leadwise (view.c)
   for choices, steps and scales, "(•)" where one is chosen and "[x]"
   where several are, each option wrapped whole; a CDK entry field for
   text and numbers.  It returns what the person did; checking and
   storing the answer is the caller's. */
#ifndef LEADWISE_ASK_H
#define LEADWISE_ASK_H

#include "core/bank.h"

enum ask_action
{
  ASK_ANSWER,   /* *value holds the answer (answers-file form) */
  ASK_BACK,     /* Esc or Left: the previous question */
  ASK_SKIP,     /* Tab: leave it unanswered */
  ASK_QUIT,     /* q or F10 */
  ASK_REDRAW,   /* the terminal changed size: ask again (entry text kept
                   in *value) */
  ASK_STOP,     /* a signal, or the terminal went away: save and stop */
  ASK_MENU      /* F2 (or m on lists): sections, review, results */
};

/* What the header and the question show (UTF-8, translated). */
struct ask_info
{
  const char *section;          /* its title */
  size_t section_no, sections;
  size_t number, count;
  const char *about;            /* the AI tool's name, or NULL */
  const char *prompt, *help, *low, *high;
  const char *error;            /* why the last answer was refused, or NULL */
  const char *keys;             /* the key hints, or NULL for the usual */
  bool secret;                  /* typed text shown as stars (a PIN) */
};

/* Ask Q.  CURRENT is its answer so far (or NULL); DRAFT, text typed
   before a redraw (or NULL).  On ASK_ANSWER, and on ASK_REDRAW,
   ASK_MENU and ASK_SKIP for typed answers (the text so far), *VALUE is
   set (free it). */
enum ask_action ask_question (const struct ask_info *info,
                              const struct question *q, const char *current,
                              const char *draft, char **value);

#endif
