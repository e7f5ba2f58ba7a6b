/* report_modules.c: the optional modules in every report. */
#include "system.h"

#include "core/gov.h"
#include "core/hire.h"
#include "core/readiness.h"
#include "core/report_modules.h"
#include "core/util.h"
#include "core/words.h"

bool
report_readiness_shown (const struct result *r)
{
  return r->readiness.taken || r->readiness.chosen;
}

bool
report_gov_shown (const struct result *r)
{
  return r->gov.taken || r->gov.chosen;
}

bool
report_hire_shown (const struct result *r)
{
  return r->hire.taken || (r->hire.chosen && r->hire.role != HIRE_NONE);
}

/* ---------------------------------------------------------- readiness */

/* Whether every area rated is at 5. */
static bool
readiness_all_five (const struct readiness *rd)
{
  size_t i;

  for (i = 0; i < RA_COUNT; i++)
    if (rd->ratings[i] > 0 && rd->ratings[i] < 5)
      return false;
  return true;
}

char *
report_readiness_line (const struct result *r)
{
  const struct readiness *rd = &r->readiness;
  char *mean, *line;

  if (!report_readiness_shown (r))
    return NULL;
  if (rd->n_rated == 0)
    return xstrdup (_("no area rated yet"));
  mean = msg_tenths (rd->mean10, true);
  if (rd->n_priorities > 0 && rd->n_rated < RA_COUNT)
    /* TRANSLATORS: as "%s of 5; develop first: %s", while some of the
       nine areas are not rated. */
    line = xasprintf (_("%s of 5 so far; develop first: %s"), mean,
                      _(readiness_area_name (rd->priorities[0])));
  else if (rd->n_priorities > 0)
    /* TRANSLATORS: the readiness line of the summary: the average rating
       ("3.4"), then the area to develop first.  Keep it short: the line
       holds 60 characters. */
    line = xasprintf (_("%s of 5; develop first: %s"), mean,
                      _(readiness_area_name (rd->priorities[0])));
  else if (readiness_all_five (rd))
    /* TRANSLATORS: %s is the average rating ("5.0"). */
    line = xasprintf (_("%s of 5; no area below 5"), mean);
  else
    /* TRANSLATORS: the average rating ("4.0"), then how many of the nine
       areas are rated; keep it short. */
    line = xasprintf (_("%s of 5, %d of %d areas rated"), mean, rd->n_rated,
                      RA_COUNT);
  free (mean);
  return line;
}

static void
report_readiness (struct doc *d, const struct result *r)
{
  const struct readiness *rd = &r->readiness;
  char *text, *mean;
  size_t i, k;

  doc_block (d, B_HEADING, _("CTO readiness"));
  /* TRANSLATORS: the first %s is whom the ratings are about ("whoever
     leads technology today"), the second the challenge ("scaling
     systems, teams and processes"). */
  text = xasprintf (_("Ratings of %s, from 1 to 5, weighed for the "
                      "challenge your answers set: %s."),
                    _(readiness_subject_name (rd->subject == 0
                                             && result_leader_missing (r)
                                             ? -1 : rd->subject)),
                    _(readiness_fit_name (rd->fit)));
  doc_block (d, B_PARA, text);
  free (text);
  doc_block (d, B_RATINGS, NULL);
  for (i = 0; i < RA_COUNT; i++)
    {
      int value = rd->ratings[i];
      const char *mark = NULL;

      for (k = 0; k < rd->n_strongest; k++)
        if (rd->strongest[k] == (int) i)
          value |= RATING_STRONG, mark = _("strength");
      for (k = 0; k < rd->n_priorities; k++)
        if (rd->priorities[k] == (int) i)
          value |= RATING_WEAK, mark = _("develop first");
      doc_item (d, _(readiness_area_name (i)), mark, value);
    }
  if (rd->n_rated == 0)
    {
      doc_block (d, B_PARA, _("No area is rated yet."));
      return;
    }
  mean = msg_tenths (rd->mean10, true);
  /* TRANSLATORS: the average rating ("3.4"), then how many of the nine
     areas are rated. */
  text = xasprintf (_("Average %s of 5, over %d of %d areas."), mean,
                    rd->n_rated, RA_COUNT);
  doc_block (d, B_PARA, text);
  free (text);
  free (mean);
  if (rd->n_strongest == 0)
    doc_block (d, B_PARA, _("No area is rated 4 or 5 yet: the strengths to "
                            "build on are still to come."));
  else
    {
      doc_block (d, B_SUBHEADING, _("Strongest"));
      doc_block (d, B_LIST, NULL);
      for (k = 0; k < rd->n_strongest; k++)
        {
          /* TRANSLATORS: an area of readiness and its rating. */
          text = xasprintf (_("%s: %d of 5"),
                            _(readiness_area_name (rd->strongest[k])),
                            rd->ratings[rd->strongest[k]]);
          doc_item (d, text, NULL, 0);
          free (text);
        }
    }
  if (rd->n_priorities > 0)
    {
      doc_block (d, B_SUBHEADING, _("To develop first, and how"));
      doc_block (d, B_STEPS, NULL);
      for (k = 0; k < rd->n_priorities; k++)
        {
          text = xasprintf ("%s (%d/5): %s",
                            _(readiness_area_name (rd->priorities[k])),
                            rd->ratings[rd->priorities[k]], _(rd->steps[k]));
          doc_item (d, text, NULL, 0);
          free (text);
        }
    }
  else if (readiness_all_five (rd))
    doc_block (d, B_PARA, _("Every area rated is at 5: keep it so, and rate "
                            "again in a year."));
  else
    doc_block (d, B_PARA, _("Rate more of the areas to see which to develop "
                            "first."));
}

/* --------------------------------------------------------- governance */

char *
report_gov_line (const struct result *r)
{
  const struct gov_result *g = &r->gov;

  if (!report_gov_shown (r))
    return NULL;
  if (!g->taken)
    return xstrdup (_("not answered yet"));
  if (g->n_answered < GI_COUNT && g->n_gaps == 0)
    /* TRANSLATORS: the band ("managed"), then the score out of 100, while
       some questions are not answered. */
    return xasprintf (_("%s (%d/100 so far); no gap yet"),
                      _(gov_band_name (g->band)), g->score);
  if (g->n_answered < GI_COUNT)
    /* TRANSLATORS: as "%s (%d/100); first gap: %s", while some questions
       are not answered. */
    return xasprintf (_("%s (%d/100 so far); first gap: %s"),
                      _(gov_band_name (g->band)), g->score,
                      _(gov_item_name (g->gaps[0].item)));
  if (g->n_gaps == 0)
    /* TRANSLATORS: the band ("managed"), then the score out of 100. */
    return xasprintf (_("%s (%d/100); no gap"), _(gov_band_name (g->band)),
                      g->score);
  /* TRANSLATORS: the band ("defined"), the score out of 100, and the most
     pressing gap.  Keep it short: the line holds 60 characters. */
  return xasprintf (_("%s (%d/100); first gap: %s"),
                    _(gov_band_name (g->band)), g->score,
                    _(gov_item_name (g->gaps[0].item)));
}

static void
report_gov_checks (struct doc *d, const struct gov_result *g)
{
  static const int marks[] = { MARK_YES, MARK_PARTIAL, MARK_NO };
  static const char *const states[] = {
    N_("in place"), N_("partly"), N_("not yet")
  };
  int group = -1;
  size_t i;

  for (i = 0; i < GI_COUNT; i++)
    {
      if ((int) gov_item_group (i) != group)
        {
          group = (int) gov_item_group (i);
          doc_block (d, B_SUBHEADING, _(gov_group_name (group)));
          doc_block (d, B_CHECKS, NULL);
        }
      doc_item (d, _(gov_item_name (i)), g->states[i] >= 0
                ? _(states[g->states[i]]) : _("not answered"),
                g->states[i] >= 0 ? marks[g->states[i]] : MARK_UNKNOWN);
    }
}

static void
report_gov (struct doc *d, const struct result *r)
{
  const struct gov_result *g = &r->gov;
  char *text;
  size_t i;

  doc_block (d, B_HEADING, _("AI governance and adoption"));
  if (!g->taken)
    {
      doc_block (d, B_PARA, _("None of its questions is answered yet."));
      return;
    }
  doc_block (d, B_FIELDS, NULL);
  /* TRANSLATORS: the governance band ("defined"), then the score; the
     second form while some questions are not answered. */
  text = xasprintf (g->n_answered < GI_COUNT ? _("%s (%d of 100 so far)")
                                             : _("%s (%d of 100)"),
                    _(gov_band_name (g->band)), g->score);
  doc_item (d, _("Maturity"), text, 0);
  free (text);
  text = xasprintf (_("%d of %d"), g->n_answered, GI_COUNT);
  doc_item (d, _("Questions answered"), text, 0);
  free (text);
  doc_block (d, B_PARA, _("Each practice in place counts two points, one "
                          "partly in place one. Below 25 of 100 governance "
                          "is ad hoc, below 50 emerging, below 75 defined, "
                          "and from 75 managed."));
  report_gov_checks (d, g);
  if (g->n_gaps == 0)
    return;
  doc_block (d, B_SUBHEADING, _("The gaps, most pressing first"));
  doc_block (d, B_STEPS, NULL);
  for (i = 0; i < g->n_gaps; i++)
    {
      const struct gov_gap *gap = &g->gaps[i];
      const char *state = gap->state == GS_PARTLY ? _("partly")
                                                  : _("not yet");
      char *head = gap->why != NULL
                   /* TRANSLATORS: a gap, its state ("not yet") and what
                      raised it ("a risk you named"). */
                   ? xasprintf (_("%s (%s; %s)"), _(gov_item_name (gap->item)),
                                state, _(gap->why))
                   : xasprintf ("%s (%s)", _(gov_item_name (gap->item)),
                                state);

      /* TRANSLATORS: a gap, who owns it ("the CTO"), then the first
         action. */
      text = xasprintf (_("%s. Owner: %s. %s"), head,
                        _(words_owner (gap->owner, r)),
                        _(gov_item_action (gap->item)));
      doc_item (d, text, NULL, 0);
      free (text);
      free (head);
    }
}

/* --------------------------------------------------------------- hire */

char *
report_hire_role_words (const struct result *r)
{
  switch (r->hire.role)
    {
    case HIRE_CTO:
      return xstrdup (_(words_kind (r->cto_kind != KIND_NONE ? r->cto_kind
                                                              : KIND_STARTUP)));
    case HIRE_CAIO:
      /* TRANSLATORS: a role, then whom it reports to ("the CEO"). */
      return xasprintf (_("%s, reporting to %s"), _(hire_role_name (HIRE_CAIO)),
                        _(words_reports_to (r->reports_to)));
    default:
      return xstrdup (_(hire_role_name (r->hire.role)));
    }
}

char *
report_hire_line (const struct result *r)
{
  char *role, *line;

  if (!report_hire_shown (r))
    return NULL;
  if (r->hire.role == HIRE_NONE)
    return xstrdup (_("the advice hires nobody now"));
  role = report_hire_role_words (r);
  /* TRANSLATORS: whom the brief is for ("scale-up CTO"), then how many
     steps the first 90 days have.  Keep it short. */
  line = xasprintf (_("%s; %zu steps for 90 days"), role, r->hire.n_plan);
  free (role);
  return line;
}

/* What would change the advice, of what changes this role. */
static size_t
report_hire_turns (const struct result *r, char ***lines)
{
  struct result only = *r;
  struct turning_point *kept = xcalloc (r->n_turns + 1, sizeof *kept);
  size_t i, n;

  only.n_turns = 0;
  for (i = 0; i < r->n_turns; i++)
    if (hire_turn_matters (r->hire.role, r->turns[i].decision))
      kept[only.n_turns++] = r->turns[i];
  only.turns = kept;
  n = words_turn_lines (&only, true, lines);
  free (kept);
  return n;
}

static void
report_hire_list (struct doc *d, const char *title, const char *const *items,
                  size_t n)
{
  size_t i;

  if (n == 0)
    return;
  doc_block (d, B_SUBHEADING, title);
  doc_block (d, B_LIST, NULL);
  for (i = 0; i < n; i++)
    doc_item (d, _(items[i]), NULL, 0);
}

static void
report_hire (struct doc *d, const struct result *r)
{
  static const char *const sources[] = {
    N_("inside the company"), N_("outside the company"), N_("not decided yet")
  };
  static const char *const months[] = {
    N_("Days 1 to 30"), N_("Days 31 to 60"), N_("Days 61 to 90")
  };
  const struct hire_result *h = &r->hire;
  char **lines, *role;
  size_t i, n;
  int month = 0;

  doc_block (d, B_HEADING, _("Hiring brief and the first 90 days"));
  if (h->role == HIRE_NONE)
    {
      doc_block (d, B_PARA, _("The advice does not hire or appoint anyone "
                              "now, so there is no brief to write. It "
                              "returns when a leader is missing, a Chief AI "
                              "Officer is advised, or a VP or Head of "
                              "Engineering is."));
      return;
    }
  doc_block (d, B_FIELDS, NULL);
  role = report_hire_role_words (r);
  doc_item (d, _("The role"), role, 0);
  free (role);
  if (h->source >= 0)
    doc_item (d, _("Comes from"), _(sources[h->source]), 0);
  doc_item (d, _("The advice"), _(words_headline (r)), 0);
  doc_block (d, B_PARA, _(h->mandate));
  if (h->role == HIRE_CTO || h->role == HIRE_FRACTIONAL_CTO)
    doc_block (d, B_PARA, _("A brief that says only \"CTO\" hires the wrong "
                            "person as often as the right one: say which "
                            "challenge the leader must take on."));
  report_hire_list (d, _("The role owns"), h->owns, h->n_owns);
  report_hire_list (d, _("It leaves to others"), h->not_owns, h->n_not_owns);
  n = report_hire_turns (r, &lines);
  doc_block (d, B_SUBHEADING, _("What would change the role"));
  doc_block (d, B_LIST, NULL);
  if (n == 0)
    doc_item (d, _("None of your answers is close to changing the advice; "
                   "look again when the company's size or its AI work "
                   "changes."), NULL, 0);
  for (i = 0; i < n; i++)
    {
      if (i < 3)
        doc_item (d, lines[i], NULL, 0);
      free (lines[i]);
    }
  free (lines);
  for (i = 0; i < h->n_plan; i++)
    {
      char *text;

      if (h->plan[i].month != month)
        {
          month = h->plan[i].month;
          doc_block (d, B_SUBHEADING, _(months[month - 1]));
          doc_block (d, B_STEPS, NULL);
        }
      text = msg_format (&h->plan[i].action, true);
      doc_item (d, text, NULL, (int) i + 1);
      free (text);
    }
  doc_block (d, B_PARA, _("By day 90 the leader can say where technology "
                          "helps the business, where it holds it back, "
                          "which risks need attention and what comes next. "
                          "Arriving with a fixed answer is the usual "
                          "mistake; moving too fast costs trust, too slow "
                          "lets the risks grow."));
}

/* ----------------------------------------------------------- together */

void
report_modules (struct doc *d, const struct result *r)
{
  if (report_readiness_shown (r))
    report_readiness (d, r);
  if (report_gov_shown (r))
    report_gov (d, r);
  if (report_hire_shown (r))
    report_hire (d, r);
}

void
report_summary_modules (struct doc *d, const struct result *r)
{
  char *lines[3] = { report_readiness_line (r), report_gov_line (r),
                     report_hire_line (r) };
  const char *labels[3] = { N_("CTO readiness"), N_("AI governance"),
                            N_("Hiring brief") };
  size_t i;

  if (lines[0] == NULL && lines[1] == NULL && lines[2] == NULL)
    return;
  /* Under the signs, without a heading: the page has no line to
     spare. */
  doc_block (d, B_FIELDS, NULL);
  for (i = 0; i < 3; i++)
    if (lines[i] != NULL)
      {
        doc_item (d, _(labels[i]), lines[i], 0);
        free (lines[i]);
      }
}

bool
report_modules_shown (const struct result *r)
{
  return report_readiness_shown (r) || report_gov_shown (r)
         || report_hire_shown (r);
}
