/* readiness.c: scoring the CTO readiness module. */
#include "system.h"

#include "core/readiness.h"
#include "core/rules.h"
#include "core/score.h"
#include "core/util.h"

static const char *const area_ids[RA_COUNT] = {
  "strategy", "business", "ai_fluency", "communication", "uncertainty",
  "stakeholders", "team", "governance", "maturity"
};

static const char *const fit_ids[] = { "build", "scale", "steer" };

const char *
readiness_area_id (enum readiness_area a)
{
  return area_ids[a];
}

const char *
readiness_fit_id (enum readiness_fit f)
{
  return fit_ids[f];
}

const char *
readiness_area_name (enum readiness_area a)
{
  static const char *const names[RA_COUNT] = {
    /* TRANSLATORS: the nine areas of CTO readiness, as labels of a
       chart: keep each under 32 characters. */
    N_("Strategic thinking"), N_("Business and finance"),
    N_("AI and technology fluency"), N_("Executive communication"),
    N_("Deciding under uncertainty"), N_("Stakeholder management"),
    N_("Team leadership"), N_("Governance and risk"),
    N_("Leadership maturity")
  };
  return names[a];
}

const char *
readiness_fit_name (enum readiness_fit f)
{
  static const char *const names[] = {
    N_("laying the foundations: the first systems and team"),
    N_("scaling systems, teams and processes"),
    N_("steering a larger estate and its risks")
  };
  return names[f];
}

const char *
readiness_subject_name (int subject)
{
  static const char *const names[] = {
    N_("whoever leads technology today"),
    N_("the founder who would lead technology"),
    N_("the candidate for the role")
  };
  return subject >= 0 && subject < 3 ? names[subject]
                                     : N_("the technology leader");
}

/* From this size a company's technology is an estate to steer. */
#define READINESS_ESTATE_FROM 1000

enum readiness_fit
readiness_fit_of (const struct result *r)
{
  long long employees = r->facts[F_EMPLOYEES];
  enum cto_kind kind = r->cto_kind;

  /* Size first: a small company lays foundations whatever its kind of
     leader, a large one steers an estate. */
  if (employees >= 0 && employees < SIZE_STARTUP_BELOW)
    return FIT_BUILD;
  if (employees >= READINESS_ESTATE_FROM || r->primary == PRIMARY_CIO
      || kind == KIND_ENTERPRISE || kind == KIND_TRANSFORMATION)
    return FIT_STEER;
  if (employees < 0 && (kind == KIND_STARTUP || kind == KIND_FRACTIONAL
                        || kind == KIND_NONE))
    return FIT_BUILD;
  return FIT_SCALE;
}

bool
readiness_carries_ai (const struct result *r)
{
  return r->cto_kind == KIND_AI
         || (r->ai_work == TRI_YES && r->caio != CAIO_DEDICATED
             && r->caio != CAIO_UNDECIDED);
}

int
readiness_weight (enum readiness_fit fit, bool carries_ai, bool regulated,
                  enum readiness_area a)
{
  /* Which areas a leader of each challenge leans on most (article 002:
     a leader who builds a team from scratch needs other strengths than
     one who governs an estate or advises a board). */
  static const int weights[3][RA_COUNT] = {
    /* strategy business ai comm uncert stake team gov maturity */
    { 2, 2, 3, 2, 3, 2, 3, 2, 2 },    /* build */
    { 2, 3, 2, 3, 2, 3, 3, 2, 2 },    /* scale */
    { 3, 3, 2, 3, 2, 3, 2, 3, 2 },    /* steer */
  };
  int w = weights[fit][a];

  if (carries_ai && (a == RA_AI || a == RA_GOVERNANCE) && w < 3)
    w++;
  else if (regulated && a == RA_GOVERNANCE && w < 3)
    w++;
  return w;
}

/* A next step for area A, fitted to the challenge. */
static const char *
readiness_step (enum readiness_area a, enum readiness_fit fit)
{
  static const char *const steps[RA_COUNT][3] = {
    { N_("Write a one-page technology strategy for the next 18 months: "
         "what to build, what to buy, what to leave, and why."),
      N_("Tie the technology roadmap to the growth plan: for each big "
         "item, the business result it enables and when."),
      N_("Lead a yearly review of the technology estate against the "
         "company's strategy, and retire what no longer serves it.") },
    { N_("Build the technology budget with the CEO: what the first team, "
         "cloud and tools cost, and the runway they use."),
      N_("Own the cost per customer of running the product, and show how "
         "it falls as the company grows."),
      N_("Argue each major investment in payback and risk, the way the "
         "finance team argues theirs.") },
    { N_("Run one small AI experiment end to end, with a measure of "
         "success set before it starts."),
      N_("Choose which AI uses to scale and which to stop, from what the "
         "pilots measured."),
      N_("Lead the AI roadmap: the data and platforms it needs, who "
         "governs it, and what it is worth.") },
    { N_("Explain each big technical choice to the founders in five "
         "minutes: the options, the cost, the risk."),
      N_("Report to the board each quarter on technology: what shipped, "
         "what it cost, what is at risk."),
      N_("Speak for technology at board and investor meetings, in the "
         "board's terms: risk, cost and value.") },
    { N_("For each big decision, write down the options, what would "
         "change the choice, and when to look again."),
      N_("Set a deadline for each architecture decision and decide with "
         "what is known by then."),
      N_("Keep a register of the big technology bets and review it with "
         "the executive team each quarter.") },
    { N_("Meet the people who sell to and support customers every week, "
         "and bring what they hear into the plan."),
      N_("Agree priorities with the heads of product, sales and finance "
         "each quarter, and keep to them."),
      N_("Build a steering group with finance, security, operations and "
         "the business lines, and chair it.") },
    { N_("Write down how the first engineers work (reviews, testing, "
         "releases), and hire against it."),
      N_("Grow the first engineering managers, and let them run delivery "
         "without asking."),
      N_("Build the leadership layer: leads who own their areas, with "
         "goals and a plan for who follows them.") },
    { N_("Keep a short decision log for architecture, vendors and data, "
         "and say who approves AI tools."),
      N_("Set up the rules for AI tools, data and vendors before more "
         "teams adopt them."),
      N_("Own technology and AI risk with a register, named owners and a "
         "yearly review with the board.") },
    { N_("Find a mentor who has been a CTO, and ask the team for "
         "feedback after each big release."),
      N_("Ask peers and the team for honest feedback twice a year, and "
         "act on one point each time."),
      N_("Work with a coach or a peer group of technology executives on "
         "leading under pressure.") },
  };
  return steps[a][fit];
}

/* Sort areas by a key, highest first, earlier areas first on ties. */
static void
readiness_rank (int *areas, size_t n, const int *key)
{
  size_t i, j;

  for (i = 1; i < n; i++)
    for (j = i; j > 0 && key[areas[j]] > key[areas[j - 1]]; j--)
      {
        int t = areas[j];

        areas[j] = areas[j - 1];
        areas[j - 1] = t;
      }
}

void
readiness_score (const struct bank *bank, const struct session *session,
                 struct result *r)
{
  struct readiness *rd = &r->readiness;
  bool carries_ai = readiness_carries_ai (r);
  /* Heavy regulation of AI work puts governance high whoever owns AI. */
  bool regulated = r->ai_work == TRI_YES
                   && r->facts[F_REGULATION] == REG_HEAVY;
  int strength[RA_COUNT], need[RA_COUNT], order[RA_COUNT], sum = 0;
  size_t i, n = 0;
  const char *subject = score_answer (bank, session, "readiness.subject");
  int instance;
  const struct question *sq = bank_find (bank, "readiness.subject",
                                         &instance);

  memset (rd, 0, sizeof *rd);
  rd->subject = -1;
  if (subject != NULL && sq != NULL)
    for (i = 0; i < sq->n_options; i++)
      if (strcmp (sq->options[i].id, subject) == 0)
        rd->subject = (int) i;
  rd->fit = readiness_fit_of (r);
  for (i = 0; i < RA_COUNT; i++)
    {
      char *id = xasprintf ("readiness.%s", area_ids[i]);
      const char *v = score_answer (bank, session, id);
      int w = readiness_weight (rd->fit, carries_ai, regulated,
                                (enum readiness_area) i);

      free (id);
      rd->ratings[i] = v != NULL ? atoi (v) : 0;
      if (rd->ratings[i] < 1 || rd->ratings[i] > 5)
        rd->ratings[i] = 0;
      /* The strongest: the best rated, and on a tie the area this
         challenge leans on more; the priorities: the largest gap to 5,
         times how much the area matters. */
      strength[i] = rd->ratings[i] * 10 + w;
      need[i] = (5 - rd->ratings[i]) * w * 10 + w;
      if (rd->ratings[i] > 0)
        {
          order[n++] = (int) i;
          sum += rd->ratings[i];
        }
    }
  rd->n_rated = (int) n;
  rd->taken = n > 0 || rd->subject >= 0;
  if (n == 0)
    return;
  rd->mean10 = (sum * 10 + (int) n / 2) / (int) n;
  readiness_rank (order, n, strength);
  /* A strength is rated 4 or 5. */
  for (i = 0; i < n && rd->n_strongest < READINESS_TOP; i++)
    if (rd->ratings[order[i]] >= 4)
      rd->strongest[rd->n_strongest++] = order[i];
  readiness_rank (order, n, need);
  /* A priority is below 5 and not among the strengths. */
  for (i = 0; i < n && rd->n_priorities < READINESS_TOP; i++)
    {
      size_t k;
      bool strong = false;

      for (k = 0; k < rd->n_strongest; k++)
        strong |= rd->strongest[k] == order[i];
      if (strong || rd->ratings[order[i]] == 5)
        continue;
      rd->priorities[rd->n_priorities] = order[i];
      /* Without AI work, AI fluency starts with a first experiment,
         whatever the challenge. */
      rd->steps[rd->n_priorities++]
        = readiness_step (order[i], order[i] == RA_AI && r->ai_work != TRI_YES
                                    ? FIT_BUILD : rd->fit);
    }
}
