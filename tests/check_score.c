/* check_score.c: the decision rules of version 2 at every boundary,
   partial answers, scores within their bands, turning points, and the
   AI tool checklist. */
#include "system.h"

#include "core/exitcode.h"
#include "core/score.h"
#include "core/words.h"
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

/* A complete profile from its answers in order: employees, offering,
   complexity, AI in product, use cases, spending, AI people,
   regulation, stretched (NULL leaves one out). */
static const struct result *
profile (const char *employees, const char *offering, const char *complexity,
         const char *ai, const char *use_cases, const char *spend,
         const char *people, const char *regulation, const char *stretched)
{
  static const char *const ids[] = {
    "company.employees", "company.offering", "company.internal_complexity",
    "ai.in_product", "ai.use_cases", "ai.annual_spend_usd", "ai.people",
    "ai.regulation", "lead.cto_stretched"
  };
  const char *values[] = { employees, offering, complexity, ai, use_cases,
                           spend, people, regulation, stretched };
  char text[1024] = "company.name = P\n";
  size_t i;

  for (i = 0; i < sizeof ids / sizeof ids[0]; i++)
    if (values[i] != NULL)
      snprintf (text + strlen (text), sizeof text - strlen (text),
                "%s = %s\n", ids[i], values[i]);
  return score (text);
}

/* A turning point of R: on FACT, at AT, of DECISION; NULL if none. */
static const struct turning_point *
turn_find (const struct result *r, enum fact fact, long long at,
           enum turn decision)
{
  size_t i;

  for (i = 0; i < r->n_turns; i++)
    if (r->turns[i].fact == fact && r->turns[i].at == at
        && r->turns[i].decision == decision)
      return &r->turns[i];
  return NULL;
}

/* Whether one of R's turning-point lines, in English, is TEXT. */
static bool
has_turn_line (const struct result *r, const char *text)
{
  char **lines;
  size_t n = words_turn_lines (r, false, &lines), i;
  bool found = false;

  for (i = 0; i < n; i++)
    found |= strcmp (lines[i], text) == 0;
  for (i = 0; i < n; i++)
    {
      if (!found)
        fprintf (stderr, "  have: %s\n", lines[i]);
      free (lines[i]);
    }
  free (lines);
  return found;
}

/* ------------------------------------------------------- boundaries */

START_TEST (test_employees_50)
{
  /* Two signs (heavy regulation, a stretched leader) where there is AI
     work: below 50 they wait. */
  const struct result *r = profile ("49", "product", "low", "internal", "5",
                                    "100k", "3", "heavy", "yes");

  ck_assert_int_eq (r->indicators_met, 2);
  ck_assert_int_eq (r->caio, CAIO_WATCH);
  ck_assert_int_eq (r->gate, GATE_SIZE);
  ck_assert_int_eq (r->reports_to, REPORTS_NONE);
  r = profile ("50", "product", "low", "internal", "5", "100k", "3", "heavy",
               "yes");
  ck_assert_int_eq (r->caio, CAIO_DEDICATED);
  ck_assert_int_eq (r->gate, GATE_NONE);
  ck_assert_int_eq (r->reports_to, REPORTS_CEO);   /* regulated AI */
}
END_TEST

START_TEST (test_employees_500)
{
  const struct result *r = profile ("499", "product", "low", "internal", "3",
                                    "0", "1", "minimal", "no");

  ck_assert_int_eq (r->absorb[ABS_UNDER_500], TRI_YES);
  ck_assert_int_eq (r->caio, CAIO_CTO_ABSORBS);
  r = profile ("500", "product", "low", "internal", "3", "0", "1", "minimal",
               "no");
  ck_assert_int_eq (r->absorb[ABS_UNDER_500], TRI_NO);
  ck_assert_int_eq (r->absorb_met, 2);
  ck_assert_int_eq (r->caio, CAIO_WATCH);
  /* Who leads technology at 500: mixed, and services selling AI. */
  ck_assert_int_eq (profile ("499", "mixed", "low", "none", NULL, NULL, NULL,
                             "minimal", "no")->primary, PRIMARY_CTO);
  ck_assert_int_eq (profile ("500", "mixed", "low", "none", NULL, NULL, NULL,
                             "minimal", "no")->primary, PRIMARY_BOTH);
  ck_assert_int_eq (profile ("499", "service", "low", "feature", "1", "0",
                             "1", "minimal", "no")->primary, PRIMARY_CIO);
  ck_assert_int_eq (profile ("500", "service", "low", "feature", "1", "0",
                             "1", "minimal", "no")->primary, PRIMARY_BOTH);
}
END_TEST

START_TEST (test_employees_1000)
{
  /* A product company with a complex estate adds a CIO at 1,000. */
  ck_assert_int_eq (profile ("999", "product", "high", "none", NULL, NULL,
                             NULL, "minimal", "no")->primary, PRIMARY_CTO);
  ck_assert_int_eq (profile ("1000", "product", "high", "none", NULL, NULL,
                             NULL, "minimal", "no")->primary, PRIMARY_BOTH);
  ck_assert_int_eq (profile ("1000", "product", "medium", "none", NULL, NULL,
                             NULL, "minimal", "no")->primary, PRIMARY_CTO);
  /* R6: a CAIO under a lone CTO in post below 1,000, the CEO from
     there. */
  ck_assert_int_eq (profile ("999", "product", "low", "feature", "5", "6M",
                             "25", "minimal", "no")->reports_to, REPORTS_CTO);
  ck_assert_int_eq (profile ("1000", "product", "low", "feature", "5", "6M",
                             "25", "minimal", "no")->reports_to, REPORTS_CEO);
}
END_TEST

START_TEST (test_employees_2000)
{
  ck_assert_int_eq (profile ("1999", "product", "low", "none", NULL, NULL,
                             NULL, "minimal", "no")->primary, PRIMARY_CTO);
  ck_assert_int_eq (profile ("2000", "product", "low", "none", NULL, NULL,
                             NULL, "minimal", "no")->primary, PRIMARY_BOTH);
}
END_TEST

START_TEST (test_spend_and_people)
{
  /* A second sign on top of a stretched leader, in a company of 100. */
  const struct result *r = profile ("100", "product", "low", "feature", "5",
                                    "5000000", "3", "minimal", "yes");

  ck_assert_int_eq (r->indicators[IND_AI_SPEND], TRI_NO);
  ck_assert_int_eq (r->caio, CAIO_WATCH);
  r = profile ("100", "product", "low", "feature", "5", "5000001", "3",
               "minimal", "yes");
  ck_assert_int_eq (r->indicators[IND_AI_SPEND], TRI_YES);
  ck_assert_int_eq (r->caio, CAIO_DEDICATED);
  r = profile ("100", "product", "low", "feature", "5", "0", "20", "minimal",
               "yes");
  ck_assert_int_eq (r->indicators[IND_AI_PEOPLE], TRI_NO);
  ck_assert_int_eq (r->caio, CAIO_WATCH);
  r = profile ("100", "product", "low", "feature", "5", "0", "21", "minimal",
               "yes");
  ck_assert_int_eq (r->indicators[IND_AI_PEOPLE], TRI_YES);
  ck_assert_int_eq (r->caio, CAIO_DEDICATED);
  ck_assert_int_eq (r->reports_to, REPORTS_CTO);
}
END_TEST

START_TEST (test_small_footprint)
{
  /* Both lists match: two signs, and three conditions as well. */
  const struct result *r = profile ("100", "product", "low", "core", "2",
                                    "200k", "4", "minimal", "yes");

  ck_assert_int_eq (r->indicators_met, 2);
  ck_assert_int_eq (r->absorb_met, 3);
  ck_assert_int_eq (r->caio, CAIO_WATCH);
  ck_assert_int_eq (r->gate, GATE_BOTH_LISTS);
  ck_assert_int_eq (r->cto_kind, KIND_AI);
  /* Only regulation and a stretched leader, AI internal with one or two
     use cases: small, at any size. */
  r = profile ("3000", "service", "low", "internal", "2", "300k", "5",
               "heavy", "yes");
  ck_assert_int_eq (r->indicators_met, 2);
  ck_assert_int_eq (r->absorb_met, 2);
  ck_assert_int_eq (r->caio, CAIO_WATCH);
  ck_assert_int_eq (r->gate, GATE_INTERNAL);
  r = profile ("3000", "service", "low", "internal", "3", "300k", "5",
               "heavy", "yes");
  ck_assert_int_eq (r->caio, CAIO_DEDICATED);
  ck_assert_int_eq (r->reports_to, REPORTS_CEO);   /* no CTO recommended */
  ck_assert_int_eq (r->primary, PRIMARY_CIO);
}
END_TEST

START_TEST (test_services_selling_ai)
{
  const struct result *r = profile ("15", "service", "low", "core", "2",
                                    "100k", "3", "minimal", "no");

  ck_assert_int_eq (r->primary, PRIMARY_CTO);
  ck_assert_int_eq (r->cto_kind, KIND_AI);
  ck_assert_int_eq (r->scores[ROLE_CTO] >= 50, 1);
  ck_assert_int_eq (r->scores[ROLE_CIO] <= 39, 1);
  r = profile ("15", "service", "low", "internal", "2", "20k", "1",
               "minimal", "no");
  ck_assert_int_eq (r->primary, PRIMARY_CIO);
  ck_assert_int_eq (r->form, FORM_FRACTIONAL);
  ck_assert_int_eq (r->cto_kind, KIND_NONE);
  ck_assert_int_eq (profile ("600", "service", "low", "core", "2", "100k",
                             "3", "minimal", "no")->primary, PRIMARY_BOTH);
}
END_TEST

START_TEST (test_no_ai)
{
  /* No AI at all: heavy regulation and a stretched leader are no signs,
     whatever the size. */
  const struct result *r = profile ("5000", "product", "high", "none", NULL,
                                    NULL, NULL, "heavy", "yes");

  ck_assert_int_eq (r->ai_work, TRI_NO);
  ck_assert_int_eq (r->indicators[IND_AI_REGULATION], TRI_NO);
  ck_assert_int_eq (r->indicators[IND_CTO_STRETCHED], TRI_NO);
  ck_assert_int_eq (r->absorb[ABS_AI_INTERNAL_ONLY], TRI_YES);
  ck_assert_int_eq (r->caio, CAIO_CTO_ABSORBS);
  ck_assert_int_eq (r->gate, GATE_NO_AI);
  ck_assert (r->complete);
  /* Internal AI with no use case, person or spending: no AI work. */
  r = profile ("5000", "product", "high", "internal", "0", "0", "0", "heavy",
               "yes");
  ck_assert_int_eq (r->ai_work, TRI_NO);
  ck_assert_int_eq (r->caio, CAIO_CTO_ABSORBS);
  r = profile ("5000", "product", "high", "internal", "0", "1", "0", "heavy",
               "yes");
  ck_assert_int_eq (r->ai_work, TRI_YES);
  ck_assert_int_eq (r->indicators_met, 2);
  ck_assert_int_eq (r->caio, CAIO_WATCH);   /* internal, no use case yet */
  /* A missing number that could make AI work exist: undecided. */
  r = profile ("5000", "product", "high", "internal", "0", NULL, "0", "heavy",
               "yes");
  ck_assert_int_eq (r->caio, CAIO_UNDECIDED);
  ck_assert_int_eq (r->scores[ROLE_CAIO], SCORE_NONE);
}
END_TEST

START_TEST (test_reports_to)
{
  /* Never to a role that is not recommended, or not in post. */
  ck_assert_int_eq (profile ("300", "product", "low", "feature", "5", "6M",
                             "25", "minimal", "no_cto")->reports_to,
                    REPORTS_CEO);
  ck_assert_int_eq (profile ("300", "product", "low", "core", "5", "6M",
                             "25", "minimal", "no")->reports_to, REPORTS_CEO);
  ck_assert_int_eq (profile ("300", "product", "low", "feature", "5", "6M",
                             "25", "heavy", "no")->reports_to, REPORTS_CEO);
  ck_assert_int_eq (profile ("300", "service", "low", "internal", "5", "6M",
                             "25", "moderate", "no")->reports_to, REPORTS_CEO);
  ck_assert_int_eq (profile ("700", "mixed", "low", "feature", "5", "6M",
                             "25", "minimal", "no")->reports_to, REPORTS_CEO);
  ck_assert_int_eq (profile ("300", "product", "low", "feature", "5", "6M",
                             "25", "minimal", "no")->reports_to, REPORTS_CTO);
  ck_assert_int_eq (profile ("300", "product", "low", "internal", "1", "0",
                             "1", "minimal", "no")->reports_to, REPORTS_NONE);
}
END_TEST

START_TEST (test_form)
{
  const struct result *r = profile ("40", "service", "low", "internal", "1",
                                    "10k", "25", "minimal", "no");

  /* A large AI team calls for an executive even in a small company. */
  ck_assert_int_eq (r->primary, PRIMARY_CIO);
  ck_assert_int_eq (r->form, FORM_EXECUTIVE);
  r = profile ("50", "service", "low", "internal", "1", "10k", "2",
               "minimal", "no");
  ck_assert_int_eq (r->form, FORM_EXECUTIVE);
  r = profile ("49", "service", "low", "internal", "1", "10k", "2",
               "minimal", "no");
  ck_assert_int_eq (r->form, FORM_FRACTIONAL);
  r = profile ("8", "mixed", "low", "internal", "1", "0", "1", "minimal",
               "no_cto");
  ck_assert_int_eq (r->cto_kind, KIND_FRACTIONAL);
  ck_assert_int_eq (r->form, FORM_FRACTIONAL);
  /* A product company without a CTO needs a real one. */
  r = profile ("8", "product", "low", "internal", "1", "0", "1", "minimal",
               "no_cto");
  ck_assert_int_eq (r->cto_kind, KIND_STARTUP);
  ck_assert_int_eq (r->form, FORM_EXECUTIVE);
}
END_TEST

START_TEST (test_cto_kind)
{
  ck_assert_int_eq (score ("company.offering = product\n"
                           "company.employees = 12\n")->cto_kind, KIND_NONE);
  ck_assert_int_eq (score ("company.offering = product\n"
                           "company.employees = 200\n"
                           "lead.priority = platform\n"
                           "ai.in_product = none\n")->cto_kind,
                    KIND_PLATFORM);
  ck_assert_int_eq (score ("company.offering = product\n"
                           "company.employees = 200\n"
                           "ai.in_product = none\n")->cto_kind, KIND_SCALEUP);
  ck_assert_int_eq (score ("company.offering = product\n"
                           "company.employees = 3000\n"
                           "company.internal_complexity = low\n"
                           "ai.in_product = none\n")->cto_kind,
                    KIND_ENTERPRISE);
  ck_assert_int_eq (score ("company.offering = service\n"
                           "company.employees = 40\n"
                           "ai.in_product = none\n")->cto_kind, KIND_NONE);
}
END_TEST

START_TEST (test_partial_is_undecided)
{
  const struct result *r = score ("");
  int i;

  ck_assert_int_eq (r->primary, PRIMARY_UNDECIDED);
  ck_assert_int_eq (r->caio, CAIO_UNDECIDED);
  ck_assert_int_eq (r->reports_to, REPORTS_NONE);
  ck_assert_int_eq (r->cto_kind, KIND_NONE);
  ck_assert (!r->complete);
  ck_assert_int_eq (r->n_missing, 10);
  ck_assert_int_eq (r->indicators[IND_AI_SPEND], TRI_UNKNOWN);
  for (i = 0; i < ROLE_COUNT; i++)
    ck_assert_int_eq (r->scores[i], SCORE_NONE);
  ck_assert_uint_eq (r->n_turns, 0);

  /* Every size threshold is tried: 1,999 product people could reach a
     complex estate's 1,000 or not; 2,000 settle it. */
  ck_assert_int_eq (score ("company.offering = product\n"
                           "company.employees = 1999\n")->primary,
                    PRIMARY_UNDECIDED);
  ck_assert_int_eq (score ("company.offering = product\n"
                           "company.employees = 2000\n")->primary,
                    PRIMARY_BOTH);
  ck_assert_int_eq (score ("company.offering = product\n")->primary,
                    PRIMARY_UNDECIDED);
  r = score ("company.offering = product\ncompany.employees = 30\n");
  ck_assert_int_eq (r->primary, PRIMARY_CTO);
  ck_assert_int_eq (r->caio, CAIO_UNDECIDED);
  /* Two answers never make a full score. */
  ck_assert_int_ge (r->scores[ROLE_CTO], 50);
  ck_assert_int_lt (r->scores[ROLE_CTO], 100);
  ck_assert_int_le (r->scores[ROLE_CIO], 39);
  ck_assert_int_eq (r->scores[ROLE_CAIO], SCORE_NONE);

  /* Two signs no longer settle a CAIO while size and AI work are
     unknown. */
  r = score ("ai.regulation = heavy\nlead.cto_stretched = yes\n");
  ck_assert_int_eq (r->caio, CAIO_UNDECIDED);
  /* A service company's leader depends on AI's place, and on size. */
  ck_assert_int_eq (score ("company.offering = service\n"
                           "ai.in_product = internal\n")->primary,
                    PRIMARY_CIO);
  ck_assert_int_eq (score ("company.offering = service\n"
                           "ai.in_product = feature\n")->primary,
                    PRIMARY_UNDECIDED);
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
  for (i = 0; i < r->n_turns; i++)
    ck_assert_int_ne (r->turns[i].fact, F_SPEND);
  ck_assert (!score_visible (&bank, &session,
                             bank_find (&bank, "ai.people", &(int) { 0 }), 0));
}
END_TEST

START_TEST (test_score_bands)
{
  const struct result *r;

  /* A dedicated CAIO is never scored low, a watch never high. */
  r = profile ("300", "product", "low", "feature", "3", "6M", "25",
               "minimal", "no");
  ck_assert_int_eq (r->caio, CAIO_DEDICATED);
  ck_assert_int_ge (r->scores[ROLE_CAIO], 60);
  r = profile ("300", "product", "low", "feature", "3", "100k", "2",
               "minimal", "no");
  ck_assert_int_eq (r->caio, CAIO_WATCH);
  ck_assert_int_ge (r->scores[ROLE_CAIO], 30);
  ck_assert_int_le (r->scores[ROLE_CAIO], 59);
  r = profile ("20", "product", "low", "internal", "1", "1k", "1",
               "minimal", "no");
  ck_assert_int_eq (r->caio, CAIO_CTO_ABSORBS);
  ck_assert_int_le (r->scores[ROLE_CAIO], 29);
  /* Both: neither role below 40. */
  r = profile ("4000", "service", "high", "feature", "3", "100k", "2",
               "minimal", "no");
  ck_assert_int_eq (r->primary, PRIMARY_BOTH);
  ck_assert_int_ge (r->scores[ROLE_CTO], 40);
  ck_assert_int_ge (r->scores[ROLE_CIO], 40);
  r = profile ("4000", "service", "high", "internal", "3", "100k", "2",
               "minimal", "no");
  ck_assert_int_eq (r->primary, PRIMARY_CIO);
  ck_assert_int_ge (r->scores[ROLE_CIO], 50);
  ck_assert_int_le (r->scores[ROLE_CTO], 39);
}
END_TEST

START_TEST (test_reasons)
{
  const struct result *r = profile ("300", "service", "high", "internal", "6",
                                    "4200000", "12", "heavy", "yes");
  bool spend = false, employees = false;
  size_t i;

  for (i = 0; i < r->n_reasons; i++)
    {
      const struct reason *x = &r->reasons[i];
      char *text = msg_format (&x->effect, false);

      /* The founder's figure and the threshold, in the report's
         format. */
      if (strcmp (x->id, "ai.annual_spend_usd") == 0)
        {
          spend = true;
          ck_assert_int_eq (x->decision, DEC_CAIO);
          ck_assert_str_eq (text, "US$4,200,000 a year on AI; above "
                            "US$5,000,000 this becomes a sign that AI needs "
                            "its own leader.");
        }
      if (strcmp (x->id, "company.employees") == 0 && x->decision == DEC_CAIO)
        {
          employees = true;
          ck_assert_ptr_nonnull (strstr (text, "300 employees"));
          ck_assert (x->against);   /* toward one leader, against a CAIO */
        }
      free (text);
    }
  ck_assert (spend && employees);
  ck_assert_int_eq (r->caio, CAIO_DEDICATED);
}
END_TEST

/* ---------------------------------------------------- turning points */

START_TEST (test_turning_points)
{
  const struct result *r = profile ("100", "product", "low", "feature", "5",
                                    "5000000", "3", "minimal", "yes");
  const struct turning_point *t = turn_find (r, F_SPEND, 5000001, TURN_CAIO);
  size_t i;

  ck_assert_ptr_nonnull (t);
  ck_assert_int_eq (t->to, CAIO_DEDICATED);
  /* The nearest change comes first. */
  ck_assert_ptr_eq (&r->turns[0], t);
  ck_assert (has_turn_line (r, "If AI spending passes US$5,000,000 a year "
                            "(now US$5,000,000): a dedicated Chief AI "
                            "Officer"));
  for (i = 1; i < r->n_turns; i++)
    ck_assert (r->turns[i - 1].distance <= r->turns[i].distance);
  /* Choices. */
  ck_assert_ptr_nonnull (turn_find (r, F_REGULATION, REG_HEAVY, TURN_CAIO));
  t = turn_find (r, F_IN_PRODUCT, AI_NONE, TURN_CAIO);
  ck_assert_ptr_nonnull (t);
  ck_assert_int_eq (t->to, CAIO_CTO_ABSORBS);
  ck_assert_ptr_nonnull (turn_find (r, F_OFFERING, OFF_SERVICE,
                                    TURN_PRIMARY));
  /* Downward across the size line. */
  r = profile ("50", "product", "low", "internal", "5", "100k", "3", "heavy",
               "yes");
  t = turn_find (r, F_EMPLOYEES, 49, TURN_CAIO);
  ck_assert_ptr_nonnull (t);
  ck_assert_int_eq (t->to, CAIO_WATCH);
  ck_assert (has_turn_line (r, "If the company shrinks to 49 people (now "
                            "50): keep watching whether AI needs a leader "
                            "of its own"));
  /* The reporting line, while the CAIO stays. */
  r = profile ("900", "product", "low", "feature", "5", "6M", "25",
               "minimal", "no");
  ck_assert_int_eq (r->reports_to, REPORTS_CTO);
  t = turn_find (r, F_EMPLOYEES, 1000, TURN_REPORTS);
  ck_assert_ptr_nonnull (t);
  ck_assert_int_eq (t->to, REPORTS_CEO);
  ck_assert (has_turn_line (r, "If the company grows to 1,000 people (now "
                            "900): the Chief AI Officer reports to the "
                            "CEO"));
  /* Options of one answer that turn the advice alike: one line. */
  r = profile ("600", "product", "low", "feature", "8", "6M", "30",
               "moderate", "no_cto");
  ck_assert (has_turn_line (r, "If someone led technology (now: nobody "
                            "leads technology): the Chief AI Officer "
                            "reports to the CTO"));
  ck_assert (has_turn_line (r, "If the company used no AI (now: a "
                            "feature): the CTO you appoint takes on AI"));
}
END_TEST

/* ------------------------------------------------------------- tools */

/* Whether R's plan has an action at WHEN whose English holds TEXT. */
static bool
plan_has (const struct result *r, enum when when, const char *text)
{
  bool found = false;
  size_t i;

  for (i = 0; i < r->n_plan && !found; i++)
    {
      char *action = msg_format (&r->plan[i].action, false);

      found = r->plan[i].when == when && strstr (action, text) != NULL;
      free (action);
    }
  return found;
}

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
  ck_assert_ptr_null (t->note);
  /* Security may not apply: ready, and the assumption said. */
  snprintf (text, sizeof text, "%stool.1.security = na\n", ready);
  t = tool (text);
  ck_assert_int_eq (t->verdict, TOOL_READY);
  ck_assert_ptr_nonnull (t->note);
  ck_assert_ptr_nonnull (strstr (t->note, "no company or customer data"));
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
  t = tool ("");
  ck_assert_int_eq (t->verdict, TOOL_NOT_READY);
  ck_assert_int_eq (t->steps[TS_GOAL], -1);
  ck_assert_int_eq (t->n_next, TS_COUNT);
  ck_assert_int_eq (t->in_use, -1);
}
END_TEST

START_TEST (test_tool_na_not_skippable)
{
  /* An older answers file's "na" on a step that cannot be skipped still
     loads, and counts as not started. */
  const struct tool_result *t = tool ("tool.1.goal = na\n"
                                      "tool.1.users = done\n"
                                      "tool.1.test = done\n"
                                      "tool.1.security = done\n"
                                      "tool.1.measure = na\n");

  ck_assert_int_eq (t->verdict, TOOL_NOT_READY);
  ck_assert_int_eq (t->steps[TS_GOAL], STEP_NOT_STARTED);
  ck_assert_int_eq (t->steps[TS_MEASURE], STEP_NOT_STARTED);
  ck_assert_ptr_nonnull (strstr (t->next[0], "goal can never be skipped"));
  ck_assert_ptr_nonnull (strstr (t->next[1], "measure whether"));
  /* The bank offers "na" for the security check alone. */
  ck_assert_int_eq (bank_step_count (bank_find (&bank, "tool.1.security",
                                                &(int) { 0 })), 4);
  ck_assert_int_eq (bank_step_count (bank_find (&bank, "tool.1.goal",
                                                &(int) { 0 })), 3);
  ck_assert_int_eq (bank_step_count (bank_find (&bank, "tool.1.review",
                                                &(int) { 0 })), 3);
}
END_TEST

START_TEST (test_tool_in_use)
{
  const char *ready = "tool.1.goal = done\ntool.1.users = done\n"
                      "tool.1.test = done\n";
  char text[512];
  const struct tool_result *t;

  /* In use without the check: not ready, and the check comes first. */
  snprintf (text, sizeof text, "tool.1.in_use = yes\n%s"
            "tool.1.security = not_started\n", ready);
  t = tool (text);
  ck_assert_int_eq (t->in_use, 1);
  ck_assert_int_eq (t->verdict, TOOL_NOT_READY);
  ck_assert_ptr_nonnull (strstr (t->next[0], "already in use"));
  for (size_t i = 1; i < t->n_next; i++)
    ck_assert_ptr_null (strstr (t->next[i], "security"));
  ck_assert (plan_has (&result, WHEN_NOW, "already in use"));
  snprintf (text, sizeof text, "tool.1.in_use = yes\n%s"
            "tool.1.security = done\n", ready);
  ck_assert_int_eq (tool (text)->verdict, TOOL_READY);
  snprintf (text, sizeof text, "tool.1.in_use = no\n%s"
            "tool.1.security = in_progress\n", ready);
  t = tool (text);
  ck_assert_int_eq (t->in_use, 0);
  ck_assert_int_eq (t->verdict, TOOL_PILOT);
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
  tcase_add_test (rules, test_employees_50);
  tcase_add_test (rules, test_employees_500);
  tcase_add_test (rules, test_employees_1000);
  tcase_add_test (rules, test_employees_2000);
  tcase_add_test (rules, test_spend_and_people);
  tcase_add_test (rules, test_small_footprint);
  tcase_add_test (rules, test_services_selling_ai);
  tcase_add_test (rules, test_no_ai);
  tcase_add_test (rules, test_reports_to);
  tcase_add_test (rules, test_form);
  tcase_add_test (rules, test_cto_kind);
  tcase_add_test (rules, test_partial_is_undecided);
  tcase_add_test (rules, test_hidden_answers_dropped);
  tcase_add_test (rules, test_score_bands);
  tcase_add_test (rules, test_reasons);
  tcase_add_test (rules, test_turning_points);
  suite_add_tcase (s, rules);
  tcase_add_checked_fixture (tools, setup, teardown);
  tcase_add_test (tools, test_tool_verdicts);
  tcase_add_test (tools, test_tool_na_not_skippable);
  tcase_add_test (tools, test_tool_in_use);
  tcase_add_test (tools, test_several_tools);
  suite_add_tcase (s, tools);
  return s;
}

TEST_MAIN (score_suite)
