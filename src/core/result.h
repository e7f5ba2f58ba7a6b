/* result.h: what the scoring decides, alone: the verdicts, the reasons
   behind them, what would change them, the plan, the governance of the
   risks named, and the tools.  Every frontend and report reads this
   struct and decides nothing; the pieces of the scoring (rules.c,
   advice.c, tools.c) fill it in and include this header, not each
   other. */
#ifndef LEADWISE_RESULT_H
#define LEADWISE_RESULT_H

#include <stdbool.h>
#include <stddef.h>

#include "core/bank.h"
#include "core/msg.h"

enum primary { PRIMARY_UNDECIDED, PRIMARY_CTO, PRIMARY_CIO, PRIMARY_BOTH };

enum caio_verdict { CAIO_UNDECIDED, CAIO_DEDICATED, CAIO_CTO_ABSORBS,
                    CAIO_WATCH };

enum reports_to { REPORTS_NONE, REPORTS_CTO, REPORTS_CEO };

enum cto_kind { KIND_NONE, KIND_STARTUP, KIND_SCALEUP, KIND_ENTERPRISE,
                KIND_PRODUCT, KIND_PLATFORM, KIND_TRANSFORMATION,
                KIND_FRACTIONAL, KIND_AI };

/* A full-time executive, or part-time senior leadership. */
enum form { FORM_EXECUTIVE, FORM_FRACTIONAL };

/* R7: who runs day-to-day delivery under the technology leader, where
   the plan advises one. */
enum delivery_lead { DELIVERY_NONE, DELIVERY_HEAD, DELIVERY_HEAD_LATER,
                     DELIVERY_VP, DELIVERY_UNDER_CIO };

/* R4: the signs that a dedicated CAIO is needed. */
enum indicator { IND_AI_SPEND, IND_AI_PEOPLE, IND_AI_REGULATION,
                 IND_CTO_STRETCHED, IND_AI_CORE_PRODUCT, IND_COUNT };

/* R5: the conditions under which the CTO can absorb the CAIO role. */
enum absorb { ABS_FEW_USE_CASES, ABS_UNDER_500, ABS_AI_INTERNAL_ONLY,
              ABS_LOW_REGULATION, ABS_COUNT };

/* What holds a CAIO verdict back from where the signs alone would put
   it (rules version 2). */
enum caio_gate
{
  GATE_NONE,
  GATE_NO_AI,          /* no AI work: nothing to lead yet */
  GATE_SIZE,           /* two signs or more, below 50 employees */
  GATE_BOTH_LISTS,     /* two signs or more, and three conditions too */
  GATE_INTERNAL        /* only regulation and a stretched leader, AI
                          internal with one or two use cases */
};

/* Whether a condition holds, as far as the answers tell. */
enum tri { TRI_NO, TRI_YES, TRI_UNKNOWN };

/* The answers the rules read. */
enum fact
{
  F_IN_PRODUCT,     /* first: it decides whether the AI numbers matter */
  F_OFFERING, F_EMPLOYEES, F_COMPLEXITY, F_SPEND, F_PEOPLE, F_USE_CASES,
  F_REGULATION, F_STRETCHED, F_PRIORITY, F_COUNT
};

/* Facts as numbers: the value of a number, the index of a choice's
   option in these enums; FACT_UNKNOWN when not answered (or not
   asked). */
#define FACT_UNKNOWN (-1)
enum { OFF_PRODUCT, OFF_SERVICE, OFF_MIXED };
enum { CPLX_LOW, CPLX_MEDIUM, CPLX_HIGH };
enum { AI_NONE, AI_INTERNAL, AI_FEATURE, AI_CORE };
enum { REG_MINIMAL, REG_MODERATE, REG_HEAVY };
enum { STRETCHED_YES, STRETCHED_NO, STRETCHED_NO_CTO };
enum { PRI_FIRST_PRODUCT, PRI_SCALE, PRI_PRODUCT_LED, PRI_PLATFORM,
       PRI_MODERNISE, PRI_GOVERN };

/* An answer that weighed in a decision, and how, in words.  AGAINST:
   it pointed away from the verdict reached. */
struct reason
{
  const char *id;            /* the question */
  const char *answer;        /* as stored: an option id, a number */
  struct msg effect;
  enum decision decision;
  bool against;
};

/* The decisions a single answer can turn. */
enum turn { TURN_PRIMARY, TURN_CAIO, TURN_REPORTS, TURN_COUNT };

/* One answer changed, the others held, that moves a decision. */
struct turning_point
{
  enum fact fact;
  long long now, at;         /* numbers, or the options' indexes */
  enum turn decision;
  int to;                    /* the new enum primary, caio_verdict or
                                reports_to */
  enum primary primary_then; /* who leads technology after the change */
  bool leader_missing_then;  /* and whether nobody leads it yet then */
  double distance;           /* how small the change is */
};

enum when { WHEN_NOW, WHEN_90_DAYS, WHEN_LATER };

struct plan_step
{
  enum when when;
  struct msg action;
};

/* Who governs one of the AI risks named, and the first thing to do. */
struct governance
{
  const char *risk;          /* the option id in ai.risks */
  const char *label;         /* its label (a msgid of the bank) */
  enum role owner;
  const char *action;        /* a msgid */
};

enum tool_step { TS_GOAL, TS_USERS, TS_TEST, TS_SECURITY, TS_MEASURE,
                 TS_REVIEW, TS_COUNT };

enum tool_verdict { TOOL_READY, TOOL_PILOT, TOOL_NOT_READY };

struct tool_result
{
  int number;                       /* N of tool.N.* */
  const char *name;                 /* NULL when not given */
  int in_use;                       /* 1 yes, 0 no, -1 not answered */
  int steps[TS_COUNT];              /* enum step_state as they count (na
                                       only for security), -1
                                       unanswered */
  int steps_done;                   /* steps marked done */
  enum tool_verdict verdict;
  const char *next[TS_COUNT];       /* untranslated, in the order to do */
  size_t n_next;
  const char *note;                 /* the assumption behind a security
                                       check marked not applicable */
  unsigned na_refused;              /* bit S: step S was "na" where that
                                       cannot be, and counts as not
                                       started */
};

/* ------------------------------------------------------------ modules */

/* CTO readiness: article 002's nine areas, in the bank's order. */
enum readiness_area { RA_STRATEGY, RA_BUSINESS, RA_AI, RA_COMMUNICATION,
                      RA_UNCERTAINTY, RA_STAKEHOLDERS, RA_TEAM,
                      RA_GOVERNANCE, RA_MATURITY, RA_COUNT };

/* Which challenge the recommended leader faces, and so which areas
   weigh most: building the first product and team, scaling, or steering
   a larger estate (enterprise, transformation, AI, or a CIO). */
enum readiness_fit { FIT_BUILD, FIT_SCALE, FIT_STEER };

enum { READINESS_TOP = 3 };

struct readiness
{
  bool taken;                   /* an area rated */
  bool chosen;                  /* the module chosen */
  int subject;                  /* readiness.subject's option, or -1 */
  int ratings[RA_COUNT];        /* 1..5; 0 not rated */
  int n_rated;
  int mean10;                   /* the mean rating times ten, rounded */
  enum readiness_fit fit;
  int strongest[READINESS_TOP]; /* areas, best first */
  size_t n_strongest;
  int priorities[READINESS_TOP];/* areas, most needed first */
  const char *steps[READINESS_TOP];   /* msgids: a next step each */
  size_t n_priorities;
};

/* AI governance and adoption: article 002's seven governance
   questions, its six risk questions, five adoption practices. */
enum gov_item
{
  GI_APPROVAL, GI_DATA, GI_REVIEW, GI_TESTING, GI_VENDORS, GI_ESCALATION,
  GI_MONITORING,
  GI_RISK_OUTPUT, GI_RISK_TRAINING, GI_RISK_OVERSIGHT, GI_RISK_LEAKS,
  GI_RISK_VENDOR, GI_RISK_PRETEST,
  GI_TRAINING, GI_PATTERNS, GI_ACCEPTABLE_USE, GI_FEEDBACK, GI_IMPACT,
  GI_COUNT
};

enum gov_group { GG_GOVERNANCE, GG_RISK, GG_ADOPTION };
enum gov_state { GS_IN_PLACE, GS_PARTLY, GS_NOT_YET };
/* The maturity bands, from the score: below 25, 50, 75, and above. */
enum gov_band { GB_NONE, GB_ADHOC, GB_EMERGING, GB_DEFINED, GB_MANAGED };

struct gov_gap
{
  enum gov_item item;
  enum gov_state state;        /* partly or not yet */
  enum role owner;
  int weight;                  /* how much it matters here: the rank */
  const char *why;             /* a msgid: what raised it, or NULL */
};

struct gov_result
{
  bool taken;                  /* an item answered */
  bool chosen;
  int states[GI_COUNT];        /* enum gov_state, -1 unanswered */
  int n_answered;
  int score;                   /* 0..100, or SCORE_NONE */
  enum gov_band band;
  struct gov_gap gaps[GI_COUNT];   /* most pressing first */
  size_t n_gaps;
};

/* Whom the advice hires or appoints first, for the hiring brief. */
enum hire_role { HIRE_NONE, HIRE_LEADER, HIRE_CTO, HIRE_FRACTIONAL_CTO,
                 HIRE_CIO, HIRE_FRACTIONAL_CIO, HIRE_CAIO, HIRE_VP,
                 HIRE_HEAD };

/* The three months of a new leader: days 1-30, 31-60, 61-90. */
enum { HIRE_MAX_PLAN = 10, HIRE_MAX_OWNS = 5 };

struct hire_step
{
  int month;                   /* 1, 2 or 3 */
  struct msg action;
};

struct hire_result
{
  enum hire_role role;         /* HIRE_NONE: the advice hires nobody */
  bool taken;                  /* a hire question answered */
  bool chosen;
  int source;                  /* hire.source's option, or -1 */
  const char *mandate;         /* msgid */
  const char *owns[HIRE_MAX_OWNS];     /* msgids */
  size_t n_owns;
  const char *not_owns[HIRE_MAX_OWNS]; /* msgids: what others own */
  size_t n_not_owns;
  struct hire_step plan[HIRE_MAX_PLAN];  /* in order */
  size_t n_plan;
};

/* A score not known yet: its verdict is undecided. */
#define SCORE_NONE (-1)

#define RESULT_MAX_PLAN 20
#define RESULT_MAX_MISSING 16

struct result
{
  const char *company;              /* NULL when not given */
  bool complete;                    /* every core question answered */
  long long facts[F_COUNT];         /* as answered; FACT_UNKNOWN */
  enum tri ai_work;                 /* rules v2: any AI work at all */
  enum primary primary;
  enum caio_verdict caio;
  enum reports_to reports_to;
  enum cto_kind cto_kind;
  enum form form;
  enum delivery_lead delivery;      /* advised by the plan, or NONE */
  bool form_decided;                /* FORM is not merely the default */
  enum caio_gate gate;
  int scores[ROLE_COUNT];           /* 0..100, or SCORE_NONE */
  enum tri indicators[IND_COUNT];
  enum tri absorb[ABS_COUNT];
  int indicators_met, absorb_met;   /* those that surely hold */
  struct reason *reasons;
  size_t n_reasons, cap_reasons;
  struct turning_point *turns;      /* nearest first */
  size_t n_turns, cap_turns;
  struct governance *governance;
  size_t n_governance;
  struct plan_step plan[RESULT_MAX_PLAN];   /* in time order */
  size_t n_plan;
  struct tool_result *tools;
  size_t n_tools;
  const char *missing[RESULT_MAX_MISSING];  /* core ids not answered */
  size_t n_missing;
  struct readiness readiness;       /* the optional modules */
  struct gov_result gov;
  struct hire_result hire;
};

/* Whether nobody leads technology yet (lead.cto_stretched = no_cto). */
bool result_leader_missing (const struct result *r);

/* Whether the recommendation includes a CTO. */
bool result_has_cto (const struct result *r);

#endif
