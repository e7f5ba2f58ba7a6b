/* check_bank.c: loading and validating question banks. */
#include "system.h"

#include "core/exitcode.h"
#include "core/value.h"
#include "testutil.h"

/* A small valid bank; tests append to it or break it. */
#define HEAD \
  "Format: 1\n"                 /* 1 */ \
  "Section: s\n"                /* 2 */ \
  "_Title: Start\n"             /* 3 */ \
  "Question: a.kind\n"          /* 4 */ \
  "Type: choice\n"              /* 5 */ \
  "_Prompt: Which kind?\n"      /* 6 */ \
  "Option: x\n"                 /* 7 */ \
  "_Label: Ex\n"                /* 8 */ \
  "Weight: cto=10 caio=-5\n"    /* 9 */ \
  "Option: y\n"                 /* 10 */ \
  "_Label: Why\n"               /* 11 */

/* Expect TEXT to be rejected with MESSAGE among the problems, or, when
   ONLY, as the only one. */
static void
expect_rejected (const char *text, const char *message, bool only)
{
  struct bank bank;
  struct diag d;

  diag_init (&d);
  ck_assert_int_eq (test_bank_text (&bank, text, &d), EXIT_DATAERR);
  ck_assert_msg (test_diag_has (&d, message), "missing: %s", message);
  ck_assert_msg (!only || d.count == 1, "%zu problems for: %s", d.count,
                 message);
  diag_free (&d);
  bank_free (&bank);
}

static void
expect_error (const char *text, const char *message)
{
  expect_rejected (text, message, false);
}

static void
expect_only_error (const char *text, const char *message)
{
  expect_rejected (text, message, true);
}

START_TEST (test_small_bank)
{
  struct bank bank;
  struct diag d;
  const struct question *q;
  int instance;

  diag_init (&d);
  ck_assert_int_eq (test_bank_text (&bank, HEAD, &d), EXIT_OK);
  ck_assert_int_eq (d.count, 0);
  ck_assert_int_eq (bank.n_sections, 1);
  ck_assert_int_eq (bank.n_questions, 1);
  q = bank_find (&bank, "a.kind", &instance);
  ck_assert_ptr_nonnull (q);
  ck_assert_int_eq (instance, 0);
  ck_assert_int_eq (q->type, QT_CHOICE);
  ck_assert_int_eq (q->n_options, 2);
  ck_assert_int_eq (q->options[0].weights.w[ROLE_CTO], 10);
  ck_assert_int_eq (q->options[0].weights.w[ROLE_CIO], 0);
  ck_assert_int_eq (q->options[0].weights.w[ROLE_CAIO], -5);
  ck_assert_str_eq (bank.sections[0].title, "Start");
  bank_free (&bank);
}
END_TEST

START_TEST (test_continuation_lines)
{
  struct bank bank;
  struct diag d;

  diag_init (&d);
  ck_assert_int_eq (test_bank_text (&bank, HEAD
                                    "Question: a.name\n"
                                    "_Prompt: Name?\n"
                                    "_Help: First line\n"
                                    "  goes on here.\n"
                                    " .\n"
                                    " New paragraph.\n", &d), EXIT_OK);
  ck_assert_str_eq (bank.questions[1].help,
                    "First line goes on here.\n\nNew paragraph.");
  ck_assert_int_eq (bank.questions[1].type, QT_TEXT);
  bank_free (&bank);
}
END_TEST

START_TEST (test_errors_have_lines)
{
  expect_error (HEAD "Colour: red\n", "t.bank:12: unknown field 'Colour'");
  expect_error (HEAD "Question: a.kind\nType: text\n_Prompt: Again?\n",
                "t.bank:12: duplicate question id 'a.kind'");
  expect_error (HEAD "Option:\n", "t.bank:12: field 'Option' has no value");
  expect_error (HEAD "Weight: cto=101\n",
                "t.bank:12: weight '101' is out of range (-100 to 100)");
  expect_error (HEAD "Weight: cto=-101\n",
                "t.bank:12: weight '-101' is out of range (-100 to 100)");
  expect_error (HEAD "Weight: ceo=5\n",
                "t.bank:12: unknown role 'ceo' (use cto, cio or caio)");
  expect_error (HEAD "Weight: cto=5 cto=6\n",
                "t.bank:12: role 'cto' is weighted twice");
  expect_error (HEAD "Option: x\n_Label: X again\n",
                "t.bank:12: option 'x' appears twice in 'a.kind'");
  expect_error (HEAD "Option: Bad-Id\n",
                "t.bank:12: option id 'Bad-Id' is not lower-case letters, "
                "digits and _");
  expect_error (HEAD "Option: z\n",
                "t.bank:12: option 'z' has no _Label");
  expect_error (HEAD "Question: b\nType: colour\n_Prompt: B?\n",
                "t.bank:13: unknown type 'colour' (text, integer, money, "
                "choice, multi, scale or step)");
  expect_error (HEAD "\n  dangling\n", "t.bank:13: continuation line "
                "without a field");
  expect_error ("\n  dangling\n", "t.bank:2: continuation line without "
                "a field");
  expect_error (HEAD "no colon here\n", "t.bank:12: expected 'Field: value'");
  expect_error ("Format: 2\n" "Section: s\n",
                "t.bank:1: unsupported bank format '2' (this leadwise reads "
                "format 1)");
  expect_error ("Question: q\n", "t.bank:1: question 'q' comes before any "
                "Section");
  expect_error ("", "t.bank: the bank has no questions");
}
END_TEST

START_TEST (test_question_checks)
{
  expect_error (HEAD "Question: b\nType: choice\n",
                "t.bank:12: question 'b' has no _Prompt");
  expect_error (HEAD "Question: b\nType: choice\n_Prompt: B?\nOption: one\n"
                "_Label: One\n",
                "t.bank:12: question 'b' needs at least two options");
  expect_error (HEAD "Question: b\nType: integer\n_Prompt: B?\nOption: one\n"
                "_Label: One\n",
                "t.bank:15: a integer question has no options");
  expect_error (HEAD "Question: b\nType: integer\n_Prompt: B?\n"
                "Band: 0..10\nBand: 10..20\n",
                "t.bank:16: band '10..20' overlaps the band on line 15");
  expect_error (HEAD "Question: b\nType: integer\n_Prompt: B?\n"
                "Band: 5..1\n",
                "t.bank:15: band '5..1' is empty (low above high)");
  expect_error (HEAD "Question: b\nType: integer\n_Prompt: B?\nMin: 10\n"
                "Max: 5\n", "t.bank:12: Min is above Max in 'b'");
  expect_error (HEAD "Question: b\nType: scale\n_Prompt: B?\nBand: 0..2\n",
                "t.bank:15: band is outside Min..Max");
  expect_error (HEAD "Question: b\nType: integer\n_Prompt: B?\nMax: 100\n"
                "Band: 200..\n", "t.bank:16: band is outside Min..Max");
  expect_error (HEAD "Question: b\nType: text\n_Prompt: B?\n_Low: low\n",
                "t.bank:12: _Low, _Mid and _High belong to scale questions");
  expect_error (HEAD "Question: b\nType: text\n_Prompt: B?\n_Reason: r\n",
                "t.bank:15: '_Reason' must follow an Option or a Band");
  expect_error (HEAD "Question: b\n_Prompt: B?\n_Prompt: B?\n",
                "t.bank:14: '_Prompt' given twice");
}
END_TEST

START_TEST (test_conditions)
{
  struct bank bank;
  struct diag d;
  const struct condition *c;

  expect_error (HEAD "Question: b\n_Prompt: B?\nWhen: nope = x\n",
                "t.bank:14: condition names 'nope', which is not a "
                "question defined before this one");
  /* Conditions may only look back, so they can never form a cycle. */
  expect_error (HEAD "Question: b\n_Prompt: B?\nWhen: c = x\n"
                "Question: c\n_Prompt: C?\n",
                "t.bank:14: condition names 'c', which is not a question "
                "defined before this one");
  expect_error (HEAD "Question: b\n_Prompt: B?\nWhen: b = x\n",
                "t.bank:14: condition names 'b', which is not a question "
                "defined before this one");
  expect_error (HEAD "Question: b\n_Prompt: B?\nWhen: a.kind = z\n",
                "t.bank:14: 'z' is not a value of 'a.kind'");
  expect_error (HEAD "Question: b\n_Prompt: B?\nWhen: a.kind > x\n",
                "t.bank:14: 'a.kind' is not a number: use = or !=");
  expect_error (HEAD "Question: b\n_Prompt: B?\nWhen: a.kind x\n",
                "t.bank:14: condition 'a.kind x' has no operator "
                "(=, !=, <, <=, >, >=)");
  expect_error (HEAD "Question: n\nType: integer\n_Prompt: N?\n"
                "Question: b\n_Prompt: B?\nWhen: n >= lots\n",
                "t.bank:17: condition value 'lots': not a number (write "
                "digits, optionally with k or M, as in 250k or 5.5M)");

  diag_init (&d);
  ck_assert_int_eq (test_bank_text (&bank, HEAD
                                    "Question: b\n_Prompt: B?\n"
                                    "When: a.kind != x, y\n", &d), EXIT_OK);
  c = &bank.questions[1].conditions[0];
  ck_assert_int_eq (bank.questions[1].n_conditions, 1);
  ck_assert_int_eq (c->op, OP_NE);
  ck_assert_int_eq (c->question, 0);
  ck_assert_int_eq (c->n_values, 2);
  ck_assert_str_eq (c->values[1], "y");
  bank_free (&bank);
}
END_TEST

START_TEST (test_bad_bytes)
{
  static const char nul[] = "Format: 1\nSection: s\0x\n";
  struct bank bank;
  struct diag d;
  FILE *fp = fmemopen ((void *) nul, sizeof nul - 1, "r");

  diag_init (&d);
  ck_assert_int_eq (bank_read (&bank, fp, "t.bank", &d), EXIT_DATAERR);
  fclose (fp);
  ck_assert (test_diag_has (&d, "t.bank:2: line holds a NUL byte"));
  diag_free (&d);
  bank_free (&bank);
  expect_error (HEAD "Question: b\n_Prompt: B\xff?\n",
                "t.bank:13: line is not valid UTF-8 text");
}
END_TEST

/* Mistakes an earlier loader let through, or reported confusingly. */
START_TEST (test_strict_fields)
{
  expect_only_error (HEAD "Type: text\n", "t.bank:12: 'Type' given twice");
  expect_only_error (HEAD "Question: b\nType: text\n_Prompt: B?\nMin: 3\n",
                     "t.bank:15: Min and Max belong to integer, money and "
                     "scale questions");
  expect_only_error (HEAD "Question: b\nType: choice\n_Prompt: B?\nMax: 3\n"
                     "Option: p\n_Label: P\nOption: q\n_Label: Q\n",
                     "t.bank:15: Min and Max belong to integer, money and "
                     "scale questions");
  expect_only_error (HEAD "Question: b\nType: integer\n_Prompt: B?\nMin: 1\n"
                     "Min: 2\n", "t.bank:16: 'Min' given twice");
  expect_only_error (HEAD "Question: b\nType: integer\n_Prompt: B?\nMax: 1\n"
                     "Max: 2\n", "t.bank:16: 'Max' given twice");
  expect_only_error (HEAD "Weight: cto=1\nWeight: cio=2\n",
                     "t.bank:13: 'Weight' given twice");
  expect_only_error (HEAD "Option: Bad-Id\n_Label: Bad\n",
                     "t.bank:12: option id 'Bad-Id' is not lower-case "
                     "letters, digits and _");
  expect_only_error (HEAD "Section: t\n_Title: T\n",
                     "t.bank:12: section 't' has no questions");
  expect_only_error ("Format: 1\nSection: e\n_Title: E\nSection: s\n"
                     "Question: a.name\n_Prompt: Name?\n",
                     "t.bank:2: section 'e' has no questions");
  expect_only_error (HEAD "Option: z\r_Label: Z\n",
                     "t.bank:12: a carriage return in the middle of the line");
  /* Where a question's reasons go, and a step that may not apply. */
  expect_only_error (HEAD "Decision: money\n",
                     "t.bank:12: unknown decision 'money' (primary, caio, "
                     "kind, tools or governance)");
  expect_only_error (HEAD "Decision: caio\nDecision: kind\n",
                     "t.bank:13: 'Decision' given twice");
  expect_only_error (HEAD "NA: yes\n",
                     "t.bank:12: NA belongs to step questions");
  expect_only_error (HEAD "Question: s\nType: step\n_Prompt: S?\nNA: maybe\n",
                     "t.bank:15: NA 'maybe': write yes or no");
  expect_only_error (HEAD "Question: s\nType: step\n_Prompt: S?\nNA: yes\n"
                     "NA: no\n", "t.bank:16: 'NA' given twice");
}
END_TEST

START_TEST (test_decision_and_na)
{
  struct bank bank;
  struct diag d;
  int instance;
  const struct question *q;
  char *normal = NULL;

  diag_init (&d);
  ck_assert_int_eq (test_bank_text (&bank, HEAD "Decision: tools\n"
                                    "Question: s\nType: step\n_Prompt: S?\n"
                                    "NA: yes\nQuestion: t\nType: step\n"
                                    "_Prompt: T?\n", &d), EXIT_OK);
  q = bank_find (&bank, "a.kind", &instance);
  ck_assert_ptr_nonnull (q);
  ck_assert_int_eq (q->decision, DEC_TOOLS);
  q = bank_find (&bank, "s", &instance);
  ck_assert (q->na_allowed);
  ck_assert_int_eq (bank_step_count (q), STEP_STATE_COUNT);
  ck_assert_int_eq (q->decision, DEC_PRIMARY);   /* the default */
  q = bank_find (&bank, "t", &instance);
  ck_assert (!q->na_allowed);
  ck_assert_int_eq (bank_step_count (q), 3);
  /* An answer "na" is still read where it is not offered. */
  ck_assert_ptr_null (bank_check_value (q, "na", &normal));
  ck_assert_str_eq (normal, "na");
  free (normal);
  bank_free (&bank);
}
END_TEST

START_TEST (test_crlf)
{
  struct bank bank;
  struct diag d;

  diag_init (&d);
  ck_assert_int_eq (test_bank_text (&bank, "Format: 1\r\nSection: s\r\n"
                                    "_Title: Start\r\nQuestion: a.name\r\n"
                                    "_Prompt: Name?\r\n", &d), EXIT_OK);
  ck_assert_str_eq (bank.questions[0].prompt, "Name?");
  diag_free (&d);
  bank_free (&bank);
}
END_TEST

START_TEST (test_many_errors_all_reported)
{
  struct bank bank;
  struct diag d;

  diag_init (&d);
  test_bank_text (&bank, HEAD "Colour: a\nSize: b\nWeight: cto=500\n", &d);
  ck_assert_int_eq (d.count, 3);
  ck_assert_int_eq (d.status, EXIT_DATAERR);
  diag_free (&d);
  bank_free (&bank);
}
END_TEST

START_TEST (test_repeat)
{
  struct bank bank;
  struct diag d;
  const struct question *q;
  char *id;
  int instance;

  expect_error (HEAD "Section: t\nRepeat: tool\nQuestion: tool.name\n"
                "_Prompt: N?\n",
                "t.bank:14: a question of a repeated section is named "
                "tool.N.NAME");
  expect_error (HEAD "Question: x.N.name\n_Prompt: N?\n",
                "t.bank:12: 'x.N.name' looks repeated, but its section has "
                "no Repeat");
  expect_error (HEAD "Section: t\nRepeat: tool\nLimit: 0\n",
                "t.bank:14: Limit must be a number from 1 to 999");

  diag_init (&d);
  ck_assert_int_eq (bank_load (&bank, TEST_BANK, &d), EXIT_OK);
  q = bank_find (&bank, "tool.3.goal", &instance);
  ck_assert_ptr_nonnull (q);
  ck_assert_str_eq (q->id, "tool.N.goal");
  ck_assert_int_eq (instance, 3);
  ck_assert_ptr_nonnull (bank_find (&bank, "tool.50.review", &instance));
  ck_assert_ptr_null (bank_find (&bank, "tool.51.review", &instance));
  ck_assert_ptr_null (bank_find (&bank, "tool.0.goal", &instance));
  ck_assert_ptr_null (bank_find (&bank, "tool.03.goal", &instance));
  ck_assert_ptr_null (bank_find (&bank, "tool.N.goal", &instance));
  ck_assert_ptr_null (bank_find (&bank, "tool.1.colour", &instance));
  ck_assert_ptr_null (bank_find (&bank, "tool.1", &instance));
  id = bank_instance_id (q, 12);
  ck_assert_str_eq (id, "tool.12.goal");
  free (id);
  bank_free (&bank);
}
END_TEST

START_TEST (test_default_bank)
{
  static const char *const interface_ids[] = {
    "company.name", "company.employees", "company.offering",
    "company.internal_complexity", "ai.annual_spend_usd", "ai.people",
    "ai.use_cases", "ai.in_product", "ai.regulation", "lead.cto_stretched",
    "tool.1.name", "tool.1.goal", "tool.1.users", "tool.1.test",
    "tool.1.security", "tool.1.measure", "tool.1.review", "tool.1.in_use"
  };
  struct bank bank;
  struct diag d;
  size_t i;
  int instance;

  diag_init (&d);
  ck_assert_int_eq (bank_load (&bank, TEST_BANK, &d), EXIT_OK);
  ck_assert_int_eq (d.count, 0);
  for (i = 0; i < sizeof interface_ids / sizeof interface_ids[0]; i++)
    ck_assert_msg (bank_find (&bank, interface_ids[i], &instance) != NULL,
                   "%s is missing", interface_ids[i]);
  /* The option values INTERFACE.md fixes. */
  ck_assert_ptr_nonnull (bank_option (bank_find (&bank, "lead.cto_stretched",
                                                 &instance), "no_cto"));
  ck_assert_ptr_nonnull (bank_option (bank_find (&bank, "ai.in_product",
                                                 &instance), "core"));
  ck_assert_ptr_nonnull (bank_option (bank_find (&bank, "company.offering",
                                                 &instance), "mixed"));
  /* Every type is used somewhere. */
  for (i = QT_TEXT; i <= QT_STEP; i++)
    {
      size_t j;
      bool used = false;

      for (j = 0; j < bank.n_questions; j++)
        used |= bank.questions[j].type == (enum question_type) i;
      ck_assert_msg (used, "no %s question", bank_type_name (i));
    }
  bank_free (&bank);
}
END_TEST

START_TEST (test_missing_file)
{
  struct bank bank;
  struct diag d;

  diag_init (&d);
  ck_assert_int_eq (bank_load (&bank, "/nonexistent/x.bank", &d),
                    EXIT_NOINPUT);
  ck_assert (test_diag_has (&d, "/nonexistent/x.bank: No such file or "
                            "directory"));
  diag_free (&d);
  bank_free (&bank);
}
END_TEST

START_TEST (test_check_value)
{
  struct bank bank;
  struct diag d;
  const struct question *q;
  char *normal = NULL;
  int instance;

  diag_init (&d);
  ck_assert_int_eq (bank_load (&bank, TEST_BANK, &d), EXIT_OK);
  q = bank_find (&bank, "ai.annual_spend_usd", &instance);
  ck_assert_ptr_null (bank_check_value (q, "5.5M", &normal));
  ck_assert_str_eq (normal, "5500000");
  free (normal);
  ck_assert_str_eq (bank_check_value (q, "lots", &normal),
                    "not a number (write digits, optionally with k or M, "
                    "as in 250k or 5.5M)");
  q = bank_find (&bank, "ai.risks", &instance);
  ck_assert_ptr_null (bank_check_value (q, "vendor, bias ,privacy", &normal));
  ck_assert_str_eq (normal, "privacy,bias,vendor");   /* bank order */
  free (normal);
  ck_assert_str_eq (bank_check_value (q, "bias,bias", &normal),
                    "an option is given twice");
  ck_assert_str_eq (bank_check_value (q, "bias,cost", &normal),
                    "not one of the options");
  q = bank_find (&bank, "lead.ai_confidence", &instance);
  ck_assert_str_eq (bank_check_value (q, "6", &normal), "must be from 1 to 5");
  ck_assert_str_eq (bank_check_value (q, "0", &normal), "must be from 1 to 5");
  q = bank_find (&bank, "tool.2.security", &instance);
  ck_assert_ptr_null (bank_check_value (q, "na", &normal));
  free (normal);
  ck_assert_ptr_nonnull (bank_check_value (q, "maybe", &normal));
  q = bank_find (&bank, "company.name", &instance);
  ck_assert_ptr_nonnull (bank_check_value (q, "bad\x01name", &normal));
  ck_assert_ptr_null (bank_check_value (q, "Café Ñandú GmbH", &normal));
  ck_assert_str_eq (normal, "Café Ñandú GmbH");
  free (normal);
  bank_free (&bank);
}
END_TEST

static Suite *
bank_suite (void)
{
  Suite *s = suite_create ("bank");
  TCase *tc = tcase_create ("load");

  tcase_add_test (tc, test_small_bank);
  tcase_add_test (tc, test_decision_and_na);
  tcase_add_test (tc, test_continuation_lines);
  tcase_add_test (tc, test_errors_have_lines);
  tcase_add_test (tc, test_question_checks);
  tcase_add_test (tc, test_conditions);
  tcase_add_test (tc, test_bad_bytes);
  tcase_add_test (tc, test_many_errors_all_reported);
  tcase_add_test (tc, test_strict_fields);
  tcase_add_test (tc, test_crlf);
  tcase_add_test (tc, test_repeat);
  tcase_add_test (tc, test_default_bank);
  tcase_add_test (tc, test_missing_file);
  tcase_add_test (tc, test_check_value);
  suite_add_tcase (s, tc);
  return s;
}

TEST_MAIN (bank_suite)
