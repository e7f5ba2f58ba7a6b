/* rules.c: the verdicts from the facts.  Missing answers are handled by
   trying every value they could take: a verdict stands only when all of
   them agree.  The values tried, and the changes that turning points
   try, are the two sides of each threshold in one table. */
#include "system.h"

#include "core/rules.h"
#include "core/score.h"
#include "core/util.h"

struct fact_def
{
  const char *id;
  const char *const *options;    /* NULL for numbers */
  /* Numbers: the first value above each threshold, ascending; -1 ends.
     The values tried for an unknown one are 0 and these. */
  long long bounds[6];
  bool tried;                    /* enumerated when unknown */
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

static const struct fact_def facts_def[F_COUNT] = {
  { "ai.in_product", in_product_opts, { -1 }, true },
  { "company.offering", offering_opts, { -1 }, true },
  { "company.employees", NULL,
    { SIZE_FRACTIONAL_BELOW, SIZE_CAIO_FROM, SIZE_LARGE, SIZE_COMPLEX,
      SIZE_THOUSANDS, -1 }, true },
  { "company.internal_complexity", complexity_opts, { -1 }, true },
  { "ai.annual_spend_usd", NULL, { 1, CAIO_SPEND_ABOVE + 1, -1 }, true },
  { "ai.people", NULL, { 1, CAIO_PEOPLE_ABOVE + 1, -1 }, true },
  { "ai.use_cases", NULL, { 1, ABSORB_USE_CASES_AT_MOST + 1, -1 }, true },
  { "ai.regulation", regulation_opts, { -1 }, true },
  { "lead.cto_stretched", stretched_opts, { -1 }, true },
  /* An unknown priority is not tried: the kind of CTO then follows
     size. */
  { "lead.priority", priority_opts, { -1 }, false },
};

const char *
rules_fact_id (enum fact f)
{
  return facts_def[f].id;
}

const char *
rules_fact_option (enum fact f, long long value)
{
  return facts_def[f].options != NULL && value >= 0
         ? facts_def[f].options[value] : NULL;
}

bool
rules_read_question (const char *id)
{
  int f;

  for (f = 0; f < F_COUNT; f++)
    if (strcmp (id, facts_def[f].id) == 0)
      return true;
  return false;
}

/* How many values a fact can take when tried: options, or the samples
   of a number (0 and each bound). */
static int
fact_values (enum fact f)
{
  int n = 0;

  if (facts_def[f].options != NULL)
    while (facts_def[f].options[n] != NULL)
      n++;
  else
    while (facts_def[f].bounds[n] >= 0)
      n++;
  return facts_def[f].options != NULL ? n : n + 1;
}

static long long
fact_value (enum fact f, int i)
{
  return facts_def[f].options != NULL ? i
         : i == 0 ? 0 : facts_def[f].bounds[i - 1];
}

static bool
fact_is_number (enum fact f)
{
  return facts_def[f].options == NULL;
}

/* Without AI the AI numbers are not asked: they count as 0. */
static bool
fact_asked (const long long *f, enum fact which)
{
  return f[F_IN_PRODUCT] != AI_NONE
         || (which != F_SPEND && which != F_PEOPLE && which != F_USE_CASES);
}

void
rules_read (const struct bank *bank, const struct session *session,
            long long facts[F_COUNT])
{
  int f;
  long long i;

  for (f = 0; f < F_COUNT; f++)
    {
      const char *value = score_answer (bank, session, facts_def[f].id);

      facts[f] = FACT_UNKNOWN;
      if (value == NULL)
        continue;
      if (fact_is_number (f))
        facts[f] = strtoll (value, NULL, 10);
      else
        for (i = 0; facts_def[f].options[i] != NULL; i++)
          if (strcmp (value, facts_def[f].options[i]) == 0)
            facts[f] = i;   /* a custom bank's option stays unknown */
    }
}

/* ------------------------------------------------------------ decisions */

/* What the rules decide from a full set of facts. */
struct verdicts
{
  enum primary primary;
  enum caio_verdict caio;
  enum reports_to reports_to;
  enum cto_kind kind;
  enum form form;
  enum caio_gate gate;
  bool ai_work;
  bool indicators[IND_COUNT];
  bool absorb[ABS_COUNT];
};

/* R1-R3 as version 2 states them: who leads technology. */
static enum primary
decide_primary (const long long *f)
{
  long long e = f[F_EMPLOYEES];

  switch (f[F_OFFERING])
    {
    case OFF_PRODUCT:
      return (e >= SIZE_COMPLEX && f[F_COMPLEXITY] == CPLX_HIGH)
             || e >= SIZE_THOUSANDS ? PRIMARY_BOTH : PRIMARY_CTO;
    case OFF_MIXED:
      return e >= SIZE_LARGE ? PRIMARY_BOTH : PRIMARY_CTO;
    default:
      /* A service company that comes to sell AI builds technology. */
      if (f[F_IN_PRODUCT] == AI_CORE)
        return e >= SIZE_LARGE ? PRIMARY_BOTH : PRIMARY_CTO;
      return f[F_IN_PRODUCT] == AI_FEATURE && e >= SIZE_LARGE
             ? PRIMARY_BOTH : PRIMARY_CIO;
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
  if (f[F_STRETCHED] == STRETCHED_NO_CTO
      && f[F_EMPLOYEES] < SIZE_FRACTIONAL_BELOW
      && f[F_OFFERING] != OFF_PRODUCT)
    return KIND_FRACTIONAL;
  if (f[F_PRIORITY] >= 0)
    return by_priority[f[F_PRIORITY]];
  if (f[F_EMPLOYEES] < SIZE_STARTUP_BELOW)
    return KIND_STARTUP;
  return f[F_EMPLOYEES] < SIZE_COMPLEX ? KIND_SCALEUP : KIND_ENTERPRISE;
}

/* R4 and R5 with version 2's preconditions: AI work first, then size
   and footprint. */
static void
decide_caio (const long long *f, struct verdicts *d)
{
  int met = 0, can = 0, i;
  bool only_soft, small;

  for (i = 0; i < IND_COUNT; i++)
    met += d->indicators[i];
  for (i = 0; i < ABS_COUNT; i++)
    can += d->absorb[i];
  only_soft = !d->indicators[IND_AI_SPEND] && !d->indicators[IND_AI_PEOPLE]
              && !d->indicators[IND_AI_CORE_PRODUCT];
  small = can >= 3 || (only_soft && f[F_IN_PRODUCT] == AI_INTERNAL
                       && d->absorb[ABS_FEW_USE_CASES]);
  d->gate = GATE_NONE;
  if (!d->ai_work)
    {
      d->caio = CAIO_CTO_ABSORBS;
      d->gate = GATE_NO_AI;
    }
  else if (met >= 2)
    {
      d->caio = CAIO_WATCH;
      d->gate = f[F_EMPLOYEES] < SIZE_CAIO_FROM ? GATE_SIZE
                : can >= 3 ? GATE_BOTH_LISTS
                : small ? GATE_INTERNAL : GATE_NONE;
      if (d->gate == GATE_NONE)
        d->caio = CAIO_DEDICATED;
    }
  else
    d->caio = met == 0 && can >= 3 ? CAIO_CTO_ABSORBS : CAIO_WATCH;
}

/* R6 as version 2 states it: to the CTO only while the CTO is the one
   technology executive, in post, AI neither core nor regulated, and the
   company mid-sized; to the CEO otherwise, and never back. */
static enum reports_to
decide_reports (const long long *f, const struct verdicts *d)
{
  if (d->caio != CAIO_DEDICATED)
    return REPORTS_NONE;
  return d->primary == PRIMARY_CTO && f[F_STRETCHED] != STRETCHED_NO_CTO
         && f[F_IN_PRODUCT] != AI_CORE && !d->indicators[IND_AI_REGULATION]
         && f[F_EMPLOYEES] < SIZE_COMPLEX ? REPORTS_CTO : REPORTS_CEO;
}

static void
decide (const long long *facts, struct verdicts *d)
{
  long long f[F_COUNT];

  memcpy (f, facts, sizeof f);
  if (f[F_IN_PRODUCT] == AI_NONE)
    f[F_SPEND] = f[F_PEOPLE] = f[F_USE_CASES] = 0;
  d->ai_work = f[F_IN_PRODUCT] >= AI_FEATURE || f[F_USE_CASES] > 0
               || f[F_PEOPLE] > 0 || f[F_SPEND] > 0;
  d->indicators[IND_AI_SPEND] = f[F_SPEND] > CAIO_SPEND_ABOVE;
  d->indicators[IND_AI_PEOPLE] = f[F_PEOPLE] > CAIO_PEOPLE_ABOVE;
  /* Regulation of AI, or a leader too stretched to add AI, says nothing
     where there is no AI. */
  d->indicators[IND_AI_REGULATION] = d->ai_work
                                     && f[F_REGULATION] == REG_HEAVY;
  d->indicators[IND_CTO_STRETCHED] = d->ai_work
                                     && f[F_STRETCHED] == STRETCHED_YES;
  d->indicators[IND_AI_CORE_PRODUCT] = f[F_IN_PRODUCT] == AI_CORE;
  d->absorb[ABS_FEW_USE_CASES] = f[F_USE_CASES] <= ABSORB_USE_CASES_AT_MOST;
  d->absorb[ABS_UNDER_500] = f[F_EMPLOYEES] < SIZE_LARGE;
  d->absorb[ABS_AI_INTERNAL_ONLY] = f[F_IN_PRODUCT] <= AI_INTERNAL;
  d->absorb[ABS_LOW_REGULATION] = f[F_REGULATION] == REG_MINIMAL;
  decide_caio (f, d);
  d->primary = decide_primary (f);
  d->reports_to = decide_reports (f, d);
  d->kind = decide_kind (f, d->primary, d->caio);
  d->form = (d->primary == PRIMARY_CIO && f[F_EMPLOYEES] < SIZE_CAIO_FROM
             && !d->indicators[IND_AI_SPEND] && !d->indicators[IND_AI_PEOPLE])
            || d->kind == KIND_FRACTIONAL ? FORM_FRACTIONAL : FORM_EXECUTIVE;
}

/* The decisions over every way the unknown facts could be answered. */
struct outcome
{
  bool seen;
  struct verdicts first;
  bool primary_varies, caio_varies, reports_varies, kind_varies,
       form_varies, gate_varies;
  bool work_yes, work_no;
  bool ind_yes[IND_COUNT], ind_no[IND_COUNT];
  bool abs_yes[ABS_COUNT], abs_no[ABS_COUNT];
};

static void
outcome_add (struct outcome *o, const struct verdicts *d)
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
  o->form_varies |= d->form != o->first.form;
  o->gate_varies |= d->gate != o->first.gate;
  o->work_yes |= d->ai_work;
  o->work_no |= !d->ai_work;
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

/* Whether nothing more can be learnt: every verdict varies already and
   every sign and condition has been seen both ways. */
static bool
outcome_settled (const struct outcome *o)
{
  int i;

  if (!(o->primary_varies && o->caio_varies && o->reports_varies
        && o->kind_varies && o->form_varies && o->gate_varies
        && o->work_yes && o->work_no))
    return false;
  for (i = 0; i < IND_COUNT; i++)
    if (!o->ind_yes[i] || !o->ind_no[i])
      return false;
  for (i = 0; i < ABS_COUNT; i++)
    if (!o->abs_yes[i] || !o->abs_no[i])
      return false;
  return true;
}

static void
enumerate (long long *f, int next, struct outcome *o)
{
  struct verdicts d;
  long long saved;
  int i, n;

  while (next < F_COUNT
         && (f[next] != FACT_UNKNOWN || !facts_def[next].tried
             || !fact_asked (f, next)))
    next++;
  if (next == F_COUNT)
    {
      decide (f, &d);
      outcome_add (o, &d);
      return;
    }
  saved = f[next];
  n = fact_values (next);
  for (i = 0; i < n && !outcome_settled (o); i++)
    {
      f[next] = fact_value (next, i);
      enumerate (f, next + 1, o);
    }
  f[next] = saved;
}

static void
outcome_of (const long long *facts, struct outcome *o)
{
  long long f[F_COUNT];

  memcpy (f, facts, sizeof f);
  memset (o, 0, sizeof *o);
  enumerate (f, 0, o);
}

static enum tri
tri_of (bool yes, bool no)
{
  return yes && no ? TRI_UNKNOWN : yes ? TRI_YES : TRI_NO;
}

void
rules_decide (const long long facts[F_COUNT], struct result *r)
{
  struct outcome o;
  int i;

  outcome_of (facts, &o);
  memcpy (r->facts, facts, sizeof r->facts);
  r->primary = o.primary_varies ? PRIMARY_UNDECIDED : o.first.primary;
  r->caio = o.caio_varies ? CAIO_UNDECIDED : o.first.caio;
  r->reports_to = o.reports_varies ? REPORTS_NONE : o.first.reports_to;
  r->cto_kind = o.kind_varies ? KIND_NONE : o.first.kind;
  /* "executive otherwise": part-time only where every way agrees. */
  r->form = o.form_varies ? FORM_EXECUTIVE : o.first.form;
  r->form_decided = !o.form_varies;
  r->gate = o.gate_varies || o.caio_varies ? GATE_NONE : o.first.gate;
  r->ai_work = tri_of (o.work_yes, o.work_no);
  r->indicators_met = r->absorb_met = 0;
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

/* ------------------------------------------------------- turning points */

static void
turn_add (struct result *r, const long long *facts, enum fact f,
          long long now, long long at, enum turn decision, int to,
          const struct outcome *o)
{
  struct turning_point *t;
  double span = now > 1 ? (double) now : 1.0;

  r->turns = xgrow (r->turns, &r->cap_turns, r->n_turns + 1,
                    sizeof *r->turns);
  t = &r->turns[r->n_turns++];
  t->fact = f;
  t->now = now;
  t->at = at;
  t->decision = decision;
  t->to = to;
  t->primary_then = o->primary_varies ? PRIMARY_UNDECIDED
                                      : o->first.primary;
  t->leader_missing_then = (f == F_STRETCHED ? at : facts[F_STRETCHED])
                           == STRETCHED_NO_CTO;
  /* Numbers by relative distance; every choice after every number. */
  t->distance = fact_is_number (f) ? (double) llabs (at - now) / span
                                   : 1e18;
}

/* Record what changing fact F to AT (the others held) turns, where
   DONE[decision] does not say it was found nearer already. */
static void
turn_try (struct result *r, long long *f, enum fact which, long long at,
          bool done[TURN_COUNT])
{
  long long now = f[which];
  struct outcome o;

  f[which] = at;
  outcome_of (f, &o);
  f[which] = now;
  if (!done[TURN_PRIMARY] && r->primary != PRIMARY_UNDECIDED
      && !o.primary_varies && o.first.primary != r->primary)
    {
      turn_add (r, f, which, now, at, TURN_PRIMARY, o.first.primary, &o);
      done[TURN_PRIMARY] = true;
    }
  if (!done[TURN_CAIO] && r->caio != CAIO_UNDECIDED && !o.caio_varies
      && o.first.caio != r->caio)
    {
      turn_add (r, f, which, now, at, TURN_CAIO, o.first.caio, &o);
      done[TURN_CAIO] = true;
    }
  if (!done[TURN_REPORTS] && r->caio == CAIO_DEDICATED
      && r->reports_to != REPORTS_NONE && !o.caio_varies
      && o.first.caio == CAIO_DEDICATED && !o.reports_varies
      && o.first.reports_to != r->reports_to)
    {
      turn_add (r, f, which, now, at, TURN_REPORTS, o.first.reports_to, &o);
      done[TURN_REPORTS] = true;
    }
}

/* A number's nearest values across its thresholds, upward and then
   downward: the first of each direction that turns a decision counts. */
static void
turn_number (struct result *r, long long *f, enum fact which)
{
  const long long *b = facts_def[which].bounds;
  bool up[TURN_COUNT] = { false }, down[TURN_COUNT] = { false };
  int i, n = 0;

  while (b[n] >= 0)
    n++;
  for (i = 0; i < n; i++)
    if (f[which] < b[i])
      turn_try (r, f, which, b[i], up);
  for (i = n - 1; i >= 0; i--)
    if (f[which] >= b[i])
      turn_try (r, f, which, b[i] - 1, down);
}

static int
compare_turns (const void *a, const void *b)
{
  const struct turning_point *x = a, *y = b;

  if (x->distance != y->distance)
    return x->distance < y->distance ? -1 : 1;
  if (x->fact != y->fact)
    return x->fact < y->fact ? -1 : 1;
  if (x->at != y->at)
    return x->at < y->at ? -1 : 1;
  return (x->decision > y->decision) - (x->decision < y->decision);
}

void
rules_turning_points (const long long facts[F_COUNT], struct result *r)
{
  long long f[F_COUNT];
  int which, i;

  memcpy (f, facts, sizeof f);
  if (f[F_IN_PRODUCT] == AI_NONE)
    f[F_SPEND] = f[F_PEOPLE] = f[F_USE_CASES] = 0;
  for (which = 0; which < F_COUNT; which++)
    {
      /* Only answers given, and only those the wizard asks. */
      if (facts[which] == FACT_UNKNOWN || !facts_def[which].tried
          || !fact_asked (f, which))
        continue;
      if (fact_is_number (which))
        turn_number (r, f, which);
      else
        for (i = 0; i < fact_values (which); i++)
          {
            bool done[TURN_COUNT] = { false };

            if (i != f[which])
              turn_try (r, f, which, i, done);
          }
    }
  if (r->n_turns > 1)
    qsort (r->turns, r->n_turns, sizeof *r->turns, compare_turns);
}
