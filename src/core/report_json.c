/* report_json.c: the JSON report of INTERFACE.md.  Language-neutral:
   ids, numbers and the English texts, whatever the locale. */
#include "system.h"

#include "core/report.h"
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
  json_member (out, 4, "cto_kind", score_kind_id (r->cto_kind), true);
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

static void
json_reasons (struct buf *out, const struct result *r)
{
  size_t i;

  buf_add (out, "  \"reasons\": [");
  for (i = 0; i < r->n_reasons; i++)
    {
      buf_add (out, i == 0 ? "\n    { \"id\": " : ",\n    { \"id\": ");
      report_json_string (out, r->reasons[i].id);
      buf_add (out, ", \"answer\": ");
      report_json_string (out, r->reasons[i].answer);
      buf_add (out, ",\n      \"effect\": ");
      report_json_string (out, r->reasons[i].effect);
      buf_add (out, " }");
    }
  buf_add (out, r->n_reasons > 0 ? "\n  ],\n" : "],\n");
}

static void
json_tool (struct buf *out, const struct tool_result *t)
{
  int s;

  buf_add (out, "    { \"name\": ");
  report_json_string (out, t->name);
  buf_addf (out, ", \"number\": %d,\n      \"steps\": {", t->number);
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
  buf_add (out, " }");
}

int
report_write_json (FILE *fp, const struct result *r)
{
  struct buf out;
  size_t i;

  buf_init (&out);
  buf_addf (&out, "{\n  \"format\": 1,\n  \"generator\": \"%s %s\",\n",
            PACKAGE, VERSION);
  buf_add (&out, "  \"company\": ");
  report_json_string (&out, r->company);
  buf_addf (&out, ",\n  \"complete\": %s,\n", r->complete ? "true" : "false");
  json_leadership (&out, r);
  buf_add (&out, "  \"summary\": ");
  report_json_string (&out, words_headline (r->primary, r->caio));
  buf_addf (&out, ",\n  \"scores\": { \"cto\": %d, \"cio\": %d, \"caio\": %d },\n",
            r->scores[ROLE_CTO], r->scores[ROLE_CIO], r->scores[ROLE_CAIO]);
  json_conditions (&out, r);
  json_reasons (&out, r);
  buf_add (&out, "  \"actions\": ");
  json_array (&out, r->actions, r->n_actions);
  buf_add (&out, ",\n  \"missing\": ");
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
