/* check_cli.c: unit tests of the command-line parser. */
#include "system.h"

#include "testutil.h"

#include <stdarg.h>

#include "core/cli.h"
#include "core/exitcode.h"

/* Parse a NULL-terminated list of arguments after "leadwise". */
static int
parse (struct cli *cli, const char *first, ...)
{
  char *argv[16];
  int argc = 0;
  va_list ap;
  const char *arg;

  argv[argc++] = (char *) "leadwise";
  va_start (ap, first);
  for (arg = first; arg != NULL && argc < 15; arg = va_arg (ap, const char *))
    argv[argc++] = (char *) arg;
  va_end (ap);
  argv[argc] = NULL;
  return cli_parse (cli, argc, argv);
}

START_TEST (test_no_arguments_runs_wizard)
{
  struct cli cli;

  ck_assert_int_eq (parse (&cli, NULL), EXIT_OK);
  ck_assert_int_eq (cli.command, CLI_WIZARD);
}
END_TEST

START_TEST (test_help)
{
  struct cli cli;

  ck_assert_int_eq (parse (&cli, "--help", NULL), EXIT_OK);
  ck_assert_int_eq (cli.command, CLI_HELP);
  ck_assert_int_eq (parse (&cli, "-h", NULL), EXIT_OK);
  ck_assert_int_eq (cli.command, CLI_HELP);
}
END_TEST

START_TEST (test_version)
{
  struct cli cli;

  ck_assert_int_eq (parse (&cli, "--version", NULL), EXIT_OK);
  ck_assert_int_eq (cli.command, CLI_VERSION);
  ck_assert_int_eq (parse (&cli, "--vers", NULL), EXIT_OK);
  ck_assert_int_eq (cli.command, CLI_VERSION);
}
END_TEST

START_TEST (test_bad_options_are_usage_errors)
{
  struct cli cli;

  ck_assert_int_eq (parse (&cli, "--bogus", NULL), EXIT_USAGE);
  ck_assert_int_eq (parse (&cli, "-x", NULL), EXIT_USAGE);
  ck_assert_int_eq (parse (&cli, "--help=1", NULL), EXIT_USAGE);
  ck_assert_int_eq (parse (&cli, "stray", NULL), EXIT_USAGE);
}
END_TEST

START_TEST (test_parse_is_repeatable)
{
  struct cli cli;

  /* A failed parse must not leave getopt's state behind. */
  ck_assert_int_eq (parse (&cli, "--bogus", NULL), EXIT_USAGE);
  ck_assert_int_eq (parse (&cli, "-V", NULL), EXIT_OK);
  ck_assert_int_eq (cli.command, CLI_VERSION);
}
END_TEST

START_TEST (test_help_text_lists_options)
{
  char *text = NULL;
  size_t size = 0;
  FILE *out = open_memstream (&text, &size);

  ck_assert_ptr_nonnull (out);
  cli_print_help (out);
  fclose (out);
  ck_assert_ptr_nonnull (strstr (text, "--help"));
  ck_assert_ptr_nonnull (strstr (text, "--version"));
  free (text);
}
END_TEST

START_TEST (test_version_first_line)
{
  char *text = NULL;
  size_t size = 0;
  FILE *out = open_memstream (&text, &size);

  ck_assert_ptr_nonnull (out);
  cli_print_version (out);
  fclose (out);
  ck_assert_int_eq (strncmp (text, PACKAGE " " VERSION "\n",
                             strlen (PACKAGE " " VERSION "\n")), 0);
  free (text);
}
END_TEST

START_TEST (test_report_command)
{
  struct cli cli;

  ck_assert_int_eq (parse (&cli, "report", "a.txt", NULL), EXIT_OK);
  ck_assert_int_eq (cli.command, CLI_REPORT);
  ck_assert_int_eq (cli.format, REPORT_TEXT);
  ck_assert_str_eq (cli.answers, "a.txt");
  ck_assert_ptr_null (cli.output);
  ck_assert_int_eq (parse (&cli, "--bank", "b.bank", "report", "-f", "json",
                           "-o", "out.json", "-", NULL), EXIT_OK);
  ck_assert_int_eq (cli.format, REPORT_JSON);
  ck_assert_str_eq (cli.bank, "b.bank");
  ck_assert_str_eq (cli.output, "out.json");
  ck_assert_str_eq (cli.answers, "-");
  /* Options may follow the file, and --bank may follow the command. */
  ck_assert_int_eq (parse (&cli, "report", "a.txt", "--format=html",
                           "--bank", "c.bank", NULL), EXIT_OK);
  ck_assert_int_eq (cli.format, REPORT_HTML);
  ck_assert_str_eq (cli.bank, "c.bank");
  ck_assert_int_eq (parse (&cli, "report", "--help", NULL), EXIT_OK);
  ck_assert_int_eq (cli.command, CLI_HELP);
}
END_TEST

START_TEST (test_report_usage_errors)
{
  struct cli cli;

  ck_assert_int_eq (parse (&cli, "report", NULL), EXIT_USAGE);
  ck_assert_int_eq (parse (&cli, "report", "a", "b", NULL), EXIT_USAGE);
  ck_assert_int_eq (parse (&cli, "report", "-f", "pdf", "a", NULL),
                    EXIT_USAGE);
  ck_assert_int_eq (parse (&cli, "report", "a", "-o", NULL), EXIT_USAGE);
  ck_assert_int_eq (parse (&cli, "report", "--version", "a", NULL),
                    EXIT_USAGE);
  ck_assert_int_eq (parse (&cli, "summary", NULL), EXIT_USAGE);
}
END_TEST

START_TEST (test_bank_options)
{
  struct cli cli;

  ck_assert_int_eq (parse (&cli, "--check-bank", "x.bank", NULL), EXIT_OK);
  ck_assert_int_eq (cli.command, CLI_CHECK_BANK);
  ck_assert_str_eq (cli.check_bank, "x.bank");
  ck_assert_int_eq (parse (&cli, "--bank-pot=y.bank", NULL), EXIT_OK);
  ck_assert_int_eq (cli.command, CLI_BANK_POT);
  ck_assert_str_eq (cli.check_bank, "y.bank");
  ck_assert_int_eq (parse (&cli, "--bank", "z.bank", NULL), EXIT_OK);
  ck_assert_int_eq (cli.command, CLI_WIZARD);
  ck_assert_str_eq (cli.bank, "z.bank");
  ck_assert_int_eq (parse (&cli, "--check-bank", NULL), EXIT_USAGE);
}
END_TEST

static Suite *
cli_suite (void)
{
  Suite *s = suite_create ("cli");
  TCase *tc = tcase_create ("parse");

  tcase_add_test (tc, test_no_arguments_runs_wizard);
  tcase_add_test (tc, test_help);
  tcase_add_test (tc, test_version);
  tcase_add_test (tc, test_bad_options_are_usage_errors);
  tcase_add_test (tc, test_parse_is_repeatable);
  tcase_add_test (tc, test_help_text_lists_options);
  tcase_add_test (tc, test_version_first_line);
  tcase_add_test (tc, test_report_command);
  tcase_add_test (tc, test_report_usage_errors);
  tcase_add_test (tc, test_bank_options);
  suite_add_tcase (s, tc);
  return s;
}

TEST_MAIN (cli_suite)
