/* report_json.c: the JSON report of INTERFACE.md.  Language-neutral:
   ids, numbers and the English texts, whatever the locale. */
#include "system.h"

#include "core/date.h"

#include "core/report.h"
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
