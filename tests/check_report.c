/* check_report.c: report writers: escaping, width, UTF-8. */
#include "system.h"

#include <locale.h>

#include "core/exitcode.h"
#include "core/paths.h"
#include "core/report.h"
#include "core/utf8.h"
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

/* The report of the answers in TEXT, in FORMAT, as a string. */
static char *
report_of (const char *text, enum report_format format)
{
  struct session s;
  struct result r;
  struct diag d;
  char *out = NULL;
  size_t size = 0;
  FILE *fp = open_memstream (&out, &size);

  session_init (&s);
  diag_init (&d);
  ck_assert_int_eq (test_session_text (&s, &bank, text, &d), EXIT_OK);
  score_run (&bank, &s, &r);
  ck_assert_int_eq (report_write (fp, format, &bank, &s, &r), 0);
  fclose (fp);
  result_free (&r);
  session_free (&s);
  return out;
}

START_TEST (test_json_escapes)
{
  struct result r;
  char *out = NULL;
  size_t size = 0;
  FILE *fp = open_memstream (&out, &size);

  memset (&r, 0, sizeof r);
  r.company = "say \"hi\" \\ back\x01\x1f\ttab\nGrüße ¿qué?";
  ck_assert_int_eq (report_write_json (fp, &r), 0);
  fclose (fp);
  ck_assert_ptr_nonnull (strstr (out, "\"company\": \"say \\\"hi\\\" \\\\ "
                                 "back\\u0001\\u001f\\ttab\\nGrüße ¿qué?\""));
  ck_assert_ptr_nonnull (strstr (out, "\"caio_reports_to\": null"));
  ck_assert_ptr_nonnull (strstr (out, "\"cto_kind\": null"));
  ck_assert_ptr_nonnull (strstr (out, "\"primary\": \"undecided\""));
  free (out);
}
END_TEST

START_TEST (test_json_language_neutral)
{
  char *out = report_of ("company.offering = product\ncompany.employees = 3\n"
                         "ai.in_product = none\ntool.1.name = Ñ\ntool.1.goal = done\n",
                         REPORT_JSON);

  ck_assert_ptr_nonnull (strstr (out, "\"primary\": \"cto\""));
  ck_assert_ptr_nonnull (strstr (out, "\"cto_kind\": \"startup\""));
  ck_assert_ptr_nonnull (strstr (out, "\"name\": \"Ñ\""));
  ck_assert_ptr_nonnull (strstr (out, "\"goal\": \"done\", \"users\": null"));
  ck_assert_ptr_nonnull (strstr (out, "\"verdict\": \"not_ready\""));
  free (out);
}
END_TEST

/* Every line of OUT fits in 80 columns. */
static void
assert_width (const char *out)
{
  const char *line = out;

  while (*line != '\0')
    {
      size_t n = strcspn (line, "\n");

      ck_assert_msg (utf8_width (line, n) <= 80, "too wide: %.*s",
                     (int) n, line);
      line += n + (line[n] == '\n');
    }
}

START_TEST (test_text_fits_80_columns)
{
  char text[1024], *out;

  snprintf (text, sizeof text,
            "company.name = %s\ncompany.offering = product\n"
            "tool.1.name = 日本語の名前がとても長いツール日本語の名前がとても長いツール日本語の名前\n",
            "Averyveryveryveryveryveryveryveryveryveryveryveryveryveryveryvery"
            "longnamewithoutanyspacesatallthatgoesonandonandonandon");
  out = report_of (text, REPORT_TEXT);
  assert_width (out);
  ck_assert_ptr_nonnull (strstr (out, "日本語"));
  free (out);
}
END_TEST

/* Widths from the platform under UTF-8, whatever the program's locale:
   emoji and CJK take two columns, a combining accent none. */
START_TEST (test_widths)
{
  const char *was = setlocale (LC_ALL, NULL);
  char *saved = strdup (was != NULL ? was : "C");
  char *out, *title, *rule;

  setlocale (LC_ALL, "C");
  ck_assert_uint_eq (utf8_width ("\xf0\x9f\x9a\x80", 4), 2);      /* rocket */
  ck_assert_uint_eq (utf8_width ("\xf0\x9f\xa7\xaa", 4), 2);      /* test tube */
  ck_assert_uint_eq (utf8_width ("\xe6\xbc\xa2\xe5\xad\x97", 6), 4); /* kanji */
  ck_assert_uint_eq (utf8_width ("\xea\xb0\x80", 3), 2);          /* hangul */
  ck_assert_uint_eq (utf8_width ("e\xcc\x81", 3), 1);             /* e + acute */
  ck_assert_uint_eq (utf8_width ("\xc3\xbc", 2), 1);              /* u umlaut */
  ck_assert_uint_eq (utf8_width ("abc", 3), 3);
  /* The text report's underline is as long as its title looks. */
  out = report_of ("company.name = Rocket \xf0\x9f\x9a\x80 Labs\n", REPORT_TEXT);
  title = out;
  rule = strchr (title, '\n') + 1;
  ck_assert_uint_eq (strspn (rule, "="),
                     utf8_width (title, (size_t) (strchr (title, '\n') - title)));
  ck_assert_uint_eq (strspn (rule, "="), 44);
  free (out);
  setlocale (LC_ALL, saved);
  free (saved);
}
END_TEST

START_TEST (test_text_order)
{
  char *out = report_of ("company.offering = product\ncompany.employees = 3\n"
                         "tool.1.name = Notes\n", REPORT_TEXT);
  /* The summary page first, its end a page break; then the details:
     the headline, why, tools and next steps. */
  char *brk = strstr (out, "\nThe structure we recommend\n");
  char *rec = strstr (out, "\nRecommendation\n");
  char *why = rec != NULL ? strstr (rec, "\nWhy\n") : NULL;
  char *tools = rec != NULL ? strstr (rec, "\nAI tools\n") : NULL;
  char *next = rec != NULL ? strstr (rec, "\nWhat to do next\n") : NULL;

  ck_assert (brk != NULL && brk < rec);
  ck_assert (rec != NULL && why != NULL && tools != NULL && next != NULL);
  ck_assert (rec < why && why < tools && tools < next);
  ck_assert_ptr_nonnull (strstr (out, "Put a CTO in charge of technology"));
  free (out);
}
END_TEST

START_TEST (test_markdown_escapes)
{
  char *out = report_of ("company.name = *Acme* | <b>_x_ [y](z)\n",
                         REPORT_MARKDOWN);

  ck_assert_ptr_nonnull (strstr (out, "# Technology and AI leadership: "
                                 "\\*Acme\\* \\| &lt;b&gt;\\_x\\_ "
                                 "\\[y\\](z)\n"));
  ck_assert_ptr_null (strstr (out, "<b>"));
  free (out);
}
END_TEST

START_TEST (test_html_escapes_and_self_contained)
{
  char *out = report_of ("company.name = <script>alert('x')</script> & Co\n",
                         REPORT_HTML);

  ck_assert_ptr_nonnull (strstr (out, "&lt;script&gt;alert(&#39;x&#39;)"
                                 "&lt;/script&gt; &amp; Co"));
  ck_assert_ptr_null (strstr (out, "<script"));
  ck_assert_ptr_null (strstr (out, "http://"));
  ck_assert_ptr_null (strstr (out, "src="));
  ck_assert_ptr_null (strstr (out, "<link"));
  ck_assert_ptr_nonnull (strstr (out, "<meta charset=\"utf-8\">"));
  ck_assert_ptr_nonnull (strstr (out, "@media print"));
  /* Printed: page numbers, the name at the foot (escaped for CSS: no
     quote nor "<" of the name's own), dark on white; a dark theme only
     on a screen. */
  ck_assert_ptr_nonnull (strstr (out, "counter(page) \" / \" counter(pages)"));
  ck_assert_ptr_nonnull (strstr (out, "@bottom-left{content:\"\\3c script\\3e "));
  ck_assert_ptr_nonnull (strstr (out, "@media print{:root{color-scheme:light}"
                                      "body{font-size:10pt;color:#000;"
                                      "background:#fff}"));
  ck_assert_ptr_nonnull (strstr (out, "@media screen and "
                                      "(prefers-color-scheme:dark)"));
  /* No verdict yet: no score drawn as if it were known. */
  ck_assert_ptr_null (strstr (out, "class=\"fill\""));
  ck_assert_ptr_nonnull (strstr (out, "<span class=\"unknown\">not known "
                                 "yet</span>"));
  free (out);
  out = report_of ("company.offering = product\ncompany.employees = 12\n"
                   "ai.in_product = none\n", REPORT_HTML);
  ck_assert_ptr_nonnull (strstr (out, "class=\"fill\" style=\"width:"));
  free (out);
}
END_TEST

START_TEST (test_format_names)
{
  enum report_format f;

  ck_assert_int_eq (report_format_parse ("json", &f), 0);
  ck_assert_int_eq (f, REPORT_JSON);
  ck_assert_int_eq (report_format_parse ("markdown", &f), 0);
  ck_assert_int_eq (f, REPORT_MARKDOWN);
  ck_assert_int_eq (report_format_parse ("md", &f), 0);
  ck_assert_int_eq (report_format_parse ("html", &f), 0);
  ck_assert_int_eq (f, REPORT_HTML);
  ck_assert_int_eq (report_format_parse ("text", &f), 0);
  ck_assert_int_eq (f, REPORT_TEXT);
  ck_assert_int_eq (report_format_parse ("pdf", &f), -1);
}
END_TEST

/* The extension of a file name chooses the format Save writes. */
START_TEST (test_format_for_path)
{
  enum report_format f = REPORT_TEXT;

  ck_assert_int_eq (report_format_for_path ("/tmp/x/Board.HTML", &f), 0);
  ck_assert_int_eq (f, REPORT_HTML);
  ck_assert_int_eq (report_format_for_path ("a.htm", &f), 0);
  ck_assert_int_eq (f, REPORT_HTML);
  ck_assert_int_eq (report_format_for_path ("a.md", &f), 0);
  ck_assert_int_eq (f, REPORT_MARKDOWN);
  ck_assert_int_eq (report_format_for_path ("r.json", &f), 0);
  ck_assert_int_eq (f, REPORT_JSON);
  ck_assert_int_eq (report_format_for_path ("notes.txt", &f), 0);
  ck_assert_int_eq (f, REPORT_TEXT);
  ck_assert_int_eq (report_format_for_path ("r.pdf", &f), -1);
  ck_assert_int_eq (report_format_for_path ("report", &f), -1);
  ck_assert_int_eq (report_format_for_path ("dir.html/report", &f), -1);
  ck_assert_int_eq (report_format_for_path ("a.", &f), -1);
}
END_TEST

/* A company's name as a file name: words joined, no path in it. */
START_TEST (test_file_name)
{
  static const struct { const char *company, *want; } cases[] = {
    { "Tiny Ledger", "Tiny-Ledger.txt" },
    { "../../etc/passwd", "etc-passwd.txt" },
    { "Müller & Söhne GmbH", "Müller-Söhne-GmbH.txt" },
    { ".hidden", "hidden.txt" },
    { "", "leadwise-report.txt" },
    { "!!!", "leadwise-report.txt" },
    { NULL, "leadwise-report.txt" },
  };
  size_t i;

  for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
    {
      char *got = report_file_name (cases[i].company, "txt");

      ck_assert_str_eq (got, cases[i].want);
      free (got);
    }
}
END_TEST

/* A home directory in a typed name. */
START_TEST (test_expand_home)
{
  char *got;

  setenv ("HOME", "/home/founder", 1);
  got = paths_expand_home ("~/r.html");
  ck_assert_str_eq (got, "/home/founder/r.html");
  free (got);
  got = paths_expand_home ("~");
  ck_assert_str_eq (got, "/home/founder");
  free (got);
  got = paths_expand_home ("~root/r.txt");
  ck_assert_str_eq (got, "/root/r.txt");
  free (got);
  got = paths_expand_home ("~nobody-such-user/r.txt");
  ck_assert_str_eq (got, "~nobody-such-user/r.txt");
  free (got);
  got = paths_expand_home ("a~/r.txt");
  ck_assert_str_eq (got, "a~/r.txt");
  free (got);
}
END_TEST

static Suite *
report_suite (void)
{
  Suite *s = suite_create ("report");
  TCase *tc = tcase_create ("formats");

  tcase_add_checked_fixture (tc, setup, teardown);
  tcase_add_test (tc, test_json_escapes);
  tcase_add_test (tc, test_json_language_neutral);
  tcase_add_test (tc, test_text_fits_80_columns);
  tcase_add_test (tc, test_text_order);
  tcase_add_test (tc, test_widths);
  tcase_add_test (tc, test_markdown_escapes);
  tcase_add_test (tc, test_html_escapes_and_self_contained);
  tcase_add_test (tc, test_format_names);
  tcase_add_test (tc, test_format_for_path);
  tcase_add_test (tc, test_file_name);
  tcase_add_test (tc, test_expand_home);
  suite_add_tcase (s, tc);
  return s;
}

TEST_MAIN (report_suite)
