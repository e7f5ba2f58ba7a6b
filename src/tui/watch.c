/* watch.c: the summary live, for a projector: who has finished, who is
   answering, and, once the facilitator reveals them, the room's verdicts,
   scores, tools and modules as bars.  Anonymous until names are asked
   for.  Drawn by view.c, which draws only what changed. */
#include "system.h"

#include <signal.h>
#include <time.h>

#include <curses.h>

#include "core/diag.h"
#include "core/exitcode.h"
#include "core/gov.h"
#include "core/msg.h"
#include "core/readiness.h"
#include "core/summary.h"
#include "core/util.h"
#include "core/words.h"
#include "tui/key.h"
#include "tui/screen.h"
#include "tui/view.h"
#include "tui/watch.h"

struct watch
{
  const struct bank *bank;
  const char *dir;
  bool reveal;                  /* r: the distributions */
  bool names;                   /* n: who is who */
};

/* A bar of COUNT out of TOTAL, WIDTH cells wide, with the count. */
static char *
watch_bar (size_t count, size_t total, int width)
{
  char *full = screen_symbol ("\u2588", "#"), *empty = screen_symbol ("\u2591", ".");
  struct buf b;
  int k, fill = total > 0 ? (int) ((count * (size_t) width + total / 2) / total)
                          : 0;

  buf_init (&b);
  for (k = 0; k < width; k++)
    buf_add (&b, k < fill ? full : empty);
  buf_addf (&b, " %zu", count);
  free (full);
  free (empty);
  return buf_take (&b);
}

/* LABELS[i] with a bar for COUNTS[i], the labels aligned. */
static void
watch_bars (struct view *v, const char *const *labels, const size_t *counts,
            size_t n, size_t total)
{
  size_t i;
  int w = 0, bar;

  for (i = 0; i < n; i++)
    {
      char *l = screen_plain (labels[i]);

      if ((int) strlen (l) > w)
        w = (int) strlen (l);
      free (l);
    }
  bar = v->width - w - 4 - 6;
  if (bar > 40)
    bar = 40;
  if (bar < 5)
    bar = 5;
  for (i = 0; i < n; i++)
    {
      char *l = screen_plain (labels[i]), *b = watch_bar (counts[i], total, bar);
      char *line = xasprintf ("  %-*s  %s", w, l, b);

      view_add_raw (v, VIEW_TEXT, -1, line);
      free (b);
      free (l);
    }
}

/* The first line: how far the room is. */
static void
watch_progress (struct view *v, const struct summary *s)
{
  size_t i, finished = 0, answering = 0, idle = 0;
  long long now = (long long) time (NULL), newest = -1;
  char when[16] = "-", *line;

  for (i = 0; i < s->n; i++)
    {
      const struct summary_row *r = &s->rows[i];

      enum summary_state st = summary_row_state (r, now);

      finished += st == ROOM_FINISHED;
      answering += st == ROOM_ANSWERING;
      idle += st == ROOM_IDLE;
      if (r->updated > newest)
        newest = r->updated;
    }
  if (newest >= 0)
    {
      time_t t = (time_t) newest;
      struct tm tm;

      localtime_r (&t, &tm);
      strftime (when, sizeof when, "%H:%M", &tm);
    }
  /* TRANSLATORS: the projector view's first line: how many have
     finished, are answering, have gone idle, and the time of the last
     answer saved. */
  line = xasprintf (_("%zu finished, %zu answering, %zu idle; updated %s"),
                    finished, answering, idle, when);
  view_add (v, VIEW_STRONG, -1, "", "", line);
  free (line);
}

static void
watch_verdicts (struct view *v, const struct summary *s)
{
  const char *labels[4];
  size_t counts[4];
  int i;

  view_blank (v);
  view_add (v, VIEW_HEADING, -1, "", "", _("Who should lead technology"));
  for (i = 0; i < 4; i++)
    {
      labels[i] = _(words_primary ((i + 1) % 4));
      counts[i] = s->primary[(i + 1) % 4];
    }
  watch_bars (v, labels, counts, 4, s->n);
  view_blank (v);
  view_add (v, VIEW_HEADING, -1, "", "", _("Chief AI Officer"));
  for (i = 0; i < 4; i++)
    {
      labels[i] = _(words_caio ((i + 1) % 4));
      counts[i] = s->caio[(i + 1) % 4];
    }
  watch_bars (v, labels, counts, 4, s->n);
}

/* Each role's scores, by fifths, as a row of bars. */
static void
watch_scores (struct view *v, const struct summary *s)
{
  static const char *const fifths[SUMMARY_BUCKETS] = {
    "0-19", "20-39", "40-59", "60-79", "80-100"
  };
  int role, k;

  view_blank (v);
  view_add (v, VIEW_HEADING, -1, "", "", _("Scores"));
  for (role = 0; role < ROLE_COUNT; role++)
    {
      struct buf b;
      char *label = screen_plain (_(words_role (role)));

      buf_init (&b);
      buf_addf (&b, "  %-5s", label);
      for (k = 0; k < SUMMARY_BUCKETS; k++)
        buf_addf (&b, " %s:%zu", fifths[k], s->score_hist[role][k]);
      view_add_raw (v, VIEW_TEXT, -1, buf_take (&b));
      free (label);
    }
}

static void
watch_tools (struct view *v, const struct summary *s)
{
  const char *labels[3];
  size_t counts[3], total = s->tool_verdicts[0] + s->tool_verdicts[1]
                            + s->tool_verdicts[2];
  int i;

  if (total == 0)
    return;
  view_blank (v);
  view_add (v, VIEW_HEADING, -1, "", "", _("AI tools"));
  for (i = 0; i < 3; i++)
    {
      labels[i] = _(words_verdict (i));
      counts[i] = s->tool_verdicts[i];
    }
  watch_bars (v, labels, counts, 3, total);
}

static void
watch_modules (struct view *v, const struct summary *s)
{
  const struct summary_modules *m = &s->modules;
  size_t i;

  if (m->ready_files > 0)
    {
      view_blank (v);
      view_add (v, VIEW_HEADING, -1, "", "", _("CTO readiness"));
      for (i = 0; i < RA_COUNT; i++)
        {
          int mean = summary_modules_ready10 (m, i);
          char *l, *tenths;

          if (mean < 0)
            continue;
          l = screen_plain (_(readiness_area_name (i)));
          tenths = msg_tenths (mean, true);
          view_add_raw (v, VIEW_TEXT, -1, xasprintf ("  %-28s %s", l, tenths));
          free (tenths);
          free (l);
        }
    }
  if (m->gov_files > 0)
    {
      const char *labels[GI_COUNT];
      size_t counts[GI_COUNT], n;
      int order[GI_COUNT];

      view_blank (v);
      view_add (v, VIEW_HEADING, -1, "", "", _("Most common AI governance gaps"));
      n = summary_modules_gaps (m, order);
      if (n > 5)
        n = 5;
      for (i = 0; i < n; i++)
        {
          labels[i] = _(gov_item_name (order[i]));
          counts[i] = m->gov_gap[order[i]];
        }
      watch_bars (v, labels, counts, n, m->gov_files);
    }
}

static void
watch_people (struct view *v, const struct summary *s)
{
  size_t i;

  view_blank (v);
  view_add (v, VIEW_HEADING, -1, "", "", _("Participants"));
  for (i = 0; i < s->n; i++)
    {
      const struct summary_row *r = &s->rows[i];
      char *line = xasprintf ("%s: %s", r->participant,
                              _(summary_state_name (summary_row_state (
                                r, (long long) time (NULL)))));

      view_add (v, VIEW_TEXT, -1, "  ", "    ", line);
      free (line);
    }
}

static void
watch_build (struct view *v, void *data)
{
  const struct watch *w = data;
  struct summary s;
  struct diag d;

  diag_init (&d);
  if (summary_load (&s, w->bank, w->dir, &d) != EXIT_OK)
    {
      view_add (v, VIEW_TEXT, -1, "", "", d.count > 0 ? d.messages[0] : "");
      diag_free (&d);
      return;
    }
  diag_free (&d);
  watch_progress (v, &s);
  if (!w->reveal)
    {
      view_blank (v);
      view_add (v, VIEW_TEXT, -1, "", "",
                _("The results stay hidden until you press r."));
    }
  else
    {
      watch_verdicts (v, &s);
      watch_scores (v, &s);
      watch_tools (v, &s);
      watch_modules (v, &s);
    }
  if (w->names)
    watch_people (v, &s);
  summary_free (&s);
}

static void
watch_help (void)
{
  view_help (_("Workshop summary"),
             _("The room's answers, read again every few seconds. r shows "
               "or hides the results (hidden at first, so that nobody is "
               "swayed), n shows or hides who is who, the arrows scroll, q "
               "quits."));
}

int
watch_run (const struct bank *bank, const char *dir, unsigned seconds,
           const struct screen_options *opts)
{
  struct watch w = { bank, dir, false, false };
  struct view_screen screen = { 0 };
  struct view_state state = { 0, -1, 0 };
  int key;

  if (!screen_begin (opts))
    return EXIT_IOERR;
  /* TRANSLATORS: the projector view's title bar; keep it short. */
  screen.title = _("Workshop summary");
  screen.refresh_ms = (int) seconds * 1000;
  for (;;)
    {
      /* TRANSLATORS: key hints of the projector view; keep under 78
         columns. */
      screen.hint = w.reveal ? _("r hide results  n names  ? help  q quit")
                             : _("r show results  n names  ? help  q quit");
      key = view_show (&screen, &state, watch_build, &w);
      if (key_stopped () != 0 || key == 'q' || key == 'Q' || key == 27
          || key == KEY_F (10))
        break;
      if (key == 'r' || key == 'R')
        w.reveal = !w.reveal;
      else if (key == 'n' || key == 'N')
        w.names = !w.names;
      else if (key == '?' || key == KEY_F (1))
        watch_help ();
    }
  screen_end ();
  return key_stopped () != 0 && key_stopped () != SIGALRM
         ? EXIT_INTERRUPTED : EXIT_OK;
}
