/* plan.c: what to do about the verdicts: who governs each AI risk
   named, with a first control (article 002's governance questions), and
   the actions in time: now, in the first 90 days, later.  A missing
   technology leader is appointed first, and no CAIO before them. */
#include "system.h"

#include "core/plan.h"
#include "core/rules.h"
#include "core/score.h"
#include "core/util.h"
#include "core/words.h"

/* --------------------------------------------------------- governance */

/* A first control for each of the AI risks of the default bank (article
   002's governance questions), and one for a bank's own. */
static const char *
governance_action (const char *risk)
{
  static const struct { const char *risk, *action; } actions[] = {
    { "security", N_("Decide who approves each AI tool and use case, and "
                     "have every tool's security and data handling checked "
                     "before it touches company systems; watch for leaks "
                     "of sensitive data.") },
    { "privacy", N_("Write down which data may go into AI tools and which "
                    "never may, and check each vendor's terms on storing "
                    "data and training on it.") },
    { "compliance", N_("List the rules that apply to each AI use (data "
                       "protection, sector rules, AI laws), who signs off "
                       "on compliance, and how a concern is escalated to "
                       "the leadership.") },
    { "bias", N_("Say which AI decisions a person must review, and test "
                 "outputs for unfair results across groups before launch "
                 "and while in use.") },
    { "reliability", N_("Test AI outputs before customers or critical "
                        "processes depend on them, and monitor their "
                        "accuracy once live, with a way to correct "
                        "mistakes quickly.") },
    { "explainability", N_("Require a human review of AI decisions that "
                           "affect people, and keep a record of how each "
                           "such decision was reached.") },
    { "ip", N_("Set rules for what may be fed into AI tools (code, "
               "documents, customer material) and who owns what they "
               "produce, and check vendor terms on both.") },
    { "vendor", N_("Assess each AI vendor before signing (security, data "
                   "use, price and terms), and keep an exit plan for a "
                   "vendor that changes its price, access or terms.") },
    { "resilience", N_("Decide what happens when an AI service fails or "
                       "slows down: a fallback for every critical process, "
                       "and monitoring that notices first.") },
  };
  size_t i;

  for (i = 0; i < sizeof actions / sizeof actions[0]; i++)
    if (strcmp (risk, actions[i].risk) == 0)
      return actions[i].action;
  return N_("Name who decides what is acceptable for this risk, how it is "
            "monitored, and how a problem is escalated.");
}

/* One entry for each risk chosen in ai.risks: the CAIO owns them where
   there is one, else the CTO where one is recommended, else the CIO. */
void
plan_governance (const struct bank *bank, const struct session *session,
                   struct result *r)
{
  const char *value = score_answer (bank, session, "ai.risks");
  int instance;
  const struct question *q = bank_find (bank, "ai.risks", &instance);
  enum role owner = r->caio == CAIO_DEDICATED ? ROLE_CAIO
                    : result_has_cto (r) ? ROLE_CTO : ROLE_CIO;
  size_t i;

  if (value == NULL || q == NULL || q->type != QT_MULTI)
    return;
  r->governance = xcalloc (q->n_options, sizeof *r->governance);
  for (i = 0; i < q->n_options; i++)
    if (bank_multi_has (value, q->options[i].id))
      {
        struct governance *g = &r->governance[r->n_governance++];

        g->risk = q->options[i].id;
        g->label = q->options[i].label;
        g->owner = owner;
        g->action = governance_action (g->risk);
      }
}

/* --------------------------------------------------------------- plan */

static void
plan_add (struct result *r, enum when when, struct msg action)
{
  if (r->n_plan >= RESULT_MAX_PLAN)
    return;
  r->plan[r->n_plan].when = when;
  r->plan[r->n_plan].action = action;
  r->n_plan++;
}

static void
plan_text (struct result *r, enum when when, const char *text)
{
  plan_add (r, when, msg_make (text));
}

/* A sentence whose subject is the leader who carries technology. */
static void
plan_leader (struct result *r, enum when when, const char *text)
{
  struct msg m = msg_make (text);

  msg_add_words (&m, words_leader (r));
  plan_add (r, when, m);
}

/* Nobody leads technology yet: that appointment comes first. */
static void
plan_appoint (struct result *r)
{
  struct msg m;

  switch (r->primary)
    {
    case PRIMARY_CTO:
      if (r->cto_kind == KIND_FRACTIONAL)
        plan_text (r, WHEN_NOW,
                   N_("Bring in a fractional CTO: part-time senior "
                      "technology leadership is enough while technology is "
                      "only part of what the company sells."));
      else if (r->cto_kind != KIND_NONE)
        {
          /* TRANSLATORS: %s is a kind of CTO, such as "startup CTO". */
          m = msg_make (N_("Make one person accountable for technology "
                           "direction: hire or appoint a CTO (the kind to "
                           "look for: %s)."));
          msg_add_words (&m, words_kind (r->cto_kind));
          plan_add (r, WHEN_NOW, m);
        }
      else
        plan_text (r, WHEN_NOW,
                   N_("Make one person accountable for technology "
                      "direction: hire or appoint a CTO."));
      break;
    case PRIMARY_BOTH:
      plan_text (r, WHEN_NOW,
                 N_("Appoint a CTO to lead the technology the company sells "
                    "and how it evolves."));
      plan_text (r, WHEN_90_DAYS,
                 N_("Appoint a CIO beside the CTO to keep the company's "
                    "internal systems, data and security reliable."));
      break;
    case PRIMARY_CIO:
      plan_text (r, WHEN_NOW, r->form == FORM_FRACTIONAL
                 ? N_("Bring in part-time senior leadership for internal "
                      "technology: a fractional CIO or an experienced IT "
                      "lead.")
                 : N_("Appoint a CIO to lead the company's internal "
                      "technology: business systems, data, security, and "
                      "the cost of cloud and software."));
      break;
    default:
      plan_text (r, WHEN_NOW,
                 N_("Appoint someone accountable for technology now; the "
                    "questions still open decide whether that should be a "
                    "CTO or a CIO."));
      break;
    }
}

/* A technology leader in post: the mandate that fits the advice. */
static void
plan_mandate (struct result *r)
{
  if (r->primary == PRIMARY_CTO && r->facts[F_OFFERING] == OFF_SERVICE)
    plan_text (r, WHEN_NOW,
               N_("Confirm your technology leader's mandate as CTO: "
                  "direction, architecture, the engineering team and, at "
                  "this size, the internal systems too."));
  else if (r->primary == PRIMARY_CTO)
    plan_text (r, WHEN_NOW,
               N_("Confirm your technology leader's mandate as CTO: "
                  "direction, architecture and the engineering team."));
  else if (r->primary == PRIMARY_BOTH)
    plan_text (r, WHEN_NOW,
               N_("Split the mandate: a CIO keeps the company running "
                  "reliably, a CTO decides how its technology evolves. "
                  "Agree who owns shared ground such as security."));
  else if (r->primary == PRIMARY_CIO)
    plan_text (r, WHEN_NOW, r->form == FORM_FRACTIONAL
               ? N_("Give your IT lead, or a fractional CIO, the internal "
                    "estate: business systems, data, security, and the cost "
                    "of cloud and software.")
               : N_("Confirm your head of IT as CIO, with the internal "
                    "estate: business systems, data, security, and the cost "
                    "of cloud and software."));
}

/* R7: direction or delivery.  A stretched CTO who is to carry AI is
   relieved of delivery first. */
static void
plan_delivery (struct result *r, const char *gap)
{
  bool delivery = gap != NULL && (strcmp (gap, "delivery") == 0
                                  || strcmp (gap, "both") == 0);
  bool carries_ai = r->caio != CAIO_DEDICATED && r->caio != CAIO_UNDECIDED
                    && r->ai_work == TRI_YES;

  bool direction = gap != NULL && (strcmp (gap, "direction") == 0
                                   || strcmp (gap, "both") == 0);

  if (result_has_cto (r) && carries_ai
      && r->indicators[IND_CTO_STRETCHED] == TRI_YES && words_small_team (r))
    {
      plan_text (r, WHEN_LATER,
                 N_("When the first engineers join, make one of them Head of "
                    "Engineering to run day-to-day delivery, so that the CTO "
                    "has room for AI."));
      r->delivery = DELIVERY_HEAD_LATER;
    }
  else if (result_has_cto (r) && carries_ai
           && r->indicators[IND_CTO_STRETCHED] == TRI_YES)
    {
      plan_text (r, WHEN_NOW,
                 N_("Relieve the CTO of day-to-day delivery with a VP or "
                    "Head of Engineering before AI is added to the role."));
      r->delivery = DELIVERY_VP;
    }
  else if (result_has_cto (r) && delivery
           && r->facts[F_EMPLOYEES] >= 0
           && r->facts[F_EMPLOYEES] < SIZE_STARTUP_BELOW)
    {
      plan_text (r, WHEN_90_DAYS,
                 N_("Let a Head of Engineering (in a company this size, often "
                    "the most senior engineer) run day-to-day delivery, so "
                    "that the CTO can focus on direction."));
      r->delivery = DELIVERY_HEAD;
    }
  else if (result_has_cto (r) && delivery)
    {
      plan_text (r, WHEN_90_DAYS,
                 N_("Consider a VP of Engineering to run delivery, so that "
                    "technology leadership can focus on direction."));
      r->delivery = DELIVERY_VP;
    }
  else if (r->primary == PRIMARY_CIO && r->form == FORM_EXECUTIVE
           && delivery)
    {
      plan_text (r, WHEN_90_DAYS,
                 N_("Give the day-to-day delivery of technology projects a "
                    "lead of its own under the CIO, so that the CIO can keep "
                    "to the estate as a whole."));
      r->delivery = DELIVERY_UNDER_CIO;
    }
  if (r->primary == PRIMARY_CIO && direction)
    plan_leader (r, WHEN_90_DAYS,
                 N_("%s agrees a technology roadmap for the next two or "
                    "three years with the CEO: what to build, buy, replace "
                    "or retire."));
}

/* A dedicated CAIO: the appointment, the reporting line, and the shared
   ground split by the roles recommended (article 000). */
static void
plan_caio (struct result *r)
{
  static const char *const appoint[] = {
    N_("Appoint a Chief AI Officer to own AI strategy, outcomes and "
       "governance; whoever leads technology keeps the platforms AI runs "
       "on."),
    N_("Appoint a Chief AI Officer to own AI strategy, outcomes and "
       "governance; the CTO keeps the platforms AI runs on."),
    N_("Appoint a Chief AI Officer to own AI strategy, outcomes and "
       "governance; the CIO keeps the systems and data AI runs on."),
    N_("Appoint a Chief AI Officer to own AI strategy, outcomes and "
       "governance; the CTO keeps the platforms AI runs on, the CIO the "
       "internal systems and data it draws on."),
  };
  static const char *const shared[] = {
    NULL,
    N_("Split the shared ground: the CTO builds the data platform, the "
       "compute and the security of models and data; the Chief AI Officer "
       "owns AI outcomes and governance; data-platform investment and the "
       "AI talent pipeline are decided together."),
    N_("Split the shared ground: the CIO builds and runs the data platform, "
       "the compute and the security of models and data; the Chief AI "
       "Officer owns AI outcomes and governance; data-platform investment "
       "and the AI talent pipeline are decided together."),
    N_("Split the shared ground: the CTO builds the platforms and compute "
       "AI runs on, the CIO keeps the internal data and its security, the "
       "Chief AI Officer owns AI outcomes and governance; data-platform "
       "investment and the AI talent pipeline are decided by the three "
       "together."),
  };
  /* No CAIO before the technology leader it works with. */
  enum when when = result_leader_missing (r) ? WHEN_90_DAYS : WHEN_NOW;

  plan_text (r, when, appoint[r->primary]);
  if (r->reports_to == REPORTS_CEO)
    plan_text (r, when, N_("Let the Chief AI Officer report directly to "
                           "the CEO."));
  else if (r->reports_to == REPORTS_CTO)
    {
      plan_text (r, when, N_("Let the Chief AI Officer report to the CTO "
                             "at first."));
      plan_text (r, WHEN_LATER,
                 N_("Move the Chief AI Officer to report directly to the "
                    "CEO once AI becomes strategic to the company."));
    }
  if (shared[r->primary] != NULL)
    plan_text (r, WHEN_90_DAYS, shared[r->primary]);
}

/* AI carried by the technology leader, now or when it comes; FLUENCY
   is the answer on the leader's AI fluency, or NULL. */
static void
plan_ai_owner (struct result *r, const char *fluency)
{
  if (r->caio == CAIO_CTO_ABSORBS && r->gate == GATE_NO_AI)
    plan_leader (r, WHEN_LATER,
                 N_("%s takes AI on when AI work starts: then add AI "
                    "strategy and governance to the role in writing."));
  else if (r->caio == CAIO_CTO_ABSORBS)
    plan_leader (r, WHEN_90_DAYS,
                 N_("%s carries AI strategy and governance: put it in the "
                    "role in writing, with time and budget for it."));
  else if (r->caio == CAIO_WATCH)
    {
      plan_leader (r, WHEN_90_DAYS,
                   N_("%s owns AI for now: put AI strategy and governance in "
                      "the role in writing, with time and budget for it."));
      plan_text (r, WHEN_LATER,
                 N_("Revisit a dedicated AI leader when the signs under "
                    "\"What would change this advice\" appear, and at least "
                    "once a year."));
    }
  if ((r->caio == CAIO_CTO_ABSORBS || r->caio == CAIO_WATCH)
      && r->indicators[IND_AI_REGULATION] == TRI_YES)
    plan_leader (r, WHEN_90_DAYS,
                 N_("%s also owns AI compliance, which needs executive "
                    "attention here: name it in the role, with the time and "
                    "outside advice it takes."));
  if ((r->caio == CAIO_CTO_ABSORBS || r->caio == CAIO_WATCH)
      && r->ai_work == TRI_YES && fluency != NULL && atoi (fluency) <= 2)
    plan_leader (r, WHEN_90_DAYS,
                 N_("%s needs AI expertise to carry AI: practical training, "
                    "an outside AI adviser, or an experienced AI lead in the "
                    "team."));
}

static bool
plan_tools_unchecked (const struct result *r)
{
  size_t i;

  for (i = 0; i < r->n_tools; i++)
    if (r->tools[i].in_use == 1 && r->tools[i].steps[TS_SECURITY] != STEP_DONE
        && r->tools[i].steps[TS_SECURITY] != STEP_NA)
      return true;
  return false;
}

/* Into time order, keeping the order within a period: it is the order
   of importance. */
static void
plan_sort (struct result *r)
{
  struct plan_step sorted[RESULT_MAX_PLAN];
  size_t n = 0, i;
  int when;

  for (when = WHEN_NOW; when <= WHEN_LATER; when++)
    for (i = 0; i < r->n_plan; i++)
      if ((int) r->plan[i].when == when)
        sorted[n++] = r->plan[i];
  memcpy (r->plan, sorted, n * sizeof *sorted);
}

void
plan_make (const struct bank *bank, const struct session *session,
             struct result *r)
{
  const char *choice = score_answer (bank, session, "ai.tool_choice");

  if (result_leader_missing (r))
    plan_appoint (r);
  if (r->primary == PRIMARY_UNDECIDED || r->caio == CAIO_UNDECIDED)
    plan_text (r, WHEN_NOW, N_("Answer the questions still open to get a "
                               "firm recommendation."));
  if (!result_leader_missing (r))
    plan_mandate (r);
  if (plan_tools_unchecked (r))
    plan_text (r, WHEN_NOW,
               N_("Have the security and integration check finished now for "
                  "every AI tool already in use without it (see AI "
                  "tools)."));
  plan_delivery (r, score_answer (bank, session, "lead.gap"));
  if (r->caio == CAIO_DEDICATED)
    plan_caio (r);
  else
    plan_ai_owner (r, score_answer (bank, session, "lead.ai_confidence"));
  if (choice != NULL && strcmp (choice, "users") != 0)
    plan_text (r, WHEN_90_DAYS,
               N_("Let the people who use an AI tool every day choose it; "
                  "technology checks security and integration, and no "
                  "department picks tools for another."));
  /* Unless the governance module found every practice in place. */
  if (r->n_governance > 0
      && !(r->gov.n_answered == GI_COUNT && r->gov.n_gaps == 0))
    plan_text (r, WHEN_90_DAYS,
               N_("Put an owner and a first control in place for each AI "
                  "risk you named (see AI governance)."));
  plan_text (r, WHEN_LATER,
             N_("Run this assessment again in a year, or sooner when the "
                "company's size or its AI work changes."));
  plan_sort (r);
}
