/* results.c: the results screen. */
#include "system.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cdk.h>

#include "core/atomic.h"
#include "core/diag.h"
#include "core/msg.h"
#include "core/report.h"
#include "core/score.h"
#include "core/util.h"
#include "core/words.h"
#include "core/workshop.h"
#include "tui/key.h"
#include "tui/results.h"
#include "tui/screen.h"

enum { BTN_REPORT, BTN_SAVE, BTN_PRINT, BTN_EDIT, BTN_QUIT, BTN_COUNT };

struct results
{
  const struct bank *bank;
  const struct session *session;
  const char *save_path;
  bool kiosk;
  struct result r;
};

/* A score as a bar of WIDTH characters, or "not known yet". */
static void
results_bar (struct buf *b, const char *label, int score, int width)
{
  int fill = (score * width + 50) / 100, i;

  buf_addf (b, "  %-5s ", label);
  if (score == SCORE_NONE)
    {
      buf_addf (b, "%s\n", _("not known yet"));
      return;
    }
  buf_addc (b, '[');
  for (i = 0; i < width; i++)
    buf_addc (b, i < fill ? '#' : '.');
  buf_addf (b, "] %3d\n", score);
}

/* Whether every score is known, for the histograms above the text. */
static bool
results_scores_known (const struct result *r)
{
  int i;

  for (i = 0; i < ROLE_COUNT; i++)
    if (r->scores[i] == SCORE_NONE)
      return false;
  return true;
}

static void
results_add_msg (struct buf *b, const char *prefix, const struct msg *m)
{
  char *text = msg_format (m, true);

  buf_addf (b, "%s%s\n", prefix, text);
  free (text);
}

/* The verdicts, and what would change them. */
static void
results_verdicts (struct buf *b, const struct result *r)
{
  size_t i, n;
  char **lines;

  buf_addf (b, "\n%s: %s\n", _("Technology leadership"),
            _(words_primary (r->primary)));
  if (r->primary != PRIMARY_UNDECIDED && r->form == FORM_FRACTIONAL)
    buf_addf (b, "%s: %s\n", _("Leadership form"), _(words_form (r->form)));
  if (result_has_cto (r))
    buf_addf (b, "%s: %s\n", _("Kind of CTO"), _(words_kind (r->cto_kind)));
  buf_addf (b, "%s: %s\n", _("Chief AI Officer"),
            _(words_caio_in (r->caio, r->primary,
                             result_leader_missing (r))));
  if (r->caio == CAIO_DEDICATED && r->reports_to != REPORTS_NONE)
    buf_addf (b, "%s: %s\n", _("The CAIO reports to"),
              _(words_reports_to (r->reports_to)));
  if (r->n_turns == 0)
    return;
  buf_addf (b, "\n%s\n", _("What would change this advice"));
  n = words_turn_lines (r, true, &lines);
  for (i = 0; i < n; i++)
    {
      buf_addf (b, "  - %s\n", lines[i]);
      free (lines[i]);
    }
  free (lines);
}

/* The summary: the headline, the bars, the verdicts, the signs, the
   tools, why. */
static char *
results_summary (const struct results *s, bool with_bars)
{
  const struct result *r = &s->r;
  struct buf b;
  size_t i, k;
  int width = COLS - 24 > 40 ? 40 : COLS - 24;

  buf_init (&b);
  buf_addf (&b, "%s\n", _(words_headline (r)));
  if (!with_bars)
    {
      buf_addc (&b, '\n');
      for (i = 0; i < ROLE_COUNT; i++)
        results_bar (&b, _(words_role (i)), r->scores[i],
                     width < 10 ? 10 : width);
    }
  results_verdicts (&b, r);
  buf_addf (&b, "\n");
  buf_addf (&b, _(words_signs_title (r)), r->indicators_met);
  buf_addc (&b, '\n');
  for (i = 0; i < IND_COUNT; i++)
    buf_addf (&b, "  %s %s\n", r->indicators[i] == TRI_YES ? "[x]"
              : r->indicators[i] == TRI_NO ? "[ ]" : "[?]",
              _(words_indicator (i)));
  for (i = 0; i < r->n_tools; i++)
    {
      const struct tool_result *t = &r->tools[i];

      buf_addf (&b, "\n%d. %s: %s\n", t->number,
                t->name != NULL ? t->name : _("(no name)"),
                _(words_tool_verdict (t)));
      for (k = 0; k < t->n_next && k < 2; k++)
        buf_addf (&b, "   - %s\n", _(t->next[k]));
    }
  buf_addf (&b, "\n%s\n", _("Why"));
  for (i = 0; i < r->n_reasons; i++)
    results_add_msg (&b, "  - ", &r->reasons[i].effect);
  return buf_take (&b);
}

/* The three scores as CDK histograms side by side on rows 0 to 4. */
static void
results_histograms (CDKSCREEN *cdk, const struct result *r,
                    CDKHISTOGRAM **h)
{
  int i, width = COLS / ROLE_COUNT;

  for (i = 0; i < ROLE_COUNT; i++)
    {
      char *title = screen_text (_(words_role (i)));

      h[i] = newCDKHistogram (cdk, i * width, 0, 3, width, HORIZONTAL, title,
                              TRUE, FALSE);
      if (h[i] != NULL)
        setCDKHistogram (h[i], vPERCENT, CENTER, A_BOLD, 0, 100,
                         r->scores[i], ' ' | A_REVERSE, TRUE);
      free (title);
    }
}

/* Keys of CDK's viewer that leadwise does not offer: its search (which
   crashes this CDK), its line jump and its file statistics.  Bound to
   this, they do nothing. */
static int
results_key_ignored (EObjectType type, void *object, void *data, chtype key)
{
  (void) type, (void) object, (void) data, (void) key;
  return TRUE;
}

/* ? and F1 on the results: how to move about, as on every screen. */
static int
results_key_help (EObjectType type, void *object, void *data, chtype key)
{
  CDKVIEWER *viewer = object;

  (void) type, (void) data, (void) key;
  /* TRANSLATORS: the title of a help pop-up. */
  screen_message (_("Help"),
                  _("Up and Down, Page Up and Page Down scroll the text. "
                    "Tab moves between the buttons below it, and Enter "
                    "chooses one. Esc goes back."));
  refreshCDKScreen (ScreenOf (viewer));
  return TRUE;
}

static void
results_bind_keys (CDKVIEWER *viewer)
{
  static const chtype ignored[] = { '/', 'n', 'N', ':', 'i', 's', 'S' };
  size_t i;

  for (i = 0; i < sizeof ignored / sizeof ignored[0]; i++)
    bindCDKObject (vVIEWER, viewer, ignored[i], results_key_ignored, NULL);
  bindCDKObject (vVIEWER, viewer, '?', results_key_help, NULL);
  bindCDKObject (vVIEWER, viewer, KEY_F (1), results_key_help, NULL);
}

/* Show TEXT (UTF-8) in a viewer with BUTTONS, under the score
   histograms of R when R is not NULL and the screen is tall enough;
   returns the button, or -1 (Esc, a signal, a lost terminal). */
static int
results_view (const char *title, const char *text, const char *const *buttons,
              int n, const struct result *r)
{
  CDKHISTOGRAM *bars[ROLE_COUNT] = { NULL, NULL, NULL };
  char *shown = screen_text (text), *head = screen_text (title), **lines;
  char *labels[BTN_COUNT];
  int n_lines, i, choice = -1;
  CDKSCREEN *cdk;
  CDKVIEWER *viewer;

  for (i = 0; i < n; i++)
    labels[i] = screen_text (buttons[i]);
  for (;;)
    {
      if (!screen_big_enough () && !screen_wait_big_enough ())
        break;
      int top = r != NULL && LINES >= 16 && results_scores_known (r) ? 5 : 0;

      lines = screen_wrap (shown, COLS - 2, &n_lines);
      cdk = initCDKScreen (stdscr);
      if (top > 0)
        results_histograms (cdk, r, bars);
      viewer = newCDKViewer (cdk, 0, top, LINES - top, COLS,
                             (CDK_CSTRING2) labels, n, A_REVERSE, TRUE,
                             FALSE);
      if (viewer != NULL)
        {
          /* Not interpreted: no text of the user's is taken as markup. */
          setCDKViewer (viewer, head, (CDK_CSTRING2) lines, n_lines,
                        A_REVERSE, FALSE, TRUE, TRUE);
          results_bind_keys (viewer);
          refreshCDKScreen (cdk);
          choice = activateCDKViewer (viewer, NULL);
          if (viewer->exitType != vNORMAL || key_stopped () != 0)
            choice = -1;
          destroyCDKViewer (viewer);
        }
      for (i = 0; i < ROLE_COUNT; i++)
        if (bars[i] != NULL)
          {
            destroyCDKHistogram (bars[i]);
            bars[i] = NULL;
          }
      destroyCDKScreen (cdk);
      screen_free_lines (lines, n_lines);
      erase ();
      refresh ();
      if (viewer != NULL)
        break;
    }
  for (i = 0; i < n; i++)
    free (labels[i]);
  free (shown);
  free (head);
  return choice;
}

static char *
results_text (const struct results *s, enum report_format format)
{
  char *text = NULL;
  size_t size = 0;
  FILE *fp = open_memstream (&text, &size);

  report_write (fp, format, s->bank, s->session, &s->r);
  fclose (fp);
  return text;
}

static void
results_save (const struct results *s)
{
  static const char *const exts[] = { "txt", "md", "html", "json" };
  const char *formats[5];
  struct diag d;
  char *dir, *path;
  const char *slash = strrchr (s->save_path, '/');
  int f;

  /* TRANSLATORS: a button in a row of five formats (Text, Markdown, HTML,
     JSON, Cancel); keep it short. */
  formats[0] = _("Text");
  formats[1] = "Markdown";
  formats[2] = "HTML";
  formats[3] = "JSON";
  /* TRANSLATORS: a button; keep it short. */
  formats[4] = _("Cancel");
  f = screen_choose (_("Save the report"), _("In which format?"), formats, 5);
  if (f < 0 || f > 3)
    return;
  /* Next to the answers file: it is the user's own, writable place; in
     a workshop, named after the participant's answers. */
  dir = slash != NULL ? xstrndup (s->save_path, (size_t) (slash - s->save_path))
                      : xstrdup (".");
  path = s->kiosk ? workshop_report_path (s->save_path, exts[f])
                  : xasprintf ("%s/leadwise-report.%s", dir, exts[f]);
  diag_init (&d);
  if (report_save (path, (enum report_format) f, s->bank, s->session, &s->r,
                   &d) == 0)
    {
      /* TRANSLATORS: %s is a file name. Shown in a box: keep it short. */
      char *done = s->kiosk ? xstrdup (_("The report is saved for the "
                                         "facilitator."))
                            : xasprintf (_("The report is saved in %s"), path);

      /* TRANSLATORS: the title of a message box. */
      screen_message (_("Saved"), done);
      free (done);
    }
  else
    screen_message (_("The report could not be saved"),
                    s->kiosk ? _("Please tell the facilitator.")
                    : d.count > 0 ? d.messages[0] : "");
  diag_free (&d);
  free (path);
  free (dir);
}

/* The printing command there is: lp, else lpr; NULL when neither. */
static const char *
results_printer (void)
{
  static const char *const commands[] = { "lp", "lpr" };
  const char *path_env = getenv ("PATH");
  size_t i;

  for (i = 0; i < 2 && path_env != NULL; i++)
    {
      char *copy = xstrdup (path_env), *dir, *save = NULL;
      bool found = false;

      for (dir = strtok_r (copy, ":", &save); dir != NULL && !found;
           dir = strtok_r (NULL, ":", &save))
        {
          char *candidate = xasprintf ("%s/%s", dir, commands[i]);

          found = access (candidate, X_OK) == 0;
          free (candidate);
        }
      free (copy);
      if (found)
        return commands[i];
    }
  return NULL;
}

static void
results_print (const struct results *s)
{
  const char *printer = results_printer ();
  char *text, *done;
  FILE *pipe;
  int status;

  if (printer == NULL)
    {
      if (screen_confirm (_("No printing command (lp or lpr) was found. "
                            "Save the report instead?")))
        results_save (s);
      return;
    }
  text = results_text (s, REPORT_TEXT);
  pipe = popen (printer, "w");
  status = -1;
  if (pipe != NULL)
    {
      fputs (text, pipe);
      status = pclose (pipe);
    }
  if (status == 0)
    /* TRANSLATORS: %s is the printing command, lp or lpr. */
    done = xasprintf (_("The report was sent to the printer with %s."),
                      printer);
  else
    /* TRANSLATORS: %s is the print command, lp or lpr. */
    done = xasprintf (_("%s could not print the report."), printer);
  /* TRANSLATORS: a button in a row of five on an 80-column screen; keep it
     short. */
  screen_message (_("Print"), done);
  free (done);
  free (text);
}

enum results_action
results_show (const struct bank *bank, const struct session *session,
              const char *save_path, bool kiosk)
{
  struct results s = { bank, session, save_path, kiosk, { 0 } };
  const char *buttons[BTN_COUNT];
  char *summary, *report;
  enum results_action action = RESULTS_QUIT;
  int choice;

  /* TRANSLATORS: a button in a row of five on an 80-column screen; keep it
     short. */
  buttons[BTN_REPORT] = _("Full report");
  /* TRANSLATORS: a button in a row of five on an 80-column screen; keep it
     short. */
  buttons[BTN_SAVE] = _("Save");
  /* TRANSLATORS: a button in a row of five on an 80-column screen; keep it
     short. */
  buttons[BTN_PRINT] = _("Print");
  /* TRANSLATORS: a button in a row of five on an 80-column screen; keep it
     short. */
  buttons[BTN_EDIT] = _("Edit answers");
  /* TRANSLATORS: a button; keep it short. */
  buttons[BTN_QUIT] = _("Quit");
  if (kiosk)
    {
      /* No printer, and no program started, for a stranger in a kiosk. */
      buttons[BTN_PRINT] = buttons[BTN_EDIT];
      buttons[BTN_EDIT] = buttons[BTN_QUIT];
    }
  score_run (bank, session, &s.r);
  for (;;)
    {
      summary = results_summary (&s, LINES >= 16
                                     && results_scores_known (&s.r));
      /* TRANSLATORS: the title bar of the results screen; keep it short. */
      choice = results_view (_("Results"), summary, buttons,
                             kiosk ? BTN_COUNT - 1 : BTN_COUNT, &s.r);
      free (summary);
      /* In a kiosk the buttons after Save move up by one. */
      if (kiosk && choice >= BTN_PRINT)
        choice++;
      if (choice == BTN_REPORT)
        {
          const char *back[1];

          /* TRANSLATORS: a button; keep it short. */
          back[0] = _("Back");
          report = results_text (&s, REPORT_TEXT);
          /* TRANSLATORS: a button in a row of five on an 80-column screen;
             keep it short. */
          if (results_view (_("Full report"), report, back, 1, NULL) < 0
              && key_stopped () != 0)
            choice = -1;
          free (report);
        }
      else if (choice == BTN_SAVE)
        results_save (&s);
      else if (choice == BTN_PRINT)
        results_print (&s);
      else if (choice == BTN_EDIT)
        {
          action = RESULTS_EDIT;
          break;
        }
      if (choice < 0 || choice == BTN_QUIT)
        break;
    }
  result_free (&s.r);
  return action;
}
