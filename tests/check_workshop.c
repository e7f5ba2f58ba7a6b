/* check_workshop.c: hostile participants' names never escape the
   workshop directory. */
#include "system.h"

#include "core/workshop.h"
#include "testutil.h"

static char *
file_of (const char *typed)
{
  const char *why = NULL;
  char *clean = workshop_name_clean (typed, &why), *file;

  ck_assert_msg (clean != NULL, "'%s' refused: %s", typed, why);
  file = workshop_file_name (clean);
  free (clean);
  return file;
}

/* A file name that stays in its directory: no slash, no leading dot,
   only [a-z0-9-.]. */
static void
assert_safe (const char *file)
{
  const char *p;

  ck_assert_ptr_null (strchr (file, '/'));
  ck_assert (file[0] != '.');
  for (p = file; *p != '\0'; p++)
    ck_assert_msg ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9')
                   || *p == '-' || *p == '.', "unsafe byte in %s", file);
  ck_assert_int_eq (strcmp (file + strlen (file) - 8, ".answers"), 0);
  ck_assert_int_le (strlen (file), 80);
}

START_TEST (test_plain_names)
{
  char *a = file_of ("Acme Team"), *b = file_of ("  Acme   Team "),
       *c = file_of ("acme team");

  assert_safe (a);
  ck_assert_int_eq (strncmp (a, "acme-team-", 10), 0);
  ck_assert_str_eq (a, b);          /* the same name, the same file */
  ck_assert_str_ne (a, c);          /* another name, another file */
  free (a);
  free (b);
  free (c);
}
END_TEST

START_TEST (test_hostile_names)
{
  static const char *const names[] = {
    "../../etc/passwd", "/tmp/x", "..", ".", ".hidden", "a/b\\c",
    "Grüße – ¿qué?", "日本語", "$(rm -rf ~)", "`id`", "name; echo",
  };
  size_t i;

  for (i = 0; i < sizeof names / sizeof names[0]; i++)
    {
      char *f = file_of (names[i]);

      assert_safe (f);
      free (f);
    }
}
END_TEST

/* Names that would read as "Good Name" and be another: every kind of
   space is the one space; invisible selectors and blanks are refused. */
START_TEST (test_look_alike_names)
{
  static const char *const spaces[] = {
    "Good\xc2\xa0Name", "Good\xe2\x80\x82Name", "Good\xe2\x80\xafName",
    "Good\xe3\x80\x80Name", "\xe3\x80\x80Good \xc2\xa0 Name\xc2\xa0"
  };
  static const char *const refused[] = {
    "Good Name\xef\xb8\x8f", "Good\xe1\xa0\x8bName", "Good Name\xe2\xa0\x80",
    "Good\xf0\x9d\x85\xb3Name", "Good\xf0\x9b\xb2\xa0Name"
  };
  const char *why;
  char *clean;
  size_t i;

  for (i = 0; i < sizeof spaces / sizeof spaces[0]; i++)
    {
      clean = workshop_name_clean (spaces[i], &why);
      ck_assert_ptr_nonnull (clean);
      ck_assert_str_eq (clean, "Good Name");
      free (clean);
    }
  for (i = 0; i < sizeof refused / sizeof refused[0]; i++)
    {
      why = NULL;
      ck_assert_msg (workshop_name_clean (refused[i], &why) == NULL,
                     "look-alike %zu taken", i);
      ck_assert_ptr_nonnull (strstr (why, "invisible"));
    }
}
END_TEST

START_TEST (test_refused_names)
{
  char long_name[10001];
  const char *why = NULL;

  ck_assert_ptr_null (workshop_name_clean ("", &why));
  ck_assert_str_eq (why, "a name cannot be empty");
  ck_assert_ptr_null (workshop_name_clean ("   ", &why));
  memset (long_name, 'x', sizeof long_name - 1);
  long_name[sizeof long_name - 1] = '\0';
  ck_assert_ptr_null (workshop_name_clean (long_name, &why));
  ck_assert_str_eq (why, "a name can have at most 60 characters");
  ck_assert_ptr_null (workshop_name_clean ("bell\a", &why));
  ck_assert_ptr_null (workshop_name_clean ("line\nbreak", &why));
  ck_assert_ptr_null (workshop_name_clean ("\xff\xfe", &why));
  ck_assert_str_eq (why, "a name must be plain text, without control "
                    "characters");
}
END_TEST

static Suite *
workshop_suite (void)
{
  Suite *s = suite_create ("workshop");
  TCase *tc = tcase_create ("names");

  tcase_add_test (tc, test_plain_names);
  tcase_add_test (tc, test_hostile_names);
  tcase_add_test (tc, test_refused_names);
  tcase_add_test (tc, test_look_alike_names);
  suite_add_tcase (s, tc);
  return s;
}

TEST_MAIN (workshop_suite)
