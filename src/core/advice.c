/* advice.c: scores and reasons, from the verdicts that rules.c
   reached.  The reasons for the answers the rules read are
   written here, quoting the answers and the thresholds; the bank's own
   reasons explain the other answers.  Every sentence naming a role goes
   through the structure recommended: a CIO-only company is never told
   about its CTO, a company without a technology leader never about "your
   technology leader". */
#include "system.h"

#include "core/advice.h"
#include "core/rules.h"
#include "core/score.h"
#include "core/util.h"
#include "core/words.h"

/* ------------------------------------------------------------- scores */

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

/* What answer VALUE to Q weighs for each role, added to SUM. */
static void
weight_add (const struct question *q, const char *value, long sum[ROLE_COUNT])
{
  const struct bank_option *o;
  const struct band *b;
  size_t i;
  int role;

  if (q->type == QT_CHOICE && (o = bank_option (q, value)) != NULL)
    for (role = 0; role < ROLE_COUNT; role++)
      sum[role] += o->weights.w[role];
  else if (q->type == QT_MULTI)
    {
      for (i = 0; i < q->n_options; i++)
        if (bank_multi_has (value, q->options[i].id))
          for (role = 0; role < ROLE_COUNT; role++)
            sum[role] += q->options[i].weights.w[role];
    }
  else if (q->n_bands > 0 && (b = bank_band (q, strtoll (value, NULL, 10))))
    for (role = 0; role < ROLE_COUNT; role++)
      sum[role] += b->weights.w[role];
}

/* RAW (0..100) placed within LO..HI. */
static int
band_place (int raw, int lo, int hi)
{
  return lo + (raw * (hi - lo) + 50) / 100;
}

/* The verdict sets the band, the answers' weights the place within it
   (INTERFACE.md, rules version 2).  An unanswered question counts at
   the middle of its range, so that two answers never make a full
   score. */
void
advice_scores (const struct bank *bank, const struct session *session,
               struct result *r)
{
  long sum[ROLE_COUNT] = { 0, 0, 0 }, lo[ROLE_COUNT] = { 0, 0, 0 },
       hi[ROLE_COUNT] = { 0, 0, 0 };
  int raw[ROLE_COUNT], role;
  size_t i;

  for (i = 0; i < bank->n_questions; i++)
    {
      const struct question *q = &bank->questions[i];
      const char *value;
      long got[ROLE_COUNT] = { 0, 0, 0 };

      /* A module's questions weigh nothing toward the roles. */
      if (bank->sections[q->section].repeat != NULL
          || bank->sections[q->section].module
          || !score_visible (bank, session, q, 0))
        continue;
      value = session_get (session, q->id);
      if (value != NULL)
        weight_add (q, value, got);
      for (role = 0; role < ROLE_COUNT; role++)
        {
          long l, h;

          weight_range (q, role, &l, &h);
          /* Doubled, for the middle of an odd range. */
          lo[role] += 2 * l;
          hi[role] += 2 * h;
          sum[role] += value != NULL ? 2 * got[role] : l + h;
        }
    }
  for (role = 0; role < ROLE_COUNT; role++)
    raw[role] = hi[role] > lo[role]
      ? (int) ((200 * (sum[role] - lo[role]) + (hi[role] - lo[role]))
               / (2 * (hi[role] - lo[role])))
      : 50;
  r->scores[ROLE_CAIO] = r->caio == CAIO_DEDICATED ? band_place (raw[ROLE_CAIO], 60, 100)
                         : r->caio == CAIO_WATCH ? band_place (raw[ROLE_CAIO], 30, 59)
                         : r->caio == CAIO_CTO_ABSORBS ? band_place (raw[ROLE_CAIO], 0, 29)
                         : SCORE_NONE;
  switch (r->primary)
    {
    case PRIMARY_CTO:
      r->scores[ROLE_CTO] = band_place (raw[ROLE_CTO], 50, 100);
      r->scores[ROLE_CIO] = band_place (raw[ROLE_CIO], 0, 39);
      break;
    case PRIMARY_CIO:
      r->scores[ROLE_CIO] = band_place (raw[ROLE_CIO], 50, 100);
      r->scores[ROLE_CTO] = band_place (raw[ROLE_CTO], 0, 39);
      break;
    case PRIMARY_BOTH:
      r->scores[ROLE_CTO] = band_place (raw[ROLE_CTO], 40, 100);
      r->scores[ROLE_CIO] = band_place (raw[ROLE_CIO], 40, 100);
      break;
    default:
      r->scores[ROLE_CTO] = r->scores[ROLE_CIO] = SCORE_NONE;
      break;
    }
}

/* ------------------------------------------------------------ reasons */

/* Which way an answer pulls a decision. */
enum pull
{
  PULL_NONE,           /* neither way: it only explains */
  PULL_CTO, PULL_CIO,  /* who leads technology */
  PULL_DEDICATED,      /* toward an AI leader of its own */
  PULL_ABSORB          /* toward one leader carrying AI */
};

/* The side of the CAIO question the verdict came down on: a "watch"
   held back by size or footprint sides with one leader carrying AI. */
static enum pull
caio_side (const struct result *r)
{
  switch (r->caio)
    {
    case CAIO_DEDICATED:
      return PULL_DEDICATED;
    case CAIO_CTO_ABSORBS:
      return PULL_ABSORB;
    case CAIO_WATCH:
      return r->gate == GATE_NONE ? PULL_DEDICATED : PULL_ABSORB;
    default:
      return PULL_NONE;
    }
}

static bool
pull_against (const struct result *r, enum pull pull)
{
  switch (pull)
    {
    case PULL_CTO:
      return r->primary == PRIMARY_CIO;
    case PULL_CIO:
      return r->primary == PRIMARY_CTO;
    case PULL_DEDICATED:
    case PULL_ABSORB:
      return caio_side (r) != PULL_NONE && caio_side (r) != pull;
    default:
      return false;
    }
}

static void
reason_push (struct result *r, const char *id, const char *answer,
             struct msg effect, enum decision decision, enum pull pull)
{
  struct reason *x;

  r->reasons = xgrow (r->reasons, &r->cap_reasons, r->n_reasons + 1,
                      sizeof *r->reasons);
  x = &r->reasons[r->n_reasons++];
  x->id = id;
  x->answer = answer;
  x->effect = effect;
  x->decision = decision;
  x->against = pull_against (r, pull);
}

/* The context the reasons are written in. */
struct why
{
  const struct bank *bank;
  const struct session *session;
  struct result *r;
  const long long *f;
};

/* The answer N to fact F, with its noun where it counts something
   ("12 employees", "1 person"). */
static void
why_figure (struct msg *m, enum fact f, long long n)
{
  if (f == F_EMPLOYEES)
    msg_add_noun (m, "%s employee", "%s employees", n);
  else if (f == F_PEOPLE)
    msg_add_noun (m, "%s person", "%s people", n);
  else if (f == F_USE_CASES)
    msg_add_noun (m, "%s AI use case", "%s AI use cases", n);
  else if (f == F_SPEND)
    msg_add_money (m, n);
  else
    msg_add_count (m, n);
}

/* A reason on fact F, with TEXT quoting up to two numbers: A, an answer
   to fact FIGURE, and the threshold B (none when negative). */
static void
why_fact_of (struct why *w, enum fact f, enum fact figure,
             enum decision decision, enum pull pull, const char *text,
             long long a, long long b)
{
  const char *id = rules_fact_id (f);
  struct msg m = msg_make (text);

  if (a >= 0)
    why_figure (&m, figure, a);
  if (b >= 0)
    figure == F_SPEND ? msg_add_money (&m, b) : msg_add_count (&m, b);
  reason_push (w->r, id, score_answer (w->bank, w->session, id), m,
               decision, pull);
}

/* The same where the figure is F's own answer. */
static void
why_fact (struct why *w, enum fact f, enum decision decision, enum pull pull,
          const char *text, long long a, long long b)
{
  why_fact_of (w, f, f, decision, pull, text, a, b);
}

/* Who leads technology: the offering, and the size (or AI) threshold in
   force for it. */
static void
why_offering (struct why *w)
{
  static const char *const text[] = {
    N_("You sell a technology product, so someone has to shape and build "
       "it and lead the engineers from day one: that is a CTO's job."),
    N_("You sell services and technology runs the business behind them, "
       "so the first need is someone who keeps internal systems, data and "
       "security dependable: that is a CIO's job."),
    N_("You sell both a product and services, so both the outward product "
       "work of a CTO and the inward systems work of a CIO matter."),
  };
  static const enum pull pulls[] = { PULL_CTO, PULL_CIO, PULL_NONE };
  long long o = w->f[F_OFFERING];

  if (o >= 0)
    why_fact (w, F_OFFERING, DEC_PRIMARY, pulls[o], text[o], -1, -1);
}

static void
why_size_product (struct why *w, long long e)
{
  long long c = w->f[F_COMPLEXITY];

  if (e >= SIZE_THOUSANDS)
    why_fact (w, F_EMPLOYEES, DEC_PRIMARY, PULL_NONE,
              N_("%s: thousands of staff need a stable digital workplace, "
                 "so from %s people a CIO works beside the CTO."), e,
              SIZE_THOUSANDS);
  else if (e < SIZE_COMPLEX)
    why_fact (w, F_EMPLOYEES, DEC_PRIMARY, PULL_NONE,
              N_("%s: a product company needs a CIO beside its CTO from %s "
                 "people, or from 1,000 when its internal systems are "
                 "highly complex."), e, SIZE_THOUSANDS);
  else if (c == CPLX_HIGH)
    why_fact (w, F_EMPLOYEES, DEC_PRIMARY, PULL_NONE,
              N_("%s and highly complex internal systems: from %s people, "
                 "a product company with an estate like this needs a CIO "
                 "beside its CTO."), e, SIZE_COMPLEX);
  else if (c >= 0)
    why_fact (w, F_EMPLOYEES, DEC_PRIMARY, PULL_NONE,
              N_("%s: with internal systems that are not highly complex, a "
                 "CIO joins the CTO from %s people."),
              e, SIZE_THOUSANDS);
}

/* A reason on fact F whose figures are the number of employees E and
   SIZE_LARGE. */
static void
why_fact_at_size (struct why *w, enum fact f, enum pull pull,
                  const char *text, long long e)
{
  why_fact_of (w, f, F_EMPLOYEES, DEC_PRIMARY, pull, text, e, SIZE_LARGE);
}

static void
why_size_service (struct why *w, long long e)
{
  long long ai = w->f[F_IN_PRODUCT];

  if (ai == AI_CORE)
    why_fact_at_size (w, F_IN_PRODUCT, PULL_CTO, e < SIZE_LARGE
              ? N_("AI is becoming the core of what you sell: the company "
                   "now builds technology that it sells, so a CTO leads, "
                   "and with %s (fewer than %s) also takes on the internal "
                   "systems.")
              : N_("AI is becoming the core of what you sell: the company "
                   "now builds technology that it sells, so a CTO leads it, "
                   "and with %s (%s or more) a CIO keeps the internal "
                   "estate beside the CTO."), e);
  else if (ai == AI_FEATURE && e >= SIZE_LARGE)
    why_fact_at_size (w, F_IN_PRODUCT, PULL_CTO,
                      N_("AI is a feature of what you sell, and with %s (%s "
                         "or more) building it needs a CTO beside the "
                         "CIO."), e);
  else if (ai == AI_FEATURE)
    why_fact_at_size (w, F_IN_PRODUCT, PULL_CIO,
                      N_("AI is a feature of what you sell, but with %s "
                         "(fewer than %s) the CIO can still see to it; from "
                         "that size, building it would need a technology "
                         "leader of its own."), e);
}

static void
why_primary (struct why *w)
{
  const long long *f = w->f;
  long long e = f[F_EMPLOYEES];

  why_offering (w);
  if (e >= 0 && f[F_OFFERING] == OFF_PRODUCT)
    why_size_product (w, e);
  else if (e >= 0 && f[F_OFFERING] == OFF_MIXED)
    why_fact (w, F_EMPLOYEES, DEC_PRIMARY, PULL_NONE, e < SIZE_LARGE
              ? N_("%s: a company that sells both needs a CIO beside its "
                   "CTO from %s people.")
              : N_("%s: from %s people, a company that sells both needs a "
                   "CIO beside its CTO."), e, SIZE_LARGE);
  else if (e >= 0 && f[F_OFFERING] == OFF_SERVICE)
    why_size_service (w, e);
  if (f[F_COMPLEXITY] == CPLX_MEDIUM)
    why_fact (w, F_COMPLEXITY, DEC_PRIMARY, PULL_CIO,
              N_("Several connected internal systems need someone to own "
                 "how they fit together."), -1, -1);
  else if (f[F_COMPLEXITY] == CPLX_HIGH)
    why_fact (w, F_COMPLEXITY, DEC_PRIMARY, PULL_CIO,
              N_("Complex internal systems and logistics are the core of a "
                 "CIO's mandate: keeping them reliable, secure and "
                 "affordable."), -1, -1);
  if (w->r->primary == PRIMARY_CIO && w->r->form == FORM_FRACTIONAL)
    why_fact (w, F_EMPLOYEES, DEC_PRIMARY, PULL_CIO, w->r->ai_work == TRI_NO
              ? N_("%s and no AI work yet: part-time senior "
                   "leadership of internal technology (a fractional CIO or "
                   "an experienced IT lead) is enough for now.")
              : N_("%s and no large AI budget or team: part-time "
                   "senior leadership of internal technology (a fractional "
                   "CIO or an experienced IT lead) is enough for now."),
              e, -1);
  if (f[F_STRETCHED] == STRETCHED_NO_CTO)
    why_fact (w, F_STRETCHED, DEC_PRIMARY, PULL_NONE,
              N_("Nobody leads technology yet: appointing that leader "
                 "comes before any AI-specific role."), -1, -1);
}

/* The answers that are signs only where there is AI work. */
static void
why_signs_if_ai (struct why *w)
{
  const long long *f = w->f;

  if (f[F_REGULATION] == REG_HEAVY)
    why_fact (w, F_REGULATION, DEC_CAIO, PULL_DEDICATED,
              N_("AI regulation is heavy, but it is a sign for an AI leader "
                 "only once there is AI work to govern."), -1, -1);
  if (f[F_STRETCHED] == STRETCHED_YES)
    why_fact (w, F_STRETCHED, DEC_CAIO, PULL_DEDICATED,
              N_("The technology leader is stretched, but that is a sign "
                 "for an AI leader only once there is AI work to add."),
              -1, -1);
}

/* Where there is no AI work: what it means, and the answers that would
   be signs once there is. */
static void
why_no_ai (struct why *w)
{
  why_fact (w, F_IN_PRODUCT, DEC_CAIO, PULL_ABSORB,
            w->f[F_IN_PRODUCT] == AI_NONE
            ? N_("AI plays no part in the company yet: with no AI work "
                 "there is nothing for an AI leader to lead, so technology "
                 "leadership takes AI on when it comes.")
            : N_("AI is meant for internal tools, but there is no AI use "
                 "case, nobody working on AI and no AI spending yet: "
                 "nothing for an AI leader to lead, so technology "
                 "leadership takes AI on when it comes."), -1, -1);
  why_signs_if_ai (w);
}

/* The AI numbers against R4's thresholds. */
static void
why_ai_numbers (struct why *w)
{
  const long long *f = w->f;

  if (f[F_SPEND] >= 0)
    why_fact (w, F_SPEND, DEC_CAIO, f[F_SPEND] > CAIO_SPEND_ABOVE
              ? PULL_DEDICATED : PULL_ABSORB, f[F_SPEND] > CAIO_SPEND_ABOVE
              ? N_("%s a year on AI: above %s, one of the signs that AI "
                   "needs its own leader.")
              : N_("%s a year on AI; above %s this becomes a sign that AI "
                   "needs its own leader."), f[F_SPEND], CAIO_SPEND_ABOVE);
  if (f[F_PEOPLE] >= 0)
    why_fact (w, F_PEOPLE, DEC_CAIO, f[F_PEOPLE] > CAIO_PEOPLE_ABOVE
              ? PULL_DEDICATED : PULL_ABSORB, f[F_PEOPLE] > CAIO_PEOPLE_ABOVE
              ? N_("%s on AI: more than %s, one of the signs that AI needs "
                   "its own leader.")
              : N_("%s on AI; more than %s would be a sign that AI needs "
                   "its own leader."), f[F_PEOPLE],
              CAIO_PEOPLE_ABOVE);
  if (f[F_USE_CASES] == 0)
    why_fact (w, F_USE_CASES, DEC_CAIO, PULL_ABSORB,
              N_("No AI use case yet: little for a separate AI executive to "
                 "lead, one of the conditions for one leader to carry AI."),
              -1, -1);
  else if (f[F_USE_CASES] > 0)
    why_fact (w, F_USE_CASES, DEC_CAIO,
              f[F_USE_CASES] <= ABSORB_USE_CASES_AT_MOST ? PULL_ABSORB
                                                         : PULL_DEDICATED,
              f[F_USE_CASES] <= ABSORB_USE_CASES_AT_MOST
              ? N_("%s: with one or two there is little for a separate AI "
                   "executive to lead, one of the conditions for one leader "
                   "to carry AI.")
              : N_("%s: more than %s need someone to set priorities across "
                   "them, so the condition of one or two does not hold."),
              f[F_USE_CASES],
              ABSORB_USE_CASES_AT_MOST);
}

/* The AI answers that are choices, where there is AI work. */
static void
why_ai_choices (struct why *w)
{
  static const char *const regulation[] = {
    N_("Hardly any AI-specific regulation applies: one of the conditions "
       "for one leader to carry AI."),
    N_("Some AI rules apply: not a sign on its own, but the condition of "
       "hardly any AI regulation does not hold."),
    N_("AI compliance needs dedicated executive attention: one of the "
       "signs that AI needs its own leader."),
  };
  static const char *const in_product[] = {
    NULL,
    N_("AI is used for internal tools, not in what you sell: one of the "
       "conditions for one leader to carry AI."),
    N_("AI is a feature of the product, not its core: not a sign, but AI "
       "is part of what you sell, so the condition of internal use only "
       "does not hold."),
    N_("AI is becoming the core of what you sell: a sign that AI strategy "
       "is a question for the top of the company."),
  };
  const long long *f = w->f;

  if (f[F_IN_PRODUCT] > AI_NONE)
    why_fact (w, F_IN_PRODUCT, DEC_CAIO, f[F_IN_PRODUCT] == AI_INTERNAL
              ? PULL_ABSORB : PULL_DEDICATED, in_product[f[F_IN_PRODUCT]],
              -1, -1);
  if (f[F_REGULATION] >= 0)
    why_fact (w, F_REGULATION, DEC_CAIO, f[F_REGULATION] == REG_MINIMAL
              ? PULL_ABSORB : PULL_DEDICATED, regulation[f[F_REGULATION]],
              -1, -1);
  if (f[F_STRETCHED] == STRETCHED_YES)
    why_fact (w, F_STRETCHED, DEC_CAIO, PULL_DEDICATED,
              N_("The technology leader is already stretched across "
                 "infrastructure, security and product work: adding AI on "
                 "top risks doing all of it badly, one of the signs that AI "
                 "needs its own leader."), -1, -1);
  else if (f[F_STRETCHED] == STRETCHED_NO)
    why_fact (w, F_STRETCHED, DEC_CAIO, PULL_ABSORB,
              N_("The technology leader has room for more: no sign that AI "
                 "needs a leader of its own."), -1, -1);
}

static void
why_caio (struct why *w)
{
  const long long *f = w->f;
  long long e = f[F_EMPLOYEES];

  if (w->r->ai_work == TRI_NO)
    {
      why_no_ai (w);
      return;
    }
  if (w->r->ai_work == TRI_UNKNOWN)
    {
      why_signs_if_ai (w);
      return;
    }
  why_ai_numbers (w);
  why_ai_choices (w);
  if (e < 0)
    return;
  if (w->r->gate == GATE_SIZE)
    why_fact (w, F_EMPLOYEES, DEC_CAIO, PULL_ABSORB,
              N_("%s: below %s, the size from which leadwise advises an AI "
                 "executive of its own (a line of its own; the articles "
                 "draw none), so the signs wait for now."), e,
              SIZE_CAIO_FROM);
  else
    why_fact (w, F_EMPLOYEES, DEC_CAIO,
              e < SIZE_LARGE ? PULL_ABSORB : PULL_DEDICATED, e < SIZE_LARGE
              ? N_("%s: fewer than %s, one of the conditions for one leader "
                   "to carry AI.")
              : N_("%s: not fewer than %s, so that condition for one "
                   "leader to carry AI does not hold."),
              e, SIZE_LARGE);
}

/* The kind of CTO, and the priority named where something else decided
   it. */
static void
why_kind (struct why *w)
{
  static const char *const by_priority[] = {
    N_("Laying the first technical foundation and team is the work of a "
       "startup CTO."),
    N_("Scaling systems, processes and management layers is the work of a "
       "scale-up CTO."),
    N_("Keeping product and technology in one hand points to a product-led "
       "CTO (sometimes called a CPTO)."),
    N_("A platform others build on calls for a platform or infrastructure "
       "CTO."),
    N_("Modernising legacy systems, moving to the cloud and adopting AI is "
       "the work of a transformation CTO, and touches the CIO's estate "
       "too."),
    N_("Aligning a complex estate with strategy and governance is the work "
       "of an enterprise CTO, in close partnership with a CIO."),
  };
  static const enum cto_kind kinds[] = {
    KIND_STARTUP, KIND_SCALEUP, KIND_PRODUCT, KIND_PLATFORM,
    KIND_TRANSFORMATION, KIND_ENTERPRISE
  };
  const long long *f = w->f;
  enum cto_kind k = w->r->cto_kind;
  long long p = f[F_PRIORITY], e = f[F_EMPLOYEES];

  if (k == KIND_NONE)
    return;
  if (k == KIND_AI)
    why_fact (w, F_IN_PRODUCT, DEC_KIND, PULL_NONE,
              N_("AI is becoming the core of the product and has no "
                 "executive of its own, so the CTO leads it: an AI-focused "
                 "CTO."), -1, -1);
  else if (k == KIND_FRACTIONAL)
    why_fact_of (w, F_STRETCHED, F_EMPLOYEES, DEC_KIND, PULL_NONE,
              N_("Nobody leads technology, the company has %s (fewer than "
                 "%s) and technology is only part of what it sells: "
                 "part-time senior leadership is enough for now."), e,
              SIZE_FRACTIONAL_BELOW);
  if (p >= 0)
    {
      const char *id = rules_fact_id (F_PRIORITY);
      struct msg m = msg_make (by_priority[p]);

      if (kinds[p] != k)
        {
          /* TRANSLATORS: %s is a kind of CTO, such as "scale-up CTO". */
          m = msg_make (N_("On its own, the priority you named would point "
                           "to another kind: %s."));
          msg_add_words (&m, words_kind (kinds[p]));
        }
      reason_push (w->r, id, score_answer (w->bank, w->session, id), m,
                   DEC_KIND, PULL_NONE);
      w->r->reasons[w->r->n_reasons - 1].against = kinds[p] != k;
    }
  else if (k != KIND_AI && k != KIND_FRACTIONAL && e >= 0)
    why_fact (w, F_EMPLOYEES, DEC_KIND, PULL_NONE,
              e < SIZE_STARTUP_BELOW
              ? N_("%s and no priority named: at this size that is "
                   "usually a startup CTO.")
              : e < SIZE_COMPLEX
              ? N_("%s and no priority named: at this size that is "
                   "usually a scale-up CTO.")
              : N_("%s and no priority named: at this size that is "
                   "usually an enterprise CTO."), e, -1);
}

/* Which way the bank's weights for an answer pull its decision. */
static enum pull
weights_pull (enum decision d, const struct weights *w)
{
  if (d == DEC_CAIO)
    return w->w[ROLE_CAIO] > 0 ? PULL_DEDICATED
           : w->w[ROLE_CTO] > 0 || w->w[ROLE_CIO] > 0 ? PULL_ABSORB
           : PULL_NONE;
  if (d == DEC_PRIMARY)
    return w->w[ROLE_CTO] > w->w[ROLE_CIO] ? PULL_CTO
           : w->w[ROLE_CIO] > w->w[ROLE_CTO] ? PULL_CIO : PULL_NONE;
  return PULL_NONE;
}

static void
why_bank_one (struct why *w, const struct question *q, const char *answer,
              const char *reason, const struct weights *weights)
{
  if (reason != NULL)
    reason_push (w->r, q->id, answer, msg_make (reason), q->decision,
                 weights_pull (q->decision, weights));
}

/* The bank's reasons for the answers the rules do not read. */
static void
why_bank (struct why *w)
{
  const struct bank *bank = w->bank;
  size_t i, k;

  for (i = 0; i < bank->n_questions; i++)
    {
      const struct question *q = &bank->questions[i];
      const struct bank_option *o;
      const struct band *b;
      const char *value;

      if (bank->sections[q->section].repeat != NULL
          || rules_read_question (q->id)
          || (q->decision == DEC_KIND && !result_has_cto (w->r))
          || (value = score_answer (bank, w->session, q->id)) == NULL)
        continue;
      if (q->type == QT_CHOICE && (o = bank_option (q, value)) != NULL)
        why_bank_one (w, q, o->id, o->reason, &o->weights);
      else if (q->type == QT_MULTI)
        {
          for (k = 0; k < q->n_options; k++)
            if (bank_multi_has (value, q->options[k].id))
              why_bank_one (w, q, q->options[k].id, q->options[k].reason,
                            &q->options[k].weights);
        }
      else if (q->n_bands > 0
               && (b = bank_band (q, strtoll (value, NULL, 10))) != NULL)
        why_bank_one (w, q, value, b->reason, &b->weights);
    }
}

void
advice_reasons (const struct bank *bank, const struct session *session,
                struct result *r)
{
  struct why w = { bank, session, r, r->facts };

  why_primary (&w);
  why_caio (&w);
  why_kind (&w);
  why_bank (&w);
}
