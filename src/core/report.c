/* report.c: the contents of the human-readable reports, as a doc that
   the text, Markdown and HTML renderers lay out. */
#include "system.h"

#include "core/atomic.h"
#include "core/doc.h"
#include "core/lang.h"
#include "core/report.h"
#include "core/util.h"
#include "core/words.h"

int
report_format_parse (const char *name, enum report_format *format)
{
  static const struct { const char *name; enum report_format format; } names[] = {
    { "text", REPORT_TEXT }, { "txt", REPORT_TEXT },
    { "markdown", REPORT_MARKDOWN }, { "md", REPORT_MARKDOWN },
    { "html", REPORT_HTML }, { "json", REPORT_JSON },
  };
  size_t i;

  for (i = 0; i < sizeof names / sizeof names[0]; i++)
    if (strcmp (name, names[i].name) == 0)
      {
        *format = names[i].format;
        return 0;
      }
  return -1;
}

/* A number as the user's locale writes it ("5,000,000" in English). */
static char *
report_number (long long n, bool money)
{
  char digits[64];

  snprintf (digits, sizeof digits, "%'lld", n);
  /* TRANSLATORS: an amount of US dollars; %s is the number. */
  return money ? xasprintf (_("US$%s"), digits) : xstrdup (digits);
}

char *
report_answer_text (const struct question *q, const char *value)
{
  const struct bank_option *o;
  struct buf b;
  size_t i;

  switch (q->type)
    {
    case QT_CHOICE:
      o = bank_option (q, value);
      return xstrdup (o != NULL ? _(o->label) : value);
    case QT_MULTI:
      buf_init (&b);
      for (i = 0; i < q->n_options; i++)
        if (bank_multi_has (value, q->options[i].id))
          {
            if (b.len > 0)
              buf_add (&b, "; ");
            buf_add (&b, _(q->options[i].label));
          }
      return buf_take (&b);
    case QT_INTEGER:
    case QT_MONEY:
      return report_number (strtoll (value, NULL, 10), q->type == QT_MONEY);
    case QT_SCALE:
      /* TRANSLATORS: a rating; %s is a number from 1 to 5. */
      return xasprintf (_("%s of 5"), value);
    case QT_STEP:
      return xstrdup (_(words_step_state (bank_step_parse (value))));
    case QT_TEXT:
    default:
      return xstrdup (value);
    }
}

static void
report_verdict (struct doc *d, const struct result *r)
{
  doc_block (d, B_HEADING, _("Recommendation"));
  doc_block (d, B_LEAD, _(words_headline (r->primary, r->caio)));
  doc_block (d, B_FIELDS, NULL);
  doc_item (d, _("Technology leadership"), _(words_primary (r->primary)), 0);
  if (r->primary == PRIMARY_CTO || r->primary == PRIMARY_BOTH)
    doc_item (d, _("Kind of CTO"), _(words_kind (r->cto_kind)), 0);
  doc_item (d, _("Chief AI Officer"), _(words_caio (r->caio)), 0);
  if (r->caio == CAIO_DEDICATED)
    doc_item (d, _("The CAIO reports to"),
              r->reports_to == REPORTS_NONE ? _("not decided yet")
                                            : _(words_reports_to (r->reports_to)),
              0);
  doc_block (d, B_PARA, _(words_primary_why (r->primary)));
  if (words_kind_why (r->cto_kind) != NULL)
    doc_block (d, B_PARA, _(words_kind_why (r->cto_kind)));
  doc_block (d, B_PARA, _(words_caio_why (r->caio)));
  if (r->caio == CAIO_DEDICATED)
    doc_block (d, B_PARA, _("Whatever the structure, the Chief AI Officer "
                            "owns AI outcomes and governance, and the CTO "
                            "owns the platforms they run on."));
}

static void
report_missing (struct doc *d, const struct bank *bank, const struct result *r)
{
  size_t i;
  int instance;

  if (r->n_missing == 0)
    return;
  doc_block (d, B_HEADING, _("Still to answer"));
  doc_block (d, B_LIST, NULL);
  for (i = 0; i < r->n_missing; i++)
    {
      const struct question *q = bank_find (bank, r->missing[i], &instance);

      doc_item (d, q != NULL ? _(q->prompt) : r->missing[i], NULL, 0);
    }
}

static int
mark_of (enum tri t)
{
  return t == TRI_YES ? MARK_YES : t == TRI_NO ? MARK_NO : MARK_UNKNOWN;
}

static const char *
tri_words (enum tri t)
{
  return t == TRI_YES ? _("yes") : t == TRI_NO ? _("no") : _("not answered");
}

/* A heading TITLE (taken), a check list of conditions, and a note. */
static void
report_conditions (struct doc *d, char *title, const char *const *labels,
                   const enum tri *held, int n, const char *note)
{
  int i;

  doc_block (d, B_HEADING, title);
  free (title);
  doc_block (d, B_CHECKS, NULL);
  for (i = 0; i < n; i++)
    doc_item (d, _(labels[i]), tri_words (held[i]), mark_of (held[i]));
  doc_block (d, B_PARA, note);
}

static void
report_signs (struct doc *d, const struct result *r)
{
  const char *indicators[IND_COUNT], *absorb[ABS_COUNT];
  int i;

  doc_block (d, B_HEADING, _("Scores"));
  doc_block (d, B_BARS, NULL);
  for (i = 0; i < ROLE_COUNT; i++)
    doc_item (d, _(words_role (i)), NULL, r->scores[i]);
  doc_block (d, B_PARA, _("Each score, from 0 to 100, shows how strongly "
                          "your answers point to that role's mandate."));

  for (i = 0; i < IND_COUNT; i++)
    indicators[i] = words_indicator (i);
  report_conditions (d,
    /* TRANSLATORS: %d is how many of the five signs hold. */
    xasprintf (_("Signs that AI needs its own leader: %d of 5"),
               r->indicators_met),
    indicators, r->indicators, IND_COUNT,
    _("Two or more signs call for a dedicated Chief AI Officer."));

  for (i = 0; i < ABS_COUNT; i++)
    absorb[i] = words_absorb (i);
  report_conditions (d,
    /* TRANSLATORS: %d is how many of the four conditions hold. */
    xasprintf (_("Conditions for one leader to carry AI: %d of 4"),
               r->absorb_met),
    absorb, r->absorb, ABS_COUNT,
    _("With no sign present and three or more of these conditions met, the "
      "technology leader can take on AI."));
}

static void
report_reasons (struct doc *d, const struct result *r)
{
  size_t i;

  doc_block (d, B_HEADING, _("Why"));
  if (r->n_reasons == 0)
    {
      doc_block (d, B_PARA, _("No answers given yet."));
      return;
    }
  doc_block (d, B_LIST, NULL);
  for (i = 0; i < r->n_reasons; i++)
    doc_item (d, _(r->reasons[i].effect), NULL, 0);
}

static void
report_actions (struct doc *d, const struct result *r)
{
  size_t i;

  doc_block (d, B_HEADING, _("What to do next"));
  doc_block (d, B_STEPS, NULL);
  for (i = 0; i < r->n_actions; i++)
    doc_item (d, _(r->actions[i]), NULL, 0);
}

static int
step_mark (int state)
{
  static const int marks[STEP_STATE_COUNT] = {
    MARK_YES, MARK_PARTIAL, MARK_NO, MARK_NA
  };
  return state < 0 ? MARK_UNKNOWN : marks[state];
}

static void
report_tool (struct doc *d, const struct tool_result *t)
{
  char *title;
  size_t i;
  int s;

  /* TRANSLATORS: a tool's heading: its number, name and verdict, and
     how many of its six steps are done. */
  title = xasprintf (_("%d. %s: %s (%d of 6 steps done)"), t->number,
                     t->name != NULL ? t->name : _("(no name)"),
                     _(words_verdict (t->verdict)), t->steps_done);
  doc_block (d, B_SUBHEADING, title);
  free (title);
  doc_block (d, B_CHECKS, NULL);
  for (s = 0; s < TS_COUNT; s++)
    doc_item (d, _(words_step (s)), _(words_step_state (t->steps[s])),
              step_mark (t->steps[s]));
  if (t->n_next == 0)
    return;
  doc_block (d, B_PARA, _("Next steps for this tool:"));
  doc_block (d, B_STEPS, NULL);
  for (i = 0; i < t->n_next; i++)
    doc_item (d, _(t->next[i]), NULL, 0);
}

static void
report_tools (struct doc *d, const struct result *r)
{
  size_t i;

  doc_block (d, B_HEADING, _("AI tools"));
  doc_block (d, B_PARA, _("The people who will use a tool every day should "
                          "choose it; technology leadership then checks its "
                          "security and how it fits existing systems. No "
                          "tool is ready to deploy before that check."));
  if (r->n_tools == 0)
    doc_block (d, B_PARA, _("No AI tools were assessed."));
  for (i = 0; i < r->n_tools; i++)
    report_tool (d, &r->tools[i]);
}

static void
report_answers (struct doc *d, const struct bank *bank,
                const struct session *session)
{
  size_t i;
  bool any = false;

  for (i = 0; i < bank->n_questions; i++)
    {
      const struct question *q = &bank->questions[i];
      const char *value = session_get (session, q->id);
      char *words;

      if (bank->sections[q->section].repeat != NULL || value == NULL
          || !score_visible (bank, session, q, 0))
        continue;
      if (!any)
        {
          doc_block (d, B_HEADING, _("Your answers"));
          doc_block (d, B_FIELDS, NULL);
          any = true;
        }
      words = report_answer_text (q, value);
      doc_item (d, _(q->prompt), words, 0);
      free (words);
    }
}

static void
report_build (struct doc *d, const struct bank *bank,
              const struct session *session, const struct result *r)
{
  char *title;
  char *footer;

  if (r->company != NULL)
    /* TRANSLATORS: the report's title; %s is the company's name. */
    title = xasprintf (_("Technology and AI leadership: %s"), r->company);
  else
    title = xstrdup (_("Technology and AI leadership"));
  doc_block (d, B_TITLE, title);
  free (title);
  report_verdict (d, r);
  report_missing (d, bank, r);
  report_reasons (d, r);
  report_signs (d, r);
  report_tools (d, r);
  report_actions (d, r);
  report_answers (d, bank, session);
  /* TRANSLATORS: %s is the program's name and version. */
  footer = xasprintf (_("Prepared with %s."), PACKAGE " " VERSION);
  doc_block (d, B_FOOTER, footer);
  free (footer);
}

int
report_write (FILE *fp, enum report_format format, const struct bank *bank,
              const struct session *session, const struct result *r)
{
  struct doc d;
  int status;

  if (format == REPORT_JSON)
    return report_write_json (fp, r);
  /* Reports are files: UTF-8, whatever the terminal takes. */
  lang_utf8_begin ();
  doc_init (&d);
  report_build (&d, bank, session, r);
  if (format == REPORT_MARKDOWN)
    status = doc_write_markdown (&d, fp);
  else if (format == REPORT_HTML)
    status = doc_write_html (&d, fp, lang_current ()->code);
  else
    status = doc_write_text (&d, fp);
  doc_free (&d);
  lang_utf8_end ();
  return status;
}

struct report_job
{
  enum report_format format;
  const struct bank *bank;
  const struct session *session;
  const struct result *r;
};

static int
report_job_write (FILE *fp, void *ctx)
{
  const struct report_job *j = ctx;

  return report_write (fp, j->format, j->bank, j->session, j->r);
}

int
report_save (const char *path, enum report_format format,
             const struct bank *bank, const struct session *session,
             const struct result *r, struct diag *d)
{
  struct report_job job = { format, bank, session, r };

  return atomic_write (path, report_job_write, &job, d);
}
