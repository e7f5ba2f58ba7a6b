/* split.h: how divided a group of founders is, question by question.
   Each answer falls into one of the few classes the advice tells apart
   (an option, a point of a scale, a step's state, a number's band);
   the questions where most answers differ from the commonest one come
   first.  Free text, several options at once and the AI tools' own
   questions are not counted.  Curses-free. */
#ifndef LEADWISE_SPLIT_H
#define LEADWISE_SPLIT_H

#include <stddef.h>

#include "core/bank.h"
#include "core/session.h"

/* Counts of answers by class, for every question of a bank. */
struct split_votes
{
  size_t *at;                  /* question i's classes start at at[i];
                                  at[i + 1] - at[i] of them (0: not
                                  counted) */
  size_t *count;               /* at[n_questions] counts */
  size_t n_questions;
};

void split_init (struct split_votes *v, const struct bank *bank);
void split_free (struct split_votes *v);

/* Count SES's answers (those the founder was asked). */
void split_add (struct split_votes *v, const struct bank *bank,
                const struct session *ses);

/* Add PART's counts to V's (both of one bank). */
void split_merge (struct split_votes *v, const struct split_votes *part);

struct split
{
  size_t question;             /* its index in the bank */
  size_t answered;
  size_t differ;               /* answers other than the commonest */
  size_t top;                  /* the commonest class */
};

/* The N questions at most that V is most divided on, most first (the
   first of the bank first among equals), into OUT; returns how many.
   Only questions where someone differs. */
size_t split_most (const struct split_votes *v, struct split *out, size_t n);

/* How many classes question Q has, and V's count of class K of it. */
size_t split_classes (const struct split_votes *v, size_t question);
size_t split_count (const struct split_votes *v, size_t question, size_t k);

/* Class K of Q as the answers file writes it: the option's id, the
   point ("4"), the step's state, the band ("50..499", "1000.."); free
   it. */
char *split_class_id (const struct question *q, size_t k);

/* Class K of Q in words, translated ("Yes", "4 of 5", "50 to 499");
   free it. */
char *split_class_name (const struct question *q, size_t k);

#endif
