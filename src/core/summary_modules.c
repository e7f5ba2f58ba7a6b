/* summary_modules.c: the modules in a workshop's summary. */
#include "system.h"

#include "core/gov.h"
#include "core/msg.h"
#include "core/readiness.h"
#include "core/summary_modules.h"
#include "core/util.h"

void
summary_modules_add (struct summary_modules *m, const struct result *r)
{
  size_t i;

  if (r->readiness.n_rated > 0)
    {
      m->ready_files++;
      for (i = 0; i < RA_COUNT; i++)
        if (r->readiness.ratings[i] > 0)
          {
            m->ready_sum[i] += r->readiness.ratings[i];
            m->ready_n[i]++;
          }
    }
  if (r->gov.taken)
    {
      m->gov_files++;
      m->gov_sum += r->gov.score;
      for (i = 0; i < r->gov.n_gaps; i++)
        m->gov_gap[r->gov.gaps[i].item]++;
    }
}

void
summary_modules_merge (struct summary_modules *m,
                       const struct summary_modules *part)
{
  size_t i;

  m->ready_files += part->ready_files;
  for (i = 0; i < RA_COUNT; i++)
    {
      m->ready_sum[i] += part->ready_sum[i];
      m->ready_n[i] += part->ready_n[i];
    }
  m->gov_files += part->gov_files;
  m->gov_sum += part->gov_sum;
  for (i = 0; i < GI_COUNT; i++)
    m->gov_gap[i] += part->gov_gap[i];
}

int
summary_modules_ready10 (const struct summary_modules *m,
                         enum readiness_area a)
{
  long n = (long) m->ready_n[a];

  return n > 0 ? (int) ((m->ready_sum[a] * 20 + n) / (2 * n)) : -1;
}

int
summary_modules_gov_mean (const struct summary_modules *m)
{
  long n = (long) m->gov_files;

  return n > 0 ? (int) ((m->gov_sum * 2 + n) / (2 * n)) : SCORE_NONE;
}

/* The governance items with a gap, most common first (on a tie, in
   article 002's order); returns how many. */
size_t
summary_modules_gaps (const struct summary_modules *m, int order[GI_COUNT])
{
  size_t n = 0, i, j;

  for (i = 0; i < GI_COUNT; i++)
    if (m->gov_gap[i] > 0)
      order[n++] = (int) i;
  for (i = 1; i < n; i++)
    for (j = i; j > 0 && m->gov_gap[order[j]] > m->gov_gap[order[j - 1]]; j--)
      {
        int t = order[j];

        order[j] = order[j - 1];
        order[j - 1] = t;
      }
  return n;
}

void
summary_modules_doc (struct doc *d, const struct summary_modules *m)
{
  int order[GI_COUNT];
  size_t i, n;
  char *row, *title;

  if (m->ready_files > 0)
    {
      /* TRANSLATORS: %zu is how many participants rated readiness. */
      title = xasprintf (_("CTO readiness, averaged over %zu"),
                         m->ready_files);
      doc_block (d, B_HEADING, title);
      free (title);
      /* Each area's average out of 5, in tenths. */
      doc_chart (d, 50);
      for (i = 0; i < RA_COUNT; i++)
        {
          int mean = summary_modules_ready10 (m, i);
          char *cell = mean >= 0 ? msg_tenths (mean, true) : xstrdup ("-");

          /* TRANSLATORS: an area's average rating out of 5, and how
             many rated it. */
          row = xasprintf (_("%s of 5 (rated by %zu)"), cell, m->ready_n[i]);
          doc_item (d, _(readiness_area_name (i)), row, mean > 0 ? mean : 0);
          free (row);
          free (cell);
        }
    }
  if (m->gov_files == 0)
    return;
  /* TRANSLATORS: %zu is how many participants answered the governance
     module. */
  title = xasprintf (_("AI governance gaps, across %zu"), m->gov_files);
  doc_block (d, B_HEADING, title);
  free (title);
  {
    int mean = summary_modules_gov_mean (m);
    /* TRANSLATORS: the mean governance score and its band ("defined"). */
    char *lead = xasprintf (_("Mean maturity: %d of 100 (%s)."), mean,
                            _(gov_band_name (gov_band_of (mean))));

    doc_block (d, B_PARA, lead);
    free (lead);
  }
  n = summary_modules_gaps (m, order);
  if (n == 0)
    {
      doc_block (d, B_PARA, _("Nobody has a gap."));
      return;
    }
  /* How many of those who answered have each gap. */
  doc_chart (d, (int) m->gov_files);
  for (i = 0; i < n && i < 8; i++)
    doc_chart_count (d, _(gov_item_name (order[i])), m->gov_gap[order[i]]);
}

void
summary_modules_json_tenths (FILE *fp, int tenths)
{
  char *text = tenths >= 0 ? msg_tenths (tenths, false) : xstrdup ("null");

  fputs (text, fp);
  free (text);
}

void
summary_modules_json (FILE *fp, const struct summary_modules *m)
{
  int order[GI_COUNT], mean;
  size_t i, n;

  fprintf (fp, "  \"modules\": {\n    \"readiness\": { \"participants\": %zu, "
           "\"areas\": {", m->ready_files);
  for (i = 0; i < RA_COUNT; i++)
    {
      mean = summary_modules_ready10 (m, i);
      fprintf (fp, "%s\n      \"%s\": { \"mean\": ", i > 0 ? "," : "",
               readiness_area_id (i));
      summary_modules_json_tenths (fp, mean);
      fprintf (fp, ", \"rated\": %zu }", m->ready_n[i]);
    }
  fprintf (fp, "\n    } },\n    \"governance\": { \"participants\": %zu, "
           "\"mean_score\": ", m->gov_files);
  mean = summary_modules_gov_mean (m);
  if (mean != SCORE_NONE)
    fprintf (fp, "%d", mean);
  else
    fputs ("null", fp);
  fputs (", \"gaps\": [", fp);
  n = summary_modules_gaps (m, order);
  for (i = 0; i < n; i++)
    fprintf (fp, "%s\n      { \"item\": \"%s\", \"participants\": %zu }",
             i > 0 ? "," : "", gov_item_id (order[i]), m->gov_gap[order[i]]);
  fputs (n > 0 ? "\n    ] }\n  },\n" : "] }\n  },\n", fp);
}
