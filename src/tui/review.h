/* review.h: every question asked so far, under its section (a tool's
   under the tool's name), whole, with its whole answer under it; Enter
   edits one.  It shows the flow's steps and decides nothing. */
#ifndef LEADWISE_REVIEW_H
#define LEADWISE_REVIEW_H

#include "core/bank.h"
#include "core/flow.h"
#include "core/session.h"
#include "tui/view.h"

enum review_action
{
  REVIEW_EDIT,      /* *CHOSEN is the step whose answer to change */
  REVIEW_RESULTS,   /* Enter on the first line, or r */
  REVIEW_BACK,      /* Esc or q: back to the questions */
  REVIEW_STOP       /* a signal, or the terminal went away */
};

/* Show the review of the steps FLOW has gone through; AT is where the
   reader is, kept from one review to the next. */
enum review_action review_show (const struct bank *bank,
                                const struct session *session,
                                const struct flow *flow,
                                struct view_state *at,
                                struct flow_step *chosen);

#endif
