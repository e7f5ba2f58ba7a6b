/* score.h: from a bank and a session to a result: who should lead
   technology and AI, why, and whether each AI tool is ready.  A pure
   function: it reads its inputs, changes nothing, prints nothing.  The
   rules are those of CONTENT.md and INTERFACE.md; where answers needed
   for a verdict are missing, the verdict is "undecided", never a guess. */
#ifndef LEADWISE_SCORE_H
#define LEADWISE_SCORE_H

#include <stdbool.h>
#include <stddef.h>

#include "core/bank.h"
#include "core/session.h"

enum primary { PRIMARY_UNDECIDED, PRIMARY_CTO, PRIMARY_CIO, PRIMARY_BOTH };

enum caio_verdict { CAIO_UNDECIDED, CAIO_DEDICATED, CAIO_CTO_ABSORBS,
                    CAIO_WATCH };

enum reports_to { REPORTS_NONE, REPORTS_CTO, REPORTS_CEO };

enum cto_kind { KIND_NONE, KIND_STARTUP, KIND_SCALEUP, KIND_ENTERPRISE,
                KIND_PRODUCT, KIND_PLATFORM, KIND_TRANSFORMATION,
                KIND_FRACTIONAL, KIND_AI };

/* R4: the signs that a dedicated CAIO is needed. */
enum indicator { IND_AI_SPEND, IND_AI_PEOPLE, IND_AI_REGULATION,
                 IND_CTO_STRETCHED, IND_AI_CORE_PRODUCT, IND_COUNT };

/* R5: the conditions under which the CTO can absorb the CAIO role. */
enum absorb { ABS_FEW_USE_CASES, ABS_UNDER_500, ABS_AI_INTERNAL_ONLY,
              ABS_LOW_REGULATION, ABS_COUNT };

/* Whether a condition holds, as far as the answers tell. */
enum tri { TRI_NO, TRI_YES, TRI_UNKNOWN };

enum tool_step { TS_GOAL, TS_USERS, TS_TEST, TS_SECURITY, TS_MEASURE,
                 TS_REVIEW, TS_COUNT };

enum tool_verdict { TOOL_READY, TOOL_PILOT, TOOL_NOT_READY };

/* An answer that moved a score, and how, in words (an untranslated
   string from the bank).  Pointers into the bank and session. */
struct reason
{
  const char *id;
  const char *answer;
  const char *effect;
};

struct tool_result
{
  int number;                       /* N of tool.N.* */
  const char *name;                 /* NULL when not given */
  int steps[TS_COUNT];              /* enum step_state, or -1 unanswered */
  int steps_done;                   /* steps marked done */
  enum tool_verdict verdict;
  const char *next[TS_COUNT];       /* untranslated, in the order to do */
  size_t n_next;
};

#define RESULT_MAX_ACTIONS 12
#define RESULT_MAX_MISSING 16

struct result
{
  const char *company;              /* NULL when not given */
  bool complete;                    /* every core question answered */
  enum primary primary;
  enum caio_verdict caio;
  enum reports_to reports_to;
  enum cto_kind cto_kind;
  int scores[ROLE_COUNT];           /* 0..100 */
  enum tri indicators[IND_COUNT];
  enum tri absorb[ABS_COUNT];
  int indicators_met, absorb_met;   /* those that surely hold */
  struct reason *reasons;
  size_t n_reasons;
  struct tool_result *tools;
  size_t n_tools;
  const char *actions[RESULT_MAX_ACTIONS];   /* untranslated, ranked */
  size_t n_actions;
  const char *missing[RESULT_MAX_MISSING];   /* core ids not answered */
  size_t n_missing;
};

/* Score SESSION against BANK into R (free it with result_free).  The
   result points into both; keep them alive while it is used. */
void score_run (const struct bank *bank, const struct session *session,
                struct result *r);

void result_free (struct result *r);

/* Whether question Q (of INSTANCE, for repeated ones) is asked, given the
   answers so far: every condition of its "When" lines holds. */
bool score_visible (const struct bank *bank, const struct session *session,
                    const struct question *q, int instance);

/* The ids used in JSON for the enums above. */
const char *score_primary_id (enum primary p);
const char *score_caio_id (enum caio_verdict c);
const char *score_reports_id (enum reports_to r);   /* NULL for none */
const char *score_kind_id (enum cto_kind k);        /* NULL for none */
const char *score_indicator_id (enum indicator i);
const char *score_absorb_id (enum absorb a);
const char *score_step_id (enum tool_step s);
const char *score_verdict_id (enum tool_verdict v);
const char *score_role_id (enum role r);

#endif
