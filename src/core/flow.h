/* flow.h: the order in which the wizard asks, and moving through it:
   next, back, skip, jump to a section, add another AI tool.  Both
   frontends (plain and CDK) drive it; it never draws and never decides
   what to advise.  A question hidden by its conditions is passed over
   in both directions, and its answer is kept (nothing typed is lost)
   but ignored by the scoring. */
#ifndef LEADWISE_FLOW_H
#define LEADWISE_FLOW_H

#include <stdbool.h>
#include <stddef.h>

#include "core/bank.h"
#include "core/session.h"

/* One question to ask: a bank question, and for repeated sections the
   item it is asked about (tool 2). */
struct flow_step
{
  const struct question *q;
  int instance;     /* 0 outside repeated sections */
};

struct flow
{
  const struct bank *bank;
  struct session *session;
  int items;        /* how many items (tools) the repeated section has */
  size_t question;  /* where we are: a bank question index ... */
  int instance;     /* ... and its item */
  bool done;        /* past the last question */
  bool item_ended;  /* flow_next has just left the repeated section's
                       last item */
};

/* Where we are in numbers, for "Section 2 of 4 · Question 5 of 23". */
struct flow_progress
{
  size_t section, sections;     /* 1-based */
  size_t number, count;         /* the question among all asked now */
};

/* Start at the first question; the items are those SESSION already has
   (at least one). */
void flow_init (struct flow *f, const struct bank *bank,
                struct session *session);

/* The question to ask now; false when past the last one. */
bool flow_current (const struct flow *f, struct flow_step *step);

/* The answers file id of STEP ("tool.2.goal"); free it. */
char *flow_step_id (const struct flow_step *step);

/* Check VALUE as the answer to the current question and store it.
   Returns NULL, or why VALUE is wrong (untranslated) and stores
   nothing. */
const char *flow_answer (struct flow *f, const char *value);

/* Forget the current question's answer. */
void flow_clear (struct flow *f);

/* Move to the next question that is asked, or past the end.  Leaving an
   item's first question (its name) unanswered passes over the item. */
void flow_next (struct flow *f);

/* Move to the previous question that is asked; false at the first. */
bool flow_back (struct flow *f);

/* Go to the first question asked in section S (0-based); false when
   none of it is asked. */
bool flow_jump (struct flow *f, size_t s);

/* Go to STEP (from flow_steps), e.g. to edit it from a review. */
void flow_go (struct flow *f, const struct flow_step *step);

/* Whether the flow has just finished the last item of the repeated
   section (whether it is past the end or at a module after it), so a
   frontend can offer to add another. */
bool flow_can_add_item (const struct flow *f);

/* The person wants no other item: go on where the flow stands. */
void flow_no_more_items (struct flow *f);

/* Add an item (another AI tool) and go to its first question.  False
   when the section's limit is reached. */
bool flow_add_item (struct flow *f);

/* Go to the first question asked that has no answer yet (past the end
   when all have one): where a resumed or pre-filled session goes on. */
void flow_first_open (struct flow *f);

/* Every question asked now, in order; free the array. */
struct flow_step *flow_steps (const struct flow *f, size_t *n);

void flow_progress (const struct flow *f, struct flow_progress *p);

#endif
