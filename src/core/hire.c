/* hire.c: the hiring brief and the first 90 days. */
#include "system.h"

#include "core/hire.h"
#include "core/rules.h"
#include "core/score.h"
#include "core/util.h"
#include "core/words.h"

static const char *const role_ids[] = {
  NULL, "technology_leader", "cto", "fractional_cto", "cio",
  "fractional_cio", "caio", "vp_engineering", "head_of_engineering"
};

const char *
hire_role_id (enum hire_role role)
{
  return role_ids[role];
}

const char *
hire_role_name (enum hire_role role)
{
  static const char *const names[] = {
    N_("nobody"), N_("technology leader"), N_("CTO"), N_("fractional CTO"),
    N_("CIO"), N_("fractional CIO or experienced IT lead"),
    N_("Chief AI Officer"), N_("VP of Engineering"),
    N_("Head of Engineering")
  };
  return names[role];
}

enum hire_role
hire_role (const struct result *r)
{
  if (result_leader_missing (r))
    {
      if (r->primary == PRIMARY_UNDECIDED)
        return HIRE_LEADER;
      if (r->primary == PRIMARY_CIO)
        return r->form == FORM_FRACTIONAL ? HIRE_FRACTIONAL_CIO : HIRE_CIO;
      return r->cto_kind == KIND_FRACTIONAL ? HIRE_FRACTIONAL_CTO : HIRE_CTO;
    }
  if (r->caio == CAIO_DEDICATED)
    return HIRE_CAIO;
  if (r->delivery == DELIVERY_VP)
    return HIRE_VP;
  if (r->delivery == DELIVERY_HEAD)
    return HIRE_HEAD;
  return HIRE_NONE;
}

/* ------------------------------------------------------------ the brief */

static const char *
hire_mandate (const struct result *r, enum hire_role role)
{
  switch (role)
    {
    case HIRE_CTO:
    case HIRE_FRACTIONAL_CTO:
      return words_kind_why (role == HIRE_FRACTIONAL_CTO ? KIND_FRACTIONAL
                             : r->cto_kind != KIND_NONE ? r->cto_kind
                             : KIND_STARTUP);
    case HIRE_LEADER:
      return N_("One person accountable for technology; whether a CTO or a "
                "CIO depends on the questions still open, so answer them "
                "before the search starts.");
    case HIRE_CIO:
      return N_("A CIO runs the systems the business runs on (ERP, CRM, "
                "sites, data, security and vendors) so that operations are "
                "stable, efficient and ready to grow.");
    case HIRE_FRACTIONAL_CIO:
      return N_("Part-time senior leadership for internal technology (a "
                "fractional CIO or an experienced IT lead) keeps the systems "
                "the business runs on sound, secure and ready to grow.");
    case HIRE_CAIO:
      return r->reports_to == REPORTS_CEO
             ? N_("A Chief AI Officer, reporting to the CEO, owns the "
                  "company's AI strategy, governance and adoption across "
                  "every department.")
             : N_("A Chief AI Officer, reporting to the CTO, owns the "
                  "company's AI strategy, governance and adoption, close to "
                  "the product.");
    case HIRE_VP:
      return N_("A VP of Engineering runs delivery (process, hiring, "
                "quality and the teams' rhythm) so that technology "
                "leadership can keep to direction.");
    case HIRE_HEAD:
      return N_("A Head of Engineering, often the most senior engineer, "
                "runs day-to-day delivery so that the CTO can keep to "
                "direction.");
    default:
      return NULL;
    }
}

static void
hire_own (struct hire_result *h, bool own, const char *what)
{
  if (own && h->n_owns < HIRE_MAX_OWNS)
    h->owns[h->n_owns++] = what;
  else if (!own && h->n_not_owns < HIRE_MAX_OWNS)
    h->not_owns[h->n_not_owns++] = what;
}

/* What the role owns, and what the structure leaves to the others. */
static void
hire_split (struct hire_result *h, const struct result *r)
{
  bool caio = r->caio == CAIO_DEDICATED;
  bool delivery = r->delivery == DELIVERY_VP || r->delivery == DELIVERY_HEAD;
  bool ai = r->ai_work == TRI_YES;

  switch (h->role)
    {
    case HIRE_LEADER:
      hire_own (h, true, N_("Technology direction, and the systems the "
                            "company runs on"));
      if (ai && !caio)
        hire_own (h, true, N_("AI strategy, integration and governance"));
      break;
    case HIRE_CTO:
    case HIRE_FRACTIONAL_CTO:
      hire_own (h, true, N_("Technology direction: what to build, and which "
                            "technology to bet on"));
      hire_own (h, true, N_("Product architecture and the engineering "
                            "team"));
      if (ai && !caio)
        hire_own (h, true, N_("AI strategy, integration and governance"));
      /* Only early on does one leader also run delivery. */
      if (!delivery && r->facts[F_EMPLOYEES] >= 0
          && r->facts[F_EMPLOYEES] < SIZE_STARTUP_BELOW)
        hire_own (h, true, N_("Day-to-day delivery, until a delivery lead "
                              "is needed"));
      if (r->primary == PRIMARY_BOTH)
        hire_own (h, false, N_("The internal systems the business runs on: "
                               "the CIO"));
      if (caio)
        hire_own (h, false, N_("Company-wide AI strategy, governance and "
                               "adoption: the Chief AI Officer"));
      if (r->delivery == DELIVERY_VP)
        hire_own (h, false, N_("Day-to-day delivery: a VP of "
                               "Engineering"));
      else if (r->delivery == DELIVERY_HEAD)
        hire_own (h, false, N_("Day-to-day delivery: a Head of "
                               "Engineering"));
      break;
    case HIRE_CIO:
    case HIRE_FRACTIONAL_CIO:
      hire_own (h, true, N_("Internal systems, data and the vendors behind "
                            "them"));
      hire_own (h, true, N_("The security and resilience of the estate"));
      if (ai && !caio)
        hire_own (h, true, N_("AI in the company's operations, and its "
                              "governance"));
      if (caio)
        hire_own (h, false, N_("Company-wide AI strategy, governance and "
                               "adoption: the Chief AI Officer"));
      break;
    case HIRE_CAIO:
      hire_own (h, true, N_("AI strategy: which uses to fund, scale or "
                            "stop"));
      hire_own (h, true, N_("AI governance: approvals, data rules, review "
                            "and testing"));
      hire_own (h, true, N_("AI adoption: training, approved tools, "
                            "measuring impact"));
      hire_own (h, false, result_has_cto (r)
                ? N_("The platforms AI runs on, and their architecture: "
                     "the CTO")
                : N_("The systems AI runs on, and their security: the "
                     "CIO"));
      break;
    case HIRE_VP:
    case HIRE_HEAD:
      hire_own (h, true, N_("Delivery: plans, releases and quality"));
      hire_own (h, true, N_("Engineering process, hiring and the teams' "
                            "growth"));
      hire_own (h, false, N_("Technology direction and architecture: the "
                             "CTO"));
      if (ai)
        hire_own (h, false, caio ? N_("AI strategy and governance: the "
                                      "Chief AI Officer")
                                 : N_("AI strategy and governance: the "
                                      "CTO"));
      break;
    default:
      break;
    }
  /* Whatever the role, tools are chosen by those who use them. */
  if (ai)
    hire_own (h, false, N_("Which AI tools each team uses: the people who "
                           "use them, with a technical check"));
}

/* ------------------------------------------------------- first 90 days */

/* The founder's blockers, most urgent first, each in words. */
static const struct { const char *id, *words; } blockers[] = {
  { "visible_risks", N_("the known risks nobody owns") },
  { "fragile_systems", N_("the fragile systems") },
  { "slow_delivery", N_("slow delivery") },
  { "data_quality", N_("data nobody trusts") },
  { "tech_debt", N_("the technical debt") },
  { "capability_gaps", N_("the missing skills") },
  { "unclear_priorities", N_("priorities that are not clear") },
};

static void
hire_step (struct hire_result *h, int month, struct msg m)
{
  if (h->n_plan >= HIRE_MAX_PLAN)
    return;
  h->plan[h->n_plan].month = month;
  h->plan[h->n_plan].action = m;
  h->n_plan++;
}

static void
hire_text (struct hire_result *h, int month, const char *text)
{
  hire_step (h, month, msg_make (text));
}

/* The first blocker named, in words, or NULL. */
static const char *
hire_first_blocker (const char *named, size_t skip)
{
  size_t i;

  for (i = 0; named != NULL && i < sizeof blockers / sizeof blockers[0]; i++)
    if (bank_multi_has (named, blockers[i].id) && skip-- == 0)
      return blockers[i].words;
  return NULL;
}

/* How many tools are not cleared for use yet, and the last of them. */
static size_t
hire_tools_open (const struct result *r, const struct tool_result **last)
{
  size_t i, n = 0;

  *last = NULL;
  for (i = 0; i < r->n_tools; i++)
    if (r->tools[i].verdict != TOOL_READY)
      {
        n++;
        *last = &r->tools[i];
      }
  return n;
}

/* The leader reports to the CTO rather than to the CEO and the board. */
static bool
hire_under_cto (const struct hire_result *h, const struct result *r)
{
  return h->role == HIRE_VP || h->role == HIRE_HEAD
         || (h->role == HIRE_CAIO && r->reports_to == REPORTS_CTO);
}

/* The AI tools under way: their open checks. */
static void
hire_tools_step (struct hire_result *h, const struct result *r)
{
  const struct tool_result *one;
  size_t open = hire_tools_open (r, &one);
  struct msg m;

  if (r->n_tools == 0)
    {
      if (r->facts[F_IN_PRODUCT] == AI_CORE
          || r->facts[F_IN_PRODUCT] == AI_FEATURE)
        hire_text (h, 2, N_("Map where AI sits in the product, which data "
                            "it relies on and how its output is "
                            "checked."));
      return;
    }
  if (open == 0)
    {
      m = msg_make (N_("Keep the AI tools under way (%s) measured and "
                       "reviewed, as their checklists say."));
      msg_add_noun (&m, "%s tool", "%s tools", (long long) r->n_tools);
    }
  else if (open == 1 && one->name != NULL)
    {
      /* TRANSLATORS: %s is an AI tool's name. */
      m = msg_make (N_("Finish the open checks of %s against the six steps "
                       "before it is used more widely."));
      msg_add_text (&m, one->name);
    }
  else
    {
      /* TRANSLATORS: "(3 tools, 2 of them not yet cleared for use)". */
      m = msg_make (N_("Check the AI tools under way against the six steps "
                       "(%s, %s of them not yet cleared for use), and finish "
                       "the checks still open."));
      msg_add_noun (&m, "%s tool", "%s tools", (long long) r->n_tools);
      msg_add_count (&m, (long long) open);
    }
  hire_step (h, 2, m);
}

static void
hire_plan (struct hire_result *h, const struct result *r, const char *named,
           const char *expectations)
{
  const char *first = hire_first_blocker (named, 0);
  const char *second = hire_first_blocker (named, 1);
  bool agreed = expectations != NULL && strcmp (expectations, "agreed") == 0;
  bool partly = expectations != NULL && strcmp (expectations, "partly") == 0;
  bool cto = hire_under_cto (h, r);
  struct msg m;

  /* Month 1: learn before prescribing; expectations settled first. */
  if (h->source == 0)
    hire_text (h, 1, N_("Step out of the old role first: listen again to "
                        "the teams, the founders and a few customers as "
                        "their new leader, and announce no changes yet."));
  else
    hire_text (h, 1, N_("Learn before prescribing: listen to the teams, the "
                        "founders and a few customers, and announce no "
                        "changes yet."));
  if (!agreed && partly)
    hire_text (h, 1, cto
               ? N_("Turn what you have discussed with the CTO into written "
                    "expectations for the first year; today they are "
                    "discussed but not agreed.")
               : N_("Turn what the CEO and the board have discussed into "
                    "written expectations for the first year; today they "
                    "are discussed but not agreed."));
  else if (!agreed)
    hire_text (h, 1, cto
               ? N_("Agree in writing with the CTO what the role must "
                    "achieve in its first year; nobody has yet.")
               : N_("Agree in writing with the CEO and the board what the "
                    "role must achieve in its first year; nobody has yet."));
  hire_text (h, 1, N_("Learn the business model: how the company earns, "
                      "its priorities this year and the pressure it is "
                      "under."));
  if (first != NULL)
    {
      m = msg_make (N_("Assess people, systems, architecture, delivery and "
                       "risk, starting with what you named: %s."));
      msg_add_words (&m, first);
      hire_step (h, 1, m);
    }
  else
    hire_text (h, 1, N_("Assess people, systems, architecture, delivery "
                        "and risk, and write down what you find."));
  /* Month 2: relationships, debt and bottlenecks, AI. */
  if (h->role == HIRE_CAIO)
    {
      /* TRANSLATORS: %s is "the CTO" or "the CIO". */
      m = msg_make (N_("Build working ties with %s, security, legal and "
                       "each department's lead: AI runs through all of "
                       "them."));
      msg_add_words (&m, result_has_cto (r) ? N_("the CTO") : N_("the CIO"));
      hire_step (h, 2, m);
    }
  else if (h->role == HIRE_VP || h->role == HIRE_HEAD)
    hire_text (h, 2, N_("Build working ties with the CTO, product, the "
                        "engineering leads and those who wait on delivery: "
                        "sales, support and operations."));
  else
    hire_text (h, 2, N_("Build working ties with the executive peers and "
                        "with product, engineering, data, security, finance "
                        "and operations."));
  hire_text (h, 2, N_("Find the technical debt, delivery constraints, "
                      "missing skills and bottlenecks, and size each."));
  hire_tools_step (h, r);
  /* Month 3: expectations checked, then wins, then the agenda. */
  if (agreed)
    hire_text (h, 3, cto
               ? N_("Check the expectations agreed with the CTO against "
                    "what you have learnt, and adjust them together.")
               : N_("Check the expectations agreed with the CEO and the "
                    "board against what you have learnt, and adjust them "
                    "together."));
  if (first != NULL)
    {
      m = msg_make (N_("Deliver one or two early wins that ease a real "
                       "problem (%s), not cosmetic change."));
      msg_add_words (&m, second != NULL ? second : first);
      hire_step (h, 3, m);
    }
  else
    hire_text (h, 3, N_("Deliver one or two early wins that ease a real "
                        "problem, not cosmetic change."));
  hire_text (h, 3, h->role == HIRE_VP || h->role == HIRE_HEAD
             ? N_("Present to the CTO a delivery plan for the next stage: "
                  "where delivery helps the business, where it holds it "
                  "back, the risks to handle and the priorities.")
             : N_("Present the agenda for the next stage: where technology "
                  "helps the business, where it holds it back, the risks to "
                  "handle and the priorities."));
}

bool
hire_turn_matters (enum hire_role role, enum turn t)
{
  switch (role)
    {
    case HIRE_CAIO:
      return t == TURN_CAIO || t == TURN_REPORTS;
    case HIRE_VP:
    case HIRE_HEAD:
      return t == TURN_PRIMARY;
    default:
      return t == TURN_PRIMARY || t == TURN_CAIO;
    }
}

void
hire_score (const struct bank *bank, const struct session *session,
            struct result *r)
{
  struct hire_result *h = &r->hire;
  const char *source = score_answer (bank, session, "hire.source");
  const char *named = score_answer (bank, session, "hire.blockers");
  const char *expectations = score_answer (bank, session,
                                           "hire.expectations");
  static const char *const sources[] = { "internal", "external", "open" };
  size_t i;

  bool chosen = h->chosen;

  memset (h, 0, sizeof *h);
  h->chosen = chosen;
  h->source = -1;
  for (i = 0; source != NULL && i < 3; i++)
    if (strcmp (source, sources[i]) == 0)
      h->source = (int) i;
  h->taken = source != NULL || named != NULL || expectations != NULL;
  h->role = hire_role (r);
  if (h->role == HIRE_NONE)
    return;
  h->mandate = hire_mandate (r, h->role);
  hire_split (h, r);
  hire_plan (h, r, named, expectations);
}
