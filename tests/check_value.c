/* check_value.c: numbers as people type them, and text checks. */
#include "system.h"

#include <limits.h>

#include "core/util.h"
#include "core/value.h"
#include "testutil.h"

static long long
parse_ok (const char *s, bool money)
{
  long long n = -1;
  const char *why = NULL;

  ck_assert_msg (value_parse_number (s, money, &n, &why) == 0,
                 "'%s' rejected: %s", s, why);
  return n;
}

static const char *
parse_bad (const char *s, bool money)
{
  long long n = -1;
  const char *why = NULL;

  ck_assert_msg (value_parse_number (s, money, &n, &why) != 0,
                 "'%s' accepted as %lld", s, n);
  ck_assert_ptr_nonnull (why);
  return why;
}

START_TEST (test_plain_digits)
{
  ck_assert_int_eq (parse_ok ("0", false), 0);
  ck_assert_int_eq (parse_ok ("12", false), 12);
  ck_assert_int_eq (parse_ok ("4000", false), 4000);
  ck_assert_int_eq (parse_ok ("1,200", false), 1200);
  ck_assert_int_eq (parse_ok ("5,000,001", true), 5000001);
}
END_TEST

START_TEST (test_suffixes)
{
  ck_assert_int_eq (parse_ok ("250k", true), 250000);
  ck_assert_int_eq (parse_ok ("250K", true), 250000);
  ck_assert_int_eq (parse_ok ("5M", true), 5000000);
  ck_assert_int_eq (parse_ok ("5m", true), 5000000);
  ck_assert_int_eq (parse_ok ("5.5M", true), 5500000);
  ck_assert_int_eq (parse_ok ("0.5k", false), 500);
  ck_assert_int_eq (parse_ok ("1.000001M", true), 1000001);
  ck_assert_int_eq (parse_ok ("$3M", true), 3000000);
  ck_assert_int_eq (parse_ok ("2k", false), 2000);
}
END_TEST

START_TEST (test_rejects)
{
  parse_bad ("", false);
  parse_bad ("abc", false);
  parse_bad ("12 people", false);
  ck_assert_str_eq (parse_bad ("-5", false), "must not be negative");
  ck_assert_str_eq (parse_bad ("1.5", false), "not a whole number");
  ck_assert_str_eq (parse_bad ("1.0005k", false), "not a whole number");
  parse_bad ("$3M", false);          /* dollars only for money */
  parse_bad ("5.", false);
  parse_bad (",5", false);
  parse_bad ("5 M", true);
  parse_bad ("5MM", true);
  ck_assert_str_eq (parse_bad ("2000000000000000", false), "number too large");
  ck_assert_str_eq (parse_bad ("99999999999999999999999", false),
                    "number too large");
  ck_assert_str_eq (parse_bad ("1001000000M", true), "number too large");
}
END_TEST

START_TEST (test_text)
{
  ck_assert (value_text_ok ("Acme", 4));
  ck_assert (value_text_ok ("Grüße – ¿qué? 日本", strlen ("Grüße – ¿qué? 日本")));
  ck_assert (value_text_ok ("tab\there", 8));
  ck_assert (!value_text_ok ("bell\a", 5));
  ck_assert (!value_text_ok ("\xc3", 1));              /* cut short */
  /* Long ASCII runs are checked eight bytes at a time: a control, DEL or
     a byte past ASCII anywhere in them is still found. */
  {
    char line[64];
    size_t k;

    memset (line, 'a', sizeof line);
    ck_assert (value_text_ok (line, sizeof line));
    for (k = 0; k < sizeof line; k++)
      {
        const char bad[] = { '\x01', '\x1f', '\x7f', '\x80', '\x00' };
        size_t b;

        for (b = 0; b < sizeof bad; b++)
          {
            line[k] = bad[b];
            ck_assert_msg (!value_text_ok (line, sizeof line),
                           "byte %#x at %zu passed", (unsigned char) bad[b], k);
          }
        line[k] = '~';
        ck_assert (value_text_ok (line, sizeof line));
        line[k] = ' ';
        ck_assert (value_text_ok (line, sizeof line));
        line[k] = 'a';
      }
  }
  ck_assert (!value_text_ok ("\xc0\xaf", 2));          /* overlong */
  ck_assert (!value_text_ok ("\xed\xa0\x80", 3));      /* surrogate */
  ck_assert (!value_text_ok ("\xc2\x85", 2));          /* C1 control */
  ck_assert (!value_text_ok ("\xff", 1));
}
END_TEST

/* TYPED, read with the separators POINT and SEP, is WANT. */
static void
check_unlocalize (const char *typed, const char *point, const char *sep,
                  const char *want)
{
  char *got = value_unlocalize (typed, point, sep);

  ck_assert_str_eq (got, want);
  free (got);
}

START_TEST (test_unlocalize)
{
  /* German and Spanish: "," marks decimals, "." groups thousands. */
  check_unlocalize ("5.000.000", ",", ".", "5000000");
  check_unlocalize ("5,5M", ",", ".", "5.5M");
  check_unlocalize ("$1.250,75k", ",", ".", "$1250.75k");
  check_unlocalize ("1.234", ",", ".", "1234");
  check_unlocalize ("5.5M", ",", ".", "5.5M");        /* not a group */
  check_unlocalize ("12.3456", ",", ".", "12.3456");  /* not a group */
  check_unlocalize ("1234,5", ",", ".", "1234.5");
  check_unlocalize ("many", ",", ".", "many");
  check_unlocalize (",5", ",", ".", ",5");
  /* The C locale and English: nothing to do. */
  check_unlocalize ("5,000,000", ".", "", "5,000,000");
  check_unlocalize ("5,000.5", ".", ",", "5,000.5");
}
END_TEST

static void
check_of_ll (long long n, const char *want)
{
  char buf[STR_LL_SIZE];

  ck_assert_uint_eq (str_of_ll (buf, n), strlen (want));
  ck_assert_str_eq (buf, want);
}

START_TEST (test_of_ll)
{
  char printed[64];

  check_of_ll (0, "0");
  check_of_ll (7, "7");
  check_of_ll (5500000, "5500000");
  check_of_ll (-42, "-42");
  snprintf (printed, sizeof printed, "%lld", LLONG_MAX);
  check_of_ll (LLONG_MAX, printed);
  snprintf (printed, sizeof printed, "%lld", LLONG_MIN);
  check_of_ll (LLONG_MIN, printed);
}
END_TEST

/* A file larger than one read of buf_add_file, read whole. */
START_TEST (test_add_file)
{
  FILE *fp = tmpfile ();
  struct buf b;
  int i;

  ck_assert_ptr_nonnull (fp);
  for (i = 0; i < 5000; i++)
    fprintf (fp, "line %04d\n", i);     /* 10 bytes a line */
  rewind (fp);
  buf_init (&b);
  buf_add (&b, "> ");
  ck_assert (buf_add_file (&b, fp));
  ck_assert_uint_eq (b.len, 2 + 50000);
  ck_assert_uint_eq (strlen (b.data), b.len);
  ck_assert (strncmp (b.data, "> line 0000\n", 12) == 0);
  ck_assert_str_eq (b.data + b.len - 10, "line 4999\n");
  buf_free (&b);
  fclose (fp);
}
END_TEST

START_TEST (test_lines)
{
  static const char text[] = "one\r\n\ntw\ro\nth\0ree\nfour";
  char copy[sizeof text];
  struct lines l;
  const char *why;
  char *line;
  size_t n;

  memcpy (copy, text, sizeof text);
  lines_init (&l, copy, sizeof text - 1);
  line = lines_next (&l, &n, &why);
  ck_assert_str_eq (line, "one");        /* CRLF cut */
  ck_assert_uint_eq (n, 3);
  ck_assert_ptr_null (why);
  line = lines_next (&l, &n, &why);
  ck_assert_str_eq (line, "");
  ck_assert_ptr_null (why);
  lines_next (&l, &n, &why);
  ck_assert_str_eq (why, "a carriage return in the middle of the line");
  ck_assert_int_eq (l.number, 3);
  lines_next (&l, &n, &why);
  ck_assert_str_eq (why, "line holds a NUL byte");
  line = lines_next (&l, &n, &why);
  ck_assert_str_eq (line, "four");       /* no newline at the end */
  ck_assert_ptr_null (why);
  ck_assert_int_eq (l.number, 5);
  ck_assert_ptr_null (lines_next (&l, &n, &why));
}
END_TEST

static Suite *
value_suite (void)
{
  Suite *s = suite_create ("value");
  TCase *tc = tcase_create ("numbers");

  tcase_add_test (tc, test_plain_digits);
  tcase_add_test (tc, test_suffixes);
  tcase_add_test (tc, test_rejects);
  tcase_add_test (tc, test_text);
  tcase_add_test (tc, test_unlocalize);
  tcase_add_test (tc, test_of_ll);
  tcase_add_test (tc, test_add_file);
  tcase_add_test (tc, test_lines);
  suite_add_tcase (s, tc);
  return s;
}

TEST_MAIN (value_suite)
