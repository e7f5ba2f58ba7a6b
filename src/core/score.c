/* score.c: which questions are asked, and score_run, which calls the
   pieces of the scoring in order: the rules (rules.c), the tools
   (tools.c), the advice that explains both (advice.c), and what to do
   (plan.c). */
#include "system.h"

#include "core/advice.h"
#include "core/gov.h"
#include "core/hire.h"
#include "core/module.h"
#include "core/readiness.h"
#include "core/plan.h"
#include "core/rules.h"
#include "core/score.h"
#include "core/tools.h"
#include "core/util.h"

/* ---------------------------------------------------------------- ids */

static const char *const primary_ids[] = { "undecided", "cto", "cio", "both" };
static const char *const caio_ids[] = { "undecided", "dedicated",
                                        "cto_absorbs", "watch" };
static const char *const reports_ids[] = { NULL, "cto", "ceo" };
static const char *const kind_ids[] = { NULL, "startup", "scaleup",
                                        "enterprise", "product", "platform",
                                        "transformation", "fractional", "ai" };
static const char *const form_ids[] = { "executive", "fractional" };
static const char *const indicator_ids[IND_COUNT] = {
  "ai_spend", "ai_people", "ai_regulation", "cto_stretched", "ai_core_product"
};
static const char *const absorb_ids[ABS_COUNT] = {
  "few_use_cases", "under_500", "ai_internal_only", "low_regulation"
};
static const char *const step_ids[TS_COUNT] = {
  "goal", "users", "test", "security", "measure", "review"
};
static const char *const verdict_ids[] = { "ready", "pilot", "not_ready" };
static const char *const role_ids[ROLE_COUNT] = { "cto", "cio", "caio" };
static const char *const turn_ids[] = { "primary", "caio", "caio_reports_to" };
static const char *const when_ids[] = { "now", "first_90_days", "later" };

const char *score_primary_id (enum primary p) { return primary_ids[p]; }
const char *score_caio_id (enum caio_verdict c) { return caio_ids[c]; }
const char *score_reports_id (enum reports_to r) { return reports_ids[r]; }
const char *score_kind_id (enum cto_kind k) { return kind_ids[k]; }
const char *score_form_id (enum form f) { return form_ids[f]; }
const char *score_indicator_id (enum indicator i) { return indicator_ids[i]; }
const char *score_absorb_id (enum absorb a) { return absorb_ids[a]; }
const char *score_step_id (enum tool_step s) { return step_ids[s]; }
const char *score_verdict_id (enum tool_verdict v) { return verdict_ids[v]; }
const char *score_role_id (enum role r) { return role_ids[r]; }
/* The bank's Decision names are the JSON's. */
const char *score_decision_id (enum decision d) { return bank_decision_name (d); }
const char *score_turn_id (enum turn t) { return turn_ids[t]; }
const char *score_when_id (enum when w) { return when_ids[w]; }

const char *
score_turn_to_id (enum turn t, int to)
{
  return t == TURN_PRIMARY ? primary_ids[to]
         : t == TURN_CAIO ? caio_ids[to] : reports_ids[to];
}

bool
result_leader_missing (const struct result *r)
{
  return r->facts[F_STRETCHED] == STRETCHED_NO_CTO;
}

bool
result_has_cto (const struct result *r)
{
  return r->primary == PRIMARY_CTO || r->primary == PRIMARY_BOTH;
}

/* ---------------------------------------------------------- visibility */

static bool
condition_holds (const struct bank *bank, const struct session *session,
                 const struct condition *c, int instance)
{
  const struct question *t = &bank->questions[c->question];
  /* Only a repeated question needs its id spelled out. */
  char *own = instance > 0 ? bank_instance_id (t, instance) : NULL;
  const char *value = session_get (session, own != NULL ? own : t->id);
  bool holds = false;
  size_t i;

  if (value != NULL && score_visible (bank, session, t, instance))
    {
      if (t->type == QT_INTEGER || t->type == QT_MONEY || t->type == QT_SCALE)
        {
          long long n = strtoll (value, NULL, 10);

          holds = (c->op == OP_EQ && n == c->number)
                  || (c->op == OP_NE && n != c->number)
                  || (c->op == OP_LT && n < c->number)
                  || (c->op == OP_LE && n <= c->number)
                  || (c->op == OP_GT && n > c->number)
                  || (c->op == OP_GE && n >= c->number);
        }
      else
        {
          bool any = false;

          /* For multi answers, "=" means "includes one of". */
          for (i = 0; i < c->n_values && !any; i++)
            any = t->type == QT_MULTI ? bank_multi_has (value, c->values[i])
                                      : strcmp (value, c->values[i]) == 0;
          holds = c->op == OP_EQ ? any : !any;
        }
    }
  free (own);
  return holds;
}

bool
score_visible (const struct bank *bank, const struct session *session,
               const struct question *q, int instance)
{
  size_t i;

  for (i = 0; i < q->n_conditions; i++)
    if (!condition_holds (bank, session, &q->conditions[i], instance))
      return false;
  return true;
}

const char *
score_answer (const struct bank *bank, const struct session *session,
              const char *id)
{
  int instance;
  const struct question *q = bank_find (bank, id, &instance);
  const char *value;

  if (q == NULL || instance != 0)
    return NULL;
  value = session_get (session, q->id);
  return value != NULL && score_visible (bank, session, q, 0) ? value : NULL;
}

/* ------------------------------------------------------------- missing */

/* The answers INTERFACE.md calls core: "complete" means all are given. */
static const char *const core_ids[] = {
  "company.name", "company.employees", "company.offering",
  "company.internal_complexity", "ai.annual_spend_usd", "ai.people",
  "ai.use_cases", "ai.in_product", "ai.regulation", "lead.cto_stretched"
};

/* Whether Q is surely not asked: a condition fails on an answer given
   (not merely on one still missing). */
static bool
score_surely_hidden (const struct bank *bank, const struct session *session,
                     const struct question *q)
{
  size_t i;

  for (i = 0; i < q->n_conditions; i++)
    {
      const struct question *t = &bank->questions[q->conditions[i].question];

      if (score_answer (bank, session, t->id) != NULL
          && !condition_holds (bank, session, &q->conditions[i], 0))
        return true;
    }
  return false;
}

/* The core questions not answered (and not hidden), in bank order. */
static void
score_missing (const struct bank *bank, const struct session *session,
               struct result *r)
{
  size_t i, k, n_core = sizeof core_ids / sizeof core_ids[0];
  bool found[sizeof core_ids / sizeof core_ids[0]] = { false };

  for (i = 0; i < bank->n_questions; i++)
    for (k = 0; k < n_core; k++)
      if (strcmp (bank->questions[i].id, core_ids[k]) == 0)
        {
          const struct question *q = &bank->questions[i];

          found[k] = true;
          if (session_get (session, q->id) == NULL
              && !score_surely_hidden (bank, session, q)
              && r->n_missing < RESULT_MAX_MISSING)
            r->missing[r->n_missing++] = core_ids[k];
        }
  /* A bank without some core question can never be complete. */
  for (k = 0; k < n_core; k++)
    if (!found[k] && r->n_missing < RESULT_MAX_MISSING)
      r->missing[r->n_missing++] = core_ids[k];
  r->complete = r->n_missing == 0;
}

/* ---------------------------------------------------------------- run */

/* The modules: which the session chose (as module_chosen decides: the
   meta.modules line, else the answers held), and the scoring of those
   chosen or answered; a summary of many files skips the rest. */
static void
score_modules (const struct bank *bank, const struct session *session,
               struct result *r)
{
  static const char *const ids[] = { "readiness", "governance", "hire" };
  const char *list = session_get (session, "meta.modules");
  bool started[3] = { false, false, false }, chosen[3];
  size_t i, k;

  for (i = 0; i < session->n; i++)
    for (k = 0; k < 3; k++)
      if (strncmp (session->answers[i].id, ids[k], strlen (ids[k])) == 0
          && session->answers[i].id[strlen (ids[k])] == '.')
        started[k] = true;
  for (k = 0; k < 3; k++)
    chosen[k] = module_find (bank, ids[k]) >= 0
                && (list != NULL ? bank_multi_has (list, ids[k]) : started[k]);
  r->readiness.subject = -1;
  r->gov.score = SCORE_NONE;
  if (started[0] || chosen[0])
    readiness_score (bank, session, r);
  if (started[1] || chosen[1])
    gov_score (bank, session, r);
  r->readiness.chosen = chosen[0];
  r->gov.chosen = chosen[1];
  r->hire.chosen = chosen[2];
}

void
score_verdicts (const struct bank *bank, const struct session *session,
                struct result *r)
{
  long long facts[F_COUNT];

  memset (r, 0, sizeof *r);
  r->company = score_answer (bank, session, "company.name");
  rules_read (bank, session, facts);
  rules_decide (facts, r);
  tools_score (bank, session, r);
  score_missing (bank, session, r);
  advice_scores (bank, session, r);
  score_modules (bank, session, r);
}

void
score_run (const struct bank *bank, const struct session *session,
           struct result *r)
{
  score_verdicts (bank, session, r);
  rules_turning_points (r->facts, r);
  advice_reasons (bank, session, r);
  plan_governance (bank, session, r);
  plan_make (bank, session, r);
  hire_score (bank, session, r);
}

void
result_free (struct result *r)
{
  free (r->reasons);
  free (r->turns);
  free (r->governance);
  free (r->tools);
  memset (r, 0, sizeof *r);
}
