/* score.h: from a bank and a session to a result (result.h): who should
   lead technology and AI, why, what would change it, what to do, and
   whether each AI tool is ready.  A pure function: it reads its inputs,
   changes nothing, prints nothing.  The rules are those of CONTENT.md and
   INTERFACE.md ("The rules, version 2"); where answers needed for a
   verdict are missing, the verdict is "undecided", never a guess. */
#ifndef LEADWISE_SCORE_H
#define LEADWISE_SCORE_H

#include <stdbool.h>
#include <stddef.h>

#include "core/bank.h"
#include "core/result.h"
#include "core/session.h"

/* Score SESSION against BANK into R (free it with result_free).  The
   result points into both; keep them alive while it is used. */
void score_run (const struct bank *bank, const struct session *session,
                struct result *r);

/* The verdicts, scores, tools and missing answers alone: no reasons,
   turning points, governance or plan (a workshop's summary counts the
   verdicts of many files).  Free R with result_free too. */
void score_verdicts (const struct bank *bank, const struct session *session,
                     struct result *r);

void result_free (struct result *r);

/* Whether question Q (of INSTANCE, for repeated ones) is asked, given the
   answers so far: every condition of its "When" lines holds. */
bool score_visible (const struct bank *bank, const struct session *session,
                    const struct question *q, int instance);

/* The answer to question ID (not a repeated one) if it is asked, else
   NULL. */
const char *score_answer (const struct bank *bank,
                          const struct session *session, const char *id);

/* The ids used in JSON for the enums of result.h. */
const char *score_primary_id (enum primary p);
const char *score_caio_id (enum caio_verdict c);
const char *score_reports_id (enum reports_to r);   /* NULL for none */
const char *score_kind_id (enum cto_kind k);        /* NULL for none */
const char *score_form_id (enum form f);
const char *score_indicator_id (enum indicator i);
const char *score_absorb_id (enum absorb a);
const char *score_step_id (enum tool_step s);
const char *score_verdict_id (enum tool_verdict v);
const char *score_role_id (enum role r);
const char *score_decision_id (enum decision d);
const char *score_turn_id (enum turn t);
const char *score_when_id (enum when w);
/* The id of value TO of decision T ("dedicated"); NULL for none. */
const char *score_turn_to_id (enum turn t, int to);

#endif
