/* check_session.c: the answers file: reading, writing, saving. */
#include "system.h"

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/atomic.h"
#include "core/exitcode.h"
#include "core/state.h"
#include "core/util.h"
#include "core/wrap.h"
#include "testutil.h"

static struct bank bank;

static void
setup (void)
{
  struct diag d;

  diag_init (&d);
  ck_assert_int_eq (bank_load (&bank, TEST_BANK, &d), EXIT_OK);
}

static void
teardown (void)
{
  bank_free (&bank);
}

/* Expect TEXT to be rejected, with MESSAGE among the problems. */
static void
expect_error (const char *text, const char *message)
{
  struct session s;
  struct diag d;

  session_init (&s);
  diag_init (&d);
  ck_assert_int_eq (test_session_text (&s, &bank, text, &d), EXIT_DATAERR);
  ck_assert_msg (test_diag_has (&d, message), "missing: %s", message);
  diag_free (&d);
  session_free (&s);
}

START_TEST (test_read_good)
{
  struct session s;
  struct diag d;

  session_init (&s);
  diag_init (&d);
  ck_assert_int_eq (test_session_text (&s, &bank,
      "# a comment\n"
      "\n"
      "company.name   =   Grüße & Co  \n"
      "   # indented comment\n"
      "company.employees=1,200\n"
      "ai.annual_spend_usd = 5.5M\n"
      "ai.risks = vendor,bias\n"
      "meta.started = 2026-11-22T10:00:00Z\n"
      "tool.2.name = Notes = summaries\n"
      "tool.2.goal = done", &d), EXIT_OK);   /* no final newline */
  ck_assert_int_eq (d.count, 0);
  ck_assert_str_eq (session_get (&s, "company.name"), "Grüße & Co");
  ck_assert_str_eq (session_get (&s, "company.employees"), "1200");
  ck_assert_str_eq (session_get (&s, "ai.annual_spend_usd"), "5500000");
  ck_assert_str_eq (session_get (&s, "ai.risks"), "bias,vendor");
  ck_assert_str_eq (session_get (&s, "meta.started"), "2026-11-22T10:00:00Z");
  ck_assert_str_eq (session_get (&s, "tool.2.name"), "Notes = summaries");
  ck_assert_str_eq (session_get (&s, "tool.2.goal"), "done");
  ck_assert_ptr_null (session_get (&s, "company.offering"));
  session_free (&s);
}
END_TEST

START_TEST (test_crlf)
{
  struct session s;
  struct diag d;

  session_init (&s);
  diag_init (&d);
  ck_assert_int_eq (test_session_text (&s, &bank,
      "company.offering = product\r\ncompany.employees = 12\r\n", &d),
      EXIT_OK);
  ck_assert_str_eq (session_get (&s, "company.offering"), "product");
  ck_assert_str_eq (session_get (&s, "company.employees"), "12");
  session_free (&s);
}
END_TEST

START_TEST (test_errors_have_lines)
{
  expect_error ("company.name = A\ncompany.colour = red\n",
                "t.answers:2: unknown id 'company.colour'");
  expect_error ("company.offering = product\n\ncompany.offering = service\n",
                "t.answers:3: 'company.offering' is repeated (first given "
                "on line 1)");
  expect_error ("company.offering = software\n",
                "t.answers:1: invalid value 'software' for "
                "'company.offering': not one of the options");
  expect_error ("# x\ncompany.employees = many\n",
                "t.answers:2: invalid value 'many' for 'company.employees': "
                "not a number (write digits, optionally with k or M, as in "
                "250k or 5.5M)");
  expect_error ("company.employees = -3\n",
                "t.answers:1: invalid value '-3' for 'company.employees': "
                "must not be negative");
  expect_error ("ai.in_product =\n",
                "t.answers:1: invalid value '' for 'ai.in_product': empty");
  expect_error ("just some words\n",
                "t.answers:1: expected 'id = value'");
  expect_error ("= value\n", "t.answers:1: no id before '='");
  expect_error ("tool.51.name = Too many\n",
                "t.answers:1: unknown id 'tool.51.name'");
  expect_error ("tool.1.goal = yes\n",
                "t.answers:1: invalid value 'yes' for 'tool.1.goal': not one "
                "of done, in_progress, not_started, na");
  expect_error ("company.name = Acme\rcompany.employees = 5\n",
                "t.answers:1: a carriage return in the middle of the line");
  expect_error ("ai.risks = ,\n",
                "t.answers:1: invalid value ',' for 'ai.risks': no option "
                "given");
  expect_error ("company.name = bad\x01\n",
                "t.answers:1: invalid value 'bad\\x01' for 'company.name': "
                "not valid UTF-8 text, or holds control characters");
  expect_error ("lead.ai_confidence = 9\n",
                "t.answers:1: invalid value '9' for 'lead.ai_confidence': "
                "must be from 1 to 5");
}
END_TEST

START_TEST (test_every_error_reported)
{
  struct session s;
  struct diag d;

  session_init (&s);
  diag_init (&d);
  ck_assert_int_eq (test_session_text (&s, &bank,
      "a = 1\nb = 2\ncompany.offering = x\ncompany.employees = 5\n", &d),
      EXIT_DATAERR);
  ck_assert_int_eq (d.count, 3);
  diag_free (&d);
  session_free (&s);
}
END_TEST

START_TEST (test_long_value_clipped_in_message)
{
  char text[2100];

  memset (text, 'x', sizeof text);
  memcpy (text, "company.offering = ", 19);
  text[sizeof text - 2] = '\n';
  text[sizeof text - 1] = '\0';
  expect_error (text, "t.answers:1: invalid value "
                "'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...' for "
                "'company.offering': not one of the options");
}
END_TEST

START_TEST (test_set_get_unset)
{
  struct session s;
  char id[32];
  int i;

  session_init (&s);
  for (i = 1; i <= 50; i++)
    {
      snprintf (id, sizeof id, "tool.%d.name", i);
      session_set (&s, id, "x");
    }
  session_set (&s, "tool.7.name", "seven");
  ck_assert_int_eq (s.n, 50);
  ck_assert_str_eq (session_get (&s, "tool.7.name"), "seven");
  session_unset (&s, "tool.7.name");
  ck_assert_ptr_null (session_get (&s, "tool.7.name"));
  ck_assert_str_eq (session_get (&s, "tool.50.name"), "x");
  ck_assert_int_eq (s.n, 49);
  session_free (&s);
}
END_TEST

/* Write S to a string. */
static char *
write_to_string (const struct session *s)
{
  char *text = NULL;
  size_t size = 0;
  FILE *fp = open_memstream (&text, &size);

  ck_assert_int_eq (session_write (s, &bank, fp), 0);
  fclose (fp);
  return text;
}

START_TEST (test_write_in_bank_order)
{
  struct session s;
  struct diag d;
  char *text, *again;
  struct session s2;

  session_init (&s);
  diag_init (&d);
  ck_assert_int_eq (test_session_text (&s, &bank,
      "tool.10.goal = done\n"
      "ai.regulation = heavy\n"
      "tool.2.name = Zwei\n"
      "meta.started = today\n"
      "company.name = Ñandú\n"
      "tool.10.name = Ten\n", &d), EXIT_OK);
  text = write_to_string (&s);
  ck_assert_str_eq (strchr (text, '\n') + 1,
                    "meta.started = today\n"
                    "company.name = Ñandú\n"
                    "ai.regulation = heavy\n"
                    "tool.2.name = Zwei\n"
                    "tool.10.name = Ten\n"
                    "tool.10.goal = done\n");
  /* What is written reads back to the same answers. */
  session_init (&s2);
  ck_assert_int_eq (test_session_text (&s2, &bank, text, &d), EXIT_OK);
  again = write_to_string (&s2);
  ck_assert_str_eq (again, text);
  free (again);
  free (text);
  session_free (&s2);
  session_free (&s);
}
END_TEST

/* ------------------------------------------------------------ saving */

static char dir[64];

static void
make_dir (void)
{
  strcpy (dir, "/tmp/check_session.XXXXXX");
  ck_assert_ptr_nonnull (mkdtemp (dir));
}

static int
count_files (void)
{
  DIR *dp = opendir (dir);
  struct dirent *e;
  int n = 0;

  ck_assert_ptr_nonnull (dp);
  while ((e = readdir (dp)) != NULL)
    n += strcmp (e->d_name, ".") != 0 && strcmp (e->d_name, "..") != 0;
  closedir (dp);
  return n;
}

/* Writes half of its text, then fails as a full disk would. */
static int
failing_writer (FILE *fp, void *ctx)
{
  (void) ctx;
  fputs ("company.name = half", fp);
  fflush (fp);
  errno = ENOSPC;
  return -1;
}

START_TEST (test_save_atomic)
{
  struct session s;
  struct diag d;
  char path[128], *text;

  make_dir ();
  snprintf (path, sizeof path, "%s/a.answers", dir);
  session_init (&s);
  diag_init (&d);
  session_set (&s, "company.name", "First");
  ck_assert_int_eq (session_save (&s, &bank, path, &d), EXIT_OK);
  ck_assert_ptr_nonnull (strstr (test_read_file (path),
                                 "company.name = First\n"));
  chmod (path, 0640);

  /* A write that fails half-way leaves the old file as it was, and no
     temporary file behind. */
  text = xstrdup (test_read_file (path));
  ck_assert_int_eq (atomic_write (path, failing_writer, NULL, &d),
                    EXIT_IOERR);
  ck_assert_str_eq (test_read_file (path), text);
  ck_assert_int_eq (count_files (), 1);
  ck_assert_ptr_nonnull (strstr (d.messages[0], "write failed, old contents "
                                 "kept: No space left on device"));
  free (text);
  diag_free (&d);

  /* A good save replaces it, keeping its permissions. */
  session_set (&s, "company.name", "Second");
  ck_assert_int_eq (session_save (&s, &bank, path, &d), EXIT_OK);
  ck_assert_ptr_nonnull (strstr (test_read_file (path),
                                 "company.name = Second\n"));
  {
    struct stat st;

    ck_assert_int_eq (stat (path, &st), 0);
    ck_assert_int_eq (st.st_mode & 0777, 0640);
  }
  ck_assert_int_eq (count_files (), 1);
  unlink (path);
  rmdir (dir);
  session_free (&s);
}
END_TEST

/* A set-aside never replaces another: two in one second are two files
   (a finished session was lost that way). */
START_TEST (test_set_aside_twice)
{
  char path[128], *first, *second;
  FILE *fp;

  make_dir ();
  snprintf (path, sizeof path, "%s/a.answers", dir);
  fp = fopen (path, "w");
  fputs ("company.name = First\n", fp);
  fclose (fp);
  first = state_set_aside (path);
  ck_assert_ptr_nonnull (first);
  fp = fopen (path, "w");
  fputs ("company.name = Second\n", fp);
  fclose (fp);
  second = state_set_aside (path);
  ck_assert_ptr_nonnull (second);
  ck_assert_str_ne (first, second);
  ck_assert_str_eq (test_read_file (first), "company.name = First\n");
  ck_assert_str_eq (test_read_file (second), "company.name = Second\n");
  ck_assert_int_eq (access (path, F_OK), -1);
  ck_assert_int_eq (count_files (), 2);
  /* Nothing to move: nothing moved, and nothing made. */
  ck_assert_ptr_null (state_set_aside (path));
  ck_assert_int_eq (count_files (), 2);
  unlink (first);
  unlink (second);
  rmdir (dir);
  free (first);
  free (second);
}
END_TEST

/* What a person coming back finds: finished or not, a session with
   answers is offered (never set aside unasked); a name alone is nothing
   to offer; one that does not read is set aside. */
static enum state_found
find_in (const char *text, char **aside)
{
  char path[128];
  struct session old;
  struct diag d;
  enum state_found found;
  FILE *fp;

  snprintf (path, sizeof path, "%s/a.answers", dir);
  fp = fopen (path, "w");
  fputs (text, fp);
  fclose (fp);
  session_init (&old);
  diag_init (&d);
  found = state_find (&bank, path, &old, aside, &d);
  ck_assert_int_eq (found != STATE_NONE, session_answered (&old));
  session_free (&old);
  diag_free (&d);
  return found;
}

START_TEST (test_find)
{
  char *aside;

  make_dir ();
  ck_assert_int_eq (find_in ("company.name = A\nmeta.status = finished\n",
                             &aside), STATE_FINISHED);
  ck_assert_ptr_null (aside);
  ck_assert_int_eq (find_in ("company.name = A\nmeta.status = in_progress\n",
                             &aside), STATE_UNFINISHED);
  ck_assert_int_eq (find_in ("company.name = A\n", &aside), STATE_UNFINISHED);
  ck_assert_int_eq (find_in ("meta.participant = A\n", &aside), STATE_NONE);
  ck_assert_ptr_null (aside);
  ck_assert_int_eq (count_files (), 1);
  ck_assert_int_eq (find_in ("not an answers file\n", &aside), STATE_NONE);
  ck_assert_ptr_nonnull (aside);
  ck_assert_str_eq (test_read_file (aside), "not an answers file\n");
  unlink (aside);
  free (aside);
  rmdir (dir);
}
END_TEST

/* A save is skipped only when it would keep nothing new: looking at the
   results writes nothing, finishing is always written. */
START_TEST (test_unchanged)
{
  struct session s;

  session_init (&s);
  ck_assert (state_unchanged (&s, false, false));
  ck_assert (!state_unchanged (&s, true, false));
  ck_assert (!state_unchanged (&s, false, true));
  session_set (&s, "meta.status", "finished");
  ck_assert (state_unchanged (&s, false, true));
  ck_assert (!state_unchanged (&s, false, false));
  session_free (&s);
}
END_TEST

START_TEST (test_save_errors)
{
  struct session s;
  struct diag d;
  char path[128];

  make_dir ();
  session_init (&s);
  diag_init (&d);
  session_set (&s, "company.name", "X");
  ck_assert_int_eq (session_save (&s, &bank, "/nonexistent/dir/a.answers", &d),
                    EXIT_CANTCREAT);
  ck_assert (test_diag_has (&d, "/nonexistent/dir/a.answers: cannot create a "
                            "file in /nonexistent/dir: No such file or "
                            "directory"));
  diag_free (&d);

  /* A directory in the way is not replaced. */
  snprintf (path, sizeof path, "%s/sub", dir);
  ck_assert_int_eq (mkdir (path, 0755), 0);
  ck_assert_int_eq (session_save (&s, &bank, path, &d), EXIT_CANTCREAT);
  ck_assert_ptr_nonnull (strstr (d.messages[0], "/sub: Is a directory"));
  ck_assert_int_eq (count_files (), 1);
  diag_free (&d);
  rmdir (path);
  rmdir (dir);
  session_free (&s);
}
END_TEST

START_TEST (test_load_missing)
{
  struct session s;
  struct diag d;

  session_init (&s);
  diag_init (&d);
  ck_assert_int_eq (session_load (&s, &bank, "/nonexistent.answers", &d),
                    EXIT_NOINPUT);
  ck_assert (test_diag_has (&d, "/nonexistent.answers: No such file or "
                            "directory"));
  diag_free (&d);
  session_free (&s);
}
END_TEST

/* An answers file, told from replies typed into a file. */
START_TEST (test_looks_like)
{
  static const char *const answers[] = {
    "company.name = Acme\n",
    "# A comment\n\ncompany.name = Acme\ntool.1.name=Copilot\n",
    "  company.employees   =   12\r\n",
  };
  static const char *const typed[] = {
    "Acme\n1\n12\n", "", "# only a comment\n", "company.name\n",
    "company.name = Acme\nquit\n", "a = b\n", "x.y z = 1\n",
  };
  size_t i;

  for (i = 0; i < sizeof answers / sizeof answers[0]; i++)
    ck_assert_msg (session_looks_like (answers[i], strlen (answers[i])),
                   "not answers: %s", answers[i]);
  for (i = 0; i < sizeof typed / sizeof typed[0]; i++)
    ck_assert_msg (!session_looks_like (typed[i], strlen (typed[i])),
                   "answers: %s", typed[i]);
}
END_TEST

/* Wrapped output: at the width, under a list item's text, a word too
   long left whole, a prompt's space out at once. */
START_TEST (test_wrap)
{
  char *text = NULL;
  size_t size = 0;
  FILE *to = open_memstream (&text, &size), *w = wrap_open (to, 20);

  ck_assert_ptr_nonnull (w);
  fputs ("one two three four five six\n", w);
  fputs ("  1) alpha beta gamma delta\n", w);
  fputs ("a-very-long-word-indeed-yes x\n", w);
  fputs ("Grüße an die Übermütigen\n", w);
  fputs ("> ", w);
  fflush (to);
  ck_assert_str_eq (text, "one two three four\nfive six\n"
                          "  1) alpha beta\n     gamma delta\n"
                          "a-very-long-word-indeed-yes\nx\n"
                          "Grüße an die\nÜbermütigen\n"
                          "> ");
  fclose (w);
  fclose (to);
  free (text);
}
END_TEST

static Suite *
session_suite (void)
{
  Suite *s = suite_create ("session");
  TCase *tc = tcase_create ("answers");

  tcase_add_checked_fixture (tc, setup, teardown);
  tcase_add_test (tc, test_read_good);
  tcase_add_test (tc, test_crlf);
  tcase_add_test (tc, test_errors_have_lines);
  tcase_add_test (tc, test_every_error_reported);
  tcase_add_test (tc, test_long_value_clipped_in_message);
  tcase_add_test (tc, test_set_get_unset);
  tcase_add_test (tc, test_write_in_bank_order);
  tcase_add_test (tc, test_save_atomic);
  tcase_add_test (tc, test_set_aside_twice);
  tcase_add_test (tc, test_find);
  tcase_add_test (tc, test_unchanged);
  tcase_add_test (tc, test_save_errors);
  tcase_add_test (tc, test_load_missing);
  tcase_add_test (tc, test_looks_like);
  tcase_add_test (tc, test_wrap);
  suite_add_tcase (s, tc);
  return s;
}

TEST_MAIN (session_suite)
