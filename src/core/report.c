/* report.c: the contents of the human-readable reports, as a doc that
   the text, Markdown and HTML renderers lay out. */
#include "system.h"

#include "core/atomic.h"
#include "core/date.h"
#include "core/doc.h"
#include "core/lang.h"
#include "core/msg.h"
#include "core/org.h"
#include "core/rules.h"
#include "core/report.h"
#include "core/report_modules.h"
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

int
report_format_for_path (const char *path, enum report_format *format)
{
  const char *slash = strrchr (path, '/');
  const char *dot = strrchr (slash != NULL ? slash + 1 : path, '.');
  char ext[16];
  size_t i;

  if (dot == NULL || dot[1] == '\0' || strlen (dot + 1) >= sizeof ext)
    return -1;
  for (i = 0; dot[1 + i] != '\0'; i++)
    ext[i] = (char) (dot[1 + i] >= 'A' && dot[1 + i] <= 'Z'
                     ? dot[1 + i] - 'A' + 'a' : dot[1 + i]);
  ext[i] = '\0';
  if (strcmp (ext, "htm") == 0)
    strcpy (ext, "html");
  return report_format_parse (ext, format);
}

char *
report_file_name (const char *company, const char *ext)
{
  struct buf b;
  const char *p;
  bool gap = false;

  buf_init (&b);
  for (p = company != NULL ? company : ""; *p != '\0'; p++)
    {
      unsigned char c = (unsigned char) *p;

      /* Letters (of any script: bytes of UTF-8 above 0x7f) and digits
         as they are; anything else, a path's "/" and "." included, one
         hyphen between words. */
      if (c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z'))
        {
          if (gap && b.len > 0)
            buf_addc (&b, '-');
          buf_addc (&b, (char) c);
          gap = false;
        }
      else
        gap = true;
      if (b.len >= 60 && ((unsigned char) p[1] & 0xc0) != 0x80)
        break;
    }
  if (b.len == 0)
    buf_add (&b, "leadwise-report");
  buf_addf (&b, ".%s", ext);
  return buf_take (&b);
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
      return msg_number (strtoll (value, NULL, 10), q->type == QT_MONEY,
                         true);
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

/* A block of KIND holding M in the reader's words. */
static void
doc_msg (struct doc *d, enum block_kind kind, const struct msg *m)
{
  char *text = msg_format (m, true);

  doc_block (d, kind, text);
  free (text);
}

static void
doc_item_msg (struct doc *d, const struct msg *m)
{
  char *text = msg_format (m, true);

  doc_item (d, text, NULL, 0);
  free (text);
}

static void
report_verdict (struct doc *d, const struct result *r)
{
  struct msg why = words_caio_why (r), notes[4];
  size_t i, n;

  doc_block (d, B_HEADING, _("Recommendation"));
  doc_block (d, B_LEAD, _(words_headline (r)));
  doc_block (d, B_FIELDS, NULL);
  doc_item (d, _("Technology leadership"), _(words_primary (r->primary)), 0);
  if (r->primary != PRIMARY_UNDECIDED)
    doc_item (d, _("Leadership form"), r->form_decided
              ? _(words_form (r->form)) : _("not decided yet"), 0);
  if (result_has_cto (r))
    doc_item (d, _("Kind of CTO"), _(words_kind (r->cto_kind)), 0);
  doc_item (d, _("Chief AI Officer"),
            _(words_caio_in (r->caio, r->primary,
                             result_leader_missing (r))), 0);
  if (r->caio == CAIO_DEDICATED)
    doc_item (d, _("The CAIO reports to"),
              r->reports_to == REPORTS_NONE ? _("not decided yet")
                                            : _(words_reports_to (r->reports_to)),
              0);
  doc_block (d, B_PARA, _(words_primary_why (r)));
  if (words_kind_why (r->cto_kind) != NULL)
    doc_block (d, B_PARA, _(words_kind_why (r->cto_kind)));
  doc_msg (d, B_PARA, &why);
  n = words_caio_notes (r, notes);
  for (i = 0; i < n; i++)
    doc_msg (d, B_PARA, &notes[i]);
  if (words_caio_split (r) != NULL)
    doc_block (d, B_PARA, _(words_caio_split (r)));
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

/* The verdict a decision's reasons lead to, for their heading. */
static const char *
report_decided (const struct result *r, enum decision dec)
{
  switch (dec)
    {
    case DEC_PRIMARY:
      return words_primary (r->primary);
    case DEC_CAIO:
      return words_caio_in (r->caio, r->primary,
                            result_leader_missing (r));
    case DEC_KIND:
      return words_kind (r->cto_kind);
    default:
      return NULL;
    }
}

static bool
report_undecided (const struct result *r, enum decision dec)
{
  return (dec == DEC_PRIMARY && r->primary == PRIMARY_UNDECIDED)
         || (dec == DEC_CAIO && r->caio == CAIO_UNDECIDED)
         || (dec == DEC_KIND && r->cto_kind == KIND_NONE);
}

/* The reasons of DEC that point AGAINST its verdict or not, under
   TITLE; nothing when there are none. */
static void
report_reason_list (struct doc *d, const struct result *r, enum decision dec,
                    bool against, const char *title)
{
  size_t i;
  bool any = false;

  for (i = 0; i < r->n_reasons; i++)
    {
      const struct reason *x = &r->reasons[i];

      if (x->decision != dec || x->against != against)
        continue;
      if (!any && title != NULL)
        doc_block (d, B_PARA, title);
      if (!any)
        doc_block (d, B_LIST, NULL);
      any = true;
      doc_item_msg (d, &x->effect);
    }
}

static bool
report_has_reasons (const struct result *r, enum decision dec)
{
  size_t i;

  for (i = 0; i < r->n_reasons; i++)
    if (r->reasons[i].decision == dec)
      return true;
  return false;
}

/* "Why", under the decisions: which answers decided each, and which
   pointed the other way. */
static void
report_reasons (struct doc *d, const struct result *r)
{
  int dec;

  doc_block (d, B_HEADING, _("Why"));
  if (r->n_reasons == 0)
    {
      doc_block (d, B_PARA, _("No answers given yet."));
      return;
    }
  for (dec = 0; dec < DEC_COUNT; dec++)
    {
      const char *verdict = report_decided (r, dec);
      char *title;

      if (!report_has_reasons (r, dec))
        continue;
      if (verdict != NULL)
        /* TRANSLATORS: a decision, then its verdict ("Who leads
           technology: CTO"). */
        title = xasprintf (_("%s: %s"), _(words_decision (dec)), _(verdict));
      else
        title = xstrdup (_(words_decision (dec)));
      doc_block (d, B_SUBHEADING, title);
      free (title);
      if (verdict == NULL || report_undecided (r, dec))
        report_reason_list (d, r, dec, false,
                            verdict != NULL ? _("What the answers say so "
                                                "far:") : NULL);
      else
        {
          report_reason_list (d, r, dec, false, _("What decided it:"));
          report_reason_list (d, r, dec, true,
                              _("What pointed the other way:"));
        }
    }
}

/* "What would change this advice": each single answer, nearest first. */
static void
report_turns (struct doc *d, const struct result *r)
{
  size_t i, n;
  char **lines;

  if (r->primary == PRIMARY_UNDECIDED && r->caio == CAIO_UNDECIDED)
    return;
  doc_block (d, B_HEADING, _("What would change this advice"));
  if (r->n_turns == 0)
    {
      doc_block (d, B_PARA, r->primary == PRIMARY_UNDECIDED
                            || r->caio == CAIO_UNDECIDED
                 ? _("Until the questions still open are answered, no single "
                     "answer can be said to turn the advice.")
                 : _("No single answer changed on its own would change this "
                     "advice."));
      return;
    }
  doc_block (d, B_PARA, _("Each of these changes, on its own, would turn "
                          "the advice; the nearest come first."));
  doc_block (d, B_LIST, NULL);
  n = words_turn_lines (r, true, &lines);
  for (i = 0; i < n; i++)
    {
      doc_item (d, lines[i], NULL, 0);
      free (lines[i]);
    }
  free (lines);
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

/* A heading TITLE (taken), a check list of conditions, and a note;
   STATES[i], where not NULL, says more than yes or no. */
static void
report_conditions (struct doc *d, char *title, const char *const *labels,
                   const enum tri *held, const char *const *states, int n,
                   const char *note)
{
  int i;

  doc_block (d, B_HEADING, title);
  free (title);
  doc_block (d, B_CHECKS, NULL);
  for (i = 0; i < n; i++)
    doc_item (d, _(labels[i]), states[i] != NULL ? _(states[i])
                                                 : tri_words (held[i]),
              mark_of (held[i]));
  doc_block (d, B_PARA, note);
}

/* What the signs of regulation and of a stretched leader hold where the
   answer is given but counts only once there is AI work, or where
   nobody leads technology; NULL elsewhere. */
static void
report_sign_states (const struct result *r, const char **states)
{
  int i;

  for (i = 0; i < IND_COUNT; i++)
    states[i] = NULL;
  if (r->ai_work != TRI_YES && r->facts[F_REGULATION] == REG_HEAVY)
    states[IND_AI_REGULATION] = N_("heavy; counts once there is AI work");
  if (r->ai_work != TRI_YES && r->facts[F_STRETCHED] == STRETCHED_YES)
    states[IND_CTO_STRETCHED] = N_("yes; counts once there is AI work");
  if (result_leader_missing (r))
    states[IND_CTO_STRETCHED] = N_("nobody leads technology yet");
}

/* The three scores as bars; a score not known yet in words. */
static void
report_bars (struct doc *d, const struct result *r)
{
  int i;

  doc_block (d, B_BARS, NULL);
  for (i = 0; i < ROLE_COUNT; i++)
    doc_item (d, _(words_role (i)),
              r->scores[i] == SCORE_NONE ? _("not known yet") : NULL,
              r->scores[i]);
}

static void
report_signs (struct doc *d, const struct result *r)
{
  const char *indicators[IND_COUNT], *absorb[ABS_COUNT];
  const char *states[IND_COUNT], *none[ABS_COUNT] = { NULL, NULL, NULL, NULL };
  int i;

  doc_block (d, B_HEADING, _("Scores"));
  report_bars (d, r);
  doc_block (d, B_PARA, _("Each score, from 0 to 100, shows how strongly "
                          "your answers point to that role. The verdict "
                          "sets its range: a dedicated Chief AI Officer, "
                          "for instance, always scores 60 or more. A score "
                          "is not known until its verdict is."));

  for (i = 0; i < IND_COUNT; i++)
    indicators[i] = words_indicator (i);
  report_sign_states (r, states);
  report_conditions (d, xasprintf (_(words_signs_title (r)),
                                   r->indicators_met),
    indicators, r->indicators, states, IND_COUNT,
    _("Two or more signs call for a dedicated Chief AI Officer once the "
      "company has 50 people or more and enough AI work to lead. "
      "Regulation and a stretched leader count only where there is AI "
      "work."));

  for (i = 0; i < ABS_COUNT; i++)
    absorb[i] = words_absorb (i);
  report_conditions (d, xasprintf (_(words_conditions_title (r)),
                                   r->absorb_met),
    absorb, r->absorb, none, ABS_COUNT,
    _("With no sign present and three or more of these conditions met, the "
      "technology leader can take on AI."));
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

  title = words_tool_title (t);
  doc_block (d, B_SUBHEADING, title);
  doc_keep (d);
  free (title);
  if (t->in_use >= 0)
    doc_block (d, B_PARA, t->in_use ? _("Already in use.")
                                    : _("Not in use yet."));
  doc_block (d, B_CHECKS, NULL);
  for (s = 0; s < TS_COUNT; s++)
    doc_item (d, _(words_step (s)), t->na_refused & (1u << s)
              /* TRANSLATORS: the state of a step answered "not
                 applicable" where that cannot be. */
              ? _("not started: it cannot be marked not applicable")
              : _(words_step_state (t->steps[s])), step_mark (t->steps[s]));
  if (t->note != NULL)
    doc_block (d, B_PARA, _(t->note));
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
                          "tool is ready to deploy before that check, unless "
                          "it cannot apply (see the tool)."));
  if (r->n_tools == 0)
    doc_block (d, B_PARA, _("No AI tools were assessed."));
  for (i = 0; i < r->n_tools; i++)
    report_tool (d, &r->tools[i]);
}

/* Each AI risk named: who governs it, and the first control. */
static void
report_governance (struct doc *d, const struct result *r)
{
  size_t i;

  if (r->n_governance == 0)
    return;
  doc_block (d, B_HEADING, _("AI governance"));
  doc_block (d, B_PARA, _("For each AI risk you named: who owns it, and "
                          "what to put in place first."));
  doc_block (d, B_FIELDS, NULL);
  for (i = 0; i < r->n_governance; i++)
    {
      const struct governance *g = &r->governance[i];
      /* TRANSLATORS: an AI risk, then who owns it ("Bias and unfair
         outcomes (owner: the CTO)"). */
      char *label = xasprintf (_("%s (owner: %s)"), _(g->label),
                               _(words_owner (g->owner, r)));

      doc_item (d, label, _(g->action), 0);
      free (label);
    }
}

/* The plan, by when. */
static void
report_plan (struct doc *d, const struct result *r)
{
  char *text;
  size_t i;
  int when = -1;

  doc_block (d, B_HEADING, _("What to do next"));
  for (i = 0; i < r->n_plan; i++)
    {
      if ((int) r->plan[i].when != when)
        {
          when = (int) r->plan[i].when;
          doc_block (d, B_SUBHEADING, _(words_when (when)));
          doc_block (d, B_STEPS, NULL);
        }
      text = msg_format (&r->plan[i].action, true);
      /* Numbered on across the periods. */
      doc_item (d, text, NULL, (int) i + 1);
      free (text);
    }
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

/* ------------------------------------------------------------ summary */

/* The recommended structure as a chart. */
static void
report_summary_org (struct doc *d, const struct result *r)
{
  struct org_node nodes[ORG_MAX];
  size_t i, n = org_chart (r, nodes);

  /* TRANSLATORS: the heading over the chart of the recommended
     structure. */
  doc_block (d, B_HEADING, _("The structure we recommend"));
  doc_block (d, B_ORG, NULL);
  for (i = 0; i < n; i++)
    doc_item (d, _(nodes[i].role),
              nodes[i].note != NULL ? _(nodes[i].note) : NULL,
              nodes[i].parent);
}

/* The signs and the conditions, each as a count and what holds. */
static void
report_summary_signs (struct doc *d, const struct result *r)
{
  struct buf b;
  int i;

  doc_block (d, B_FIELDS, NULL);
  buf_init (&b);
  for (i = 0; i < IND_COUNT && r->indicators[i] != TRI_UNKNOWN; i++)
    continue;
  /* TRANSLATORS: %d of %d: how many of the signs hold; "so far" while
     some are not known yet. */
  buf_addf (&b, i < IND_COUNT ? _("%d of %d so far") : _("%d of %d"),
            r->indicators_met, IND_COUNT);
  /* One that holds is named; more are counted (the details list them). */
  for (i = 0; i < IND_COUNT && r->indicators_met == 1; i++)
    if (r->indicators[i] == TRI_YES)
      buf_addf (&b, ": %s", _(words_indicator (i)));
  /* TRANSLATORS: a label of the summary: the signs that AI needs a
     leader of its own. */
  doc_item (d, _("Signs for a Chief AI Officer"), b.data, 0);
  buf_free (&b);
  buf_init (&b);
  for (i = 0; i < ABS_COUNT && r->absorb[i] != TRI_UNKNOWN; i++)
    continue;
  buf_addf (&b, i < ABS_COUNT ? _("%d of %d so far") : _("%d of %d"),
            r->absorb_met, ABS_COUNT);
  /* TRANSLATORS: a label of the summary: the conditions under which
     one technology leader can carry AI. */
  doc_item (d, _("Conditions for one leader to carry AI"), b.data, 0);
  buf_free (&b);
}

/* Each tool in a line: its verdict, and its six steps as marks. */
static void
report_summary_tools (struct doc *d, const struct result *r, size_t most)
{
  static const char *const marks[] = { "✓", "…", "✗", "–" };
  size_t i;
  int s;

  if (r->n_tools == 0)
    return;
  doc_block (d, B_HEADING, _("AI tools"));
  /* One or two with their steps; of more, three in a line each and the
   others counted: the page holds no more. */
  bool many = r->n_tools > 2 || report_modules_shown (r);

  doc_block (d, many ? B_LIST : B_FIELDS, NULL);
  for (i = 0; i < r->n_tools && i < (many ? most : 2); i++)
    {
      const struct tool_result *t = &r->tools[i];
      struct buf b;
      char *line = words_tool_title (t);

      buf_init (&b);
      for (s = 0; s < TS_COUNT; s++)
        /* A step and its mark never apart: a no-break space. */
        buf_addf (&b, "%s%s\u00a0%s", s > 0 ? ", " : "", _(words_step (s)),
                  t->steps[s] >= 0 && t->steps[s] < 4 ? marks[t->steps[s]]
                                                      : "?");
      doc_item (d, line, many ? NULL : b.data, 0);
      buf_free (&b);
      free (line);
    }
  if (r->n_tools > (many ? most : 2))
    {
      /* TRANSLATORS: under the first tools of the summary; %zu is how
         many more the details show. */
      char *more = xasprintf (_("and %zu more, in the details"),
                              r->n_tools - (many ? most : 2));

      doc_block (d, B_PARA, more);
      free (more);
    }
}

/* The first three steps of the plan, and what would change the advice. */
static void
report_summary_next (struct doc *d, const struct result *r, size_t steps,
                     bool turn)
{
  char **lines = NULL, *text;
  size_t i, n;

  if (r->n_plan > 0)
    {
      /* TRANSLATORS: the heading over the first steps of the plan. */
      doc_block (d, B_HEADING, _("The first steps"));
      doc_block (d, B_STEPS, NULL);
      for (i = 0; i < r->n_plan && i < steps; i++)
        {
          text = msg_format (&r->plan[i].action, true);
          doc_item (d, text, NULL, 0);
          free (text);
        }
    }
  n = turn ? words_turn_lines (r, true, &lines) : 0;
  if (n > 0)
    {
      doc_block (d, B_HEADING, _("What would change this advice"));
      doc_block (d, B_LIST, NULL);
    }
  for (i = 0; i < n; i++)
    {
      if (i < 1)
        doc_item (d, lines[i], NULL, 0);
      free (lines[i]);
    }
  free (lines);
}

/* Why: the first answer that decided who leads technology, and what
   decided the Chief AI Officer. */
static void
report_summary_why (struct doc *d, const struct result *r)
{
  struct msg caio = words_caio_why (r);
  size_t i;

  /* Under the recommendation itself, without a heading: the page has
     no line to spare. */
  doc_block (d, B_LIST, NULL);
  for (i = 0; i < r->n_reasons; i++)
    if (r->reasons[i].decision == DEC_PRIMARY && !r->reasons[i].against)
      {
        doc_item_msg (d, &r->reasons[i].effect);
        break;
      }
  doc_item_msg (d, &caio);
}

/* A printed page of text: the summary keeps to it (80 columns). */
#define SUMMARY_LINES 60

/* How much the summary page shows, from all it can to the least:
   tools in a line each, steps of the plan, the first turning point. */
static const struct { size_t tools, steps; bool turn; } summary_levels[] = {
  { 3, 3, true }, { 2, 2, true }, { 1, 1, true }, { 1, 1, false }
};
#define SUMMARY_LEVELS (sizeof summary_levels / sizeof summary_levels[0])

/* The first page: what a board takes in at a glance, at LEVEL of
   summary_levels.  The details follow on the next pages. */
static void
report_summary (struct doc *d, const struct result *r, size_t level)
{
  /* With the modules' lines, a step of the plan fewer. */
  size_t steps = summary_levels[level].steps
                 - (level == 0 && report_modules_shown (r));

  doc_block (d, B_LEAD, _(words_headline (r)));
  report_summary_why (d, r);
  report_summary_org (d, r);
  report_bars (d, r);
  report_summary_signs (d, r);
  report_summary_modules (d, r);
  report_summary_tools (d, r, summary_levels[level].tools);
  report_summary_next (d, r, steps, summary_levels[level].turn);
  doc_block (d, B_PAGEBREAK, NULL);
}

/* The title and the date. */
static void
report_head (struct doc *d, const struct result *r)
{
  char *title, *day, *when;

  if (r->company != NULL)
    /* TRANSLATORS: the report's title; %s is the company's name. */
    title = xasprintf (_("Technology and AI leadership: %s"), r->company);
  else
    title = xstrdup (_("Technology and AI leadership"));
  doc_block (d, B_TITLE, title);
  doc_running (d, r->company != NULL ? r->company : title);
  free (title);
  day = date_words (date_now ());
  /* TRANSLATORS: under the report's title; %s is a date. */
  when = xasprintf (_("Prepared on %s"), day);
  doc_block (d, B_DATE, when);
  free (when);
  free (day);
}

/* The fullest level whose summary fits a printed page as text:
   SUMMARY_LINES lines in the reader's language. */
static size_t
report_summary_fit (const struct result *r)
{
  size_t level, lines = 0;

  for (level = 0; level + 1 < SUMMARY_LEVELS; level++)
    {
      struct doc d;
      char *text = NULL;
      size_t len = 0, i;
      FILE *fp = open_memstream (&text, &len);

      if (fp == NULL)
        return level;
      doc_init (&d);
      report_head (&d, r);
      report_summary (&d, r, level);
      doc_write_text (&d, fp);
      fclose (fp);
      doc_free (&d);
      for (i = 0, lines = 0; i < len; i++)
        lines += text[i] == '\n';
      free (text);
      if (lines <= SUMMARY_LINES)
        break;
    }
  return level;
}

static void
report_build (struct doc *d, const struct bank *bank,
              const struct session *session, const struct result *r)
{
  char *footer;

  report_head (d, r);
  report_summary (d, r, report_summary_fit (r));
  report_verdict (d, r);
  report_missing (d, bank, r);
  report_reasons (d, r);
  report_turns (d, r);
  report_signs (d, r);
  report_tools (d, r);
  report_governance (d, r);
  report_plan (d, r);
  report_modules (d, r);
  report_answers (d, bank, session);
  /* TRANSLATORS: %s is the program's name and version. */
  footer = xasprintf (_("Prepared with %s."), PACKAGE " " VERSION);
  doc_block (d, B_FOOTER, footer);
  free (footer);
}

static int
report_write_doc (FILE *fp, enum report_format format, bool paged,
                  const struct bank *bank, const struct session *session,
                  const struct result *r)
{
  struct doc d;
  int status;

  if (format == REPORT_JSON)
    return report_write_json (fp, r);
  /* Reports are files: UTF-8, whatever the terminal takes. */
  lang_utf8_begin ();
  doc_init (&d);
  d.paged = paged;
  report_build (&d, bank, session, r);
  status = report_doc_write (fp, format, &d);
  doc_free (&d);
  lang_utf8_end ();
  return status;
}

int
report_doc_write (FILE *fp, enum report_format format, const struct doc *d)
{
  if (format == REPORT_MARKDOWN)
    return doc_write_markdown (d, fp);
  if (format == REPORT_HTML)
    return doc_write_html (d, fp, lang_current ()->code);
  return doc_write_text (d, fp);
}

int
report_write (FILE *fp, enum report_format format, const struct bank *bank,
              const struct session *session, const struct result *r)
{
  return report_write_doc (fp, format, false, bank, session, r);
}

int
report_write_paged (FILE *fp, const struct bank *bank,
                    const struct session *session, const struct result *r)
{
  return report_write_doc (fp, REPORT_TEXT, true, bank, session, r);
}

struct report_job
{
  enum report_format format;
  bool paged;
  const struct bank *bank;
  const struct session *session;
  const struct result *r;
};

static int
report_job_write (FILE *fp, void *ctx)
{
  const struct report_job *j = ctx;

  return report_write_doc (fp, j->format, j->paged, j->bank, j->session,
                           j->r);
}

int
report_save (const char *path, enum report_format format,
             const struct bank *bank, const struct session *session,
             const struct result *r, struct diag *d)
{
  struct report_job job = { format, false, bank, session, r };

  return atomic_write (path, report_job_write, &job, d);
}

int
report_save_paged (const char *path, const struct bank *bank,
                   const struct session *session, const struct result *r,
                   struct diag *d)
{
  struct report_job job = { REPORT_TEXT, true, bank, session, r };

  return atomic_write (path, report_job_write, &job, d);
}
