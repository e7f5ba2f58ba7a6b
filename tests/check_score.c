/* check_score.c: the decision rules, their thresholds, partial answers,
   and the AI tool checklist. */
#include "system.h"

#include "core/exitcode.h"
#include "core/score.h"
#include "testutil.h"

static struct bank bank;
static struct session session;
static struct result result;

static void
setup (void)
{
  struct diag d;

  diag_init (&d);
  ck_assert_int_eq (bank_load (&bank, TEST_BANK, &d), EXIT_OK);
  session_init (&session);
  memset (&result, 0, sizeof result);
}

static void
teardown (void)
{
  result_free (&result);
  session_free (&session);
  bank_free (&bank);
}

/* Score the answers in TEXT (replacing the previous ones). */
static const struct result *
score (const char *text)
{
  struct diag d;

  result_free (&result);
  session_free (&session);
  session_init (&session);
  diag_init (&d);
  ck_assert_int_eq (test_session_text (&session, &bank, text, &d), EXIT_OK);
  score_run (&bank, &session, &result);
  return &result;
}

/* A complete profile: 12-person SaaS, small AI use; tests change a line
   by appending (answers are read in order, the last one is kept by
   building the text so). */
#define BASE_NO(x) \
  "company.offering = product\n" \
  "company.internal_complexity = low\n" \
  "ai.in_product = internal\n" \
  "ai.regulation = minimal\n" \
  "lead.cto_stretched = no\n" x

static const struct result *
score_with (const char *employees, const char *spend, const char *people,
            const char *use_cases)
{
  static char text[1024];

  snprintf (text, sizeof text, BASE_NO ("company.employees = %s\n"
            "ai.annual_spend_usd = %s\nai.people = %s\nai.use_cases = %s\n"),
            employees, spend, people, use_cases);
  return score (text);
}

START_TEST (test_threshold_employees)
{
  const struct result *r = score_with ("499", "0", "0", "1");

  ck_assert_int_eq (r->absorb[ABS_UNDER_500], TRI_YES);
  ck_assert_int_eq (r->caio, CAIO_CTO_ABSORBS);
  r = score_with ("500", "0", "0", "1");
  ck_assert_int_eq (r->absorb[ABS_UNDER_500], TRI_NO);
  /* few use cases, internal only, low regulation: still three. */
  ck_assert_int_eq (r->caio, CAIO_CTO_ABSORBS);
}
END_TEST

START_TEST (test_threshold_spend)
{
  const struct result *r = score_with ("100", "5000000", "0", "1");

  ck_assert_int_eq (r->indicators[IND_AI_SPEND], TRI_NO);
  ck_assert_int_eq (r->caio, CAIO_CTO_ABSORBS);
  r = score_with ("100", "5000001", "0", "1");
  ck_assert_int_eq (r->indicators[IND_AI_SPEND], TRI_YES);
  ck_assert_int_eq (r->caio, CAIO_WATCH);
  r = score_with ("100", "5M", "21", "1");
  ck_assert_int_eq (r->indicators[IND_AI_SPEND], TRI_NO);
}
END_TEST

START_TEST (test_threshold_people)
{
  const struct result *r = score_with ("100", "0", "20", "1");

  ck_assert_int_eq (r->indicators[IND_AI_PEOPLE], TRI_NO);
  r = score_with ("100", "0", "21", "1");
  ck_assert_int_eq (r->indicators[IND_AI_PEOPLE], TRI_YES);
  ck_assert_int_eq (r->indicators_met, 1);
  /* two indicators: a dedicated CAIO */
  r = score_with ("100", "5000001", "21", "1");
  ck_assert_int_eq (r->caio, CAIO_DEDICATED);
  ck_assert_int_eq (r->indicators_met, 2);
}
END_TEST

START_TEST (test_threshold_use_cases)
{
  const struct result *r = score_with ("100", "0", "0", "0");

  ck_assert_int_eq (r->absorb[ABS_FEW_USE_CASES], TRI_YES);   /* 0 counts */
  r = score_with ("100", "0", "0", "2");
  ck_assert_int_eq (r->absorb[ABS_FEW_USE_CASES], TRI_YES);
  r = score_with ("100", "0", "0", "3");
  ck_assert_int_eq (r->absorb[ABS_FEW_USE_CASES], TRI_NO);
  ck_assert_int_eq (r->absorb_met, 3);
  ck_assert_int_eq (r->caio, CAIO_CTO_ABSORBS);
  r = score_with ("600", "0", "0", "3");
  ck_assert_int_eq (r->absorb_met, 2);
  ck_assert_int_eq (r->caio, CAIO_WATCH);
}
END_TEST

/* Each R4 indicator on its own, from a profile with none. */
START_TEST (test_each_indicator)
{
  static const struct { const char *line; enum indicator ind; } cases[] = {
    { "ai.regulation = heavy\n", IND_AI_REGULATION },
    { "lead.cto_stretched = yes\n", IND_CTO_STRETCHED },
    { "ai.in_product = core\n", IND_AI_CORE_PRODUCT },
  };
  char text[1024];
  size_t i;

  for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
    {
      const struct result *r;
      const char *id_end = strchr (cases[i].line, ' ');

      /* The base profile without the line this case replaces. */
      snprintf (text, sizeof text, "%s%s",
                "company.offering = product\ncompany.employees = 100\n"
                "company.internal_complexity = low\nai.use_cases = 1\n"
                "ai.annual_spend_usd = 0\nai.people = 0\n",
                cases[i].line);
      if (strncmp (cases[i].line, "ai.regulation", id_end - cases[i].line))
        strcat (text, "ai.regulation = minimal\n");
      if (strncmp (cases[i].line, "lead.cto_stretched", id_end - cases[i].line))
        strcat (text, "lead.cto_stretched = no\n");
      if (strncmp (cases[i].line, "ai.in_product", id_end - cases[i].line))
        strcat (text, "ai.in_product = internal\n");
      r = score (text);
      ck_assert_int_eq (r->indicators[cases[i].ind], TRI_YES);
      ck_assert_int_eq (r->indicators_met, 1);
      ck_assert_int_eq (r->caio, CAIO_WATCH);
    }
}
END_TEST

START_TEST (test_primary_rules)
{
  const char *rest = "company.internal_complexity = high\n"
                     "ai.in_product = internal\n";
  char text[512];

  /* R1: a product company. */
  snprintf (text, sizeof text, "company.offering = product\n"
            "company.employees = 12\n%s", rest);
  ck_assert_int_eq (score (text)->primary, PRIMARY_CTO);
  snprintf (text, sizeof text, "company.offering = product\n"
            "company.employees = 999\n%s", rest);
  ck_assert_int_eq (score (text)->primary, PRIMARY_CTO);
  /* R3: a very large product company with a complex estate: both. */
  snprintf (text, sizeof text, "company.offering = product\n"
            "company.employees = 1000\n%s", rest);
  ck_assert_int_eq (score (text)->primary, PRIMARY_BOTH);
  /* R2: a service company. */
  snprintf (text, sizeof text, "company.offering = service\n"
            "company.employees = 4000\n%s", rest);
  ck_assert_int_eq (score (text)->primary, PRIMARY_CIO);
  /* ... that puts AI in what it sells, at size: both. */
  ck_assert_int_eq (score ("company.offering = service\n"
                           "company.employees = 500\n"
                           "ai.in_product = feature\n")->primary,
                    PRIMARY_BOTH);
  ck_assert_int_eq (score ("company.offering = service\n"
                           "company.employees = 499\n"
                           "ai.in_product = feature\n")->primary,
                    PRIMARY_CIO);
  /* A mixed company: a CTO while small, both from 500 on. */
  ck_assert_int_eq (score ("company.offering = mixed\n"
                           "company.employees = 499\n")->primary, PRIMARY_CTO);
  ck_assert_int_eq (score ("company.offering = mixed\n"
                           "company.employees = 500\n")->primary, PRIMARY_BOTH);
}
END_TEST

START_TEST (test_reports_to)
{
  const struct result *r;

  r = score ("company.offering = product\ncompany.employees = 300\n"
             "ai.in_product = feature\nai.regulation = heavy\n"
             "lead.cto_stretched = yes\n");
  ck_assert_int_eq (r->caio, CAIO_DEDICATED);
  ck_assert_int_eq (r->reports_to, REPORTS_CTO);      /* mid-market: CTO */
  r = score ("company.offering = product\ncompany.employees = 300\n"
             "ai.in_product = core\nai.regulation = heavy\n");
  ck_assert_int_eq (r->reports_to, REPORTS_CEO);      /* AI is strategic */
  r = score ("company.offering = service\ncompany.employees = 5000\n"
             "ai.in_product = internal\nai.regulation = heavy\n"
             "lead.cto_stretched = yes\n");
  ck_assert_int_eq (r->reports_to, REPORTS_CEO);      /* very large */
  r = score ("company.offering = product\ncompany.employees = 300\n"
             "ai.in_product = internal\nai.regulation = minimal\n"
             "lead.cto_stretched = no\nai.use_cases = 1\n"
             "ai.annual_spend_usd = 0\nai.people = 1\n");
  ck_assert_int_eq (r->caio, CAIO_CTO_ABSORBS);
  ck_assert_int_eq (r->reports_to, REPORTS_NONE);
}
END_TEST

START_TEST (test_cto_kind)
{
  /* Unknown AI answers could make it an AI-focused CTO: no kind yet. */
  ck_assert_int_eq (score ("company.offering = product\n"
                           "company.employees = 12\n")->cto_kind, KIND_NONE);
  ck_assert_int_eq (score ("company.offering = product\n"
                           "company.employees = 12\n"
                           "ai.in_product = internal\n")->cto_kind,
                    KIND_STARTUP);
  ck_assert_int_eq (score ("company.offering = product\n"
                           "company.employees = 200\n"
                           "ai.in_product = none\n")->cto_kind, KIND_SCALEUP);
  ck_assert_int_eq (score ("company.offering = product\n"
                           "company.employees = 200\n"
                           "lead.priority = platform\n"
                           "ai.in_product = none\n")->cto_kind,
                    KIND_PLATFORM);
  ck_assert_int_eq (score ("company.offering = product\n"
                           "company.employees = 200\n"
                           "lead.priority = product_led\n"
                           "ai.in_product = none\n")->cto_kind,
                    KIND_PRODUCT);
  ck_assert_int_eq (score ("company.offering = product\n"
                           "company.employees = 200\n"
                           "lead.priority = modernise\n"
                           "ai.in_product = none\n")->cto_kind,
                    KIND_TRANSFORMATION);
  ck_assert_int_eq (score ("company.offering = product\n"
                           "company.employees = 3000\n"
                           "company.internal_complexity = low\n"
                           "ai.in_product = feature\n")->cto_kind,
                    KIND_ENTERPRISE);
  ck_assert_int_eq (score ("company.offering = mixed\n"
                           "company.employees = 8\n"
                           "ai.in_product = internal\n"
                           "lead.cto_stretched = no_cto\n")->cto_kind,
                    KIND_FRACTIONAL);
  /* A product company with no CTO needs a real one, not part-time. */
  ck_assert_int_eq (score ("company.offering = product\n"
                           "company.employees = 8\n"
                           "ai.in_product = internal\n"
                           "lead.cto_stretched = no_cto\n")->cto_kind,
                    KIND_STARTUP);
  ck_assert_int_eq (score ("company.offering = product\n"
                           "company.employees = 40\n"
                           "ai.in_product = core\n"
                           "ai.regulation = minimal\n"
                           "lead.cto_stretched = no\n"
                           "ai.annual_spend_usd = 100k\n"
                           "ai.people = 4\n")->cto_kind, KIND_AI);
  /* No CTO recommended: no kind. */
  ck_assert_int_eq (score ("company.offering = service\n"
                           "company.employees = 40\n")->cto_kind, KIND_NONE);
}
END_TEST

START_TEST (test_partial_is_undecided)
{
  const struct result *r = score ("");

  ck_assert_int_eq (r->primary, PRIMARY_UNDECIDED);
  ck_assert_int_eq (r->caio, CAIO_UNDECIDED);
  ck_assert_int_eq (r->reports_to, REPORTS_NONE);
  ck_assert_int_eq (r->cto_kind, KIND_NONE);
  ck_assert (!r->complete);
  ck_assert_int_eq (r->n_missing, 10);
  ck_assert_int_eq (r->indicators_met, 0);
  ck_assert_int_eq (r->indicators[IND_AI_SPEND], TRI_UNKNOWN);
  ck_assert_int_eq (r->scores[ROLE_CTO], 0);

  /* The offering alone does not settle a product company's size. */
  r = score ("company.offering = product\n");
  ck_assert_int_eq (r->primary, PRIMARY_UNDECIDED);
  /* ... but a small one is a CTO case whatever its complexity. */
  r = score ("company.offering = product\ncompany.employees = 30\n");
  ck_assert_int_eq (r->primary, PRIMARY_CTO);
  ck_assert_int_eq (r->caio, CAIO_UNDECIDED);

  /* Two indicators settle a dedicated CAIO, whatever else is missing. */
  r = score ("ai.regulation = heavy\nlead.cto_stretched = yes\n");
  ck_assert_int_eq (r->caio, CAIO_DEDICATED);
  ck_assert_int_eq (r->indicators_met, 2);
  ck_assert_int_eq (r->primary, PRIMARY_UNDECIDED);
  ck_assert_int_eq (r->reports_to, REPORTS_NONE);   /* depends on size */
}
END_TEST

START_TEST (test_hidden_answers_dropped)
{
  /* Without AI, the AI numbers are not asked, and stale answers to them
     count for nothing. */
  const struct result *r = score (
      "company.offering = product\ncompany.employees = 100\n"
      "company.internal_complexity = low\n"
      "ai.in_product = none\nai.regulation = minimal\n"
      "lead.cto_stretched = no\ncompany.name = N\n"
      "ai.annual_spend_usd = 9M\nai.people = 50\nai.use_cases = 12\n");
  size_t i;

  ck_assert_int_eq (r->indicators[IND_AI_SPEND], TRI_NO);
  ck_assert_int_eq (r->indicators[IND_AI_PEOPLE], TRI_NO);
  ck_assert_int_eq (r->absorb[ABS_FEW_USE_CASES], TRI_YES);
  ck_assert_int_eq (r->caio, CAIO_CTO_ABSORBS);
  ck_assert (r->complete);
  for (i = 0; i < r->n_reasons; i++)
    ck_assert_str_ne (r->reasons[i].id, "ai.annual_spend_usd");
  ck_assert (!score_visible (&bank, &session,
                             bank_find (&bank, "ai.people", &(int) { 0 }), 0));
}
END_TEST

START_TEST (test_scores_and_reasons)
{
  const struct result *r = score ("company.offering = product\n"
                                  "company.employees = 12\n");
  size_t i;
  bool found = false;

  ck_assert_int_eq (r->scores[ROLE_CTO], 100);
  ck_assert_int_eq (r->scores[ROLE_CIO], 0);
  r = score ("company.offering = service\ncompany.employees = 4000\n"
             "company.internal_complexity = high\n");
  ck_assert_int_eq (r->scores[ROLE_CIO], 100);
  ck_assert_int_eq (r->scores[ROLE_CTO], 0);
  ck_assert_int_eq (r->n_reasons, 3);
  for (i = 0; i < r->n_reasons; i++)
    if (strcmp (r->reasons[i].id, "company.employees") == 0)
      {
        found = true;
        ck_assert_str_eq (r->reasons[i].answer, "4000");
        ck_assert_ptr_nonnull (strstr (r->reasons[i].effect, "thousand"));
      }
  ck_assert (found);
  r = score ("company.offering = mixed\n");
  ck_assert_int_eq (r->scores[ROLE_CTO], 50);
  ck_assert_int_eq (r->scores[ROLE_CIO], 50);
}
END_TEST

START_TEST (test_complete)
{
  const struct result *r = score (BASE_NO ("company.employees = 5\n"
                                           "company.name = N\n"
                                           "ai.annual_spend_usd = 0\n"
                                           "ai.people = 0\n"
                                           "ai.use_cases = 1\n"));

  ck_assert (r->complete);
  ck_assert_int_eq (r->n_missing, 0);
  r = score (BASE_NO ("company.employees = 5\n"));
  ck_assert (!r->complete);
  ck_assert_int_eq (r->n_missing, 4);
  ck_assert_str_eq (r->missing[0], "company.name");   /* bank order */
  ck_assert_str_eq (r->missing[1], "ai.use_cases");
}
END_TEST

/* ------------------------------------------------------------- tools */

static const struct tool_result *
tool (const char *steps)
{
  static char text[512];
  const struct result *r;

  snprintf (text, sizeof text, "tool.1.name = T\n%s", steps);
  r = score (text);
  ck_assert_int_eq (r->n_tools, 1);
  return &r->tools[0];
}

START_TEST (test_tool_verdicts)
{
  const char *ready = "tool.1.goal = done\ntool.1.users = done\n"
                      "tool.1.test = done\n";
  char text[512];
  const struct tool_result *t;

  snprintf (text, sizeof text, "%stool.1.security = done\n", ready);
  t = tool (text);
  ck_assert_int_eq (t->verdict, TOOL_READY);
  ck_assert_int_eq (t->steps_done, 4);
  snprintf (text, sizeof text, "%stool.1.security = na\n", ready);
  ck_assert_int_eq (tool (text)->verdict, TOOL_READY);
  /* Never ready without the security check. */
  snprintf (text, sizeof text, "%stool.1.security = in_progress\n", ready);
  ck_assert_int_eq (tool (text)->verdict, TOOL_PILOT);
  snprintf (text, sizeof text, "%stool.1.security = not_started\n", ready);
  ck_assert_int_eq (tool (text)->verdict, TOOL_PILOT);
  ck_assert_int_eq (tool (ready)->verdict, TOOL_PILOT);   /* unanswered */
  ck_assert_int_eq (tool ("tool.1.goal = done\ntool.1.users = done\n"
                          "tool.1.test = in_progress\n"
                          "tool.1.security = done\n")->verdict, TOOL_PILOT);
  ck_assert_int_eq (tool ("tool.1.goal = done\ntool.1.users = not_started\n"
                          "tool.1.test = done\n"
                          "tool.1.security = done\n")->verdict,
                    TOOL_NOT_READY);
  ck_assert_int_eq (tool ("tool.1.goal = na\ntool.1.users = done\n"
                          "tool.1.test = done\n"
                          "tool.1.security = done\n")->verdict, TOOL_PILOT);
  t = tool ("");
  ck_assert_int_eq (t->verdict, TOOL_NOT_READY);
  ck_assert_int_eq (t->steps[TS_GOAL], -1);
  ck_assert_int_eq (t->n_next, TS_COUNT);
}
END_TEST

START_TEST (test_tool_next_actions)
{
  const struct tool_result *t = tool ("tool.1.goal = done\n"
                                      "tool.1.users = in_progress\n"
                                      "tool.1.test = not_started\n"
                                      "tool.1.security = na\n"
                                      "tool.1.measure = done\n"
                                      "tool.1.review = not_started\n");

  /* In checklist order; done and not-applicable steps need nothing. */
  ck_assert_int_eq (t->n_next, 3);
  ck_assert_ptr_nonnull (strstr (t->next[0], "daily users"));
  ck_assert_ptr_nonnull (strstr (t->next[1], "Try the tool"));
  ck_assert_ptr_nonnull (strstr (t->next[2], "better tool"));
}
END_TEST

START_TEST (test_several_tools)
{
  const struct result *r = score ("tool.3.name = C\ntool.1.name = A\n"
                                  "tool.3.goal = done\ntool.12.goal = done\n");

  ck_assert_int_eq (r->n_tools, 3);
  ck_assert_int_eq (r->tools[0].number, 1);
  ck_assert_str_eq (r->tools[0].name, "A");
  ck_assert_int_eq (r->tools[1].number, 3);
  ck_assert_int_eq (r->tools[1].steps[TS_GOAL], STEP_DONE);
  ck_assert_int_eq (r->tools[2].number, 12);
  ck_assert_ptr_null (r->tools[2].name);
}
END_TEST

static Suite *
score_suite (void)
{
  Suite *s = suite_create ("score");
  TCase *rules = tcase_create ("rules");
  TCase *tools = tcase_create ("tools");

  tcase_add_checked_fixture (rules, setup, teardown);
  tcase_add_test (rules, test_threshold_employees);
  tcase_add_test (rules, test_threshold_spend);
  tcase_add_test (rules, test_threshold_people);
  tcase_add_test (rules, test_threshold_use_cases);
  tcase_add_test (rules, test_each_indicator);
  tcase_add_test (rules, test_primary_rules);
  tcase_add_test (rules, test_reports_to);
  tcase_add_test (rules, test_cto_kind);
  tcase_add_test (rules, test_partial_is_undecided);
  tcase_add_test (rules, test_hidden_answers_dropped);
  tcase_add_test (rules, test_scores_and_reasons);
  tcase_add_test (rules, test_complete);
  suite_add_tcase (s, rules);
  tcase_add_checked_fixture (tools, setup, teardown);
  tcase_add_test (tools, test_tool_verdicts);
  tcase_add_test (tools, test_tool_next_actions);
  tcase_add_test (tools, test_several_tools);
  suite_add_tcase (s, tools);
  return s;
}

TEST_MAIN (score_suite)
