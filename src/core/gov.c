/* gov.c: scoring the AI governance and adoption module. */
#include "system.h"

#include "core/bank.h"
#include "core/gov.h"
#include "core/score.h"
#include "core/util.h"

struct gov_def
{
  const char *id;
  const char *name;       /* msgid */
  const char *action;     /* msgid */
  const char *risks;      /* the ai.risks options it answers */
  bool customers;         /* it matters most where AI reaches customers */
  bool internal;          /* it matters most where AI is used inside */
};

static const struct gov_def defs[GI_COUNT] = {
  { "approval", N_("Who approves AI tools and uses"),
    N_("Name who approves a new AI tool or use, write down how to ask, "
       "and keep a list of what has been approved."),
    "compliance,security,ip", false, true },
  { "data", N_("Which data may go into AI"),
    N_("Sort the company's data into what may go into AI tools, what "
       "only into approved ones, and what never."),
    "privacy,compliance,ip,security", false, true },
  { "review", N_("When a person reviews AI output"),
    N_("List the AI outputs a person must check before use (anything "
       "sent to customers or deciding about people) and who checks."),
    "bias,explainability,reliability,compliance", true, false },
  { "testing", N_("How AI output is tested"),
    N_("Set a test for each AI use: sample answers checked against known "
       "good ones before launch, and again each month."),
    "reliability,bias", true, false },
  { "vendors", N_("How AI vendors are assessed"),
    N_("Assess each AI vendor before signing: security, where data goes, "
       "training on your data, price terms and how to leave."),
    "vendor,security,privacy", false, false },
  { "escalation", N_("How AI problems are escalated"),
    N_("Write a one-page path for AI incidents: who is told, who decides "
       "to pause a tool, and when leadership hears."),
    "compliance,resilience", false, false },
  { "monitoring", N_("How AI is monitored in use"),
    N_("Watch each live AI use for quality, cost and side effects, with "
       "a named owner who reviews the figures monthly."),
    "reliability,bias,resilience", true, false },
  { "risk_output", N_("Wrong or misleading output"),
    N_("Decide for each AI use how a wrong answer is caught, corrected "
       "and explained to whoever it reached."),
    "reliability,explainability", true, false },
  { "risk_training", N_("Data shared, stored or trained on"),
    N_("Check what each AI tool keeps and trains on; switch off training "
       "on company data where the vendor allows it."),
    "privacy,ip", false, true },
  { "risk_oversight", N_("Decisions that need human oversight"),
    N_("Name the decisions AI may support but never take alone, and who "
       "signs them off."),
    "bias,explainability,compliance", true, false },
  { "risk_leaks", N_("Sensitive information leaking"),
    N_("Block sensitive data from unapproved AI tools, and tell people "
       "plainly what never to paste into one."),
    "privacy,security", false, true },
  { "risk_vendor", N_("A vendor changing price or terms"),
    N_("For each AI vendor you depend on, note the alternative and what "
       "moving would cost, before you need it."),
    "vendor,resilience", false, false },
  { "risk_pretest", N_("Testing before customers are affected"),
    N_("Require a test on real but safe cases before any AI change "
       "reaches customers or a critical process."),
    "reliability,resilience", true, false },
  { "training", N_("Practical AI training"),
    N_("Give each team a short hands-on session with the approved tools, "
       "on their own work, and repeat it as tools change."),
    "", false, true },
  { "patterns", N_("Approved tools and patterns"),
    N_("Publish the approved AI tools and a few ways of using them that "
       "work, and keep the list current."),
    "security,vendor", false, true },
  { "acceptable_use", N_("Acceptable use, and where judgement stays"),
    N_("Write a one-page acceptable use policy, saying where human "
       "judgement must stay, and ask everyone to read it."),
    "privacy,compliance,ip", false, true },
  { "feedback", N_("Feedback on what works"),
    N_("Open one channel for AI feedback, and have its owner act on it "
       "and report back each month."),
    "reliability", false, true },
  { "impact", N_("Measuring AI's impact"),
    N_("Before rolling out an AI use, agree the measure it should move "
       "(time, quality, cost) and check it after a quarter."),
    "", false, false },
};

static const char *const band_ids[] = { NULL, "ad_hoc", "emerging",
                                        "defined", "managed" };
static const char *const state_ids[] = { "in_place", "partly", "not_yet" };

const char *gov_item_id (enum gov_item i) { return defs[i].id; }
const char *gov_item_name (enum gov_item i) { return defs[i].name; }
const char *gov_item_action (enum gov_item i) { return defs[i].action; }
const char *gov_band_id (enum gov_band b) { return band_ids[b]; }
const char *gov_state_id (enum gov_state s) { return state_ids[s]; }

enum gov_group
gov_item_group (enum gov_item i)
{
  return i < GI_RISK_OUTPUT ? GG_GOVERNANCE
         : i < GI_TRAINING ? GG_RISK : GG_ADOPTION;
}

const char *
gov_group_name (enum gov_group g)
{
  static const char *const names[] = {
    N_("Governance"), N_("Risk"), N_("Adoption")
  };
  return names[g];
}

const char *
gov_band_name (enum gov_band b)
{
  static const char *const names[] = {
    N_("not known yet"),
    /* TRANSLATORS: the bands of AI governance maturity, lowest first. */
    N_("ad hoc"), N_("emerging"), N_("defined"), N_("managed")
  };
  return names[b];
}

enum gov_band
gov_band_of (int score)
{
  return score < 0 ? GB_NONE : score < 25 ? GB_ADHOC : score < 50
         ? GB_EMERGING : score < 75 ? GB_DEFINED : GB_MANAGED;
}

/* How many of the risks named in RISKS (ai.risks) item D answers. */
static int
gov_risks_met (const struct gov_def *d, const char *risks)
{
  const char *p = d->risks;
  int n = 0;

  while (risks != NULL && *p != '\0')
    {
      size_t len = strcspn (p, ",");
      char *one = xstrndup (p, len);

      n += bank_multi_has (risks, one);
      free (one);
      p += len + (p[len] == ',');
    }
  return n;
}

/* The first risk named in RISKS that item D answers, in words. */
static const char *
gov_risk_words (const struct gov_def *d, const char *risks)
{
  static const struct { const char *id, *words; } names[] = {
    /* TRANSLATORS: what raised a governance gap: one of the AI risks the
       founder named. */
    { "security", N_("you named security") },
    { "privacy", N_("you named privacy") },
    { "compliance", N_("you named compliance") },
    { "bias", N_("you named bias") },
    { "reliability", N_("you named unreliable output") },
    { "explainability", N_("you named explainability") },
    { "ip", N_("you named intellectual property") },
    { "vendor", N_("you named vendor dependency") },
    { "resilience", N_("you named resilience") },
  };
  size_t i;

  for (i = 0; i < sizeof names / sizeof names[0]; i++)
    if (bank_multi_has (d->risks, names[i].id)
        && bank_multi_has (risks, names[i].id))
      return names[i].words;
  return N_("a risk you named");
}

/* Where a gap stands among the others, and what raised it. */
static int
gov_weight (const struct gov_def *d, enum gov_state state,
            const struct result *r, const char *risks, const char **why)
{
  long long ai = r->facts[F_IN_PRODUCT], reg = r->facts[F_REGULATION];
  int met = gov_risks_met (d, risks);
  int w = (state == GS_NOT_YET ? 20 : 10);

  *why = NULL;
  /* Without AI work, AI's place and its regulation raise nothing. */
  if (r->ai_work != TRI_YES)
    ai = AI_NONE, reg = REG_MINIMAL;
  if (d->customers && (ai == AI_FEATURE || ai == AI_CORE))
    {
      w += ai == AI_CORE ? 8 : 5;
      *why = N_("AI reaches your customers");
    }
  if (d->internal && ai == AI_INTERNAL)
    {
      w += 5;
      *why = N_("AI is used inside the company");
    }
  if ((reg == REG_HEAVY || reg == REG_MODERATE)
      && strstr (d->risks, "compliance") != NULL)
    {
      w += reg == REG_HEAVY ? 6 : 3;
      *why = N_("regulation applies to your AI");
    }
  if (met > 0)
    {
      w += 6 * met;
      *why = gov_risk_words (d, risks);
    }
  return w;
}

void
gov_score (const struct bank *bank, const struct session *session,
           struct result *r)
{
  struct gov_result *g = &r->gov;
  const char *risks = score_answer (bank, session, "ai.risks");
  enum role owner = r->caio == CAIO_DEDICATED ? ROLE_CAIO
                    : result_has_cto (r) ? ROLE_CTO : ROLE_CIO;
  int points = 0;
  size_t i, j;

  memset (g, 0, sizeof *g);
  g->score = SCORE_NONE;
  for (i = 0; i < GI_COUNT; i++)
    {
      char *id = xasprintf ("governance.%s", defs[i].id);
      const char *v = score_answer (bank, session, id);

      free (id);
      g->states[i] = -1;
      for (j = 0; v != NULL && j < 3; j++)
        if (strcmp (v, state_ids[j]) == 0)
          g->states[i] = (int) j;
      if (g->states[i] < 0)
        continue;
      g->n_answered++;
      points += 2 - g->states[i];
      if (g->states[i] != GS_IN_PLACE)
        {
          struct gov_gap *gap = &g->gaps[g->n_gaps++];

          gap->item = (enum gov_item) i;
          gap->state = (enum gov_state) g->states[i];
          gap->owner = owner;
          gap->weight = gov_weight (&defs[i], gap->state, r, risks,
                                    &gap->why);
        }
    }
  g->taken = g->n_answered > 0;
  if (!g->taken)
    return;
  g->score = (points * 100 + g->n_answered) / (2 * g->n_answered);
  g->band = gov_band_of (g->score);
  /* Most pressing first; on a tie, in the order article 002 lists them. */
  for (i = 1; i < g->n_gaps; i++)
    for (j = i; j > 0 && g->gaps[j].weight > g->gaps[j - 1].weight; j--)
      {
        struct gov_gap t = g->gaps[j];

        g->gaps[j] = g->gaps[j - 1];
        g->gaps[j - 1] = t;
      }
}
