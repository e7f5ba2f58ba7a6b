/* rules.h: the decision rules (CONTENT.md section 2, INTERFACE.md "The
   rules, version 2"): the facts they read, the verdicts over every way
   the unknown facts could be answered, and the single answers that would
   turn a verdict.  Numbers only: no words here. */
#ifndef LEADWISE_RULES_H
#define LEADWISE_RULES_H

#include "core/bank.h"
#include "core/result.h"
#include "core/session.h"

/* Thresholds, strict where the sources are ("exceeds $5M", "more than 20
   people", "fewer than 500 employees"). */
#define CAIO_SPEND_ABOVE 5000000LL      /* R4 */
#define CAIO_PEOPLE_ABOVE 20            /* R4 */
#define ABSORB_USE_CASES_AT_MOST 2      /* R5: "one or two" (0 too) */
#define SIZE_LARGE 500                  /* R5's "fewer than 500"; a CIO
                                           beside the CTO in a mixed or
                                           AI-selling service company */
#define SIZE_CAIO_FROM 50               /* leadwise's own line: no
                                           dedicated CAIO below it */
#define SIZE_COMPLEX 1000               /* a product company with a complex
                                           estate adds a CIO; the CAIO
                                           reports to the CEO (R6) */
#define SIZE_THOUSANDS 2000             /* R2: thousands of employees */
#define SIZE_STARTUP_BELOW 50           /* kinds of CTO by size (R8) */
#define SIZE_FRACTIONAL_BELOW 20

/* The answers the rules read, as facts (FACT_UNKNOWN where missing or
   not asked). */
void rules_read (const struct bank *bank, const struct session *session,
                 long long facts[F_COUNT]);

/* The verdicts, signs and conditions FACTS lead to, into R; a verdict
   that the unknown facts could change is undecided. */
void rules_decide (const long long facts[F_COUNT], struct result *r);

/* The turning points of R's decided verdicts (after rules_decide). */
void rules_turning_points (const long long facts[F_COUNT], struct result *r);

/* The question a fact comes from ("company.employees"). */
const char *rules_fact_id (enum fact f);

/* The option id of a choice fact's VALUE ("heavy"); NULL for numbers. */
const char *rules_fact_option (enum fact f, long long value);

/* Whether the rules read question ID: its reasons are theirs. */
bool rules_read_question (const char *id);

#endif
