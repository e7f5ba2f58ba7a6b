/* testutil.h: shared by the Check unit tests. */
#ifndef LEADWISE_TESTUTIL_H
#define LEADWISE_TESTUTIL_H

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/bank.h"
#include "core/diag.h"
#include "core/session.h"

/* The default question bank of the source tree. */
#define TEST_BANK ABS_TOP_SRCDIR "/data/leadwise.bank"

/* Read a bank from TEXT; returns the status, problems in D. */
static inline int
test_bank_text (struct bank *bank, const char *text, struct diag *d)
{
  FILE *fp = fmemopen ((void *) text, strlen (text), "r");
  int status;

  ck_assert_ptr_nonnull (fp);
  status = bank_read (bank, fp, "t.bank", d);
  fclose (fp);
  return status;
}

/* Read answers from TEXT against BANK; returns the status. */
static inline int
test_session_text (struct session *s, const struct bank *bank,
                   const char *text, struct diag *d)
{
  FILE *fp = fmemopen ((void *) text, strlen (text), "r");
  int status;

  ck_assert_ptr_nonnull (fp);
  status = session_read (s, bank, fp, "t.answers", d);
  fclose (fp);
  return status;
}

/* Whether one of D's messages is exactly MESSAGE. */
static inline int
test_diag_has (const struct diag *d, const char *message)
{
  size_t i;

  for (i = 0; i < d->count && i < DIAG_MAX; i++)
    if (strcmp (d->messages[i], message) == 0)
      return 1;
  for (i = 0; i < d->count && i < DIAG_MAX; i++)
    fprintf (stderr, "  have: %s\n", d->messages[i]);
  fprintf (stderr, "  want: %s\n", message);
  return 0;
}

/* main() for a test program running SUITE. */
/* The contents of the file at PATH (the first 4 kB), in a static
   buffer. */
static inline const char *
test_read_file (const char *path)
{
  static char buf[4096];
  FILE *fp = fopen (path, "r");
  size_t n;

  ck_assert_ptr_nonnull (fp);
  n = fread (buf, 1, sizeof buf - 1, fp);
  buf[n] = '\0';
  fclose (fp);
  return buf;
}

#define TEST_MAIN(suite)                                        \
  int                                                           \
  main (void)                                                   \
  {                                                             \
    SRunner *sr = srunner_create (suite ());                    \
    int failed;                                                 \
                                                                \
    srunner_run_all (sr, CK_NORMAL);                            \
    failed = srunner_ntests_failed (sr);                        \
    srunner_free (sr);                                          \
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;           \
  }

#endif
