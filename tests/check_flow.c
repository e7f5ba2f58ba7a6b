/* check_flow.c: moving through the questions: next, back, skip, jump,
   conditions both ways, and adding AI tools. */
#include "system.h"

#include "core/exitcode.h"
#include "core/flow.h"
#include "testutil.h"

static struct bank bank;
static struct session session;
static struct flow flow;

static void
setup (void)
{
  struct diag d;

  diag_init (&d);
  ck_assert_int_eq (bank_load (&bank, TEST_BANK, &d), EXIT_OK);
  session_init (&session);
  flow_init (&flow, &bank, &session);
}

static void
teardown (void)
{
  session_free (&session);
  bank_free (&bank);
}

/* The id of the current question, or "(end)". */
static const char *
at (void)
{
  static char id[80];
  struct flow_step step;
  char *s;

  if (!flow_current (&flow, &step))
    return "(end)";
  s = flow_step_id (&step);
  snprintf (id, sizeof id, "%s", s);
  free (s);
  return id;
}

/* Move forward until the current question is ID, answering nothing. */
static void
skip_to (const char *id)
{
  int guard = 0;

  while (strcmp (at (), id) != 0)
    {
      ck_assert_msg (guard++ < 500 && strcmp (at (), "(end)") != 0,
                     "never reached %s", id);
      flow_next (&flow);
    }
}

static void
answer (const char *value)
{
  const char *why = flow_answer (&flow, value);

  ck_assert_msg (why == NULL, "'%s' refused at %s: %s", value, at (), why);
  flow_next (&flow);
}

START_TEST (test_starts_at_first_question)
{
  struct flow_progress p;

  ck_assert_str_eq (at (), "company.name");
  flow_progress (&flow, &p);
  ck_assert_int_eq (p.section, 1);
  ck_assert_int_eq (p.sections, 4);
  ck_assert_int_eq (p.number, 1);
  /* Not the tool's steps, which wait for its name, nor the AI numbers,
     which wait for the role of AI. */
  ck_assert_int_eq (p.count, 13);
  ck_assert (!flow_back (&flow));
  ck_assert_str_eq (at (), "company.name");
}
END_TEST

START_TEST (test_answers_and_order)
{
  answer ("Acme");
  ck_assert_str_eq (at (), "company.offering");
  ck_assert_str_eq (flow_answer (&flow, "software"), "not one of the options");
  ck_assert_str_eq (at (), "company.offering");
  ck_assert_ptr_null (session_get (&session, "company.offering"));
  answer ("product");
  answer ("1.2k");
  ck_assert_str_eq (session_get (&session, "company.employees"), "1200");
  ck_assert_str_eq (at (), "company.internal_complexity");
  flow_next (&flow);                       /* skip */
  ck_assert_str_eq (at (), "lead.cto_stretched");
  ck_assert_ptr_null (session_get (&session, "company.internal_complexity"));
}
END_TEST

START_TEST (test_condition_hides_both_ways)
{
  struct flow_progress p;

  skip_to ("ai.in_product");
  flow_progress (&flow, &p);
  ck_assert_int_eq (p.section, 3);
  answer ("feature");
  ck_assert_str_eq (at (), "ai.use_cases");
  answer ("4");
  ck_assert_str_eq (at (), "ai.annual_spend_usd");
  flow_back (&flow);
  flow_back (&flow);
  ck_assert_str_eq (at (), "ai.in_product");
  /* Without AI, the AI numbers are not asked, going forward ... */
  answer ("none");
  ck_assert_str_eq (at (), "ai.regulation");
  flow_progress (&flow, &p);
  ck_assert_int_eq (p.count, 13);
  /* ... or back; and the answer given before is kept, not lost. */
  ck_assert (flow_back (&flow));
  ck_assert_str_eq (at (), "ai.in_product");
  ck_assert_str_eq (session_get (&session, "ai.use_cases"), "4");
}
END_TEST

START_TEST (test_back_across_sections)
{
  skip_to ("lead.cto_stretched");
  ck_assert (flow_back (&flow));
  ck_assert_str_eq (at (), "company.internal_complexity");
  skip_to ("(end)");
  ck_assert (flow_back (&flow));
  ck_assert_str_eq (at (), "tool.1.name");
}
END_TEST

START_TEST (test_jump)
{
  ck_assert (flow_jump (&flow, 2));
  ck_assert_str_eq (at (), "ai.in_product");
  ck_assert (flow_jump (&flow, 0));
  ck_assert_str_eq (at (), "company.name");
  ck_assert (flow_jump (&flow, 3));
  ck_assert_str_eq (at (), "tool.1.name");
}
END_TEST

START_TEST (test_tools)
{
  static const char *const steps[] = {
    "tool.1.in_use", "tool.1.goal", "tool.1.users", "tool.1.test",
    "tool.1.security", "tool.1.measure", "tool.1.review"
  };
  size_t i;
  struct flow_progress p;

  skip_to ("tool.1.name");
  /* No name: no tool, and nothing to add to. */
  flow_next (&flow);
  ck_assert_str_eq (at (), "(end)");
  ck_assert (!flow_can_add_item (&flow));

  flow_back (&flow);
  answer ("Notes bot");
  for (i = 0; i < 7; i++)
    {
      ck_assert_str_eq (at (), steps[i]);
      answer (i == 0 ? "no" : i == 4 ? "na" : "done");
    }
  ck_assert_str_eq (at (), "(end)");
  ck_assert (flow_can_add_item (&flow));
  ck_assert (flow_add_item (&flow));
  ck_assert_str_eq (at (), "tool.2.name");
  flow_progress (&flow, &p);
  ck_assert_int_eq (p.section, 4);
  answer ("Zweites Werkzeug – äöü");
  ck_assert_str_eq (at (), "tool.2.in_use");
  ck_assert_str_eq (session_get (&session, "tool.2.name"),
                    "Zweites Werkzeug – äöü");
  ck_assert_str_eq (session_get (&session, "tool.1.security"), "na");
}
END_TEST

START_TEST (test_resume_counts_items)
{
  struct diag d;

  diag_init (&d);
  session_free (&session);
  session_init (&session);
  ck_assert_int_eq (test_session_text (&session, &bank,
      "tool.1.name = A\ntool.3.name = C\n", &d), EXIT_OK);
  flow_init (&flow, &bank, &session);
  ck_assert_int_eq (flow.items, 3);
  ck_assert (flow_jump (&flow, 3));
  ck_assert_str_eq (at (), "tool.1.name");
}
END_TEST

START_TEST (test_first_open)
{
  struct diag d;

  diag_init (&d);
  session_free (&session);
  session_init (&session);
  ck_assert_int_eq (test_session_text (&session, &bank,
      "company.name = A\ncompany.offering = product\n"
      "company.internal_complexity = low\n", &d), EXIT_OK);
  flow_init (&flow, &bank, &session);
  flow_first_open (&flow);
  ck_assert_str_eq (at (), "company.employees");
}
END_TEST

START_TEST (test_steps_list_and_go)
{
  struct flow_step *steps;
  size_t n, i;

  steps = flow_steps (&flow, &n);
  ck_assert_int_eq (n, 13);
  for (i = 0; i < n; i++)
    if (strcmp (steps[i].q->id, "lead.gap") == 0)
      flow_go (&flow, &steps[i]);
  free (steps);
  ck_assert_str_eq (at (), "lead.gap");
  flow_clear (&flow);
  answer ("delivery");
  ck_assert_str_eq (session_get (&session, "lead.gap"), "delivery");
}
END_TEST

static Suite *
flow_suite (void)
{
  Suite *s = suite_create ("flow");
  TCase *tc = tcase_create ("moves");

  tcase_add_checked_fixture (tc, setup, teardown);
  tcase_add_test (tc, test_starts_at_first_question);
  tcase_add_test (tc, test_answers_and_order);
  tcase_add_test (tc, test_condition_hides_both_ways);
  tcase_add_test (tc, test_back_across_sections);
  tcase_add_test (tc, test_jump);
  tcase_add_test (tc, test_tools);
  tcase_add_test (tc, test_resume_counts_items);
  tcase_add_test (tc, test_steps_list_and_go);
  tcase_add_test (tc, test_first_open);
  suite_add_tcase (s, tc);
  return s;
}

TEST_MAIN (flow_suite)
