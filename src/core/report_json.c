/* report_json.c: the JSON report of INTERFACE.md.  Language-neutral:
   ids, numbers and the English texts, whatever the locale. */
#include "system.h"

#include "core/date.h"

#include "core/gov.h"
#include "core/hire.h"
#include "core/readiness.h"
#include "core/report.h"
#include "core/report_modules.h"
#include "core/rules.h"
#include "core/util.h"
#include "core/words.h"

void
report_json_string (struct buf *out, const char *s)
{
  const unsigned char *p;

  if (s == NULL)
    {
      buf_add (out, "null");
      return;
    }
  buf_addc (out, '"');
  for (p = (const unsigned char *) s; *p != '\0'; p++)
    if (*p == '"' || *p == '\\')
      {
        buf_addc (out, '\\');
        buf_addc (out, (char) *p);
      }
    else if (*p == '\n')
      buf_add (out, "\\n");
    else if (*p == '\t')
      buf_add (out, "\\t");
    else if (*p < 0x20 || *p == 0x7f)
      buf_addf (out, "\\u%04x", *p);
    else
      buf_addc (out, (char) *p);   /* UTF-8 is kept as it is */
  buf_addc (out, '"');
}

static void
json_member (struct buf *out, int indent, const char *name, const char *value,
             bool last)
{
  buf_addf (out, "%*s\"%s\": ", indent, "", name);
  report_json_string (out, value);
  buf_add (out, last ? "\n" : ",\n");
}

/* A one-line array of strings. */
static void
json_array (struct buf *out, const char *const *items, size_t n)
{
  size_t i;

  buf_addc (out, '[');
  for (i = 0; i < n; i++)
    {
      if (i > 0)
        buf_add (out, ", ");
      report_json_string (out, items[i]);
    }
  buf_addc (out, ']');
}

static void
json_leadership (struct buf *out, const struct result *r)
{
  buf_add (out, "  \"leadership\": {\n");
  json_member (out, 4, "primary", score_primary_id (r->primary), false);
  json_member (out, 4, "caio", score_caio_id (r->caio), false);
  json_member (out, 4, "caio_reports_to", score_reports_id (r->reports_to),
               false);
  json_member (out, 4, "cto_kind", score_kind_id (r->cto_kind), false);
  json_member (out, 4, "form", score_form_id (r->form), true);
  buf_add (out, "  },\n");
}

static void
json_conditions (struct buf *out, const struct result *r)
{
  const char *met[IND_COUNT + ABS_COUNT];
  size_t n = 0;
  int i;

  for (i = 0; i < IND_COUNT; i++)
    if (r->indicators[i] == TRI_YES)
      met[n++] = score_indicator_id (i);
  buf_add (out, "  \"caio_indicators\": ");
  json_array (out, met, n);
  buf_add (out, ",\n  \"absorb_conditions\": ");
  n = 0;
  for (i = 0; i < ABS_COUNT; i++)
    if (r->absorb[i] == TRI_YES)
      met[n++] = score_absorb_id (i);
  json_array (out, met, n);
  buf_add (out, ",\n");
}

/* M in English. */
static void
json_msg (struct buf *out, const struct msg *m)
{
  char *text = msg_format (m, false);

  report_json_string (out, text);
  free (text);
}

static void
json_score (struct buf *out, const char *name, int score, bool last)
{
  if (score == SCORE_NONE)
    buf_addf (out, "\"%s\": null%s", name, last ? "" : ", ");
  else
    buf_addf (out, "\"%s\": %d%s", name, score, last ? "" : ", ");
}

static void
json_scores (struct buf *out, const struct result *r)
{
  buf_add (out, "  \"scores\": { ");
  json_score (out, "cto", r->scores[ROLE_CTO], false);
  json_score (out, "cio", r->scores[ROLE_CIO], false);
  json_score (out, "caio", r->scores[ROLE_CAIO], true);
  buf_add (out, " },\n");
}

/* An array of N objects, one a line, each written by ONE. */
static void
json_list (struct buf *out, const char *name, size_t n,
           void (*one) (struct buf *, const struct result *, size_t),
           const struct result *r)
{
  size_t i;

  buf_addf (out, "  \"%s\": [", name);
  for (i = 0; i < n; i++)
    {
      buf_add (out, i == 0 ? "\n    " : ",\n    ");
      one (out, r, i);
    }
  buf_add (out, n > 0 ? "\n  ],\n" : "],\n");
}

static void
json_reason (struct buf *out, const struct result *r, size_t i)
{
  const struct reason *x = &r->reasons[i];

  buf_add (out, "{ \"id\": ");
  report_json_string (out, x->id);
  buf_add (out, ", \"answer\": ");
  report_json_string (out, x->answer);
  buf_addf (out, ", \"decision\": \"%s\", \"weighs\": \"%s\",\n      "
            "\"effect\": ", score_decision_id (x->decision),
            x->against ? "against" : "for");
  json_msg (out, &x->effect);
  buf_add (out, " }");
}

/* A fact's value as the answers file writes it. */
static void
json_fact_value (struct buf *out, enum fact f, long long value)
{
  char digits[STR_LL_SIZE];
  const char *option = rules_fact_option (f, value);

  if (option == NULL)
    {
      str_of_ll (digits, value);
      option = digits;
    }
  report_json_string (out, option);
}

static void
json_turn (struct buf *out, const struct result *r, size_t i)
{
  const struct turning_point *t = &r->turns[i];

  buf_add (out, "{ \"id\": ");
  report_json_string (out, rules_fact_id (t->fact));
  buf_add (out, ", \"now\": ");
  json_fact_value (out, t->fact, t->now);
  buf_add (out, ", \"at\": ");
  json_fact_value (out, t->fact, t->at);
  buf_addf (out, ", \"decision\": \"%s\", \"to\": ",
            score_turn_id (t->decision));
  report_json_string (out, score_turn_to_id (t->decision, t->to));
  buf_add (out, " }");
}

static void
json_governance (struct buf *out, const struct result *r, size_t i)
{
  const struct governance *g = &r->governance[i];

  buf_add (out, "{ \"risk\": ");
  report_json_string (out, g->risk);
  buf_addf (out, ", \"owner\": \"%s\",\n      \"action\": ",
            score_role_id (g->owner));
  report_json_string (out, g->action);
  buf_add (out, " }");
}

static void
json_plan (struct buf *out, const struct result *r, size_t i)
{
  buf_addf (out, "{ \"when\": \"%s\", \"action\": ",
            score_when_id (r->plan[i].when));
  json_msg (out, &r->plan[i].action);
  buf_add (out, " }");
}

/* The plan's actions alone, in its order (INTERFACE.md's "actions"). */
static void
json_actions (struct buf *out, const struct result *r)
{
  size_t i;

  buf_add (out, "  \"actions\": [");
  for (i = 0; i < r->n_plan; i++)
    {
      buf_add (out, i == 0 ? "\n    " : ",\n    ");
      json_msg (out, &r->plan[i].action);
    }
  buf_add (out, r->n_plan > 0 ? "\n  ],\n" : "],\n");
}

static void
json_tool (struct buf *out, const struct tool_result *t)
{
  int s;

  buf_add (out, "    { \"name\": ");
  report_json_string (out, t->name);
  buf_addf (out, ", \"number\": %d, \"in_use\": %s,\n      \"steps\": {",
            t->number, t->in_use < 0 ? "null" : t->in_use ? "true" : "false");
  for (s = 0; s < TS_COUNT; s++)
    {
      buf_addf (out, "%s\"%s\": ", s == 0 ? " " : ", ", score_step_id (s));
      report_json_string (out, t->steps[s] >= 0 ? bank_step_id (t->steps[s]) : NULL);
    }
  buf_addf (out, " },\n      \"steps_done\": %d, \"verdict\": ",
            t->steps_done);
  report_json_string (out, score_verdict_id (t->verdict));
  buf_add (out, ",\n      \"next\": ");
  json_array (out, t->next, t->n_next);
  buf_add (out, ",\n      \"note\": ");
  report_json_string (out, t->note);
  buf_add (out, " }");
}

/* ------------------------------------------------------------ modules */

static void
json_readiness (struct buf *out, const struct result *r)
{
  static const char *const subjects[] = { "current", "founder", "candidate" };
  const struct readiness *rd = &r->readiness;
  size_t i;

  buf_add (out, "    \"readiness\": ");
  if (!report_readiness_shown (r))
    {
      buf_add (out, "null,\n");
      return;
    }
  buf_add (out, "{\n      \"subject\": ");
  report_json_string (out, rd->subject >= 0 && rd->subject < 3
                           ? subjects[rd->subject] : NULL);
  buf_addf (out, ",\n      \"fit\": \"%s\",\n      \"ratings\": {",
            readiness_fit_id (rd->fit));
  for (i = 0; i < RA_COUNT; i++)
    {
      buf_addf (out, "%s\"%s\": ", i > 0 ? ", " : " ", readiness_area_id (i));
      if (rd->ratings[i] > 0)
        buf_addf (out, "%d", rd->ratings[i]);
      else
        buf_add (out, "null");
    }
  buf_addf (out, " },\n      \"rated\": %d,\n      \"mean\": ", rd->n_rated);
  if (rd->n_rated > 0)
    {
      char *mean = msg_tenths (rd->mean10, false);

      buf_add (out, mean);
      free (mean);
    }
  else
    buf_add (out, "null");
  buf_add (out, ",\n      \"strongest\": [");
  for (i = 0; i < rd->n_strongest; i++)
    buf_addf (out, "%s\"%s\"", i > 0 ? ", " : "",
              readiness_area_id (rd->strongest[i]));
  buf_add (out, "],\n      \"priorities\": [");
  for (i = 0; i < rd->n_priorities; i++)
    {
      buf_addf (out, "%s\n        { \"area\": \"%s\", \"rating\": %d, "
                "\"step\": ", i > 0 ? "," : "",
                readiness_area_id (rd->priorities[i]),
                rd->ratings[rd->priorities[i]]);
      report_json_string (out, rd->steps[i]);
      buf_add (out, " }");
    }
  buf_add (out, rd->n_priorities > 0 ? "\n      ]\n    },\n" : "]\n    },\n");
}

static void
json_gov (struct buf *out, const struct result *r)
{
  const struct gov_result *g = &r->gov;
  size_t i;

  buf_add (out, "    \"governance\": ");
  if (!report_gov_shown (r))
    {
      buf_add (out, "null,\n");
      return;
    }
  buf_addf (out, "{\n      \"answered\": %d,\n      \"score\": ",
            g->n_answered);
  if (g->score != SCORE_NONE)
    buf_addf (out, "%d", g->score);
  else
    buf_add (out, "null");
  buf_add (out, ",\n      \"band\": ");
  report_json_string (out, gov_band_id (g->band));
  buf_add (out, ",\n      \"items\": {");
  for (i = 0; i < GI_COUNT; i++)
    {
      buf_addf (out, "%s\n        \"%s\": ", i > 0 ? "," : "",
                gov_item_id (i));
      report_json_string (out, g->states[i] >= 0
                               ? gov_state_id (g->states[i]) : NULL);
    }
  buf_add (out, "\n      },\n      \"gaps\": [");
  for (i = 0; i < g->n_gaps; i++)
    {
      const struct gov_gap *gap = &g->gaps[i];

      buf_addf (out, "%s\n        { \"item\": \"%s\", \"state\": \"%s\", "
                "\"owner\": \"%s\", \"why\": ", i > 0 ? "," : "",
                gov_item_id (gap->item), gov_state_id (gap->state),
                score_role_id (gap->owner));
      report_json_string (out, gap->why);
      buf_add (out, ", \"action\": ");
      report_json_string (out, gov_item_action (gap->item));
      buf_add (out, " }");
    }
  buf_add (out, g->n_gaps > 0 ? "\n      ]\n    },\n" : "]\n    },\n");
}

static void
json_strings (struct buf *out, const char *name, const char *const *items,
              size_t n)
{
  buf_addf (out, "      \"%s\": ", name);
  json_array (out, items, n);
  buf_add (out, ",\n");
}

static void
json_hire (struct buf *out, const struct result *r)
{
  static const char *const sources[] = { "internal", "external", "open" };
  const struct hire_result *h = &r->hire;
  const char *reports = NULL;
  size_t i;

  buf_add (out, "    \"hire\": ");
  if (!report_hire_shown (r))
    {
      buf_add (out, "null\n");
      return;
    }
  if (h->role == HIRE_CAIO)
    reports = score_reports_id (r->reports_to);
  else if (h->role == HIRE_VP || h->role == HIRE_HEAD)
    reports = "cto";
  else if (h->role != HIRE_NONE)
    reports = "ceo";
  buf_add (out, "{\n      \"role\": ");
  report_json_string (out, hire_role_id (h->role));
  buf_add (out, ",\n      \"kind\": ");
  report_json_string (out, h->role == HIRE_CTO ? score_kind_id (r->cto_kind)
                           : h->role == HIRE_FRACTIONAL_CTO ? "fractional"
                           : NULL);
  buf_add (out, ",\n      \"reports_to\": ");
  report_json_string (out, reports);
  buf_add (out, ",\n      \"source\": ");
  report_json_string (out, h->source >= 0 ? sources[h->source] : NULL);
  buf_add (out, ",\n      \"mandate\": ");
  report_json_string (out, h->mandate);
  buf_add (out, ",\n");
  json_strings (out, "owns", h->owns, h->n_owns);
  json_strings (out, "not_owns", h->not_owns, h->n_not_owns);
  buf_add (out, "      \"first_90_days\": [");
  for (i = 0; i < h->n_plan; i++)
    {
      char *text = msg_format (&h->plan[i].action, false);

      buf_addf (out, "%s\n        { \"month\": %d, \"action\": ",
                i > 0 ? "," : "", h->plan[i].month);
      report_json_string (out, text);
      buf_add (out, " }");
      free (text);
    }
  buf_add (out, h->n_plan > 0 ? "\n      ]\n    }\n" : "]\n    }\n");
}

static void
json_modules (struct buf *out, const struct result *r)
{
  buf_add (out, "  \"modules\": {\n");
  json_readiness (out, r);
  json_gov (out, r);
  json_hire (out, r);
  buf_add (out, "  },\n");
}

int
report_write_json (FILE *fp, const struct result *r)
{
  struct buf out;
  size_t i;

  buf_init (&out);
  buf_addf (&out, "{\n  \"format\": 1,\n  \"rules\": 2,\n"
            "  \"generator\": \"%s %s\",\n",
            PACKAGE, VERSION);
  {
    char day[16];

    date_iso (date_now (), day, sizeof day);
    buf_addf (&out, "  \"prepared\": \"%s\",\n", day);
  }
  buf_add (&out, "  \"company\": ");
  report_json_string (&out, r->company);
  buf_addf (&out, ",\n  \"complete\": %s,\n", r->complete ? "true" : "false");
  json_leadership (&out, r);
  buf_add (&out, "  \"summary\": ");
  report_json_string (&out, words_headline (r));
  buf_add (&out, ",\n");
  json_scores (&out, r);
  json_conditions (&out, r);
  json_list (&out, "reasons", r->n_reasons, json_reason, r);
  json_list (&out, "turning_points", r->n_turns, json_turn, r);
  json_list (&out, "governance", r->n_governance, json_governance, r);
  json_list (&out, "plan", r->n_plan, json_plan, r);
  json_actions (&out, r);
  json_modules (&out, r);
  buf_add (&out, "  \"missing\": ");
  json_array (&out, r->missing, r->n_missing);
  buf_add (&out, ",\n  \"tools\": [");
  for (i = 0; i < r->n_tools; i++)
    {
      buf_add (&out, i == 0 ? "\n" : ",\n");
      json_tool (&out, &r->tools[i]);
    }
  buf_add (&out, r->n_tools > 0 ? "\n  ]\n}\n" : "]\n}\n");
  fwrite (out.data, 1, out.len, fp);
  buf_free (&out);
  return ferror (fp) ? -1 : 0;
}
