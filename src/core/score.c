/* score.c: the decision rules (CONTENT.md sections 2 and 3).
   Verdicts come from the rules below; the 0..100 scores from the bank's
   weights.  Missing answers are handled by trying every value they could
   take: a verdict stands only when all of them agree. */
#include "system.h"

#include <limits.h>

#include "core/score.h"
#include "core/util.h"

/* ---------------------------------------------------------------- ids */

static const char *const primary_ids[] = { "undecided", "cto", "cio", "both" };
static const char *const caio_ids[] = { "undecided", "dedicated",
                                        "cto_absorbs", "watch" };
static const char *const reports_ids[] = { NULL, "cto", "ceo" };
static const char *const kind_ids[] = { NULL, "startup", "scaleup",
                                        "enterprise", "product", "platform",
                                        "transformation", "fractional", "ai" };
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

const char *score_primary_id (enum primary p) { return primary_ids[p]; }
const char *score_caio_id (enum caio_verdict c) { return caio_ids[c]; }
const char *score_reports_id (enum reports_to r) { return reports_ids[r]; }
const char *score_kind_id (enum cto_kind k) { return kind_ids[k]; }
const char *score_indicator_id (enum indicator i) { return indicator_ids[i]; }
const char *score_absorb_id (enum absorb a) { return absorb_ids[a]; }
const char *score_step_id (enum tool_step s) { return step_ids[s]; }
const char *score_verdict_id (enum tool_verdict v) { return verdict_ids[v]; }
const char *score_role_id (enum role r) { return role_ids[r]; }

/* ------------------------------------------------------------ thresholds */

/* Strict, as the sources state them (CONTENT.md R4, R5). */
#define CAIO_SPEND_ABOVE 5000000LL     /* "exceeds $5M" */
#define CAIO_PEOPLE_ABOVE 20           /* "more than 20 people" */
#define ABSORB_EMPLOYEES_BELOW 500     /* "fewer than 500 employees" */
#define ABSORB_USE_CASES_AT_MOST 2     /* "one or two use cases" */
#define LARGE_COMPANY 500              /* large enough for CTO and CIO */
#define VERY_LARGE_COMPANY 1000        /* thousands of staff (R2, R6) */
#define STARTUP_BELOW 50
#define FRACTIONAL_BELOW 20

/* -------------------------------------------------------------- facts */

/* The answers the rules read, as numbers; -1 is unknown. */
enum fact
{
  F_IN_PRODUCT,     /* first: it decides whether the AI numbers matter */
  F_OFFERING, F_EMPLOYEES, F_COMPLEXITY, F_SPEND, F_PEOPLE, F_USE_CASES,
  F_REGULATION, F_STRETCHED, F_PRIORITY, F_COUNT
};

enum { OFF_PRODUCT, OFF_SERVICE, OFF_MIXED };
enum { AI_NONE, AI_INTERNAL, AI_FEATURE, AI_CORE };
enum { REG_MINIMAL, REG_MODERATE, REG_HEAVY };
enum { STRETCHED_YES, STRETCHED_NO, STRETCHED_NO_CTO };
enum { PRI_FIRST_PRODUCT, PRI_SCALE, PRI_PRODUCT_LED, PRI_PLATFORM,
       PRI_MODERNISE, PRI_GOVERN };

struct fact_def
{
  const char *id;
  const char *const *options;    /* NULL for numbers */
  long long samples[6];          /* values to try when unknown; -1 ends */
};

static const char *const offering_opts[] = { "product", "service", "mixed", NULL };
static const char *const complexity_opts[] = { "low", "medium", "high", NULL };
static const char *const in_product_opts[] = { "none", "internal", "feature",
                                               "core", NULL };
static const char *const regulation_opts[] = { "minimal", "moderate", "heavy",
                                               NULL };
static const char *const stretched_opts[] = { "yes", "no", "no_cto", NULL };
static const char *const priority_opts[] = { "first_product", "scale",
                                             "product_led", "platform",
                                             "modernise", "govern", NULL };

/* The samples cover each side of every threshold the rules use. */
static const struct fact_def facts_def[F_COUNT] = {
  { "ai.in_product", in_product_opts, { 0, 1, 2, 3, -1 } },
  { "company.offering", offering_opts, { 0, 1, 2, -1 } },
  { "company.employees", NULL, { 5, 30, 200, 700, 2000, -1 } },
  { "company.internal_complexity", complexity_opts, { 0, 1, 2, -1 } },
  { "ai.annual_spend_usd", NULL, { 0, CAIO_SPEND_ABOVE + 1, -1 } },
  { "ai.people", NULL, { 0, CAIO_PEOPLE_ABOVE + 1, -1 } },
  { "ai.use_cases", NULL, { 0, ABSORB_USE_CASES_AT_MOST + 1, -1 } },
  { "ai.regulation", regulation_opts, { 0, 1, 2, -1 } },
  { "lead.cto_stretched", stretched_opts, { 0, 1, 2, -1 } },
  /* Unknown priority is not tried: the kind of CTO then follows size. */
  { "lead.priority", priority_opts, { -1 } },
};

/* The answers INTERFACE.md calls core: "complete" means all are given. */
static const char *const core_ids[] = {
  "company.name", "company.employees", "company.offering", "company.internal_complexity",
  "ai.annual_spend_usd", "ai.people", "ai.use_cases", "ai.in_product",
  "ai.regulation", "lead.cto_stretched"
};

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

/* The answer to non-repeated question Q, if Q is asked; else NULL. */
static const char *
visible_answer (const struct bank *bank, const struct session *session,
                const struct question *q)
{
  const char *value = session_get (session, q->id);

  return value != NULL && score_visible (bank, session, q, 0) ? value : NULL;
}

/* The visible answer to non-repeated question ID, or NULL. */
static const char *
answer_of (const struct bank *bank, const struct session *session,
           const char *id)
{
  int instance;
  const struct question *q = bank_find (bank, id, &instance);

  return q != NULL && instance == 0 ? visible_answer (bank, session, q)
                                    : NULL;
}

static long long
fact_read (const struct bank *bank, const struct session *session,
           enum fact f)
{
  const char *value = answer_of (bank, session, facts_def[f].id);
  long long i;

  if (value == NULL)
    return -1;
  if (facts_def[f].options == NULL)
    return strtoll (value, NULL, 10);
  for (i = 0; facts_def[f].options[i] != NULL; i++)
    if (strcmp (value, facts_def[f].options[i]) == 0)
      return i;
  return -1;   /* a custom bank's option the rules do not know */
}

static void
facts_read (const struct bank *bank, const struct session *session,
            long long facts[F_COUNT])
{
  int f;

  for (f = 0; f < F_COUNT; f++)
    facts[f] = fact_read (bank, session, f);
}

/* ------------------------------------------------------------ decisions */

/* What the rules decide from a full set of facts. */
struct decision
{
  enum primary primary;
  enum caio_verdict caio;
  enum reports_to reports_to;
  enum cto_kind kind;
  bool indicators[IND_COUNT];
  bool absorb[ABS_COUNT];
};

/* R1-R3: who leads technology. */
static enum primary
decide_primary (const long long *f)
{
  bool large = f[F_EMPLOYEES] >= LARGE_COMPANY;
  bool very_large = f[F_EMPLOYEES] >= VERY_LARGE_COMPANY;

  switch (f[F_OFFERING])
    {
    case OFF_PRODUCT:
      return very_large && f[F_COMPLEXITY] == 2 ? PRIMARY_BOTH : PRIMARY_CTO;
    case OFF_SERVICE:
      return large && f[F_IN_PRODUCT] >= AI_FEATURE ? PRIMARY_BOTH
                                                    : PRIMARY_CIO;
    default:
      return large ? PRIMARY_BOTH : PRIMARY_CTO;
    }
}

/* R8: which kind of CTO, when a CTO is recommended. */
static enum cto_kind
decide_kind (const long long *f, enum primary primary, enum caio_verdict caio)
{
  static const enum cto_kind by_priority[] = {
    KIND_STARTUP, KIND_SCALEUP, KIND_PRODUCT, KIND_PLATFORM,
    KIND_TRANSFORMATION, KIND_ENTERPRISE
  };

  if (primary != PRIMARY_CTO && primary != PRIMARY_BOTH)
    return KIND_NONE;
  if (f[F_IN_PRODUCT] == AI_CORE && caio != CAIO_DEDICATED)
    return KIND_AI;
  if (f[F_STRETCHED] == STRETCHED_NO_CTO && f[F_EMPLOYEES] < FRACTIONAL_BELOW
      && f[F_OFFERING] != OFF_PRODUCT)
    return KIND_FRACTIONAL;
  if (f[F_PRIORITY] >= 0)
    return by_priority[f[F_PRIORITY]];
  if (f[F_EMPLOYEES] < STARTUP_BELOW)
    return KIND_STARTUP;
  return f[F_EMPLOYEES] < VERY_LARGE_COMPANY ? KIND_SCALEUP : KIND_ENTERPRISE;
}

static void
decide (const long long *f, struct decision *d)
{
  int met = 0, can = 0, i;

  d->indicators[IND_AI_SPEND] = f[F_SPEND] > CAIO_SPEND_ABOVE;
  d->indicators[IND_AI_PEOPLE] = f[F_PEOPLE] > CAIO_PEOPLE_ABOVE;
  d->indicators[IND_AI_REGULATION] = f[F_REGULATION] == REG_HEAVY;
  d->indicators[IND_CTO_STRETCHED] = f[F_STRETCHED] == STRETCHED_YES;
  d->indicators[IND_AI_CORE_PRODUCT] = f[F_IN_PRODUCT] == AI_CORE;
  d->absorb[ABS_FEW_USE_CASES] = f[F_USE_CASES] <= ABSORB_USE_CASES_AT_MOST;
  d->absorb[ABS_UNDER_500] = f[F_EMPLOYEES] < ABSORB_EMPLOYEES_BELOW;
  d->absorb[ABS_AI_INTERNAL_ONLY] = f[F_IN_PRODUCT] == AI_INTERNAL;
  d->absorb[ABS_LOW_REGULATION] = f[F_REGULATION] == REG_MINIMAL;
  for (i = 0; i < IND_COUNT; i++)
    met += d->indicators[i];
  for (i = 0; i < ABS_COUNT; i++)
    can += d->absorb[i];

  /* R4, R5 as INTERFACE.md fixes them. */
  if (met >= 2)
    d->caio = CAIO_DEDICATED;
  else if (met == 0 && can >= 3)
    d->caio = CAIO_CTO_ABSORBS;
  else
    d->caio = CAIO_WATCH;

  /* R6: start under the CTO; report to the CEO once AI is strategic or
     the company is very large. */
  d->reports_to = REPORTS_NONE;
  if (d->caio == CAIO_DEDICATED)
    d->reports_to = f[F_IN_PRODUCT] == AI_CORE
                    || f[F_EMPLOYEES] >= VERY_LARGE_COMPANY
                    ? REPORTS_CEO : REPORTS_CTO;
  d->primary = decide_primary (f);
  d->kind = decide_kind (f, d->primary, d->caio);
}

/* The decisions over every way the unknown facts could be answered. */
struct outcome
{
  bool seen;
  struct decision first;
  bool primary_varies, caio_varies, reports_varies, kind_varies;
  bool ind_yes[IND_COUNT], ind_no[IND_COUNT];
  bool abs_yes[ABS_COUNT], abs_no[ABS_COUNT];
};

static void
outcome_add (struct outcome *o, const struct decision *d)
{
  int i;

  if (!o->seen)
    {
      o->seen = true;
      o->first = *d;
    }
  o->primary_varies |= d->primary != o->first.primary;
  o->caio_varies |= d->caio != o->first.caio;
  o->reports_varies |= d->reports_to != o->first.reports_to;
  o->kind_varies |= d->kind != o->first.kind;
  for (i = 0; i < IND_COUNT; i++)
    {
      o->ind_yes[i] |= d->indicators[i];
      o->ind_no[i] |= !d->indicators[i];
    }
  for (i = 0; i < ABS_COUNT; i++)
    {
      o->abs_yes[i] |= d->absorb[i];
      o->abs_no[i] |= !d->absorb[i];
    }
}

static void
enumerate (long long *f, int next, struct outcome *o)
{
  struct decision d;
  long long saved;
  int i;

  while (next < F_COUNT && (f[next] >= 0 || facts_def[next].samples[0] < 0))
    next++;
  if (next == F_COUNT)
    {
      decide (f, &d);
      outcome_add (o, &d);
      return;
    }
  saved = f[next];
  /* Without AI there is no AI spending, team or use case to count. */
  if (f[F_IN_PRODUCT] == AI_NONE
      && (next == F_SPEND || next == F_PEOPLE || next == F_USE_CASES))
    {
      f[next] = 0;
      enumerate (f, next + 1, o);
    }
  else
    for (i = 0; i < 6 && facts_def[next].samples[i] >= 0; i++)
      {
        f[next] = facts_def[next].samples[i];
        enumerate (f, next + 1, o);
      }
  f[next] = saved;
}

static enum tri
tri_of (bool yes, bool no)
{
  return yes && no ? TRI_UNKNOWN : yes ? TRI_YES : TRI_NO;
}

static void
score_decide (long long *facts, struct result *r)
{
  struct outcome o;
  int i;

  memset (&o, 0, sizeof o);
  enumerate (facts, 0, &o);
  r->primary = o.primary_varies ? PRIMARY_UNDECIDED : o.first.primary;
  r->caio = o.caio_varies ? CAIO_UNDECIDED : o.first.caio;
  r->reports_to = o.reports_varies ? REPORTS_NONE : o.first.reports_to;
  r->cto_kind = o.kind_varies ? KIND_NONE : o.first.kind;
  for (i = 0; i < IND_COUNT; i++)
    {
      r->indicators[i] = tri_of (o.ind_yes[i], o.ind_no[i]);
      r->indicators_met += r->indicators[i] == TRI_YES;
    }
  for (i = 0; i < ABS_COUNT; i++)
    {
      r->absorb[i] = tri_of (o.abs_yes[i], o.abs_no[i]);
      r->absorb_met += r->absorb[i] == TRI_YES;
    }
}

/* --------------------------------------------------- scores and reasons */

/* The lowest and highest weight question Q can give ROLE. */
static void
weight_range (const struct question *q, int role, long *lo, long *hi)
{
  size_t i;
  long w;

  *lo = *hi = 0;
  if (q->type == QT_MULTI)
    for (i = 0; i < q->n_options; i++)
      {
        w = q->options[i].weights.w[role];
        *lo += w < 0 ? w : 0;
        *hi += w > 0 ? w : 0;
      }
  else
    {
      /* A number outside every band weighs nothing; so may an option. */
      bool first = q->n_options > 0;

      for (i = 0; i < q->n_options; i++)
        {
          w = q->options[i].weights.w[role];
          if (first || w < *lo)
            *lo = w;
          if (first || w > *hi)
            *hi = w;
          first = false;
        }
      for (i = 0; i < q->n_bands; i++)
        {
          w = q->bands[i].weights.w[role];
          *lo = w < *lo ? w : *lo;
          *hi = w > *hi ? w : *hi;
        }
    }
}

static void
reason_add (struct result *r, size_t *cap, const char *id, const char *answer,
            const char *effect)
{
  if (effect == NULL)
    return;
  r->reasons = xgrow (r->reasons, cap, r->n_reasons + 1, sizeof *r->reasons);
  r->reasons[r->n_reasons].id = id;
  r->reasons[r->n_reasons].answer = answer;
  r->reasons[r->n_reasons].effect = effect;
  r->n_reasons++;
}

/* Add what answer VALUE to Q weighs into SUM, and its reasons. */
static void
score_answer (struct result *r, size_t *cap, const struct question *q,
              const char *value, long sum[ROLE_COUNT])
{
  const struct bank_option *o;
  const struct band *b;
  size_t i;
  int role;

  if (q->type == QT_CHOICE && (o = bank_option (q, value)) != NULL)
    {
      for (role = 0; role < ROLE_COUNT; role++)
        sum[role] += o->weights.w[role];
      reason_add (r, cap, q->id, o->id, o->reason);
    }
  else if (q->type == QT_MULTI)
    for (i = 0; i < q->n_options; i++)
      {
        if (!bank_multi_has (value, q->options[i].id))
          continue;
        for (role = 0; role < ROLE_COUNT; role++)
          sum[role] += q->options[i].weights.w[role];
        reason_add (r, cap, q->id, q->options[i].id, q->options[i].reason);
      }
  else if (q->n_bands > 0 && (b = bank_band (q, strtoll (value, NULL, 10))))
    {
      for (role = 0; role < ROLE_COUNT; role++)
        sum[role] += b->weights.w[role];
      reason_add (r, cap, q->id, value, b->reason);
    }
}

static void
score_weights (const struct bank *bank, const struct session *session,
               struct result *r)
{
  long sum[ROLE_COUNT] = { 0, 0, 0 }, lo[ROLE_COUNT] = { 0, 0, 0 },
       hi[ROLE_COUNT] = { 0, 0, 0 };
  size_t i, cap = 0;
  int role;

  for (i = 0; i < bank->n_questions; i++)
    {
      const struct question *q = &bank->questions[i];
      const char *value;

      if (bank->sections[q->section].repeat != NULL
          || (value = visible_answer (bank, session, q)) == NULL)
        continue;
      for (role = 0; role < ROLE_COUNT; role++)
        {
          long l, h;

          weight_range (q, role, &l, &h);
          lo[role] += l;
          hi[role] += h;
        }
      score_answer (r, &cap, q, value, sum);
    }
  for (role = 0; role < ROLE_COUNT; role++)
    r->scores[role] = hi[role] > lo[role]
      ? (int) ((200 * (sum[role] - lo[role]) + (hi[role] - lo[role]))
               / (2 * (hi[role] - lo[role])))
      : 0;
}

/* ---------------------------------------------------------------- tools */

/* What to do about a step, by its state; NULL when nothing is needed. */
static const char *
tool_next_step (enum tool_step step, int state)
{
  static const char *const todo[TS_COUNT][2] = {
    { N_("Agree with everyone involved on what the tool should achieve, "
         "in a sentence or two you can check later."),
      N_("Finish writing down the tool's goal and get the people involved "
         "to agree to it.") },
    { N_("Find out who will use the tool every day and what they need; "
         "give them the main say in choosing it."),
      N_("Finish talking to the daily users, and let their needs decide.") },
    { N_("Try the tool on real work with a few of its future users before "
         "committing to it."),
      N_("Complete the trial and write down where the tool fell short.") },
    { N_("Have technology leadership check the tool's security, data "
         "handling and fit with existing systems; do not deploy before "
         "then."),
      N_("Wait for the security and integration check to finish before "
         "deploying.") },
    { N_("Once deployed, measure whether the tool really improves the work: "
         "time saved, fewer errors, happier users."),
      N_("Keep measuring the results and compare them with the goal.") },
    { N_("Put a date in the calendar to check whether a better tool has "
         "appeared."),
      N_("Make the check for better tools a regular habit, not a "
         "one-off.") },
  };

  if (state == STEP_DONE)
    return NULL;
  if (state == STEP_NA)
    return step <= TS_TEST
           ? N_("This step cannot be skipped for any tool: a goal, its "
                "daily users and a test are always needed.")
           : NULL;
  return todo[step][state == STEP_IN_PROGRESS];
}

/* INTERFACE.md: ready only when goal, users, test and security are done
   (security may be "na"); not ready while goal, users or test has not
   started.  An unanswered step counts as not started. */
static enum tool_verdict
tool_verdict_of (const int *steps)
{
  int i;
  bool ready = true;

  for (i = TS_GOAL; i <= TS_TEST; i++)
    if (steps[i] == STEP_NOT_STARTED || steps[i] < 0)
      return TOOL_NOT_READY;
  for (i = TS_GOAL; i <= TS_TEST; i++)
    ready &= steps[i] == STEP_DONE;
  ready &= steps[TS_SECURITY] == STEP_DONE || steps[TS_SECURITY] == STEP_NA;
  return ready ? TOOL_READY : TOOL_PILOT;
}

/* "PREFIX.NUMBER.FIELD", in BUF (of SIZE) when it fits,
   else in *SPILL, which the caller frees.  A summary builds seven for
   each tool of each file: too many for printf and malloc every time. */
static const char *
tool_id (char *buf, size_t size, char **spill, const char *prefix,
         int number, const char *field)
{
  char digits[STR_LL_SIZE];
  size_t n_digits = str_of_ll (digits, number), n_prefix = strlen (prefix);
  size_t n_field = strlen (field), need = n_prefix + n_digits + n_field + 3;
  char *out;

  *spill = NULL;
  out = need <= size ? buf : (*spill = xmalloc (need));
  memcpy (out, prefix, n_prefix);
  out[n_prefix] = '.';
  memcpy (out + n_prefix + 1, digits, n_digits);
  out[n_prefix + 1 + n_digits] = '.';
  memcpy (out + n_prefix + n_digits + 2, field, n_field + 1);
  return out;
}

static void
tool_fill (const struct bank *bank, const struct session *session,
           const char *prefix, struct tool_result *t)
{
  char buf[64], *spill;
  const char *id;
  int s;

  id = tool_id (buf, sizeof buf, &spill, prefix, t->number, "name");
  t->name = session_get (session, id);
  free (spill);
  t->steps_done = 0;
  t->n_next = 0;
  for (s = 0; s < TS_COUNT; s++)
    {
      const struct question *q;
      const char *value, *next;
      int instance;

      id = tool_id (buf, sizeof buf, &spill, prefix, t->number, step_ids[s]);
      q = bank_find (bank, id, &instance);
      value = session_get (session, id);
      free (spill);
      t->steps[s] = -1;
      if (q != NULL && value != NULL
          && score_visible (bank, session, q, instance))
        t->steps[s] = bank_step_parse (value);
      t->steps_done += t->steps[s] == STEP_DONE;
      next = tool_next_step (s, t->steps[s] < 0 ? STEP_NOT_STARTED
                                                 : t->steps[s]);
      if (next != NULL)
        t->next[t->n_next++] = next;
    }
  t->verdict = tool_verdict_of (t->steps);
}

static int
compare_tools (const void *a, const void *b)
{
  const struct tool_result *x = a, *y = b;

  return (x->number > y->number) - (x->number < y->number);
}

/* Every tool with any answer, in number order. */
static void
score_tools (const struct bank *bank, const struct session *session,
             struct result *r)
{
  size_t i, cap = 0, j;

  for (i = 0; i < session->n; i++)
    {
      int instance;
      const struct question *q = bank_find (bank, session->answers[i].id,
                                            &instance);
      const struct section *sec;

      if (q == NULL || instance == 0)
        continue;
      sec = &bank->sections[q->section];
      for (j = 0; j < r->n_tools && r->tools[j].number != instance; j++)
        continue;
      if (j < r->n_tools || strcmp (sec->repeat, "tool") != 0)
        continue;
      r->tools = xgrow (r->tools, &cap, r->n_tools + 1, sizeof *r->tools);
      memset (&r->tools[r->n_tools], 0, sizeof *r->tools);
      r->tools[r->n_tools++].number = instance;
    }
  if (r->n_tools > 0)
    qsort (r->tools, r->n_tools, sizeof *r->tools, compare_tools);
  for (i = 0; i < r->n_tools; i++)
    tool_fill (bank, session, "tool", &r->tools[i]);
}

/* ------------------------------------------------------------- actions */

static void
action_add (struct result *r, const char *msgid)
{
  if (r->n_actions < RESULT_MAX_ACTIONS)
    r->actions[r->n_actions++] = msgid;
}

static void
score_actions (struct result *r, const long long *facts, const char *gap,
               const char *tool_choice)
{
  if (r->primary == PRIMARY_UNDECIDED || r->caio == CAIO_UNDECIDED)
    action_add (r, N_("Answer the questions still open to get a firm "
                      "recommendation."));
  if (r->primary == PRIMARY_CTO && facts[F_STRETCHED] == STRETCHED_NO_CTO)
    action_add (r, N_("Make one person accountable for technology "
                      "direction: hire or appoint a CTO."));
  else if (r->primary == PRIMARY_CTO)
    action_add (r, N_("Confirm your technology leader's mandate as CTO: "
                      "direction, architecture and the engineering team."));
  else if (r->primary == PRIMARY_CIO)
    action_add (r, N_("Give one executive the internal estate: business "
                      "systems, data, security, and the cost of cloud and "
                      "software."));
  else if (r->primary == PRIMARY_BOTH)
    action_add (r, N_("Split the mandate: a CIO keeps the company running "
                      "reliably, a CTO decides how its technology evolves. "
                      "Agree who owns shared ground such as security."));
  if (gap != NULL && (strcmp (gap, "delivery") == 0 || strcmp (gap, "both") == 0))
    action_add (r, N_("Consider a VP of Engineering to run delivery, so "
                      "that technology leadership can focus on direction."));
  if (r->caio == CAIO_DEDICATED)
    {
      action_add (r, N_("Appoint a Chief AI Officer to own AI strategy, "
                        "governance and compliance; the CTO keeps the "
                        "platforms AI runs on."));
      action_add (r, N_("Write down who owns contested ground between AI "
                        "and technology leadership: data-platform "
                        "investment, compute budgets, AI talent and the "
                        "security of models and data."));
    }
  if (r->reports_to == REPORTS_CTO)
    action_add (r, N_("Let the Chief AI Officer report to the CTO at "
                      "first, and move the role to the CEO as AI becomes "
                      "strategic."));
  else if (r->reports_to == REPORTS_CEO)
    action_add (r, N_("Let the Chief AI Officer report directly to the "
                      "CEO."));
  if (r->caio == CAIO_CTO_ABSORBS)
    action_add (r, N_("Add AI strategy and governance to the technology "
                      "leader's mandate in writing, with time and budget "
                      "for it."));
  else if (r->caio == CAIO_WATCH)
    action_add (r, N_("Name one owner for AI within technology leadership "
                      "now, and revisit a dedicated AI role when spending, "
                      "the AI team or regulation grows."));
  if (tool_choice != NULL && strcmp (tool_choice, "users") != 0)
    action_add (r, N_("Let the people who use an AI tool every day choose "
                      "it; technology checks security and integration, and "
                      "no department picks tools for another."));
}

/* ---------------------------------------------------------------- run */

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

      if (answer_of (bank, session, t->id) != NULL
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

void
score_run (const struct bank *bank, const struct session *session,
           struct result *r)
{
  long long facts[F_COUNT];

  memset (r, 0, sizeof *r);
  r->company = answer_of (bank, session, "company.name");
  facts_read (bank, session, facts);
  score_decide (facts, r);
  score_weights (bank, session, r);
  score_tools (bank, session, r);
  score_missing (bank, session, r);
  score_actions (r, facts, answer_of (bank, session, "lead.gap"),
                 answer_of (bank, session, "ai.tool_choice"));
}

void
result_free (struct result *r)
{
  free (r->reasons);
  free (r->tools);
  memset (r, 0, sizeof *r);
}
