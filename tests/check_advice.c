/* check_advice.c: properties of the advice over many generated founder
   profiles (INTERFACE.md, "The rules, version 2"): the verdicts of the
   rules as INTERFACE.md words them, scores within their verdict's band,
   the CAIO's reporting line, a plan that holds every action once and in
   time, words that fit the structure recommended, turning points that
   really turn the verdict and none missing, and undecided verdicts
   exactly where a missing answer could change them. */
#include "system.h"

#include "core/exitcode.h"
#include "core/report.h"
#include "core/rules.h"
#include "core/score.h"
#include "core/util.h"
#include "core/words.h"
#include "testutil.h"

#define N_PROFILES 12000

static struct bank bank;

static void
setup (void)
{
  struct diag d;

  diag_init (&d);
  ck_assert_int_eq (bank_load (&bank, TEST_BANK, &d), EXIT_OK);
}

static void
teardown (void)
{
  bank_free (&bank);
}

/* A founder profile: the facts (FACT_UNKNOWN where unanswered) and the
   answers beside them that the plan reads. */
struct profile
{
  long long f[F_COUNT];
  int gap;          /* -1, or an index into gaps[] */
  int choice;       /* -1, or into choices[] */
  unsigned risks;   /* a bit for each of risks[] */
  int tool;         /* -1, or a seed for one tool's answers */
};

static const char *const gaps[] = { "direction", "delivery", "both" };
static const char *const choices[] = { "users", "tech", "one_department",
                                       "nobody" };
static const char *const risks[] = { "security", "privacy", "compliance",
                                     "bias", "reliability", "explainability",
                                     "ip", "vendor", "resilience" };
static const char *const steps[] = { "done", "in_progress", "not_started",
                                     "na" };

/* Values near every threshold, and some far from any. */
static const long long employees[] = {
  0, 1, 3, 8, 15, 19, 20, 21, 40, 49, 50, 51, 120, 300, 499, 500, 501, 700,
  999, 1000, 1001, 1500, 1999, 2000, 2001, 5000, 40000
};
static const long long use_cases[] = { 0, 1, 2, 3, 4, 10, 50 };
static const long long spend[] = { 0, 1, 20000, 999999, 4200000, 5000000,
                                   5000001, 9000000 };
static const long long people[] = { 0, 1, 5, 20, 21, 60 };

#define N(a) (sizeof (a) / sizeof (a)[0])

static unsigned long long rng_state = 0x9e3779b97f4a7c15ULL;

/* xorshift64*: the same profiles on every machine. */
static unsigned
rng (unsigned n)
{
  rng_state ^= rng_state >> 12;
  rng_state ^= rng_state << 25;
  rng_state ^= rng_state >> 27;
  return (unsigned) ((rng_state * 0x2545f4914f6cdd1dULL) >> 33) % n;
}

/* The values fact F can take, for generating and for completing. */
static size_t
fact_choices (enum fact f, const long long **values)
{
  static const long long options[] = { 0, 1, 2, 3, 4, 5 };
  static const size_t n_options[F_COUNT] = {
    [F_IN_PRODUCT] = 4, [F_OFFERING] = 3, [F_COMPLEXITY] = 3,
    [F_REGULATION] = 3, [F_STRETCHED] = 3, [F_PRIORITY] = 6,
  };

  switch (f)
    {
    case F_EMPLOYEES: *values = employees; return N (employees);
    case F_USE_CASES: *values = use_cases; return N (use_cases);
    case F_SPEND: *values = spend; return N (spend);
    case F_PEOPLE: *values = people; return N (people);
    default: *values = options; return n_options[f];
    }
}

/* A profile, with each core fact left out with a chance of UNKNOWN in
   100. */
static void
profile_make (struct profile *p, unsigned unknown)
{
  const long long *values;
  int f;

  for (f = 0; f < F_COUNT; f++)
    {
      size_t n = fact_choices (f, &values);

      p->f[f] = values[rng ((unsigned) n)];
      if (rng (100) < unknown || (f == F_PRIORITY && rng (3) == 0))
        p->f[f] = FACT_UNKNOWN;
    }
  p->gap = (int) rng (N (gaps) + 1) - 1;
  p->choice = (int) rng (N (choices) + 1) - 1;
  p->risks = rng (1u << N (risks));
  p->tool = rng (2) ? (int) rng (1u << 14) : -1;
}

static void
text_add (char *text, size_t size, const char *id, const char *value)
{
  size_t len = strlen (text);

  snprintf (text + len, size - len, "%s = %s\n", id, value);
}

/* P as an answers file, in TEXT. */
static void
profile_text (const struct profile *p, char *text, size_t size)
{
  char number[32], list[256] = "";
  size_t i;
  int f, t = p->tool;

  snprintf (text, size, "company.name = Profile\n");
  for (f = 0; f < F_COUNT; f++)
    {
      const char *option = rules_fact_option (f, p->f[f]);

      if (p->f[f] == FACT_UNKNOWN
          || (p->f[F_IN_PRODUCT] == AI_NONE
              && (f == F_SPEND || f == F_PEOPLE || f == F_USE_CASES)))
        continue;
      snprintf (number, sizeof number, "%lld", p->f[f]);
      text_add (text, size, rules_fact_id (f), option != NULL ? option
                                                              : number);
    }
  if (p->gap >= 0)
    text_add (text, size, "lead.gap", gaps[p->gap]);
  if (p->choice >= 0)
    text_add (text, size, "ai.tool_choice", choices[p->choice]);
  for (i = 0; i < N (risks); i++)
    if (p->risks & (1u << i))
      snprintf (list + strlen (list), sizeof list - strlen (list), "%s%s",
                list[0] != '\0' ? "," : "", risks[i]);
  if (list[0] != '\0')
    text_add (text, size, "ai.risks", list);
  if (t >= 0)
    {
      text_add (text, size, "tool.1.name", "Assistant");
      text_add (text, size, "tool.1.in_use", t & 1 ? "yes" : "no");
      text_add (text, size, "tool.1.goal", steps[(t >> 1) & 3]);
      text_add (text, size, "tool.1.users", steps[(t >> 3) & 3]);
      text_add (text, size, "tool.1.test", steps[(t >> 5) & 3]);
      text_add (text, size, "tool.1.security", steps[(t >> 7) & 3]);
      text_add (text, size, "tool.1.measure", steps[(t >> 9) & 3]);
    }
}

/* Score P into R, with its session in S. */
static void
profile_score (const struct profile *p, struct session *s, struct result *r)
{
  char text[2048];
  struct diag d;

  profile_text (p, text, sizeof text);
  session_init (s);
  diag_init (&d);
  ck_assert_msg (test_session_text (s, &bank, text, &d) == EXIT_OK,
                 "profile rejected:\n%s", text);
  score_run (&bank, s, r);
}

/* The decision T of R. */
static int
decision_of (const struct result *r, enum turn t)
{
  return t == TURN_PRIMARY ? (int) r->primary
         : t == TURN_CAIO ? (int) r->caio : (int) r->reports_to;
}

/* ------------------------------------------------------------ checks */

static void
check_bands (const struct result *r)
{
  const int *s = r->scores;

  switch (r->caio)
    {
    case CAIO_DEDICATED: ck_assert (s[ROLE_CAIO] >= 60 && s[ROLE_CAIO] <= 100); break;
    case CAIO_WATCH: ck_assert (s[ROLE_CAIO] >= 30 && s[ROLE_CAIO] <= 59); break;
    case CAIO_CTO_ABSORBS: ck_assert (s[ROLE_CAIO] >= 0 && s[ROLE_CAIO] <= 29); break;
    default: ck_assert_int_eq (s[ROLE_CAIO], SCORE_NONE); break;
    }
  switch (r->primary)
    {
    case PRIMARY_CTO:
      ck_assert (s[ROLE_CTO] >= 50 && s[ROLE_CTO] <= 100);
      ck_assert (s[ROLE_CIO] >= 0 && s[ROLE_CIO] <= 39);
      break;
    case PRIMARY_CIO:
      ck_assert (s[ROLE_CIO] >= 50 && s[ROLE_CIO] <= 100);
      ck_assert (s[ROLE_CTO] >= 0 && s[ROLE_CTO] <= 39);
      break;
    case PRIMARY_BOTH:
      ck_assert (s[ROLE_CTO] >= 40 && s[ROLE_CTO] <= 100);
      ck_assert (s[ROLE_CIO] >= 40 && s[ROLE_CIO] <= 100);
      break;
    default:
      ck_assert_int_eq (s[ROLE_CTO], SCORE_NONE);
      ck_assert_int_eq (s[ROLE_CIO], SCORE_NONE);
      break;
    }
}

/* The CAIO's line, and the preconditions of a dedicated CAIO. */
static void
check_caio (const struct profile *p, const struct result *r)
{
  const long long *f = p->f;

  if (r->caio != CAIO_DEDICATED)
    ck_assert_int_eq (r->reports_to, REPORTS_NONE);
  if (r->reports_to == REPORTS_CTO)
    {
      ck_assert_int_eq (r->primary, PRIMARY_CTO);
      ck_assert (f[F_STRETCHED] == STRETCHED_YES || f[F_STRETCHED] == STRETCHED_NO);
      ck_assert (f[F_IN_PRODUCT] != AI_CORE && f[F_IN_PRODUCT] >= 0);
      ck_assert_int_ne (r->indicators[IND_AI_REGULATION], TRI_YES);
      ck_assert (f[F_EMPLOYEES] >= 0 && f[F_EMPLOYEES] < 1000);
    }
  if (r->caio == CAIO_DEDICATED)
    {
      ck_assert (f[F_EMPLOYEES] >= 50);
      ck_assert_int_ge (r->indicators_met, 2);
      ck_assert_int_eq (r->gate, GATE_NONE);
    }
  if (r->ai_work == TRI_NO)
    ck_assert_int_eq (r->caio, CAIO_CTO_ABSORBS);
  if (r->primary == PRIMARY_CIO)
    ck_assert_int_eq (r->cto_kind, KIND_NONE);
}

/* The rules of version 2 as INTERFACE.md words them, written again
   here apart from the code, for a profile whose core facts are all
   known: R's verdicts must be these. */
static void
check_reference (const struct profile *p, const struct result *r)
{
  long long e = p->f[F_EMPLOYEES], ai = p->f[F_IN_PRODUCT];
  long long uc = ai == AI_NONE ? 0 : p->f[F_USE_CASES];
  long long spend = ai == AI_NONE ? 0 : p->f[F_SPEND];
  long long people = ai == AI_NONE ? 0 : p->f[F_PEOPLE];
  long long reg = p->f[F_REGULATION], str = p->f[F_STRETCHED];
  long long off = p->f[F_OFFERING], cx = p->f[F_COMPLEXITY];
  bool work, ind[IND_COUNT], abs[ABS_COUNT], small, soft;
  int met = 0, can = 0, i, primary, caio, reports;

  for (i = 0; i < F_COUNT; i++)
    if (i != F_PRIORITY && p->f[i] == FACT_UNKNOWN
        && !(ai == AI_NONE && (i == F_SPEND || i == F_PEOPLE
                               || i == F_USE_CASES)))
      return;
  work = ai == AI_FEATURE || ai == AI_CORE || uc > 0 || people > 0
         || spend > 0;
  ind[IND_AI_SPEND] = spend > 5000000;
  ind[IND_AI_PEOPLE] = people > 20;
  ind[IND_AI_REGULATION] = work && reg == REG_HEAVY;
  ind[IND_CTO_STRETCHED] = work && str == STRETCHED_YES;
  ind[IND_AI_CORE_PRODUCT] = ai == AI_CORE;
  abs[ABS_FEW_USE_CASES] = uc <= 2;
  abs[ABS_UNDER_500] = e < 500;
  abs[ABS_AI_INTERNAL_ONLY] = ai == AI_INTERNAL || ai == AI_NONE;
  abs[ABS_LOW_REGULATION] = reg == REG_MINIMAL;
  for (i = 0; i < IND_COUNT; i++)
    {
      met += ind[i];
      ck_assert_int_eq (r->indicators[i], (ind[i] ? TRI_YES : TRI_NO));
    }
  for (i = 0; i < ABS_COUNT; i++)
    {
      can += abs[i];
      ck_assert_int_eq (r->absorb[i], (abs[i] ? TRI_YES : TRI_NO));
    }
  soft = !ind[IND_AI_SPEND] && !ind[IND_AI_PEOPLE] && !ind[IND_AI_CORE_PRODUCT];
  small = can >= 3 || (soft && ai == AI_INTERNAL && uc <= 2);
  caio = !work ? CAIO_CTO_ABSORBS
         : met >= 2 && e >= 50 && !small ? CAIO_DEDICATED
         : met >= 2 ? CAIO_WATCH
         : met == 0 && can >= 3 ? CAIO_CTO_ABSORBS : CAIO_WATCH;
  if (off == OFF_PRODUCT)
    primary = (e >= 1000 && cx == CPLX_HIGH) || e >= 2000 ? PRIMARY_BOTH
                                                          : PRIMARY_CTO;
  else if (off == OFF_MIXED)
    primary = e >= 500 ? PRIMARY_BOTH : PRIMARY_CTO;
  else if (ai == AI_CORE)
    primary = e >= 500 ? PRIMARY_BOTH : PRIMARY_CTO;
  else
    primary = ai == AI_FEATURE && e >= 500 ? PRIMARY_BOTH : PRIMARY_CIO;
  reports = caio != CAIO_DEDICATED ? REPORTS_NONE
            : primary == PRIMARY_CTO && str != STRETCHED_NO_CTO
              && ai != AI_CORE && !ind[IND_AI_REGULATION] && e < 1000
            ? REPORTS_CTO : REPORTS_CEO;
  ck_assert_int_eq (r->caio, caio);
  ck_assert_int_eq (r->primary, primary);
  ck_assert_int_eq (r->reports_to, reports);
  ck_assert_int_eq (r->form,
                    ((primary == PRIMARY_CIO && e < 50 && !ind[IND_AI_SPEND]
                      && !ind[IND_AI_PEOPLE])
                     || r->cto_kind == KIND_FRACTIONAL
                     ? FORM_FRACTIONAL : FORM_EXECUTIVE));
  if (primary == PRIMARY_CIO)
    ck_assert_int_eq (r->cto_kind, KIND_NONE);
}

/* Growth never moves a CAIO from the CEO to the CTO. */
static void
check_growth (const struct profile *p, const struct result *r)
{
  static const long long more[] = { 1, 50, 500, 1000, 2000, 10000 };
  struct profile bigger = *p;
  struct session s;
  struct result g;
  size_t i;

  if (r->reports_to != REPORTS_CEO || p->f[F_EMPLOYEES] < 0)
    return;
  for (i = 0; i < N (more); i++)
    {
      bigger.f[F_EMPLOYEES] = p->f[F_EMPLOYEES] + more[i];
      profile_score (&bigger, &s, &g);
      ck_assert_int_ne (g.reports_to, REPORTS_CTO);
      result_free (&g);
      session_free (&s);
    }
}

/* Every action once, in time order; a missing technology leader
   appointed first, and no CAIO before the first 90 days then. */
static void
check_plan (const struct result *r)
{
  size_t i, k;

  ck_assert_uint_gt (r->n_plan, 0);
  ck_assert_uint_lt (r->n_plan, RESULT_MAX_PLAN);
  for (i = 0; i < r->n_plan; i++)
    {
      char *a = msg_format (&r->plan[i].action, false);

      if (i > 0)
        ck_assert (r->plan[i - 1].when <= r->plan[i].when);
      for (k = 0; k < i; k++)
        {
          char *b = msg_format (&r->plan[k].action, false);

          ck_assert_msg (strcmp (a, b) != 0, "twice in the plan: %s", a);
          free (b);
        }
      if (result_leader_missing (r) && r->plan[i].when == WHEN_NOW)
        ck_assert_msg (strstr (a, "Chief AI Officer") == NULL,
                       "a CAIO before the technology leader: %s", a);
      free (a);
    }
  if (result_leader_missing (r))
    {
      char *first = msg_format (&r->plan[0].action, false);

      ck_assert_int_eq (r->plan[0].when, WHEN_NOW);
      ck_assert_msg (strstr (first, "ppoint") != NULL
                     || strstr (first, "Bring in") != NULL,
                     "the first step is not the appointment: %s", first);
      free (first);
    }
}

/* What R's advice says, in English, apart from what would change it. */
static void
advice_texts (const struct result *r, struct buf *out)
{
  struct msg m = words_caio_why (r), notes[4];
  size_t i, n;
  char *t;

  buf_add (out, words_headline (r));
  buf_addc (out, '\n');
  buf_add (out, words_primary_why (r));
  buf_addc (out, '\n');
  buf_add (out, words_caio_in (r->caio, r->primary, result_leader_missing (r)));
  buf_addc (out, '\n');
  if (words_caio_split (r) != NULL)
    buf_add (out, words_caio_split (r));
  t = msg_format (&m, false);
  buf_add (out, t);
  free (t);
  n = words_caio_notes (r, notes);
  for (i = 0; i < n; i++)
    {
      t = msg_format (&notes[i], false);
      buf_addf (out, "\n%s", t);
      free (t);
    }
  for (i = 0; i < r->n_reasons; i++)
    {
      t = msg_format (&r->reasons[i].effect, false);
      buf_addf (out, "\n%s", t);
      free (t);
    }
  for (i = 0; i < r->n_plan; i++)
    {
      t = msg_format (&r->plan[i].action, false);
      buf_addf (out, "\n%s", t);
      free (t);
    }
  for (i = 0; i < r->n_governance; i++)
    buf_addf (out, "\n%s: %s", words_owner (r->governance[i].owner, r),
              r->governance[i].action);
}

/* Remove from TEXT each line that starts with PREFIX. */
static void
drop_lines (char *text, const char *prefix)
{
  char *line = text, *next;

  while (line != NULL && *line != '\0')
    {
      next = strchr (line, '\n');
      next = next != NULL ? next + 1 : line + strlen (line);
      if (strncmp (line, prefix, strlen (prefix)) == 0)
        memmove (line, next, strlen (next) + 1);
      else
        line = next;
    }
}

/* The text report, without its answers, scores and turning points: the
   summary page (its score bars left out) and the details. */
static char *
report_advice (const struct result *r, const struct session *s)
{
  char *text = NULL, *cut, *details, *summary_turns;
  size_t size = 0;
  FILE *fp = open_memstream (&text, &size);

  ck_assert_int_eq (report_write (fp, REPORT_TEXT, &bank, s, r), 0);
  fclose (fp);
  if ((cut = strstr (text, "\nYour answers\n")) != NULL)
    *cut = '\0';
  details = strstr (text, "\nRecommendation\n");
  ck_assert_ptr_nonnull (details);
  if ((cut = strstr (details, "\nWhat would change this advice\n")) != NULL)
    {
      char *end = strstr (cut, "\nSigns that AI needs");

      memmove (cut, end, strlen (end) + 1);
    }
  /* The summary's turning points (up to the details) go too. */
  summary_turns = strstr (text, "\nWhat would change this advice\n");
  if (summary_turns != NULL && summary_turns < details)
    memmove (summary_turns, details, strlen (details) + 1);
  drop_lines (text, "  CTO  [");
  drop_lines (text, "  CTO  not known");
  return text;
}

/* Whether TEXT holds "your technology leader" in any case. */
static bool
has_your_leader (const char *text)
{
  static const char phrase[] = "your technology leader";
  const char *p;
  size_t i;

  for (p = text; *p != '\0'; p++)
    {
      for (i = 0; phrase[i] != '\0' && p[i] != '\0'; i++)
        if ((p[i] | 0x20) != phrase[i] && !(phrase[i] == ' ' && p[i] == ' '))
          break;
      if (phrase[i] == '\0')
        return true;
    }
  return false;
}

/* No CTO in CIO-only advice; no "your technology leader" where there is
   none; risks owned as the structure says. */
static void
check_words (const struct result *r, const struct session *s)
{
  struct buf b;
  char *report = report_advice (r, s);
  size_t i;

  buf_init (&b);
  advice_texts (r, &b);
  if (r->primary == PRIMARY_CIO)
    {
      ck_assert_msg (strstr (b.data, "CTO") == NULL,
                     "a CTO in CIO-only advice:\n%s", b.data);
      ck_assert_msg (strstr (report, "CTO") == NULL,
                     "a CTO in a CIO-only report:\n%s", report);
    }
  if (result_leader_missing (r))
    {
      ck_assert_msg (!has_your_leader (b.data),
                     "\"your technology leader\" where there is none:\n%s",
                     b.data);
      ck_assert_msg (!has_your_leader (report),
                     "\"your technology leader\" in the report:\n%s", report);
    }
  for (i = 0; i < r->n_governance; i++)
    ck_assert_int_eq (r->governance[i].owner,
                      r->caio == CAIO_DEDICATED ? ROLE_CAIO
                      : result_has_cto (r) ? ROLE_CTO : ROLE_CIO);
  free (report);
  buf_free (&b);
}

/* Each turning point, applied, turns its decision to what it says. */
static void
check_turns (const struct profile *p, const struct result *r)
{
  size_t i;

  for (i = 0; i < r->n_turns; i++)
    {
      const struct turning_point *t = &r->turns[i];
      struct profile changed = *p;
      struct session s;
      struct result c;

      ck_assert_int_eq (t->now, p->f[t->fact]);
      ck_assert (decision_of (r, t->decision) != t->to);
      /* Without AI the AI numbers count as 0, and are held there. */
      if (p->f[F_IN_PRODUCT] == AI_NONE)
        changed.f[F_SPEND] = changed.f[F_PEOPLE] = changed.f[F_USE_CASES] = 0;
      changed.f[t->fact] = t->at;
      profile_score (&changed, &s, &c);
      ck_assert_msg (decision_of (&c, t->decision) == t->to,
                     "changing %s from %lld to %lld gave %d, not %d",
                     rules_fact_id (t->fact), t->now, t->at,
                     decision_of (&c, t->decision), t->to);
      if (t->decision == TURN_REPORTS)
        ck_assert_int_eq (c.caio, CAIO_DEDICATED);
      if (i > 0)
        ck_assert (r->turns[i - 1].distance <= t->distance);
      result_free (&c);
      session_free (&s);
    }
}

/* Whether R has a turning point of DECISION on FACT that is as near as
   AT or nearer, on AT's side of the answer NOW. */
static bool
turn_covers (const struct result *r, enum fact fact, enum turn decision,
             long long now, long long at, bool number)
{
  size_t i;

  for (i = 0; i < r->n_turns; i++)
    {
      const struct turning_point *t = &r->turns[i];

      if (t->fact != fact || t->decision != decision)
        continue;
      if (!number && t->at == at)
        return true;
      if (number && (t->at - now) * (at - now) > 0
          && llabs (t->at - now) <= llabs (at - now))
        return true;
    }
  return false;
}

/* Every single answer changed that turns a decided verdict has its
   turning point: the value tried, or a nearer one the same way. */
static void
check_turns_complete (const struct profile *p, const struct result *r)
{
  const long long *values;
  int f, t;
  size_t n, i;

  for (f = 0; f < F_COUNT; f++)
    {
      if (p->f[f] == FACT_UNKNOWN || f == F_PRIORITY
          || (p->f[F_IN_PRODUCT] == AI_NONE
              && (f == F_SPEND || f == F_PEOPLE || f == F_USE_CASES)))
        continue;
      n = fact_choices (f, &values);
      for (i = 0; i < n; i++)
        {
          struct profile changed = *p;
          struct session s;
          struct result c;

          if (values[i] == p->f[f])
            continue;
          if (p->f[F_IN_PRODUCT] == AI_NONE)
            changed.f[F_SPEND] = changed.f[F_PEOPLE]
              = changed.f[F_USE_CASES] = 0;
          changed.f[f] = values[i];
          profile_score (&changed, &s, &c);
          for (t = TURN_PRIMARY; t <= TURN_REPORTS; t++)
            {
              int was = decision_of (r, t), now = decision_of (&c, t);

              if (was == 0 || now == 0 || was == now
                  || (t == TURN_REPORTS && (r->caio != CAIO_DEDICATED
                                            || c.caio != CAIO_DEDICATED)))
                continue;
              ck_assert_msg (turn_covers (r, f, t, p->f[f], values[i],
                                          f == F_EMPLOYEES || f == F_SPEND
                                          || f == F_PEOPLE
                                          || f == F_USE_CASES),
                             "no turning point for %s from %lld to %lld "
                             "(%s %d to %d)", rules_fact_id (f), p->f[f],
                             values[i], score_turn_id (t), was, now);
            }
          result_free (&c);
          session_free (&s);
        }
    }
}

/* With one fact unknown, a verdict is decided exactly when every value
   it could take gives that verdict. */
static void
check_undecided (const struct profile *p, const struct result *r)
{
  const long long *values;
  int missing = -1, f, t, first[2] = { -1, -1 };
  bool differs[2] = { false, false };
  size_t n, i;

  for (f = 0; f < F_COUNT; f++)
    if (p->f[f] == FACT_UNKNOWN && f != F_PRIORITY)
      {
        if (missing >= 0)
          return;
        missing = f;
      }
  if (missing < 0 || (p->f[F_IN_PRODUCT] == AI_NONE
                      && (missing == F_SPEND || missing == F_PEOPLE
                          || missing == F_USE_CASES)))
    return;
  n = fact_choices (missing, &values);
  for (i = 0; i < n; i++)
    {
      struct profile full = *p;
      struct session s;
      struct result c;

      full.f[missing] = values[i];
      profile_score (&full, &s, &c);
      for (t = TURN_PRIMARY; t <= TURN_CAIO; t++)
        {
          int now = decision_of (&c, t);

          if (decision_of (r, t) != 0)
            ck_assert_msg (now == decision_of (r, t),
                           "%s unknown gave %d, but %lld gives %d",
                           rules_fact_id (missing), decision_of (r, t),
                           values[i], now);
          differs[t] |= first[t] >= 0 && now != first[t];
          first[t] = i == 0 ? now : first[t];
        }
      result_free (&c);
      session_free (&s);
    }
  /* Undecided only where the missing answer matters. */
  for (t = TURN_PRIMARY; t <= TURN_CAIO; t++)
    if (decision_of (r, t) == 0)
      ck_assert_msg (differs[t], "%s unknown leaves %s undecided for "
                     "nothing", rules_fact_id (missing),
                     score_turn_id (t));
}

START_TEST (test_profiles)
{
  size_t i, decided = 0, cio_only = 0, no_cto = 0, turns = 0;

  for (i = 0; i < N_PROFILES; i++)
    {
      struct profile p;
      struct session s;
      struct result r;

      /* Half complete; the rest with answers missing. */
      profile_make (&p, i % 2 == 0 ? 0 : i % 4 == 1 ? 6 : 25);
      profile_score (&p, &s, &r);
      check_bands (&r);
      check_caio (&p, &r);
      check_reference (&p, &r);
      check_growth (&p, &r);
      check_plan (&r);
      check_words (&r, &s);
      check_turns (&p, &r);
      if (i % 8 == 0)
        check_turns_complete (&p, &r);
      check_undecided (&p, &r);
      decided += r.primary != PRIMARY_UNDECIDED && r.caio != CAIO_UNDECIDED;
      cio_only += r.primary == PRIMARY_CIO;
      no_cto += result_leader_missing (&r);
      turns += r.n_turns;
      result_free (&r);
      session_free (&s);
    }
  /* The generator reaches every case the checks are about. */
  ck_assert_uint_gt (decided, N_PROFILES / 3);
  ck_assert_uint_gt (cio_only, N_PROFILES / 10);
  ck_assert_uint_gt (no_cto, N_PROFILES / 10);
  ck_assert_uint_gt (turns, N_PROFILES);
}
END_TEST

static Suite *
advice_suite (void)
{
  Suite *s = suite_create ("advice");
  TCase *props = tcase_create ("properties");

  tcase_add_checked_fixture (props, setup, teardown);
  /* Many profiles, each scored again for every turning point. */
  tcase_set_timeout (props, 600);
  tcase_add_test (props, test_profiles);
  suite_add_tcase (s, props);
  return s;
}

TEST_MAIN (advice_suite)
