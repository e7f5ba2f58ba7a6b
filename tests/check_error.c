/* check_error.c: unit tests of messages and of detecting write errors. */
#include "system.h"

#include "testutil.h"

#include <unistd.h>

#include "core/error.h"

/* Run FN with stderr sent to a temporary file; return what it wrote. */
static char *
capture_stderr (void (*fn) (void))
{
  char path[] = "/tmp/check_error.XXXXXX";
  int fd = mkstemp (path);
  int saved = dup (STDERR_FILENO);
  static char buf[512];
  ssize_t n;

  ck_assert_int_ge (fd, 0);
  fflush (stderr);
  dup2 (fd, STDERR_FILENO);
  fn ();
  fflush (stderr);
  dup2 (saved, STDERR_FILENO);
  close (saved);
  n = pread (fd, buf, sizeof buf - 1, 0);
  buf[n < 0 ? 0 : n] = '\0';
  close (fd);
  unlink (path);
  return buf;
}

static void
print_plain (void)
{
  error_print ("cannot open %s", "x.answers");
}

static void
print_with_line (void)
{
  error_print_at ("x.answers", 12, "unknown id '%s'", "foo");
}

static void
print_without_line (void)
{
  error_print_at ("x.answers", 0, "empty file");
}

START_TEST (test_messages_are_prefixed)
{
  ck_assert_str_eq (capture_stderr (print_plain),
                    "leadwise: cannot open x.answers\n");
  ck_assert_str_eq (capture_stderr (print_with_line),
                    "leadwise: x.answers:12: unknown id 'foo'\n");
  ck_assert_str_eq (capture_stderr (print_without_line),
                    "leadwise: x.answers: empty file\n");
}
END_TEST

START_TEST (test_close_stream_ok)
{
  FILE *fp = tmpfile ();

  ck_assert_ptr_nonnull (fp);
  fputs ("hello\n", fp);
  ck_assert_int_eq (error_close_stream (fp, "a file"), 0);
}
END_TEST

static void
close_full (void)
{
  FILE *fp = fopen ("/dev/full", "w");

  ck_assert_ptr_nonnull (fp);
  fputs ("this cannot be written\n", fp);
  ck_assert_int_eq (error_close_stream (fp, "the full device"), -1);
}

START_TEST (test_close_stream_reports_full_disk)
{
  ck_assert_str_eq (capture_stderr (close_full),
                    "leadwise: write error on the full device: "
                    "No space left on device\n");
}
END_TEST

static Suite *
error_suite (void)
{
  Suite *s = suite_create ("error");
  TCase *tc = tcase_create ("messages");

  tcase_add_test (tc, test_messages_are_prefixed);
  tcase_add_test (tc, test_close_stream_ok);
  tcase_add_test (tc, test_close_stream_reports_full_disk);
  suite_add_tcase (s, tc);
  return s;
}

TEST_MAIN (error_suite)
