/* summary_write.c: a workshop's summary for people (text, Markdown,
   HTML) and for tools (JSON, CSV). */
#include "system.h"

#include <time.h>

#include "core/doc.h"
#include "core/gov.h"
#include "core/lang.h"
#include "core/report.h"
#include "core/score.h"
#include "core/summary.h"
#include "core/team.h"
#include "core/util.h"
#include "core/words.h"

/* ------------------------------------------------------- for people */

/* The mean of the scores known, or SCORE_NONE. */
static int
summary_mean (const struct summary *s, int role)
{
  long n = (long) s->scored[role];

  return n > 0 ? (int) ((s->sum[role] * 2 + n) / (2 * n)) : SCORE_NONE;
}

/* A score for a table: its number, or "-" when not known. */
static void
summary_cell (char cell[STR_LL_SIZE], int score)
{
  if (score == SCORE_NONE)
    strcpy (cell, "-");
  else
    str_of_ll (cell, score);
}

/* A heading and a chart of how many got each verdict: LABELS[i] for
   COUNTS[i] of TOTAL, the first (undecided) listed last. */
static void
summary_count_chart (struct doc *d, const char *title,
                     const char *const labels[4], const size_t counts[4],
                     size_t total)
{
  size_t i;

  doc_block (d, B_HEADING, title);
  doc_chart (d, (int) total);
  for (i = 1; i <= 4; i++)
    doc_chart_count (d, _(labels[i % 4]), counts[i % 4]);
}

static void
summary_counts (struct doc *d, const struct summary *s)
{
  const char *labels[4];
  int i;

  for (i = 0; i < 4; i++)
    labels[i] = words_primary ((enum primary) i);
  summary_count_chart (d, _("Who should lead technology"), labels,
                       s->primary, s->n);
  for (i = 0; i < 4; i++)
    labels[i] = words_caio ((enum caio_verdict) i);
  summary_count_chart (d, _("Chief AI Officer"), labels, s->caio, s->n);
}

static void
summary_scores (struct doc *d, const struct summary *s)
{
  char *row;
  int i;

  char mean[STR_LL_SIZE], lo[STR_LL_SIZE], hi[STR_LL_SIZE];

  doc_block (d, B_HEADING, _("Scores"));
  doc_block (d, B_TABLE, NULL);
  /* TRANSLATORS: column headings of a table, separated by tabs; keep the
     tabs and keep them short (the table must fit in 78 columns).  The
     last counts the participants whose score is not known yet. */
  doc_item (d, _("Role\tMean\tLowest\tHighest\tNot known"), NULL, 0);
  for (i = 0; i < ROLE_COUNT; i++)
    {
      summary_cell (mean, summary_mean (s, i));
      summary_cell (lo, s->scored[i] > 0 ? s->min[i] : SCORE_NONE);
      summary_cell (hi, s->scored[i] > 0 ? s->max[i] : SCORE_NONE);
      row = xasprintf ("%s\t%s\t%s\t%s\t%zu", _(words_role (i)), mean, lo,
                       hi, s->n - s->scored[i]);
      doc_item (d, row, NULL, 0);
      free (row);
    }
  doc_block (d, B_PARA, _("Scores not known yet, where a verdict is still "
                          "undecided, are left out of these figures."));
  /* How the known scores spread, by fifths. */
  doc_block (d, B_HISTOGRAM, NULL);
  /* TRANSLATORS: column headings of a table, separated by tabs; keep the
     tabs; the numbers are ranges of scores. */
  doc_item (d, _("Role\t0-19\t20-39\t40-59\t60-79\t80-100"), NULL, 0);
  for (i = 0; i < ROLE_COUNT; i++)
    {
      const size_t *h = s->score_hist[i];

      row = xasprintf ("%s\t%zu\t%zu\t%zu\t%zu\t%zu", _(words_role (i)), h[0],
                       h[1], h[2], h[3], h[4]);
      doc_item (d, row, NULL, 0);
      free (row);
    }
}

static void
summary_steps (struct doc *d, const struct summary *s)
{
  char *row, *title;
  int i;

  if (s->steps > 0)
    {
      /* The tools by verdict, then how far their checklists are. */
      doc_block (d, B_HEADING, _("AI tools"));
      doc_chart (d, (int) s->steps);
      for (i = 0; i < 3; i++)
        doc_chart_count (d, _(words_verdict (i)), s->tool_verdicts[i]);
    }
  /* TRANSLATORS: %zu is how many AI tools were checked in all. */
  title = xasprintf (_("Checklist steps done, across %zu AI tools"), s->steps);
  doc_block (d, B_HEADING, title);
  free (title);
  doc_block (d, B_TABLE, NULL);
  /* TRANSLATORS: column headings of a table, separated by a tab; keep the
     tab. */
  doc_item (d, _("Step\tDone"), NULL, 0);
  for (i = 0; i < TS_COUNT; i++)
    {
      row = xasprintf ("%s\t%d%%", _(words_step (i)),
                       s->steps > 0 ? (int) ((s->step_done[i] * 100
                                              + s->steps / 2) / s->steps)
                                    : 0);
      doc_item (d, row, NULL, 0);
      free (row);
    }
}

static void
summary_people (struct doc *d, const struct summary *s)
{
  char *row;
  size_t i;

  doc_block (d, B_HEADING, _("Participants"));
  if (s->n == 0)
    {
      doc_block (d, B_PARA, _("No answers yet."));
      return;
    }
  doc_block (d, B_TABLE, NULL);
  /* TRANSLATORS: column headings of a table, separated by tabs; keep the
     tabs and keep them as short as you can (the table should fit in 78
     columns). */
  doc_item (d, _("Participant\tLeadership\tChief AI Officer\tCTO\tCIO\tCAIO"),
            NULL, 0);
  for (i = 0; i < s->n; i++)
    {
      const struct summary_row *r = &s->rows[i];

      char cto[STR_LL_SIZE], cio[STR_LL_SIZE], caio[STR_LL_SIZE];

      summary_cell (cto, r->scores[ROLE_CTO]);
      summary_cell (cio, r->scores[ROLE_CIO]);
      summary_cell (caio, r->scores[ROLE_CAIO]);
      row = xasprintf ("%s\t%s\t%s\t%s\t%s\t%s", r->participant,
                       _(words_primary (r->primary)),
                       _(words_caio_short (r->caio)), cto, cio, caio);
      doc_item (d, row, NULL, 0);
      free (row);
    }
}

/* The questions the room is most divided on, each with how its answers
   fall. */
static void
summary_splits (struct doc *d, const struct summary *s)
{
  struct split most[SUMMARY_SPLITS];
  size_t n = split_most (&s->votes, most, SUMMARY_SPLITS), i, k;

  if (n == 0)
    return;
  doc_block (d, B_HEADING, _("Most split questions"));
  for (i = 0; i < n; i++)
    {
      const struct question *q = &s->bank->questions[most[i].question];
      /* TRANSLATORS: a question, then how many of those who answered
         it gave another answer than most. */
      char *text = xasprintf (_("%s (%zu of %zu differ)"), _(q->prompt),
                              most[i].differ, most[i].answered);

      doc_block (d, B_SUBHEADING, text);
      free (text);
      doc_chart (d, (int) most[i].answered);
      for (k = 0; k < split_classes (&s->votes, most[i].question); k++)
        {
          size_t count = split_count (&s->votes, most[i].question, k);
          char *name;

          if (count == 0)
            continue;
          name = split_class_name (q, k);
          doc_chart_count (d, name, count);
          free (name);
        }
    }
}

/* Each team: its members, their verdicts, what they disagree on most. */
static void
summary_teams_doc (struct doc *d, const struct bank *bank,
                   const struct team *teams, size_t n)
{
  size_t t, i, k;

  doc_block (d, B_HEADING, _("Teams"));
  if (n == 0)
    {
      doc_block (d, B_PARA, _("Nobody named a team."));
      return;
    }
  for (t = 0; t < n; t++)
    {
      const struct team *team = &teams[t];
      struct buf b;
      char *title;

      /* TRANSLATORS: a team's name, then how many are in it. */
      title = xasprintf (ngettext ("%s (%zu member)", "%s (%zu members)",
                                   team->members), team->name, team->members);
      doc_block (d, B_SUBHEADING, title);
      free (title);
      doc_block (d, B_FIELDS, NULL);
      buf_init (&b);
      for (i = 1; i <= 4; i++)
        if (team->primary[i % 4] > 0)
          buf_addf (&b, "%s%s %zu", b.len > 0 ? ", " : "",
                    _(words_primary (i % 4)), team->primary[i % 4]);
      doc_item (d, _("Who should lead technology"), b.data, 0);
      buf_free (&b);
      buf_init (&b);
      for (i = 1; i <= 4; i++)
        if (team->caio[i % 4] > 0)
          buf_addf (&b, "%s%s %zu", b.len > 0 ? ", " : "",
                    _(words_caio (i % 4)), team->caio[i % 4]);
      doc_item (d, _("Chief AI Officer"), b.data, 0);
      buf_free (&b);
      if (team->n_split == 0)
        {
          doc_item (d, _("Disagree most on"), team->members < 2
                    ? _("one member: nothing to compare")
                    : _("nothing: they answered alike"), 0);
          continue;
        }
      buf_init (&b);
      for (k = 0; k < team->n_split; k++)
        {
          const struct question *q = &bank->questions[team->split[k].question];

          if (k > 0)
            buf_add (&b, "; ");
          /* TRANSLATORS: a question, then how many of those who answered
             it gave another answer than most. */
          buf_addf (&b, _("%s (%zu of %zu differ)"),
                    _(q->prompt),
                    team->split[k].differ, team->split[k].answered);
        }
      doc_item (d, _("Disagree most on"), b.data, 0);
      buf_free (&b);
    }
}

static void
summary_build (struct doc *d, const struct summary *s, bool by_team,
               const struct team *teams, size_t n_teams)
{
  char *title;
  size_t i;

  doc_block (d, B_TITLE, _("Workshop summary"));
  /* TRANSLATORS: %zu is the number of participants. */
  title = xasprintf (ngettext ("%zu participant.", "%zu participants.", s->n),
                     s->n);
  doc_block (d, B_LEAD, title);
  free (title);
  summary_counts (d, s);
  summary_scores (d, s);
  summary_steps (d, s);
  summary_splits (d, s);
  summary_modules_doc (d, &s->modules);
  if (by_team)
    summary_teams_doc (d, s->bank, teams, n_teams);
  summary_people (d, s);
  if (s->n_skipped > 0)
    {
      doc_block (d, B_HEADING, _("Files skipped"));
      doc_block (d, B_LIST, NULL);
      for (i = 0; i < s->n_skipped; i++)
        doc_item (d, s->skipped[i].why, NULL, 0);
    }
  title = xasprintf (_("Prepared with %s."), PACKAGE " " VERSION);
  doc_block (d, B_FOOTER, title);
  free (title);
}

/* ---------------------------------------------------------- for tools */

static void
summary_json_string (FILE *fp, const char *s)
{
  struct buf b;

  buf_init (&b);
  report_json_string (&b, s);
  fputs (b.data, fp);
  buf_free (&b);
}

/* A score, or null when not known. */
static void
summary_json_score (FILE *fp, int score)
{
  if (score == SCORE_NONE)
    fputs ("null", fp);
  else
    fprintf (fp, "%d", score);
}

static void
summary_teams_json (FILE *fp, const struct bank *bank,
                    const struct team *teams, size_t n)
{
  size_t t, k;
  int i;

  fputs ("  \"teams\": [", fp);
  for (t = 0; t < n; t++)
    {
      fputs (t > 0 ? ",\n    { \"team\": " : "\n    { \"team\": ", fp);
      summary_json_string (fp, teams[t].name);
      fprintf (fp, ", \"members\": %zu, \"primary\": {", teams[t].members);
      for (i = 0; i < 4; i++)
        fprintf (fp, "%s\"%s\": %zu", i ? ", " : " ", score_primary_id (i),
                 teams[t].primary[i]);
      fputs (" }, \"caio\": {", fp);
      for (i = 0; i < 4; i++)
        fprintf (fp, "%s\"%s\": %zu", i ? ", " : " ", score_caio_id (i),
                 teams[t].caio[i]);
      fputs (" }, \"disagreements\": [", fp);
      for (k = 0; k < teams[t].n_split; k++)
        fprintf (fp, "%s{ \"id\": \"%s\", \"differ\": %zu, "
                 "\"answered\": %zu }", k > 0 ? ", " : "",
                 bank->questions[teams[t].split[k].question].id,
                 teams[t].split[k].differ,
                 teams[t].split[k].answered);
      fputs ("] }", fp);
    }
  fputs (n > 0 ? "\n  ],\n" : "],\n", fp);
}

/* The questions most split on: distributions.split. */
static void
summary_splits_json (FILE *fp, const struct summary *s)
{
  struct split most[SUMMARY_SPLITS];
  size_t n = split_most (&s->votes, most, SUMMARY_SPLITS), i, k;

  fputs ("    \"split\": [", fp);
  for (i = 0; i < n; i++)
    {
      const struct question *q = &s->bank->questions[most[i].question];
      bool first = true;

      fprintf (fp, "%s\n      { \"id\": \"%s\", \"answered\": %zu, "
               "\"differ\": %zu, \"answers\": {", i > 0 ? "," : "", q->id,
               most[i].answered, most[i].differ);
      for (k = 0; k < split_classes (&s->votes, most[i].question); k++)
        {
          size_t count = split_count (&s->votes, most[i].question, k);
          char *id;

          if (count == 0)
            continue;
          id = split_class_id (q, k);
          fprintf (fp, "%s\"%s\": %zu", first ? " " : ", ", id, count);
          free (id);
          first = false;
        }
      fputs (" } }", fp);
    }
  fputs (n > 0 ? "\n    ]" : "]", fp);
}

static void
summary_json (FILE *fp, const struct summary *s, const struct team *teams,
              size_t n_teams, bool by_team)
{
  size_t i;
  int k;

  fprintf (fp, "{\n  \"format\": 1,\n  \"participants\": %zu,\n", s->n);
  fputs ("  \"primary\": {", fp);
  for (i = 0; i < 4; i++)
    fprintf (fp, "%s\"%s\": %zu", i ? ", " : " ", score_primary_id (i),
             s->primary[i]);
  fputs (" },\n  \"caio\": {", fp);
  for (i = 0; i < 4; i++)
    fprintf (fp, "%s\"%s\": %zu", i ? ", " : " ", score_caio_id (i), s->caio[i]);
  fputs (" },\n  \"scores\": {", fp);
  for (k = 0; k < ROLE_COUNT; k++)
    {
      fprintf (fp, "%s\"%s\": { \"mean\": ", k ? ", " : " ",
               score_role_id (k));
      summary_json_score (fp, summary_mean (s, k));
      fputs (", \"min\": ", fp);
      summary_json_score (fp, s->scored[k] > 0 ? s->min[k] : SCORE_NONE);
      fputs (", \"max\": ", fp);
      summary_json_score (fp, s->scored[k] > 0 ? s->max[k] : SCORE_NONE);
      fprintf (fp, ", \"unknown\": %zu }", s->n - s->scored[k]);
    }
  fprintf (fp, " },\n  \"tools\": %zu,\n  \"steps_done\": {", s->steps);
  for (k = 0; k < TS_COUNT; k++)
    fprintf (fp, "%s\"%s\": %zu", k ? ", " : " ", score_step_id (k),
             s->step_done[k]);
  fputs (" },\n  \"distributions\": {\n    \"scores\": {", fp);
  for (k = 0; k < ROLE_COUNT; k++)
    {
      int b;

      fprintf (fp, "%s\"%s\": [", k ? ", " : " ", score_role_id (k));
      for (b = 0; b < SUMMARY_BUCKETS; b++)
        fprintf (fp, "%s%zu", b ? ", " : "", s->score_hist[k][b]);
      fputc (']', fp);
    }
  fprintf (fp, " },\n    \"tools\": { \"ready\": %zu, \"pilot\": %zu, "
           "\"not_ready\": %zu },\n", s->tool_verdicts[TOOL_READY],
           s->tool_verdicts[TOOL_PILOT], s->tool_verdicts[TOOL_NOT_READY]);
  summary_splits_json (fp, s);
  fputs ("\n  },\n", fp);
  summary_modules_json (fp, &s->modules);
  if (by_team)
    summary_teams_json (fp, s->bank, teams, n_teams);
  fputs ("  \"rows\": [", fp);
  for (i = 0; i < s->n; i++)
    {
      const struct summary_row *r = &s->rows[i];

      fputs (i ? ",\n    { \"participant\": " : "\n    { \"participant\": ", fp);
      summary_json_string (fp, r->participant);
      fputs (", \"file\": ", fp);
      summary_json_string (fp, r->file);
      fprintf (fp, ", \"primary\": \"%s\", \"caio\": \"%s\", \"complete\": %s,"
               " \"scores\": { \"cto\": ", score_primary_id (r->primary),
               score_caio_id (r->caio), r->complete ? "true" : "false");
      summary_json_score (fp, r->scores[ROLE_CTO]);
      fputs (", \"cio\": ", fp);
      summary_json_score (fp, r->scores[ROLE_CIO]);
      fputs (", \"caio\": ", fp);
      summary_json_score (fp, r->scores[ROLE_CAIO]);
      fprintf (fp, " }, \"tools\": %zu, \"tools_ready\": %zu, "
               "\"readiness\": ", r->tools, r->tools_ready);
      summary_modules_json_tenths (fp, r->readiness10);
      fputs (", \"governance\": ", fp);
      summary_json_score (fp, r->governance);
      fputs (", \"team\": ", fp);
      summary_json_string (fp, r->team);
      fputs (" }", fp);
    }
  fputs (s->n > 0 ? "\n  ],\n  \"skipped\": [" : "],\n  \"skipped\": [", fp);
  for (i = 0; i < s->n_skipped; i++)
    {
      fputs (i ? ",\n    { \"file\": " : "\n    { \"file\": ", fp);
      summary_json_string (fp, s->skipped[i].file);
      fputs (", \"problem\": ", fp);
      summary_json_string (fp, s->skipped[i].why);
      fputs (" }", fp);
    }
  fputs (s->n_skipped > 0 ? "\n  ]\n}\n" : "]\n}\n", fp);
}

/* A CSV field (RFC 4180): quoted when it holds a comma, quote or line
   break, quotes doubled; never a formula. */
static void
summary_csv_field (FILE *fp, const char *s)
{
  /* A cell a spreadsheet would take for a formula starts with an
     apostrophe, as spreadsheets expect for text. */
  bool formula = *s != '\0' && strchr ("=+-@\t\r", *s) != NULL;
  const char *p;

  if (strpbrk (s, ",\"\r\n") == NULL)
    {
      if (formula)
        fputc ('\'', fp);
      fputs (s, fp);
      return;
    }
  fputc ('"', fp);
  if (formula)
    fputc ('\'', fp);
  for (p = s; *p != '\0'; p++)
    {
      if (*p == '"')
        fputc ('"', fp);
      fputc (*p, fp);
    }
  fputc ('"', fp);
}

static void
summary_csv (FILE *fp, const struct summary *s)
{
  size_t i;
  int k;

  fputs ("participant,file,primary,caio,complete,cto,cio,caio_score,tools,"
         "tools_ready,readiness,governance,team\r\n", fp);
  for (i = 0; i < s->n; i++)
    {
      const struct summary_row *r = &s->rows[i];

      summary_csv_field (fp, r->participant);
      fputc (',', fp);
      summary_csv_field (fp, r->file);
      fprintf (fp, ",%s,%s,%s", score_primary_id (r->primary),
               score_caio_id (r->caio), r->complete ? "yes" : "no");
      for (k = 0; k < ROLE_COUNT; k++)
        if (r->scores[k] == SCORE_NONE)
          fputc (',', fp);     /* an empty field: not known yet */
        else
          fprintf (fp, ",%d", r->scores[k]);
      fprintf (fp, ",%zu,%zu,", r->tools, r->tools_ready);
      /* Empty where the module was not taken. */
      if (r->readiness10 >= 0)
        summary_modules_json_tenths (fp, r->readiness10);
      fputc (',', fp);
      if (r->governance != SCORE_NONE)
        fprintf (fp, "%d", r->governance);
      fputc (',', fp);
      summary_csv_field (fp, r->team != NULL ? r->team : "");
      fputs ("\r\n", fp);
    }
}

/* A line of the distributions' CSV. */
static void
summary_csv_count (FILE *fp, const char *measure, const char *value,
                   size_t count, size_t of)
{
  summary_csv_field (fp, measure);
  fputc (',', fp);
  summary_csv_field (fp, value);
  fprintf (fp, ",%zu,%zu\r\n", count, of);
}

/* The distributions as CSV, one count a line: what is counted, the
   value counted, how many, out of how many. */
static void
summary_csv_distributions (FILE *fp, const struct summary *s)
{
  static const char *const fifths[SUMMARY_BUCKETS] = {
    "0-19", "20-39", "40-59", "60-79", "80-100"
  };
  struct split most[SUMMARY_SPLITS];
  int order[GI_COUNT];
  size_t i, k, n;

  fputs ("measure,value,count,of\r\n", fp);
  for (i = 0; i < 4; i++)
    summary_csv_count (fp, "primary", score_primary_id (i), s->primary[i],
                       s->n);
  for (i = 0; i < 4; i++)
    summary_csv_count (fp, "caio", score_caio_id (i), s->caio[i], s->n);
  for (i = 0; i < ROLE_COUNT; i++)
    for (k = 0; k < SUMMARY_BUCKETS; k++)
      {
        char *measure = xasprintf ("score.%s", score_role_id (i));

        summary_csv_count (fp, measure, fifths[k], s->score_hist[i][k],
                           s->scored[i]);
        free (measure);
      }
  for (i = 0; i < 3; i++)
    summary_csv_count (fp, "tools", score_verdict_id (i),
                       s->tool_verdicts[i], s->steps);
  n = split_most (&s->votes, most, SUMMARY_SPLITS);
  for (i = 0; i < n; i++)
    {
      const struct question *q = &s->bank->questions[most[i].question];
      char *measure = xasprintf ("split.%s", q->id);

      /* The answers given, as the JSON lists them. */
      for (k = 0; k < split_classes (&s->votes, most[i].question); k++)
        {
          size_t count = split_count (&s->votes, most[i].question, k);
          char *id;

          if (count == 0)
            continue;
          id = split_class_id (q, k);
          summary_csv_count (fp, measure, id, count, most[i].answered);
          free (id);
        }
      free (measure);
    }
  n = summary_modules_gaps (&s->modules, order);
  for (i = 0; i < n; i++)
    summary_csv_count (fp, "governance_gap", gov_item_id (order[i]),
                       s->modules.gov_gap[order[i]], s->modules.gov_files);
}

int
summary_write_teams (FILE *fp, enum summary_format format,
                     const struct summary *s, const char *dir)
{
  struct team *teams = NULL;
  size_t n_teams = 0;
  struct doc d;

  if (dir != NULL)
    teams = team_list (s, s->bank, dir, &n_teams);
  if (format == SUMMARY_JSON)
    summary_json (fp, s, teams, n_teams, dir != NULL);
  else if (format == SUMMARY_CSV)
    summary_csv (fp, s);
  else if (format == SUMMARY_CSV_DISTRIBUTIONS)
    summary_csv_distributions (fp, s);
  else
    {
      lang_utf8_begin ();
      doc_init (&d);
      summary_build (&d, s, dir != NULL, teams, n_teams);
      if (format == SUMMARY_MARKDOWN)
        doc_write_markdown (&d, fp);
      else if (format == SUMMARY_HTML)
        doc_write_html (&d, fp, lang_current ()->code);
      else
        doc_write_text (&d, fp);
      doc_free (&d);
      lang_utf8_end ();
    }
  team_list_free (teams, n_teams);
  return ferror (fp) ? -1 : 0;
}

int
summary_write (FILE *fp, enum summary_format format, const struct summary *s)
{
  return summary_write_teams (fp, format, s, NULL);
}

/* SECONDS as "2026-12-01 14:32" in local time, or "-". */
static void
summary_clock (long long seconds, char *out, size_t size)
{
  time_t t = (time_t) seconds;
  struct tm tm;

  if (seconds < 0 || localtime_r (&t, &tm) == NULL)
    snprintf (out, size, "-");
  else
    strftime (out, size, "%Y-%m-%d %H:%M", &tm);
}

int
summary_write_status (FILE *fp, enum summary_format format,
                      const struct summary *s, bool closed)
{
  long long now = (long long) time (NULL);
  size_t i;

  if (format == SUMMARY_JSON)
    {
      fprintf (fp, "{\n  \"closed\": %s,\n  \"participants\": [",
               closed ? "true" : "false");
      for (i = 0; i < s->n; i++)
        {
          const struct summary_row *r = &s->rows[i];
          char when[32];

          fputs (i > 0 ? ",\n    { \"participant\": "
                       : "\n    { \"participant\": ", fp);
          summary_json_string (fp, r->participant);
          fputs (", \"file\": ", fp);
          summary_json_string (fp, r->file);
          fprintf (fp, ", \"state\": \"%s\", \"updated\": ",
                   summary_state_id (summary_row_state (r, now)));
          if (r->updated >= 0)
            {
              time_t t = (time_t) r->updated;
              struct tm tm;

              gmtime_r (&t, &tm);
              strftime (when, sizeof when, "\"%Y-%m-%dT%H:%M:%SZ\"", &tm);
              fputs (when, fp);
            }
          else
            fputs ("null", fp);
          fputs (", \"team\": ", fp);
          summary_json_string (fp, r->team);
          fputs (" }", fp);
        }
      fputs (s->n > 0 ? "\n  ]\n}\n" : "]\n}\n", fp);
      return ferror (fp) ? -1 : 0;
    }
  {
    struct doc d;
    char *lead;

    lang_utf8_begin ();
    doc_init (&d);
    doc_block (&d, B_TITLE, _("Workshop room"));
    /* TRANSLATORS: how many participants the room has. */
    lead = xasprintf (ngettext ("%zu participant; %s.", "%zu participants; %s.",
                                s->n), s->n,
                      closed ? _("closed to new names") : _("open"));
    doc_block (&d, B_LEAD, lead);
    free (lead);
    if (s->n > 0)
      {
        doc_block (&d, B_TABLE, NULL);
        /* TRANSLATORS: column headings, separated by tabs; keep the tabs
           and keep them short. */
        doc_item (&d, _("Participant\tState\tLast answer\tTeam"), NULL, 0);
        for (i = 0; i < s->n; i++)
          {
            const struct summary_row *r = &s->rows[i];
            char when[32], *row;

            summary_clock (r->updated, when, sizeof when);
            row = xasprintf ("%s\t%s\t%s\t%s", r->participant,
                             _(summary_state_name (summary_row_state (r, now))),
                             when, r->team != NULL ? r->team : "-");
            doc_item (&d, row, NULL, 0);
            free (row);
          }
      }
    doc_write_text (&d, fp);
    doc_free (&d);
    lang_utf8_end ();
  }
  return ferror (fp) ? -1 : 0;
}
