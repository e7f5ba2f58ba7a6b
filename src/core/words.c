/* words.c: the sentences behind the verdicts. */
#include "system.h"

#include "core/words.h"

/* Indexed [primary][caio], in the order of the enums. */
static const char *const headlines[4][4] = {
  { /* undecided */
    N_("There are not enough answers yet for a recommendation."),
    N_("AI needs a dedicated Chief AI Officer; answer the remaining "
       "questions to see who should lead the rest of technology."),
    N_("Your technology leader can carry AI as well; answer the remaining "
       "questions to see whether that should be a CTO or a CIO."),
    N_("Keep AI with technology leadership for now; answer the remaining "
       "questions to see who should lead technology."),
  },
  { /* cto */
    N_("Put a CTO in charge of technology; whether AI needs a leader of its "
       "own depends on answers still missing."),
    N_("Put a CTO in charge of technology, with a dedicated Chief AI "
       "Officer beside them."),
    N_("Put a CTO in charge of technology, and let the same person lead "
       "AI."),
    N_("Put a CTO in charge of technology and keep AI with them for now, "
       "watching whether it outgrows the role."),
  },
  { /* cio */
    N_("Put a CIO in charge of the company's internal technology; whether "
       "AI needs a leader of its own depends on answers still missing."),
    N_("Put a CIO in charge of the company's internal technology, with a "
       "dedicated Chief AI Officer beside them."),
    N_("Put a CIO in charge of the company's internal technology; AI does "
       "not need a leader of its own yet."),
    N_("Put a CIO in charge of the company's internal technology, and "
       "watch whether AI needs a leader of its own."),
  },
  { /* both */
    N_("Have a CTO and a CIO side by side; whether AI needs a leader of its "
       "own depends on answers still missing."),
    N_("Have a CTO and a CIO side by side, and a dedicated Chief AI Officer "
       "as well."),
    N_("Have a CTO and a CIO side by side, and let the CTO lead AI."),
    N_("Have a CTO and a CIO side by side; keep AI with the CTO for now and "
       "watch whether it outgrows the role."),
  },
};

const char *
words_headline (enum primary p, enum caio_verdict c)
{
  return headlines[p][c];
}

const char *
words_primary_why (enum primary p)
{
  static const char *const why[] = {
    N_("Who should lead technology depends on what the company sells, how "
       "large it is and how complex its internal systems are; some of "
       "those answers are missing."),
    N_("A company that sells technology, alone or beside services, needs a "
       "leader who looks outward: someone who shapes the product's "
       "architecture and platform, leads the engineers and explains "
       "technology choices to the board. That is a CTO."),
    N_("A company whose technology mainly runs the business behind its "
       "services needs a leader who looks inward: business systems, IT "
       "operations, data, security, compliance and the cost of cloud and "
       "software. That is a CIO. A CTO becomes necessary once the company "
       "builds technology that it sells."),
    N_("At this size the company needs both views: a CIO who keeps the "
       "organisation's systems running reliably, and a CTO who decides how "
       "its technology should evolve. The two roles are converging, since "
       "a breach in one hurts trust in the other, so they must work "
       "closely together."),
  };
  return why[p];
}

const char *
words_caio_why (enum caio_verdict c)
{
  static const char *const why[] = {
    N_("Whether AI needs its own executive depends on AI spending, the "
       "number of people working on AI, regulation, how stretched the "
       "technology leader is and AI's place in the product; some of those "
       "answers are missing."),
    N_("Two or more signs point to a dedicated Chief AI Officer: someone "
       "who ties AI to business results, governs models and vendors, "
       "handles AI regulation, and helps every department adopt AI "
       "without dictating its tools."),
    N_("No sign calls for a separate AI executive, and the conditions for "
       "one leader are met: your technology leader can take on AI "
       "strategy and governance as part of the role."),
    /* TRANSLATORS: the abbreviation of Chief Information Officer; also a
       histogram title. Most languages keep it. */
    N_("AI does not yet call for its own executive, but not every "
       "condition for leaving it with the technology leader holds either. "
       "Keep AI with technology leadership for now and review the "
       "question as AI grows."),
  };
  return why[c];
}

const char *
words_primary (enum primary p)
{
  static const char *const names[] = {
    /* TRANSLATORS: the abbreviation of Chief Technology Officer; also a
       histogram title on a third of the screen. Most languages keep it. */
    N_("not decided yet"), N_("CTO"), N_("CIO"), N_("CTO and CIO")
  };
  return names[p];
}

const char *
words_caio (enum caio_verdict c)
{
  static const char *const names[] = {
    N_("not decided yet"),
    N_("a dedicated Chief AI Officer"),
    N_("the technology leader takes on AI"),
    N_("not yet: keep watching"),
  };
  return names[c];
}

const char *
words_reports_to (enum reports_to r)
{
  static const char *const names[] = {
    N_("no separate AI executive"), N_("the CTO"), N_("the CEO")
  };
  return names[r];
}

const char *
words_kind (enum cto_kind k)
{
  static const char *const names[] = {
    N_("not decided yet"), N_("startup CTO"), N_("scale-up CTO"),
    N_("enterprise CTO"), N_("product-led CTO"), N_("platform CTO"),
    N_("transformation CTO"), N_("fractional CTO"), N_("AI-focused CTO"),
  };
  return names[k];
}

const char *
words_kind_why (enum cto_kind k)
{
  static const char *const why[] = {
    NULL,
    N_("A startup CTO lays the first technical foundation and builds the "
       "first team, often acting as architect, hiring lead and head of "
       "delivery at once."),
    N_("A scale-up CTO builds the systems, processes and leadership "
       "layers that let the company grow without breaking."),
    N_("An enterprise CTO aligns a complex technology estate with the "
       "company's strategy and governance."),
    N_("A product-led CTO (sometimes a CPTO) keeps product and technology "
       "decisions in one hand."),
    N_("A platform CTO runs the infrastructure or platform that others "
       "build on."),
    N_("A transformation CTO modernises: legacy systems, cloud migration, "
       "data and AI adoption."),
    N_("A fractional CTO gives part-time senior technology leadership: "
       "enough while technology is not yet the heart of what a small "
       "company sells."),
    N_("An AI-focused CTO leads a company whose product is becoming AI, "
       "carrying AI strategy as part of the technology role."),
  };
  return why[k];
}

const char *
words_indicator (enum indicator i)
{
  static const char *const names[IND_COUNT] = {
    N_("AI spending exceeds $5 million a year"),
    N_("More than 20 people work on AI projects"),
    N_("AI regulation needs dedicated executive attention"),
    N_("The technology leader is already stretched"),
    N_("AI is becoming the core of the product"),
  };
  return names[i];
}

const char *
words_absorb (enum absorb a)
{
  static const char *const names[ABS_COUNT] = {
    N_("No more than one or two AI use cases"),
    N_("Fewer than 500 employees"),
    N_("AI is used internally, not in the product"),
    /* TRANSLATORS: the abbreviation of Chief Information Officer; also a
       histogram title. Most languages keep it. */
    /* TRANSLATORS: the abbreviation of Chief AI Officer; also a histogram
       title. Most languages keep it. */
    N_("Little AI-specific regulation applies"),
  };
  return names[a];
}

const char *
words_role (enum role r)
{
  static const char *const names[ROLE_COUNT] = {
    /* TRANSLATORS: the abbreviation of Chief Technology Officer; also a
       histogram title on a third of the screen. Most languages keep it. */
    N_("CTO"), N_("CIO"), N_("CAIO")
  };
  return names[r];
}

const char *
words_step (enum tool_step s)
{
  static const char *const names[TS_COUNT] = {
    /* TRANSLATORS: a step of the checklist, also a table row heading; keep
       it short. */
    N_("Goal"), N_("Daily users"), N_("Test"),
    /* TRANSLATORS: a step of the checklist, also a table row heading; keep
       it short. */
    N_("Security and integration"), N_("Measure"), N_("Re-evaluate"),
  };
  return names[s];
}

const char *
words_step_state (int state)
{
  static const char *const names[STEP_STATE_COUNT] = {
    N_("done"), N_("in progress"), N_("not started"), N_("not applicable"),
  };
  return state < 0 ? N_("not answered") : names[state];
}

const char *
words_verdict (enum tool_verdict v)
{
  static const char *const names[] = {
    N_("ready to deploy"), N_("ready for a pilot"), N_("not ready"),
  };
  return names[v];
}
