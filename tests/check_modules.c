/* check_modules.c: the optional modules: choosing them and the flow
   through them; the scoring of CTO readiness, of AI governance, and the
   hiring brief with its first 90 days. */
#include "system.h"

#include "core/exitcode.h"
#include "core/flow.h"
#include "core/gov.h"
#include "core/hire.h"
#include "core/module.h"
#include "core/readiness.h"
#include "core/score.h"
#include "core/summary_modules.h"
#include "core/util.h"
#include "testutil.h"

static struct bank bank;
static struct session session;
static struct result r;

static void
setup (void)
{
  struct diag d;

  diag_init (&d);
  ck_assert_int_eq (bank_load (&bank, TEST_BANK, &d), EXIT_OK);
  session_init (&session);
  memset (&r, 0, sizeof r);
}

static void
teardown (void)
{
  result_free (&r);
  session_free (&session);
  bank_free (&bank);
}

/* Load TEXT as the session, and score it. */
static void
load (const char *text)
{
  struct diag d;

  diag_init (&d);
  session_free (&session);
  session_init (&session);
  ck_assert_int_eq (test_session_text (&session, &bank, text, &d), EXIT_OK);
  result_free (&r);
  score_run (&bank, &session, &r);
}

static size_t
section_of (const char *id)
{
  int s = module_find (&bank, id);

  ck_assert_int_ge (s, 0);
  return (size_t) s;
}

/* A 300-person company selling a product, leader stretched, scaling:
   a scale-up CTO with a dedicated CAIO. */
static const char scaleup[] =
  "company.name = Scale\ncompany.employees = 300\n"
  "company.offering = product\ncompany.internal_complexity = medium\n"
  "ai.in_product = core\nai.use_cases = 14\nai.annual_spend_usd = 7.5M\n"
  "ai.people = 35\nai.regulation = heavy\nlead.cto_stretched = yes\n"
  "lead.gap = direction\nlead.priority = scale\n";

/* A 12-person product startup building its first product. */
static const char startup[] =
  "company.name = Small\ncompany.employees = 12\n"
  "company.offering = product\ncompany.internal_complexity = low\n"
  "ai.in_product = feature\nai.use_cases = 2\nai.annual_spend_usd = 40k\n"
  "ai.people = 2\nai.regulation = minimal\nlead.cto_stretched = no\n"
  "lead.gap = direction\nlead.priority = first_product\n";

/* The same nine ratings for both: communication and stakeholders low,
   team and AI fluency low too. */
static const char ratings[] =
  "readiness.strategy = 4\nreadiness.business = 3\n"
  "readiness.ai_fluency = 2\nreadiness.communication = 2\n"
  "readiness.uncertainty = 4\nreadiness.stakeholders = 2\n"
  "readiness.team = 2\nreadiness.governance = 3\nreadiness.maturity = 5\n";

/* ------------------------------------------------------------ choosing */

START_TEST (test_chosen_by_ids_or_meta)
{
  size_t s = section_of ("readiness"), g = section_of ("governance");

  ck_assert (module_core_chosen (&session));
  ck_assert (!module_chosen (&bank, &session, s));
  /* An answers file selects a module by holding its ids. */
  load ("readiness.team = 3\n");
  ck_assert (module_chosen (&bank, &session, s));
  ck_assert (!module_chosen (&bank, &session, g));
  /* The wizard's choice is written down, and then it decides. */
  module_choose (&session, &bank, true, 1UL << g);
  ck_assert_str_eq (session_get (&session, "meta.modules"),
                    "core,governance");
  ck_assert (module_chosen (&bank, &session, g));
  ck_assert (!module_chosen (&bank, &session, s));
  ck_assert_str_eq (session_get (&session, "readiness.team"), "3");
  module_choose (&session, &bank, false, 1UL << s);
  ck_assert (!module_core_chosen (&session));
}
END_TEST

START_TEST (test_hire_offered_only_with_a_hire)
{
  size_t h = section_of ("hire");

  /* A CTO in place, room to spare, AI watched: nobody to hire. */
  load (startup);
  ck_assert_int_eq (hire_role (&r), HIRE_NONE);
  ck_assert (!module_offered (&bank, &session, h));
  load (scaleup);
  ck_assert_int_eq (hire_role (&r), HIRE_CAIO);
  ck_assert (module_offered (&bank, &session, h));
  ck_assert (module_offered (&bank, &session, section_of ("readiness")));
}
END_TEST

/* The ids the flow asks, joined by spaces, only those starting with
   PREFIX. */
static char *
asked (const char *prefix)
{
  struct flow flow;
  struct flow_step *steps;
  size_t n, i;
  struct buf b;

  flow_init (&flow, &bank, &session);
  steps = flow_steps (&flow, &n);
  buf_init (&b);
  for (i = 0; i < n; i++)
    if (strncmp (steps[i].q->id, prefix, strlen (prefix)) == 0)
      buf_addf (&b, "%s%s", b.len > 0 ? " " : "", steps[i].q->id);
  free (steps);
  {
    char *t = buf_take (&b);

    return t != NULL ? t : xstrdup ("");
  }
}

START_TEST (test_flow_asks_what_is_chosen)
{
  struct flow flow;
  struct flow_progress p;
  char *ids;

  ids = asked ("readiness.");
  ck_assert_str_eq (ids, "");
  free (ids);
  module_choose (&session, &bank, true, 1UL << section_of ("readiness"));
  ids = asked ("readiness.");
  ck_assert_str_eq (ids, "readiness.subject readiness.strategy "
                    "readiness.business readiness.ai_fluency "
                    "readiness.communication readiness.uncertainty "
                    "readiness.stakeholders readiness.team "
                    "readiness.governance readiness.maturity");
  free (ids);
  /* The progress counts the module as a section. */
  flow_init (&flow, &bank, &session);
  flow_progress (&flow, &p);
  ck_assert_int_eq (p.sections, 5);
  /* A module alone: the core is not asked. */
  module_choose (&session, &bank, false, 1UL << section_of ("readiness"));
  ids = asked ("company.");
  ck_assert_str_eq (ids, "");
  free (ids);
  flow_init (&flow, &bank, &session);
  flow_progress (&flow, &p);
  ck_assert_int_eq (p.sections, 1);
  ck_assert_int_eq (p.count, 10);
  /* The hiring brief waits for advice that hires. */
  module_choose (&session, &bank, true, 1UL << section_of ("hire"));
  ids = asked ("hire.");
  ck_assert_str_eq (ids, "");
  free (ids);
}
END_TEST

START_TEST (test_another_tool_before_a_module)
{
  struct flow flow;
  struct flow_step step;

  load ("company.name = X\n");
  module_choose (&session, &bank, true, 1UL << section_of ("governance"));
  flow_init (&flow, &bank, &session);
  while (flow_current (&flow, &step) && strcmp (step.q->id, "tool.N.name") != 0)
    flow_next (&flow);
  ck_assert (flow_answer (&flow, "Notes bot") == NULL);
  while (flow_current (&flow, &step) && strcmp (step.q->id, "tool.N.review") != 0)
    flow_next (&flow);
  ck_assert (!flow_can_add_item (&flow));
  flow_next (&flow);
  /* Past the tool, at the module: another tool may come first. */
  ck_assert (flow_current (&flow, &step));
  ck_assert_str_eq (step.q->id, "governance.approval");
  ck_assert (flow_can_add_item (&flow));
  flow_no_more_items (&flow);
  ck_assert (!flow_can_add_item (&flow));
  ck_assert (flow_current (&flow, &step));
  ck_assert_str_eq (step.q->id, "governance.approval");
}
END_TEST

/* ----------------------------------------------------------- readiness */

static char *
join (const char *a, const char *b)
{
  return xasprintf ("%s%s", a, b);
}

START_TEST (test_readiness_profile)
{
  char *text = join (scaleup, ratings);
  const struct readiness *rd = &r.readiness;

  load (text);
  free (text);
  ck_assert (rd->taken);
  ck_assert_int_eq (rd->n_rated, 9);
  /* (4+3+2+2+4+2+2+3+5) / 9 = 3.0 */
  ck_assert_int_eq (rd->mean10, 30);
  ck_assert_int_eq (rd->fit, FIT_SCALE);
  ck_assert_int_eq (rd->n_strongest, 3);
  ck_assert_int_eq (rd->strongest[0], RA_MATURITY);
  ck_assert_int_eq (rd->strongest[1], RA_STRATEGY);
  ck_assert_int_eq (rd->strongest[2], RA_UNCERTAINTY);
  /* A scale-up CTO leans on communication, stakeholders and the team:
     of the areas at 2, those come first. */
  ck_assert_int_eq (rd->n_priorities, 3);
  ck_assert_int_eq (rd->priorities[0], RA_COMMUNICATION);
  ck_assert_int_eq (rd->priorities[1], RA_STAKEHOLDERS);
  ck_assert_int_eq (rd->priorities[2], RA_TEAM);
  ck_assert_ptr_nonnull (rd->steps[0]);
}
END_TEST

START_TEST (test_readiness_fits_the_kind)
{
  char *text = join (startup, ratings);
  const struct readiness *rd = &r.readiness;
  const char *build_step;

  load (text);
  free (text);
  /* A startup CTO who carries AI leans on AI fluency, the team and
     governance, not on stakeholders or communication. */
  ck_assert_int_eq (rd->fit, FIT_BUILD);
  ck_assert_int_eq (rd->priorities[0], RA_AI);
  ck_assert_int_eq (rd->priorities[1], RA_TEAM);
  ck_assert_int_eq (rd->priorities[2], RA_GOVERNANCE);
  /* The same area gets another step for another challenge. */
  build_step = rd->steps[1];                   /* the team, building */
  text = join (scaleup, ratings);
  load (text);
  free (text);
  ck_assert_int_eq (r.readiness.priorities[2], RA_TEAM);
  ck_assert_str_ne (build_step, r.readiness.steps[2]);
}
END_TEST

START_TEST (test_readiness_fit_by_size)
{
  char *text;

  /* An AI-focused CTO of three people lays foundations, and weighs AI
     fluency most. */
  load ("company.employees = 3\ncompany.offering = product\n"
        "ai.in_product = core\nlead.priority = first_product\n"
        "readiness.ai_fluency = 2\nreadiness.stakeholders = 2\n"
        "readiness.communication = 2\n");
  ck_assert_int_eq (r.readiness.fit, FIT_BUILD);
  ck_assert_int_eq (r.readiness.priorities[0], RA_AI);
  /* From 1,000 people, an estate to steer. */
  text = join ("company.employees = 1500\ncompany.offering = product\n",
               "lead.priority = scale\nreadiness.team = 3\n");
  load (text);
  free (text);
  ck_assert_int_eq (r.readiness.fit, FIT_STEER);
  /* Equal ratings of 3: no strength, and no area both. */
  load ("readiness.team = 3\nreadiness.strategy = 3\nreadiness.business = 3\n"
        "readiness.maturity = 3\n");
  ck_assert_int_eq (r.readiness.n_strongest, 0);
  ck_assert_int_eq (r.readiness.n_priorities, 3);
}
END_TEST

START_TEST (test_readiness_partial_and_none)
{
  load ("readiness.subject = founder\n");
  ck_assert (r.readiness.taken);
  ck_assert_int_eq (r.readiness.n_rated, 0);
  ck_assert_int_eq (r.readiness.n_priorities, 0);
  ck_assert_int_eq (r.readiness.subject, 1);
  /* Strengths need a 4 or 5 unless nothing is higher than 3; a 5 is
     never a priority. */
  load ("readiness.team = 5\nreadiness.business = 1\nreadiness.strategy = 3\n");
  ck_assert_int_eq (r.readiness.n_strongest, 1);
  ck_assert_int_eq (r.readiness.strongest[0], RA_TEAM);
  ck_assert_int_eq (r.readiness.n_priorities, 2);
  ck_assert_int_eq (r.readiness.priorities[0], RA_BUSINESS);
  ck_assert_int_eq (r.readiness.mean10, 30);
  load ("");
  ck_assert (!r.readiness.taken);
}
END_TEST

/* ---------------------------------------------------------- governance */

START_TEST (test_governance_score_and_bands)
{
  ck_assert_int_eq (gov_band_of (0), GB_ADHOC);
  ck_assert_int_eq (gov_band_of (24), GB_ADHOC);
  ck_assert_int_eq (gov_band_of (25), GB_EMERGING);
  ck_assert_int_eq (gov_band_of (50), GB_DEFINED);
  ck_assert_int_eq (gov_band_of (75), GB_MANAGED);
  ck_assert_int_eq (gov_band_of (SCORE_NONE), GB_NONE);
  /* 2 + 1 + 0 of 6 points: 50. */
  load ("governance.approval = in_place\ngovernance.data = partly\n"
        "governance.review = not_yet\n");
  ck_assert (r.gov.taken);
  ck_assert_int_eq (r.gov.n_answered, 3);
  ck_assert_int_eq (r.gov.score, 50);
  ck_assert_int_eq (r.gov.band, GB_DEFINED);
  ck_assert_int_eq (r.gov.n_gaps, 2);
  ck_assert_int_eq (r.gov.gaps[0].item, GI_REVIEW);    /* not yet first */
  load ("");
  ck_assert (!r.gov.taken);
  ck_assert_int_eq (r.gov.score, SCORE_NONE);
}
END_TEST

START_TEST (test_governance_ranked_by_risks_and_ai)
{
  char *text;

  /* Both partly: with privacy named, the data rule outranks output
     testing. */
  text = join (scaleup, "ai.risks = privacy\ngovernance.testing = partly\n"
               "governance.data = partly\n");
  load (text);
  free (text);
  ck_assert_int_eq (r.gov.gaps[0].item, GI_DATA);
  ck_assert_str_eq (r.gov.gaps[0].why, "you named privacy");
  /* The CAIO is dedicated: the CAIO owns the gaps. */
  ck_assert_int_eq (r.gov.gaps[0].owner, ROLE_CAIO);
  /* With reliability named instead, testing comes first. */
  text = join (scaleup, "ai.risks = reliability\ngovernance.testing = partly\n"
               "governance.data = partly\n");
  load (text);
  free (text);
  ck_assert_int_eq (r.gov.gaps[0].item, GI_TESTING);
  /* No risk named: AI in the product lifts what customers meet. */
  text = join (startup, "governance.training = not_yet\n"
               "governance.risk_pretest = not_yet\n");
  load (text);
  free (text);
  ck_assert_int_eq (r.gov.gaps[0].item, GI_RISK_PRETEST);
  ck_assert_str_eq (r.gov.gaps[0].why, "AI reaches your customers");
  ck_assert_int_eq (r.gov.gaps[0].owner, ROLE_CTO);
  /* Without AI work, regulation raises no gap. */
  load ("company.employees = 15\ncompany.offering = service\n"
        "ai.in_product = none\nai.regulation = heavy\n"
        "governance.approval = not_yet\ngovernance.training = not_yet\n");
  ck_assert_ptr_null (r.gov.gaps[0].why);
  ck_assert_int_eq (r.gov.gaps[0].weight, r.gov.gaps[1].weight);
}
END_TEST

/* ---------------------------------------------------------------- hire */

START_TEST (test_hire_roles)
{
  load ("company.employees = 8\ncompany.offering = mixed\n"
        "company.internal_complexity = low\nai.in_product = none\n"
        "ai.regulation = minimal\nlead.cto_stretched = no_cto\n");
  ck_assert_int_eq (hire_role (&r), HIRE_FRACTIONAL_CTO);
  load (scaleup);
  ck_assert_int_eq (hire_role (&r), HIRE_CAIO);
  ck_assert_int_eq (r.hire.role, HIRE_CAIO);
  ck_assert_ptr_nonnull (r.hire.mandate);
  load (startup);
  ck_assert_int_eq (r.hire.role, HIRE_NONE);
  ck_assert_int_eq (r.hire.n_plan, 0);
}
END_TEST

/* The plan's actions' ids, in order. */
static bool
plan_has (const struct hire_result *h, int month, const char *start)
{
  size_t i;

  for (i = 0; i < h->n_plan; i++)
    if (h->plan[i].month == month
        && strncmp (h->plan[i].action.id, start, strlen (start)) == 0)
      return true;
  return false;
}

START_TEST (test_hire_plan_fitted)
{
  char *text;
  const struct hire_result *h = &r.hire;
  size_t i;

  text = join (scaleup, "hire.source = internal\nhire.expectations = not_yet\n"
               "hire.blockers = tech_debt,fragile_systems\n"
               "tool.1.name = Bot\ntool.1.goal = done\n"
               "tool.2.name = Notes\ntool.2.goal = done\n");
  load (text);
  free (text);
  ck_assert_int_eq (h->source, 0);
  /* Learning first, in month one, in the words for an insider. */
  ck_assert_int_eq (h->plan[0].month, 1);
  ck_assert (strncmp (h->plan[0].action.id, "Step out of the old role", 24)
             == 0);
  /* Expectations not agreed: settled in the first month. */
  ck_assert (plan_has (h, 1, "Agree in writing"));
  ck_assert (!plan_has (h, 3, "Check the expectations"));
  /* The assessment starts with the blocker named first by urgency. */
  for (i = 0; i < h->n_plan; i++)
    if (strncmp (h->plan[i].action.id, "Assess people", 13) == 0)
      ck_assert_str_eq (h->plan[i].action.args[0].s, "the fragile systems");
  /* Tools under way, not cleared for use. */
  ck_assert (plan_has (h, 2, "Check the AI tools under way"));
  /* The months never go back. */
  for (i = 1; i < h->n_plan; i++)
    ck_assert_int_le (h->plan[i - 1].month, h->plan[i].month);
  /* Expectations agreed: checked in the third month instead. */
  text = join (scaleup, "hire.expectations = agreed\n");
  load (text);
  free (text);
  ck_assert (!plan_has (h, 1, "Agree in writing"));
  ck_assert (plan_has (h, 3, "Check the expectations"));
  ck_assert (strncmp (h->plan[0].action.id, "Learn before prescribing", 24)
             == 0);
  /* Checked before the early wins, as article 002 orders them. */
  for (i = 0; i < h->n_plan; i++)
    if (strncmp (h->plan[i].action.id, "Deliver one or two", 18) == 0)
      break;
  ck_assert (i < h->n_plan && i > 0);
  ck_assert (strncmp (h->plan[i - 1].action.id, "Check the expectations", 22)
             == 0);
  /* One tool open: named. */
  text = join (scaleup, "tool.1.name = Bot\ntool.1.goal = done\n");
  load (text);
  free (text);
  ck_assert (plan_has (h, 2, "Finish the open checks of %s"));
}
END_TEST

START_TEST (test_hire_fits_the_role)
{
  const struct hire_result *h = &r.hire;

  /* Nobody leads technology and who should is undecided: still a
     leader to appoint. */
  load ("lead.cto_stretched = no_cto\ncompany.employees = 30\n");
  ck_assert_int_eq (r.primary, PRIMARY_UNDECIDED);
  ck_assert_int_eq (h->role, HIRE_LEADER);
  /* A small services firm without a leader: part-time leadership. */
  load ("company.employees = 15\ncompany.offering = service\n"
        "company.internal_complexity = low\nai.in_product = none\n"
        "ai.regulation = minimal\nlead.cto_stretched = no_cto\n");
  ck_assert_int_eq (h->role, HIRE_FRACTIONAL_CIO);
  /* A CAIO under the CTO agrees expectations with the CTO, not the
     board. */
  load ("company.employees = 120\ncompany.offering = product\n"
        "company.internal_complexity = low\nai.in_product = feature\n"
        "ai.use_cases = 12\nai.annual_spend_usd = 6M\nai.people = 25\n"
        "ai.regulation = minimal\nlead.cto_stretched = no\n"
        "lead.gap = direction\nlead.priority = product_led\n");
  ck_assert_int_eq (h->role, HIRE_CAIO);
  ck_assert_int_eq (r.reports_to, REPORTS_CTO);
  ck_assert (plan_has (h, 1, "Agree in writing with the CTO"));
  ck_assert (!plan_has (h, 1, "Agree in writing with the CEO"));
  /* The turning points that change the role. */
  ck_assert (hire_turn_matters (HIRE_CAIO, TURN_CAIO));
  ck_assert (!hire_turn_matters (HIRE_CAIO, TURN_PRIMARY));
  ck_assert (!hire_turn_matters (HIRE_VP, TURN_CAIO));
  ck_assert (hire_turn_matters (HIRE_CTO, TURN_PRIMARY));
}
END_TEST

START_TEST (test_hire_split)
{
  const struct hire_result *h = &r.hire;
  size_t i;
  bool cto_keeps_platforms = false;

  load (scaleup);
  for (i = 0; i < h->n_not_owns; i++)
    cto_keeps_platforms |= strstr (h->not_owns[i], "the CTO") != NULL;
  ck_assert (cto_keeps_platforms);
  ck_assert_int_ge (h->n_owns, 3);
}
END_TEST

/* ------------------------------------------------------------ the room */

START_TEST (test_room_aggregates)
{
  struct summary_modules m, part;

  memset (&m, 0, sizeof m);
  memset (&part, 0, sizeof part);
  load ("readiness.team = 4\ngovernance.data = not_yet\n");
  summary_modules_add (&m, &r);
  load ("readiness.team = 1\nreadiness.strategy = 5\n"
        "governance.data = partly\ngovernance.review = in_place\n");
  summary_modules_add (&part, &r);
  summary_modules_merge (&m, &part);
  ck_assert_int_eq (m.ready_files, 2);
  ck_assert_int_eq (summary_modules_ready10 (&m, RA_TEAM), 25);
  ck_assert_int_eq (summary_modules_ready10 (&m, RA_STRATEGY), 50);
  ck_assert_int_eq (summary_modules_ready10 (&m, RA_AI), -1);
  ck_assert_int_eq (m.gov_gap[GI_DATA], 2);
  ck_assert_int_eq (m.gov_gap[GI_REVIEW], 0);
  /* Scores 0 and 75: the mean is 38 (37.5 rounded up). */
  ck_assert_int_eq (summary_modules_gov_mean (&m), 38);
}
END_TEST

static Suite *
modules_suite (void)
{
  Suite *s = suite_create ("modules");
  TCase *tc = tcase_create ("modules");

  tcase_add_checked_fixture (tc, setup, teardown);
  tcase_add_test (tc, test_chosen_by_ids_or_meta);
  tcase_add_test (tc, test_hire_offered_only_with_a_hire);
  tcase_add_test (tc, test_flow_asks_what_is_chosen);
  tcase_add_test (tc, test_another_tool_before_a_module);
  tcase_add_test (tc, test_readiness_profile);
  tcase_add_test (tc, test_readiness_fits_the_kind);
  tcase_add_test (tc, test_readiness_partial_and_none);
  tcase_add_test (tc, test_governance_score_and_bands);
  tcase_add_test (tc, test_governance_ranked_by_risks_and_ai);
  tcase_add_test (tc, test_hire_roles);
  tcase_add_test (tc, test_hire_plan_fitted);
  tcase_add_test (tc, test_hire_split);
  tcase_add_test (tc, test_hire_fits_the_role);
  tcase_add_test (tc, test_readiness_fit_by_size);
  tcase_add_test (tc, test_room_aggregates);
  suite_add_tcase (s, tc);
  return s;
}

TEST_MAIN (modules_suite)
