/* results.c: the results screen, drawn by leadwise (view.c), and the
   full report; saving and printing are export.c's. */
#include "system.h"

#include <cdk.h>

#include "core/msg.h"
#include "core/gov.h"
#include "core/hire.h"
#include "core/readiness.h"
#include "core/report.h"
#include "core/report_modules.h"
#include "core/score.h"
#include "core/util.h"
#include "core/words.h"
#include "tui/comparing.h"
#include "tui/export.h"
#include "tui/key.h"
#include "tui/results.h"
#include "tui/screen.h"
#include "tui/view.h"

enum { BTN_REPORT, BTN_SAVE, BTN_PRINT, BTN_COMPARE, BTN_EDIT, BTN_QUIT,
       BTN_COUNT };

struct results
{
  const struct bank *bank;
  struct result r;
  struct export e;          /* what Save and Print need */
};

/* LABEL and VALUE side by side, LABELS wide; VALUE on the next line
   when the screen is too narrow for both. */
static void
results_pair (struct view *v, const char *label, const char *value,
              int labels)
{
  char *l = screen_plain (label), *first, *rest;

  if (v->width >= labels + 2 + 24)
    {
      first = xasprintf ("%-*s  ", labels, l);
      rest = xasprintf ("%*s", labels + 2, "");
      view_add (v, VIEW_TEXT, -1, first, rest, value);
      free (first);
      free (rest);
    }
  else
    {
      view_add_raw (v, VIEW_HEADING, -1, xstrdup (l));
      view_add (v, VIEW_TEXT, -1, "  ", "  ", value);
    }
  free (l);
}

/* The widest of N labels, on the screen. */
static int
results_label_width (const char *const *labels, size_t n)
{
  size_t i;
  int w = 0;

  for (i = 0; i < n; i++)
    if (labels[i] != NULL)
      {
        char *t = screen_plain (labels[i]);

        if ((int) strlen (t) > w)
          w = (int) strlen (t);
        free (t);
      }
  return w;
}

/* Who leads technology, and the Chief AI Officer. */
static void
results_verdicts (struct view *v, const struct result *r)
{
  const char *labels[4] = { NULL, NULL, NULL, NULL };
  const char *values[4] = { NULL, NULL, NULL, NULL };
  char *lead;
  size_t i;
  int w;

  lead = r->primary != PRIMARY_UNDECIDED && r->form == FORM_FRACTIONAL
         ? xasprintf ("%s (%s)", _(words_primary (r->primary)),
                      _(words_form (r->form)))
         : xstrdup (_(words_primary (r->primary)));
  labels[0] = _("Technology leadership");
  values[0] = lead;
  if (result_has_cto (r))
    {
      labels[1] = _("Kind of CTO");
      values[1] = _(words_kind (r->cto_kind));
    }
  labels[2] = _("Chief AI Officer");
  values[2] = _(words_caio_in (r->caio, r->primary,
                               result_leader_missing (r)));
  if (r->caio == CAIO_DEDICATED && r->reports_to != REPORTS_NONE)
    {
      labels[3] = _("The CAIO reports to");
      values[3] = _(words_reports_to (r->reports_to));
    }
  w = results_label_width (labels, 4);
  for (i = 0; i < 4; i++)
    if (labels[i] != NULL)
      results_pair (v, labels[i], values[i], w);
  free (lead);
}

/* The three scores as bars: "CTO   ######....  63/100". */
static void
results_bars (struct view *v, const struct result *r)
{
  const char *roles[ROLE_COUNT];
  char *full = screen_symbol ("\u2588", "#"), *empty = screen_symbol ("\u2591", ".");
  int i, w, bar;

  for (i = 0; i < ROLE_COUNT; i++)
    roles[i] = _(words_role (i));
  w = results_label_width (roles, ROLE_COUNT);
  bar = v->width - w - 2 - 9;
  if (bar > 30)
    bar = 30;
  for (i = 0; i < ROLE_COUNT; i++)
    {
      char *label = screen_plain (roles[i]);
      struct buf b;
      int k, fill = (r->scores[i] * bar + 50) / 100;

      buf_init (&b);
      buf_addf (&b, "%-*s  ", w, label);
      if (r->scores[i] == SCORE_NONE)
        {
          char *unknown = screen_plain (_("not known yet"));

          buf_add (&b, unknown);
          free (unknown);
        }
      else
        {
          /* TRANSLATORS: a score out of 100, beside its bar. */
          char *score = xasprintf (_("%d/100"), r->scores[i]);
          char *shown = screen_plain (score);

          for (k = 0; k < bar; k++)
            buf_add (&b, k < fill ? full : empty);
          buf_addf (&b, "  %7s", shown);
          free (shown);
          free (score);
        }
      view_add_raw (v, VIEW_TEXT, -1, buf_take (&b));
      free (label);
    }
  free (full);
  free (empty);
}

/* What would change this advice: the first turning point on the first
   screen; ALL: every one. */
static void
results_turns (struct view *v, const struct result *r, bool all)
{
  char **lines;
  size_t i, n = words_turn_lines (r, true, &lines);

  if (n > 0 && (all ? n > 1 : true))
    {
      view_blank (v);
      view_add (v, VIEW_HEADING, -1, "", "",
                all ? _("More that would change this advice")
                    : _("What would change this advice"));
    }
  for (i = 0; i < n; i++)
    {
      if (all ? i > 0 : i == 0)
        view_add (v, VIEW_TEXT, -1, "- ", "  ", lines[i]);
      free (lines[i]);
    }
  free (lines);
}

/* Each tool: its verdict and how far its checklist is, and what to do
   next (the first step; ALL: every step). */
static void
results_tools (struct view *v, const struct result *r, bool all)
{
  size_t i, k;

  if (r->n_tools == 0)
    return;
  view_blank (v);
  view_add (v, VIEW_HEADING, -1, "", "",
            all ? _("Next steps for each AI tool") : _("AI tools"));
  for (i = 0; i < r->n_tools; i++)
    {
      const struct tool_result *t = &r->tools[i];
      char *line = words_tool_title (t);

      view_add (v, all ? VIEW_TEXT : VIEW_STRONG, -1, "", "   ",
                all ? (t->name != NULL ? t->name : _("(no name)")) : line);
      free (line);
      /* On the first screen, the next step of a tool alone; of several,
         each on one line, their steps below with the details. */
      for (k = 0; k < t->n_next && (all || (k < 1 && r->n_tools == 1)); k++)
        {
          /* TRANSLATORS: before the next step of a tool's checklist. */
          char *next = xasprintf (_("Next: %s"), _(t->next[k]));

          view_add (v, VIEW_TEXT, -1, "   ", "   ", all ? _(t->next[k])
                                                        : next);
          free (next);
        }
    }
}

/* The signs, and why. */
static void
results_details (struct view *v, const struct result *r)
{
  char *title = xasprintf (_(words_signs_title (r)), r->indicators_met);
  size_t i;

  view_blank (v);
  view_add (v, VIEW_HEADING, -1, "", "", title);
  free (title);
  for (i = 0; i < IND_COUNT; i++)
    view_add (v, VIEW_TEXT, -1,
              r->indicators[i] == TRI_YES ? "[x] "
              : r->indicators[i] == TRI_NO ? "[ ] " : "[?] ", "    ",
              _(words_indicator (i)));
  if (r->n_reasons == 0)
    return;
  view_blank (v);
  view_add (v, VIEW_HEADING, -1, "", "", _("Why"));
  for (i = 0; i < r->n_reasons; i++)
    {
      char *text = msg_format (&r->reasons[i].effect, true);

      view_add (v, VIEW_TEXT, -1, "- ", "  ", text);
      free (text);
    }
}

/* What is still to answer before the advice can be given. */
static void
results_missing (struct view *v, const struct results *s)
{
  const struct result *r = &s->r;
  size_t i;
  int instance;

  if (r->n_missing == 0)
    return;
  view_blank (v);
  view_add (v, VIEW_HEADING, -1, "", "", _("Still to answer"));
  for (i = 0; i < r->n_missing; i++)
    {
      const struct question *q = bank_find (s->bank, r->missing[i],
                                            &instance);

      view_add (v, VIEW_TEXT, -1, "- ", "  ",
                q != NULL ? _(q->prompt) : r->missing[i]);
    }
}

/* The modules chosen or answered, a line each, under the tools. */
static void
results_module_lines (struct view *v, const struct result *r)
{
  const char *labels[3] = { _("CTO readiness"), _("AI governance"),
                            _("Hiring brief") };
  char *lines[3] = { report_readiness_line (r), report_gov_line (r),
                     report_hire_line (r) };
  int i, w;

  if (!report_modules_shown (r))
    return;
  view_blank (v);
  /* TRANSLATORS: the heading over the optional modules. */
  view_add (v, VIEW_HEADING, -1, "", "", _("Modules"));
  w = results_label_width (labels, 3);
  for (i = 0; i < 3; i++)
    if (lines[i] != NULL)
      {
        results_pair (v, labels[i], lines[i], w);
        free (lines[i]);
      }
}

/* The nine areas as bars, and what to develop first. */
static void
results_readiness (struct view *v, const struct result *r)
{
  const struct readiness *rd = &r->readiness;
  const char *names[RA_COUNT];
  char *full, *empty;
  int i, w, k, cell;
  size_t p;

  if (!report_readiness_shown (r))
    return;
  full = screen_symbol ("\u2588", "#");
  empty = screen_symbol ("\u2591", ".");
  view_blank (v);
  view_add (v, VIEW_HEADING, -1, "", "", _("CTO readiness"));
  for (i = 0; i < RA_COUNT; i++)
    names[i] = _(readiness_area_name (i));
  w = results_label_width (names, RA_COUNT);
  /* Five cells of two columns, or one where the screen is narrow. */
  cell = v->width >= w + 2 + 10 + 5 ? 2 : 1;
  for (i = 0; i < RA_COUNT; i++)
    {
      char *label = screen_plain (names[i]);
      struct buf b;

      buf_init (&b);
      /* The label beside its bar, or above it where the screen is too
         narrow. */
      if (v->width >= w + 2 + 5 * cell + 5)
        buf_addf (&b, "%-*s  ", w, label);
      else
        {
          view_add_raw (v, VIEW_TEXT, -1, xstrdup (label));
          buf_add (&b, "  ");
        }
      for (k = 0; k < 5 * cell; k++)
        buf_add (&b, k < rd->ratings[i] * cell ? full : empty);
      if (rd->ratings[i] > 0)
        buf_addf (&b, "  %d/5", rd->ratings[i]);
      else
        buf_add (&b, "  -/5");
      view_add_raw (v, VIEW_TEXT, -1, buf_take (&b));
      free (label);
    }
  free (full);
  free (empty);
  if (rd->n_priorities > 0)
    {
      view_blank (v);
      view_add (v, VIEW_HEADING, -1, "", "", _("To develop first, and how"));
    }
  for (p = 0; p < rd->n_priorities; p++)
    {
      char *text = xasprintf ("%s (%d/5): %s",
                              _(readiness_area_name (rd->priorities[p])),
                              rd->ratings[rd->priorities[p]], _(rd->steps[p]));

      view_add (v, VIEW_TEXT, -1, "- ", "  ", text);
      free (text);
    }
}

/* The governance gaps, most pressing first, with their owners. */
static void
results_gov (struct view *v, const struct result *r)
{
  const struct gov_result *g = &r->gov;
  size_t i;

  char *line;

  if (!report_gov_shown (r) || !g->taken)
    return;
  view_blank (v);
  view_add (v, VIEW_HEADING, -1, "", "", _("AI governance and adoption"));
  line = report_gov_line (r);
  view_add (v, VIEW_TEXT, -1, "", "", line);
  free (line);
  if (g->n_gaps == 0)
    return;
  view_blank (v);
  view_add (v, VIEW_HEADING, -1, "", "", _("The gaps, most pressing first"));
  for (i = 0; i < g->n_gaps; i++)
    {
      const struct gov_gap *gap = &g->gaps[i];
      char *text = xasprintf (_("%s. Owner: %s. %s"),
                              _(gov_item_name (gap->item)),
                              _(words_owner (gap->owner, r)),
                              _(gov_item_action (gap->item)));

      view_add (v, VIEW_TEXT, -1, "- ", "  ", text);
      free (text);
    }
}

/* The brief's mandate and the first 90 days. */
static void
results_hire (struct view *v, const struct result *r)
{
  const struct hire_result *h = &r->hire;
  size_t i;

  if (!report_hire_shown (r) || h->role == HIRE_NONE)
    return;
  view_blank (v);
  view_add (v, VIEW_HEADING, -1, "", "", _("Hiring brief and the first 90 days"));
  view_add (v, VIEW_TEXT, -1, "", "", _(h->mandate));
  for (i = 0; i < h->n_plan; i++)
    {
      char *text = msg_format (&h->plan[i].action, true);
      char *mark = xasprintf ("%zu. ", i + 1);

      view_add (v, VIEW_TEXT, -1, mark, "   ", text);
      free (mark);
      free (text);
    }
}

/* The results screen's document: what a founder needs first, on the
   first screen at 80x24, then the rest. */
static void
results_build (struct view *v, void *data)
{
  const struct results *s = data;
  const struct result *r = &s->r;

  view_add (v, VIEW_STRONG, -1, "", "", _(words_headline (r)));
  view_blank (v);
  results_verdicts (v, r);
  view_blank (v);
  results_bars (v, r);
  results_missing (v, s);
  results_turns (v, r, false);
  results_tools (v, r, false);
  results_module_lines (v, r);
  results_turns (v, r, true);
  results_details (v, r);
  results_tools (v, r, true);
  results_readiness (v, r);
  results_gov (v, r);
  results_hire (v, r);
}

/* ? and F1: how to move about. */
static void
results_help (void)
{
  view_help (_("Results"),
             _("Up and Down, Page Up and Page Down, Home and End scroll "
               "the text. Left, Right and Tab move between the actions "
               "below it, and Enter does the one in brackets. q quits, "
               "Esc goes back."));
}

static void
results_full_report (const struct results *s)
{
  char *text = export_text (&s->e, false);

  /* TRANSLATORS: the title bar of the full report; keep it short. */
  view_report (_("Full report"), text, results_help);
  free (text);
}

/* Compare: with a file, or hand over; true for the hand-over. */
static bool
results_compare (const struct results *s, const struct session *session,
                 const char *save_path)
{
  const char *items[2];
  const char *me = session_get (session, "meta.respondent");
  int choice;

  /* TRANSLATORS: items of the list the Compare button opens. */
  items[0] = _("Compare with another answers file");
  items[1] = _("Hand over: someone else answers here, then compare");
  /* TRANSLATORS: key hints at the foot of a list; keep the key names, and
     under 78 columns. */
  choice = screen_pick (_("Compare"), _("Enter choose  Esc back"), items, 2,
                        0);
  if (choice == 0)
    /* TRANSLATORS: the label of the answers on screen in a comparison
       made from the results screen. */
    comparing_with_file (s->bank, save_path, me != NULL ? me : _("You"));
  return choice == 1;
}

enum results_action
results_show (const struct bank *bank, const struct session *session,
              const char *save_path, bool kiosk, bool compare)
{
  struct results s = { bank, { 0 }, { bank, session, NULL, save_path,
                                       kiosk } };
  const char *buttons[BTN_COUNT];
  int actions[BTN_COUNT], n = 0, key, i;
  struct view_screen screen = { 0 };
  struct view_state state = { 0, -1, 0 };
  enum results_action action = RESULTS_QUIT;
  char *title;

  /* TRANSLATORS: a button in a row of five on an 80-column screen; keep it
     short. */
  buttons[n] = _("Full report"), actions[n++] = BTN_REPORT;
  /* TRANSLATORS: a button in a row of five on an 80-column screen; keep it
     short. */
  buttons[n] = _("Save"), actions[n++] = BTN_SAVE;
  if (!kiosk)
    /* No printer, and no program started, for a stranger in a kiosk.
       TRANSLATORS: a button in a row of five on an 80-column screen; keep
       it short. */
    buttons[n] = _("Print"), actions[n++] = BTN_PRINT;
  if (compare && !kiosk)
    /* Never in a kiosk: participants do not see each other's answers.
       TRANSLATORS: a button in a row of six on an 80-column screen; keep
       it short. */
    buttons[n] = _("Compare"), actions[n++] = BTN_COMPARE;
  /* TRANSLATORS: a button in a row of five on an 80-column screen; keep it
     short. */
  buttons[n] = _("Edit answers"), actions[n++] = BTN_EDIT;
  /* TRANSLATORS: a button; keep it short. */
  buttons[n] = _("Quit"), actions[n++] = BTN_QUIT;
  score_run (bank, session, &s.r);
  s.e.r = &s.r;
  /* TRANSLATORS: the title bar of the results screen; %s is the
     company's name. */
  title = xasprintf (_("leadwise - Results: %s"), s.r.company != NULL
                     ? s.r.company : _("(no name)"));
  screen.title = title;
  screen.buttons = buttons;
  screen.n_buttons = n;
  for (;;)
    {
      /* TRANSLATORS: key hints of the results screen; keep under 78
         columns. */
      screen.hint = COLS >= 78 ? _("Up/Down scroll  Left/Right/Tab choose  "
                                   "Enter do it  ? help  q quit")
                    /* TRANSLATORS: the same for 40 columns. */
                    : _("Arrows  Enter  ? help  q quit");
      key = view_show (&screen, &state, results_build, &s);
      if (key_stopped () != 0 || key == 'q' || key == 'Q' || key == 27
          || key == KEY_F (10))
        break;
      if (key == '?' || key == KEY_F (1))
        {
          results_help ();
          continue;
        }
      if (!view_is_enter (key))
        continue;
      i = actions[state.button];
      if (i == BTN_REPORT)
        results_full_report (&s);
      else if (i == BTN_SAVE)
        export_save (&s.e);
      else if (i == BTN_PRINT)
        export_print (&s.e);
      else if (i == BTN_COMPARE)
        {
          if (results_compare (&s, session, save_path))
            {
              action = RESULTS_HANDOVER;
              break;
            }
        }
      else if (i == BTN_EDIT)
        {
          action = RESULTS_EDIT;
          break;
        }
      else
        break;
      if (key_stopped () != 0)
        break;
    }
  free (title);
  result_free (&s.r);
  return action;
}
