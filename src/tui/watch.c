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
#include "core/split.h"
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

/* A bar of COUNT out of TOTAL, WIDTH cells wide, then TEXT or the
   count. */
static char *
watch_bar (size_t count, size_t total, int width, const char *text)
{
  char *full = screen_symbol ("\u2588", "#"), *empty = screen_symbol ("\u2591", ".");
  struct buf b;
  int k, fill = total > 0 ? (int) ((count * (size_t) width + total / 2) / total)
                          : 0;

  buf_init (&b);
  for (k = 0; k < width; k++)
    buf_add (&b, k < fill ? full : empty);
  if (text != NULL)
    buf_addf (&b, " %s", text);
  else
    buf_addf (&b, " %zu", count);
  free (full);
  free (empty);
  return buf_take (&b);
}

/* LABELS[i] with a bar for COUNTS[i] of TOTAL, the labels aligned and
   cut where they would leave the bar too little room. */
static void
watch_bars_text (struct view *v, const char *const *labels,
                 const size_t *counts, const char *const *texts, size_t n,
                 size_t total)
{
  size_t i;
  int w = 0, bar, most = v->width - 2 - 2 - 8 - 6;

  for (i = 0; i < n; i++)
    {
      char *l = screen_plain (labels[i]);

      if ((int) strlen (l) > w)
        w = (int) strlen (l);
      free (l);
    }
  if (w > most)
    w = most > 4 ? most : 4;
  bar = v->width - 2 - w - 2 - 6;
  bar = bar > 40 ? 40 : bar < 5 ? 5 : bar;
  for (i = 0; i < n; i++)
    {
      char *l = screen_plain (labels[i]);
      char *b = watch_bar (counts[i], total, bar,
                           texts != NULL ? texts[i] : NULL);
      char *line;

      if ((int) strlen (l) > w)
        strcpy (l + w - 1, "~");
      line = xasprintf ("  %-*s  %s", w, l, b);
      view_add_raw (v, VIEW_TEXT, -1, line);
      free (b);
      free (l);
    }
}

static void
watch_bars (struct view *v, const char *const *labels, const size_t *counts,
            size_t n, size_t total)
{
  watch_bars_text (v, labels, counts, NULL, n, total);
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

/* A verdict's four counts under TITLE, NAMES[i] the words of verdict
   i: the undecided (verdict 0) last. */
static void
watch_verdict (struct view *v, const char *title, const char *const names[4],
               const size_t counts[4], size_t total)
{
  const char *labels[4];
  size_t ordered[4];
  int i;

  view_add (v, VIEW_HEADING, -1, "", "", title);
  for (i = 0; i < 4; i++)
    {
      labels[i] = _(names[(i + 1) % 4]);
      ordered[i] = counts[(i + 1) % 4];
    }
  watch_bars (v, labels, ordered, 4, total);
}

static void
watch_leaders (struct view *v, const struct summary *s)
{
  const char *names[4];
  int i;

  for (i = 0; i < 4; i++)
    names[i] = words_primary ((enum primary) i);
  watch_verdict (v, _("Who should lead technology"), names, s->primary, s->n);
}

static void
watch_caio (struct view *v, const struct summary *s)
{
  const char *names[4];
  int i;

  for (i = 0; i < 4; i++)
    names[i] = words_caio ((enum caio_verdict) i);
  watch_verdict (v, _("Chief AI Officer"), names, s->caio, s->n);
}

/* Each role's scores, by fifths: a table of counts. */
static void
watch_scores (struct view *v, const struct summary *s)
{
  static const char *const fifths[SUMMARY_BUCKETS] = {
    "0-19", "20-39", "40-59", "60-79", "80+"
  };
  struct buf b;
  int role, k;

  view_add (v, VIEW_HEADING, -1, "", "", _("Scores"));
  buf_init (&b);
  buf_addf (&b, "  %-5s", "");
  for (k = 0; k < SUMMARY_BUCKETS; k++)
    buf_addf (&b, " %6s", fifths[k]);
  view_add_raw (v, VIEW_TEXT, -1, buf_take (&b));
  for (role = 0; role < ROLE_COUNT; role++)
    {
      char *label = screen_plain (_(words_role (role)));

      buf_init (&b);
      buf_addf (&b, "  %-5.5s", label);
      for (k = 0; k < SUMMARY_BUCKETS; k++)
        buf_addf (&b, " %6zu", s->score_hist[role][k]);
      view_add_raw (v, VIEW_TEXT, -1, buf_take (&b));
      free (label);
    }
}

/* The questions the room is most split on, with how the answers fall. */
static void
watch_splits (struct view *v, const struct summary *s)
{
  struct split most[SUMMARY_SPLITS];
  size_t n = split_most (&s->votes, most, SUMMARY_SPLITS), i, k;

  if (n == 0)
    return;
  view_add (v, VIEW_HEADING, -1, "", "", _("Most split questions"));
  for (i = 0; i < n; i++)
    {
      const struct question *q = &s->bank->questions[most[i].question];
      size_t classes = split_classes (&s->votes, most[i].question), m = 0;
      const char **labels = xcalloc (classes + 1, sizeof *labels);
      size_t *counts = xcalloc (classes + 1, sizeof *counts);
      char **names = xcalloc (classes + 1, sizeof *names);
      char *text = xasprintf (_("%s (%zu of %zu differ)"), _(q->prompt),
                              most[i].differ, most[i].answered);

      view_add (v, VIEW_TEXT, -1, "  ", "  ", text);
      free (text);
      for (k = 0; k < classes; k++)
        if (split_count (&s->votes, most[i].question, k) > 0)
          {
            names[m] = split_class_name (q, k);
            labels[m] = names[m];
            counts[m++] = split_count (&s->votes, most[i].question, k);
          }
      watch_bars (v, labels, counts, m, most[i].answered);
      for (k = 0; k < m; k++)
        free (names[k]);
      free (names);
      free (labels);
      free (counts);
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
  view_add (v, VIEW_HEADING, -1, "", "", _("AI tools"));
  for (i = 0; i < 3; i++)
    {
      labels[i] = _(words_verdict (i));
      counts[i] = s->tool_verdicts[i];
    }
  watch_bars (v, labels, counts, 3, total);
}

/* Readiness by area: the room's average of each, out of 5. */
static void
watch_readiness (struct view *v, const struct summary *s)
{
  const struct summary_modules *m = &s->modules;
  const char *labels[RA_COUNT];
  char *texts[RA_COUNT];
  size_t values[RA_COUNT], i, n = 0;

  if (m->ready_files == 0)
    return;
  view_add (v, VIEW_HEADING, -1, "", "", _("CTO readiness"));
  for (i = 0; i < RA_COUNT; i++)
    {
      int mean = summary_modules_ready10 (m, i);

      if (mean < 0)
        continue;
      labels[n] = _(readiness_area_name (i));
      values[n] = (size_t) mean;
      texts[n++] = msg_tenths (mean, true);
    }
  watch_bars_text (v, labels, values, (const char *const *) texts, n, 50);
  for (i = 0; i < n; i++)
    free (texts[i]);
}

static void
watch_gaps (struct view *v, const struct summary *s)
{
  const struct summary_modules *m = &s->modules;
  const char *labels[GI_COUNT];
  size_t counts[GI_COUNT], n, i;
  int order[GI_COUNT];

  if (m->gov_files == 0)
    return;
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

static void
watch_people (struct view *v, const struct summary *s)
{
  size_t i;

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

/* The parts of the view, in the order they are read. */
typedef void watch_part (struct view *v, const struct summary *s);

/* The height of BLOCKS[FROM..TO) one under another, a blank line
   between. */
static size_t
watch_height (const struct view *blocks, size_t from, size_t to)
{
  size_t h = 0, i;

  for (i = from; i < to; i++)
    if (blocks[i].n > 0)
      h += (h > 0) + blocks[i].n;
  return h;
}

/* Where to cut BLOCKS[0..N) into K columns, in order, so that the
   tallest is as short as can be: column c ends before CUT[c].  (A few
   parts into at most three columns: every cut is tried.) */
static void
watch_columns (const struct view *blocks, size_t n, int k, size_t *cut)
{
  size_t a, b, best = (size_t) -1;

  cut[0] = cut[1] = cut[2] = n;
  for (a = 0; a <= n; a++)
    for (b = k == 3 ? a : n; b <= n; b++)
      {
        size_t h = watch_height (blocks, 0, a), h2 = watch_height (blocks, a, b),
               h3 = watch_height (blocks, b, n);

        h = h2 > h ? h2 : h;
        h = h3 > h ? h3 : h;
        if (h < best)
          {
            best = h;
            cut[0] = a;
            cut[1] = b;
          }
      }
}

/* Lay PARTS[0..N) out in V: one under another on a screen of 80
   columns; on a wider one in two or three columns, each part whole,
   read down each column (a single part flows down them). */
static void
watch_layout (struct view *v, const struct summary *s,
              watch_part *const *parts, size_t n)
{
  enum { GAP = 3, COLUMN_MIN = 48 };
  struct view blocks[16], cols[VIEW_COLUMNS];
  int n_cols = (v->width + GAP) / (COLUMN_MIN + GAP), c = 0;
  int width;
  size_t i, cut[VIEW_COLUMNS];

  n_cols = n_cols > VIEW_COLUMNS ? VIEW_COLUMNS : n_cols < 1 ? 1 : n_cols;
  width = (v->width - GAP * (n_cols - 1)) / n_cols;
  for (i = 0; i < n; i++)
    {
      memset (&blocks[i], 0, sizeof blocks[i]);
      blocks[i].width = width;
      parts[i] (&blocks[i], s);
    }
  if (n_cols == 1)
    {
      for (i = 0; i < n; i++)
        view_append (v, &blocks[i]);
      return;
    }
  memset (cols, 0, sizeof cols);
  if (n == 1)
    {
      /* One long part (the names): its lines flow down the columns. */
      size_t rows = (blocks[0].n + (size_t) n_cols - 1) / (size_t) n_cols;

      if (rows == 0)
        {
          free (blocks[0].lines);
          return;
        }

      for (i = 0; i < blocks[0].n; i++)
        {
          struct view_line *l = &blocks[0].lines[i];

          cols[i / rows].width = width;
          view_add_raw (&cols[i / rows], l->style, l->item, l->text);
        }
      free (blocks[0].lines);
      view_blank (v);
      view_add_columns (v, cols, (int) ((blocks[0].n + rows - 1) / rows),
                        width, GAP);
      return;
    }
  watch_columns (blocks, n, n_cols, cut);
  for (i = 0; i < n; i++)
    {
      while (c + 1 < n_cols && i >= cut[c])
        c++;
      cols[c].width = width;
      view_append (&cols[c], &blocks[i]);
    }
  view_blank (v);
  view_add_columns (v, cols, c + 1, width, GAP);
}

static void
watch_build (struct view *v, void *data)
{
  static watch_part *const results[] = {
    watch_leaders, watch_caio, watch_scores, watch_tools, watch_splits,
    watch_readiness, watch_gaps
  };
  static watch_part *const people[] = { watch_people };
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
    watch_layout (v, &s, results, sizeof results / sizeof results[0]);
  if (w->names)
    watch_layout (v, &s, people, 1);
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
