/* compare_doc.c: a comparison for people (text, Markdown, HTML) and for
   scripts (JSON). */
#include "system.h"

#include <assert.h>

#include "core/compare.h"
#include "core/date.h"
#include "core/doc.h"
#include "core/lang.h"
#include "core/util.h"
#include "core/words.h"

/* Person P's answer on ROW in words, or a dash. */
static char *
compare_answer (const struct compare_row *row, const char *value)
{
  return value != NULL ? report_answer_text (row->q, value) : xstrdup ("–");
}

/* The labels of the people whose bits are in PEOPLE: "Ana", "Ana and
   Ben", "Ana, Ben and Cleo"; *MANY tells whether more than one. */
static char *
compare_people (const struct compare *c, unsigned people, bool *many)
{
  const char *names[COMPARE_MAX];
  size_t p, n = 0, i;
  struct buf b;
  char *text;

  for (p = 0; p < c->n; p++)
    if (people & (1U << p))
      names[n++] = c->people[p].label;
  if (many != NULL)
    *many = n > 1;
  if (n == 0)
    return xstrdup ("");
  if (n == 1)
    return xstrdup (names[0]);
  buf_init (&b);
  for (i = 0; i + 1 < n; i++)
    buf_addf (&b, "%s%s", i > 0 ? ", " : "", names[i]);
  /* TRANSLATORS: the last of several people's names joined: "Ana, Ben
     and Cleo". */
  text = xasprintf (_("%s and %s"), b.data, names[n - 1]);
  buf_free (&b);
  return text;
}

/* The row's question, with its tool's name where it has one. */
static char *
compare_question (const struct compare *c, const struct compare_row *row)
{
  if (row->tool < 0)
    return xstrdup (_(row->q->prompt));
  /* TRANSLATORS: an AI tool's name, then a question about it. */
  return xasprintf (_("%s: %s"), c->tools[row->tool].name, _(row->q->prompt));
}

/* Where SIDE leads, in the decisions of DECISIONS. */
static char *
compare_outcome (const struct compare *c, const struct compare_row *row,
                 const struct compare_side *side, unsigned decisions)
{
  struct buf b;

  buf_init (&b);
  if (decisions & CMP_PRIMARY)
    /* TRANSLATORS: who leads technology ("CTO", "CIO", "CTO and
       CIO"). */
    buf_addf (&b, _("technology led by: %s"), _(words_primary (side->primary)));
  if (decisions & CMP_CAIO)
    buf_addf (&b, "%s%s", b.len > 0 ? "; " : "",
              _(words_caio_in (side->caio, side->primary,
                               side->leader_missing)));
  if (decisions & CMP_REPORTS)
    {
      /* TRANSLATORS: %s is "the CEO" or "the CTO". */
      char *line = xasprintf (_("the Chief AI Officer reports to %s"),
                              _(words_reports_to (side->reports)));

      buf_addf (&b, "%s%s", b.len > 0 ? "; " : "", line);
      free (line);
    }
  if ((decisions & CMP_TOOL) && side->tool_verdict >= 0)
    buf_addf (&b, "%s%s: %s", b.len > 0 ? "; " : "",
              c->tools[row->tool].name, _(words_verdict (side->tool_verdict)));
  return buf_take (&b);
}

/* What a disagreement settles, in words: "who leads technology and
   whether AI needs a leader of its own". */
static char *
compare_settles (const struct compare *c, const struct compare_change *ch)
{
  const struct compare_row *row = &c->rows[ch->row];
  char *parts[4], *all;
  size_t n = 0, i;
  struct buf b;

  if (ch->decisions & CMP_PRIMARY)
    parts[n++] = xstrdup (_("who leads technology"));
  if (ch->decisions & CMP_CAIO)
    parts[n++] = xstrdup (_("whether AI needs a leader of its own"));
  if (ch->decisions & CMP_REPORTS)
    parts[n++] = xstrdup (_("whom the Chief AI Officer reports to"));
  if (ch->decisions & CMP_TOOL)
    /* TRANSLATORS: %s is an AI tool's name. */
    parts[n++] = xasprintf (_("whether %s is ready"),
                            c->tools[row->tool].name);
  if (n == 0)
    return xstrdup ("");
  if (n == 1)
    return parts[0];
  buf_init (&b);
  for (i = 0; i + 1 < n; i++)
    buf_addf (&b, "%s%s", i > 0 ? ", " : "", parts[i]);
  all = xasprintf (_("%s and %s"), b.data, parts[n - 1]);
  buf_free (&b);
  for (i = 0; i < n; i++)
    free (parts[i]);
  return all;
}

/* Everyone's answers on ROW: "Ana: US$6,000,000; Ben: US$2,000,000". */
static char *
compare_answers (const struct compare *c, const struct compare_row *row)
{
  struct buf b;
  size_t p;

  buf_init (&b);
  for (p = 0; p < c->n; p++)
    {
      char *a = compare_answer (row, row->values[p]);

      buf_addf (&b, "%s%s: %s", p > 0 ? "; " : "", c->people[p].label, a);
      free (a);
    }
  return buf_take (&b);
}

static const struct compare_change *
compare_change_of (const struct compare *c, size_t row)
{
  size_t i;

  for (i = 0; i < c->n_changes; i++)
    if (c->changes[i].row == row)
      return &c->changes[i];
  return NULL;
}

/* --------------------------------------------------------- for people */

/* The agenda's length on paper: the three things to settle. */
#define COMPARE_AGENDA 3

/* What to settle first: the agenda, a line each. */
static void
compare_doc_agenda (struct doc *d, const struct compare *c)
{
  size_t i;

  doc_block (d, B_HEADING, _("What to settle first"));
  if (c->n_agenda == 0)
    {
      size_t r, open = 0;

      for (r = 0; r < c->n_rows; r++)
        open += c->rows[r].state == CMP_OPEN;
      doc_block (d, B_PARA, open == 0
                 ? _("You answered alike: there is nothing to settle.")
                 : _("No answer you all gave differs; what only some of you "
                     "answered is under Every answer."));
      return;
    }
  doc_block (d, B_STEPS, NULL);
  for (i = 0; i < c->n_agenda && i < COMPARE_AGENDA; i++)
    {
      const struct compare_row *row = &c->rows[c->agenda[i]];
      const struct compare_change *ch = compare_change_of (c, c->agenda[i]);
      char *q = compare_question (c, row), *answers = compare_answers (c, row);
      char *settles = ch != NULL ? compare_settles (c, ch) : NULL;
      char *line = settles != NULL
                   /* TRANSLATORS: a question, everyone's answers, then
                      what settling it decides. */
                   ? xasprintf (_("%s (%s). It settles %s."), q, answers,
                                settles)
                   /* TRANSLATORS: a question and everyone's answers. */
                   : xasprintf (_("%s (%s). It does not change the advice "
                                  "today."), q, answers);

      doc_item (d, line, NULL, 0);
      free (line);
      free (settles);
      free (answers);
      free (q);
    }
  if (c->n_agenda > COMPARE_AGENDA)
    {
      /* TRANSLATORS: %zu is how many more disagreements the list below
         shows. */
      char *more = xasprintf (ngettext ("And %zu more below, under Every "
                                        "answer.",
                                        "And %zu more below, under Every "
                                        "answer.",
                                        c->n_agenda - COMPARE_AGENDA),
                              c->n_agenda - COMPARE_AGENDA);

      doc_block (d, B_PARA, more);
      free (more);
    }
}

/* The disagreements that change the advice, each side and where it
   leads. */
static void
compare_doc_changes (struct doc *d, const struct compare *c)
{
  size_t i, k;

  if (c->n_changes == 0)
    return;
  doc_block (d, B_HEADING, _("The disagreements that change the advice"));
  doc_block (d, B_PARA, _("Each answer below is put in turn into one "
                          "person's answers, all their others held: the "
                          "advice turns with it."));
  for (i = 0; i < c->n_changes; i++)
    {
      const struct compare_change *ch = &c->changes[i];
      const struct compare_row *row = &c->rows[ch->row];
      char *q = compare_question (c, row), *held;

      doc_block (d, B_SUBHEADING, q);
      free (q);
      /* TRANSLATORS: %s is a person's label. */
      held = xasprintf (_("With the other answers as %s gave them:"),
                        c->people[ch->context].label);
      doc_block (d, B_PARA, held);
      free (held);
      doc_block (d, B_LIST, NULL);
      for (k = 0; k < ch->n_sides; k++)
        {
          bool many;
          char *who = compare_people (c, ch->sides[k].people, &many);
          char *a = compare_answer (row, ch->sides[k].value);
          char *to = compare_outcome (c, row, &ch->sides[k], ch->decisions);
          /* TRANSLATORS: who answered, their answer, and where it leads:
             "If Ana is right (US$6,000,000): a dedicated Chief AI
             Officer"; the second form for several people. */
          char *line = xasprintf (many ? _("If %s are right (%s): %s")
                                       : _("If %s is right (%s): %s"),
                                  who, a, to);

          doc_item (d, line, NULL, 0);
          free (line);
          free (to);
          free (a);
          free (who);
        }
    }
}

/* Each person's verdicts and scores, and those of what they agree on:
   a line each, which wraps on any page. */
static void
compare_doc_verdicts (struct doc *d, const struct compare *c)
{
  size_t p, t;

  doc_block (d, B_HEADING, _("Verdicts side by side"));
  doc_block (d, B_FIELDS, NULL);
  for (p = 0; p <= c->n; p++)
    {
      const struct result *r = p < c->n ? &c->people[p].result
                                        : &c->shared_result;
      struct buf b;
      int k;

      buf_init (&b);
      buf_addf (&b, "%s; %s;", _(words_primary (r->primary)),
                _(words_caio (r->caio)));
      for (k = 0; k < ROLE_COUNT; k++)
        if (r->scores[k] == SCORE_NONE)
          buf_addf (&b, " %s -", _(words_role (k)));
        else
          buf_addf (&b, " %s %d", _(words_role (k)), r->scores[k]);
      doc_item (d, p < c->n ? c->people[p].label
                            /* TRANSLATORS: the last line of the
                               verdicts: the answers everyone gave alike,
                               alone. */
                            : _("Where you agree"), b.data, 0);
      buf_free (&b);
    }
  doc_block (d, B_PARA, _("The last line scores only the answers you all "
                          "gave alike; a verdict it cannot reach yet waits "
                          "for the disagreements to be settled."));
  if (c->n_tools == 0)
    return;
  doc_block (d, B_FIELDS, NULL);
  for (t = 0; t < c->n_tools; t++)
    {
      struct buf b;

      buf_init (&b);
      for (p = 0; p < c->n; p++)
        {
          const struct result *r = &c->people[p].result;
          const char *v = NULL;
          size_t i;

          for (i = 0; i < r->n_tools; i++)
            if (r->tools[i].number == c->tools[t].instance[p]
                && c->tools[t].instance[p] != 0)
              v = _(words_verdict (r->tools[i].verdict));
          buf_addf (&b, "%s%s: %s", p > 0 ? "; " : "", c->people[p].label,
                    v != NULL ? v : "–");
        }
      doc_item (d, c->tools[t].name, b.data, 0);
      buf_free (&b);
    }
}

/* Every question anyone answered, section by section: agreed or not. */
static void
compare_doc_answers (struct doc *d, const struct compare *c)
{
  size_t r;
  const struct section *last = NULL;
  int last_tool = -2;

  doc_block (d, B_HEADING, _("Every answer"));
  for (r = 0; r < c->n_rows; r++)
    {
      const struct compare_row *row = &c->rows[r];
      const struct section *sec = &c->bank->sections[row->q->section];
      char *text;

      /* A row's question is one of the bank's, in one of its sections
         (scan-build cannot see that the bank's sections are there). */
      assert (c->bank->sections != NULL);
      if (sec != last || row->tool != last_tool)
        {
          char *title = row->tool >= 0
                        ? xasprintf ("%s: %s", _(sec->title),
                                     c->tools[row->tool].name)
                        : xstrdup (sec->title != NULL ? _(sec->title)
                                                      : sec->id);

          doc_block (d, B_SUBHEADING, title);
          doc_block (d, B_CHECKS, NULL);
          free (title);
          last = sec;
          last_tool = row->tool;
        }
      if (row->state == CMP_AGREE)
        {
          size_t p;

          for (p = 0; row->values[p] == NULL; p++)
            continue;
          text = compare_answer (row, row->values[p]);
        }
      else
        text = compare_answers (c, row);
      doc_item (d, _(row->q->prompt), text,
                row->state == CMP_AGREE ? MARK_YES
                : row->state == CMP_DIFFER ? MARK_NO : MARK_UNKNOWN);
      free (text);
    }
}

static void
compare_build (struct doc *d, const struct compare *c)
{
  char *people = compare_people (c, (1U << c->n) - 1, NULL);
  char *title, *day, *lead;
  size_t differ = 0, open = 0, r;

  /* TRANSLATORS: the title of a comparison; %s is who is compared. */
  title = xasprintf (_("Answers compared: %s"), people);
  doc_block (d, B_TITLE, title);
  doc_running (d, title);
  free (title);
  free (people);
  day = date_words (date_now ());
  title = xasprintf (_("Prepared on %s"), day);
  doc_block (d, B_DATE, title);
  free (title);
  free (day);
  for (r = 0; r < c->n_rows; r++)
    differ += c->rows[r].state == CMP_DIFFER;
  for (r = 0; r < c->n_rows; r++)
    open += c->rows[r].state == CMP_OPEN;
  if (differ == 0 && open == 0)
    lead = xstrdup (_("You gave the same answers."));
  else if (differ == 0)
    /* TRANSLATORS: %zu is how many questions only some answered. */
    lead = xasprintf (ngettext ("You differ on no answer given by all; %zu "
                                "question was answered by some of you only.",
                                "You differ on no answer given by all; %zu "
                                "questions were answered by some of you only.",
                                open), open);
  else if (differ == 1)
    lead = xstrdup (c->n_changes > 0
                    ? _("You differ on 1 answer, and it changes the advice.")
                    : _("You differ on 1 answer, and it does not change the "
                        "advice."));
  else
    {
      /* TRANSLATORS: how many answers differ. */
      char *one = xasprintf (ngettext ("You differ on %zu answer.",
                                       "You differ on %zu answers.", differ),
                             differ);
      /* TRANSLATORS: how many of the answers that differ change the
         advice. */
      char *two = c->n_changes == 0
                  ? xstrdup (_("None of them changes the advice."))
                  : xasprintf (ngettext ("%zu of them changes the advice.",
                                         "%zu of them change the advice.",
                                         c->n_changes), c->n_changes);

      lead = xasprintf ("%s %s", one, two);
      free (one);
      free (two);
    }
  doc_block (d, B_LEAD, lead);
  free (lead);
  compare_doc_agenda (d, c);
  compare_doc_changes (d, c);
  compare_doc_verdicts (d, c);
  compare_doc_answers (d, c);
  title = xasprintf (_("Prepared with %s."), PACKAGE " " VERSION);
  doc_block (d, B_FOOTER, title);
  free (title);
}

/* ---------------------------------------------------------- for tools */

static void
json_string (struct buf *out, const char *s)
{
  report_json_string (out, s);
}

static void
json_verdicts (struct buf *out, const struct result *r)
{
  buf_addf (out, "\"primary\": \"%s\", \"caio\": \"%s\", \"caio_reports_to\": ",
            score_primary_id (r->primary), score_caio_id (r->caio));
  json_string (out, score_reports_id (r->reports_to));
  buf_add (out, ", \"scores\": {");
  for (int k = 0; k < ROLE_COUNT; k++)
    {
      buf_addf (out, "%s\"%s\": ", k > 0 ? ", " : " ", score_role_id (k));
      if (r->scores[k] == SCORE_NONE)
        buf_add (out, "null");
      else
        buf_addf (out, "%d", r->scores[k]);
    }
  buf_add (out, " }");
}

static void
json_people_list (struct buf *out, const struct compare *c, unsigned people)
{
  size_t p;
  bool first = true;

  buf_addc (out, '[');
  for (p = 0; p < c->n; p++)
    if (people & (1U << p))
      {
        if (!first)
          buf_add (out, ", ");
        json_string (out, c->people[p].label);
        first = false;
      }
  buf_addc (out, ']');
}

static const char *
json_state (enum compare_state s)
{
  static const char *const ids[] = { "agree", "open", "differ" };
  return ids[s];
}

static void
json_decisions (struct buf *out, unsigned decisions)
{
  static const char *const ids[] = { "primary", "caio", "caio_reports_to",
                                     "tool" };
  size_t i;
  bool first = true;

  buf_addc (out, '[');
  for (i = 0; i < 4; i++)
    if (decisions & (1U << i))
      {
        buf_addf (out, "%s\"%s\"", first ? "" : ", ", ids[i]);
        first = false;
      }
  buf_addc (out, ']');
}

static int
compare_write_json (FILE *fp, const struct compare *c)
{
  struct buf out;
  size_t p, r, i, k;

  buf_init (&out);
  buf_addf (&out, "{\n  \"format\": 1,\n  \"generator\": \"%s %s\",\n"
            "  \"people\": [", PACKAGE, VERSION);
  for (p = 0; p < c->n; p++)
    {
      const struct result *res = &c->people[p].result;

      buf_add (&out, p > 0 ? ",\n    { \"label\": " : "\n    { \"label\": ");
      json_string (&out, c->people[p].label);
      buf_add (&out, ", \"file\": ");
      json_string (&out, c->people[p].file);
      buf_add (&out, ", ");
      json_verdicts (&out, res);
      buf_add (&out, ", \"tools\": [");
      for (i = 0; i < res->n_tools; i++)
        {
          buf_add (&out, i > 0 ? ", { \"name\": " : "{ \"name\": ");
          json_string (&out, res->tools[i].name);
          buf_addf (&out, ", \"verdict\": \"%s\" }",
                    score_verdict_id (res->tools[i].verdict));
        }
      buf_add (&out, "] }");
    }
  buf_add (&out, "\n  ],\n  \"shared\": { ");
  json_verdicts (&out, &c->shared_result);
  buf_add (&out, " },\n  \"questions\": [");
  for (r = 0; r < c->n_rows; r++)
    {
      const struct compare_row *row = &c->rows[r];

      buf_add (&out, r > 0 ? ",\n    { \"id\": " : "\n    { \"id\": ");
      json_string (&out, row->q->id);
      buf_add (&out, ", \"tool\": ");
      json_string (&out, row->tool >= 0 ? c->tools[row->tool].name : NULL);
      buf_addf (&out, ", \"state\": \"%s\", \"answers\": [",
                json_state (row->state));
      for (p = 0; p < c->n; p++)
        {
          if (p > 0)
            buf_add (&out, ", ");
          json_string (&out, row->values[p]);
        }
      buf_add (&out, "] }");
    }
  buf_add (&out, c->n_rows > 0 ? "\n  ],\n  \"changes_advice\": ["
                               : "],\n  \"changes_advice\": [");
  for (i = 0; i < c->n_changes; i++)
    {
      const struct compare_change *ch = &c->changes[i];
      const struct compare_row *row = &c->rows[ch->row];

      buf_add (&out, i > 0 ? ",\n    { \"id\": " : "\n    { \"id\": ");
      json_string (&out, row->q->id);
      buf_add (&out, ", \"tool\": ");
      json_string (&out, row->tool >= 0 ? c->tools[row->tool].name : NULL);
      buf_add (&out, ", \"decisions\": ");
      json_decisions (&out, ch->decisions);
      buf_add (&out, ", \"held_as\": ");
      json_string (&out, c->people[ch->context].label);
      buf_add (&out, ", \"sides\": [");
      for (k = 0; k < ch->n_sides; k++)
        {
          const struct compare_side *s = &ch->sides[k];

          buf_add (&out, k > 0 ? ",\n        { \"answer\": "
                               : "\n        { \"answer\": ");
          json_string (&out, s->value);
          buf_add (&out, ", \"people\": ");
          json_people_list (&out, c, s->people);
          buf_addf (&out, ", \"primary\": \"%s\", \"caio\": \"%s\", "
                    "\"caio_reports_to\": ", score_primary_id (s->primary),
                    score_caio_id (s->caio));
          json_string (&out, score_reports_id (s->reports));
          buf_add (&out, ", \"tool_verdict\": ");
          json_string (&out, s->tool_verdict >= 0
                             ? score_verdict_id (s->tool_verdict) : NULL);
          buf_add (&out, " }");
        }
      buf_add (&out, " ] }");
    }
  buf_add (&out, c->n_changes > 0 ? "\n  ],\n  \"agenda\": ["
                                  : "],\n  \"agenda\": [");
  for (i = 0; i < c->n_agenda; i++)
    {
      const struct compare_row *row = &c->rows[c->agenda[i]];

      buf_add (&out, i > 0 ? ",\n    { \"id\": " : "\n    { \"id\": ");
      json_string (&out, row->q->id);
      buf_add (&out, ", \"tool\": ");
      json_string (&out, row->tool >= 0 ? c->tools[row->tool].name : NULL);
      buf_addf (&out, ", \"changes_advice\": %s }",
                compare_change_of (c, c->agenda[i]) != NULL ? "true"
                                                             : "false");
    }
  buf_add (&out, c->n_agenda > 0 ? "\n  ]\n}\n" : "]\n}\n");
  fwrite (out.data, 1, out.len, fp);
  buf_free (&out);
  return ferror (fp) ? -1 : 0;
}

int
compare_write (FILE *fp, enum report_format format, const struct compare *c)
{
  struct doc d;
  int status;

  if (format == REPORT_JSON)
    return compare_write_json (fp, c);
  lang_utf8_begin ();
  doc_init (&d);
  compare_build (&d, c);
  status = report_doc_write (fp, format, &d);
  doc_free (&d);
  lang_utf8_end ();
  return status;
}
