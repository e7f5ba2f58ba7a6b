/* check_cli.c: unit tests of the command-line parser. */
#include "system.h"

#include <check.h>
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
  suite_add_tcase (s, tc);
  return s;
}

int
main (void)
{
  SRunner *sr = srunner_create (cli_suite ());
  int failed;

  srunner_run_all (sr, CK_NORMAL);
  failed = srunner_ntests_failed (sr);
  srunner_free (sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
