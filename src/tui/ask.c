/* ask.c: the question screens.  Keys are read here and only the ones a
   widget should see are passed to it, so that every screen handles
   help, back, skip, quit and resizing the same way. */
#include "system.h"

#include <cdk.h>

#include "core/util.h"
#include "core/words.h"
#include "tui/ask.h"
#include "tui/key.h"
#include "tui/screen.h"
#include "tui/view.h"




/* The widgets of a question typed in. */
struct ask
{
  CDKSCREEN *cdk;
  CDKLABEL *header, *prompt, *footer;
  CDKENTRY *entry;
  int top;               /* the row below the prompt */
  bool secret;           /* typed text shown as stars */
};

/* A one-line label at ROW, LINE padded to the screen's width, in
   reverse video. */
static CDKLABEL *
ask_bar (CDKSCREEN *cdk, int row, const char *left, const char *right)
{
  char *l = screen_text (left), *r = screen_text (right), *line;
  int rlen = (int) strlen (r);
  int room = COLS - 2 - rlen - (rlen > 0 ? 2 : 0), pad;
  CDKLABEL *label;
  const char *msg[1];

  /* Too long: shorten the left side, keeping two spaces before the
     right one. */
  if (room < 0)
    room = 0;
  if ((int) strlen (l) > room)
    l[room] = '\0';
  pad = COLS - 2 - (int) strlen (l) - rlen;
  line = xasprintf ("%s %s%*s%s %s", screen_bar_on (), l, pad > 0 ? pad : 0,
                    "", r, screen_bar_off ());
  msg[0] = line;
  label = newCDKLabel (cdk, LEFT, row, (CDK_CSTRING2) msg, 1, FALSE, FALSE);
  free (line);
  free (l);
  free (r);
  return label;
}

/* Where the question stands, for the header's right side. */
static char *
ask_where (const struct ask_info *info)
{
  if (info->sections == 0)
    return xstrdup ("");
  if (COLS < 70)
    /* TRANSLATORS: a short form of "Question 5 of 23". */
    return xasprintf (_("%zu/%zu"), info->number, info->count);
  /* TRANSLATORS: the header's right side: where the question stands. */
  return xasprintf (_("Section %zu of %zu - Question %zu of %zu"),
                    info->section_no, info->sections, info->number,
                    info->count);
}

static void
ask_header (struct ask *a, const struct ask_info *info)
{
  char *where = ask_where (info);
  char *left = xasprintf ("leadwise - %s", info->section);

  a->header = ask_bar (a->cdk, 0, left, where);
  free (where);
  free (left);
}

/* The question, wrapped, under the header; the tool it is about and the
   last error, if any. */
static void
ask_prompt (struct ask *a, const struct ask_info *info)
{
  char *text = screen_text (info->prompt), **lines, **all, **errs = NULL;
  int n, shown, i, k = 0, n_errs = 0, errs_shown = 0;

  lines = screen_wrap (text, COLS - 4, &n);
  shown = n < LINES / 3 ? n : LINES / 3;
  if (info->error != NULL)
    {
      char *err = screen_text (info->error);

      errs = screen_wrap (err, COLS - 4, &n_errs);
      errs_shown = n_errs < 3 ? n_errs : 3;
      free (err);
    }
  all = xcalloc ((size_t) (shown + errs_shown) + 2, sizeof *all);
  if (info->about != NULL)
    {
      char *about = screen_text (info->about);

      /* TRANSLATORS: %s is the name of the AI tool the question is about. */
      all[k++] = xasprintf (_("AI tool: %s"), about);
      free (about);
    }
  for (i = 0; i < shown; i++)
    all[k++] = xasprintf ("</B>%s<!B>", lines[i]);
  for (i = 0; i < errs_shown; i++)
    all[k++] = xasprintf ("</R>%s<!R>", errs[i]);
  a->prompt = newCDKLabel (a->cdk, 1, 2, (CDK_CSTRING2) all, k, FALSE, FALSE);
  a->top = 3 + k;
  for (i = 0; i < k; i++)
    free (all[i]);
  free (all);
  screen_free_lines (lines, n);
  if (errs != NULL)
    screen_free_lines (errs, n_errs);
  free (text);
}

/* The key hints of Q's screen, short where the screen is narrow. */
static const char *
ask_keys (const struct ask_info *info, const struct question *q)
{
  bool typed = q->type == QT_TEXT || q->type == QT_INTEGER
               || q->type == QT_MONEY;

  if (info->keys != NULL)
    return info->keys;
  if (COLS < 66)
    return typed
      /* TRANSLATORS: key hints for a typed answer on a screen of 40
         columns; keep under 38. */
      ? _("Enter ok  Esc back  F1 help  F10 quit")
      : q->type == QT_MULTI
      /* TRANSLATORS: key hints for a list of several, in 38 columns. */
      ? _("Space mark  Enter ok  ? help  q quit")
      /* TRANSLATORS: key hints for a list of one, in 38 columns. */
      : _("Enter choose  Esc back  ? help  q quit");
  return typed
    /* TRANSLATORS: key hints for a typed answer; keep under 78 columns. */
    ? _("Enter confirm  Esc back  Tab skip  F1 help  F2 menu  F10 quit")
    : q->type == QT_MULTI
    /* TRANSLATORS: key hints for a list where several can be chosen. */
    ? _("Space mark  Enter confirm  Esc back  Tab skip  ? help  m menu  q quit")
    /* TRANSLATORS: key hints for a list where one is chosen. */
    : _("Enter choose  Esc back  Tab skip  ? help  m menu  q quit");
}

static void
ask_footer (struct ask *a, const struct ask_info *info,
            const struct question *q)
{
  a->footer = ask_bar (a->cdk, LINES - 1, ask_keys (info, q), "");
}

/* The labels of a list question's items (UTF-8, translated); *N gets
   their count.  Free each, and the array. */
static char **
ask_labels (const struct question *q, int *n)
{
  char **labels;
  int i;

  *n = q->type == QT_STEP ? bank_step_count (q)
       : q->type == QT_SCALE ? 5 : (int) q->n_options;
  labels = xcalloc ((size_t) *n + 1, sizeof *labels);
  for (i = 0; i < *n; i++)
    if (q->type == QT_STEP)
      labels[i] = xstrdup (_(words_step_state (i)));
    else if (q->type == QT_SCALE)
      {
        const char *end = i == 0 && q->low != NULL ? _(q->low)
                          : i == 2 && q->mid != NULL ? _(q->mid)
                          : i == 4 && q->high != NULL ? _(q->high) : NULL;

        labels[i] = end != NULL ? xasprintf ("%d - %s", i + 1, end)
                                : xasprintf ("%d", i + 1);
      }
    else
      labels[i] = xstrdup (_(q->options[i].label));
  return labels;
}

/* Where CURRENT stands in the list (0 when unanswered). */
static int
ask_current_item (const struct question *q, const char *current)
{
  size_t i;

  if (current == NULL)
    return 0;
  if (q->type == QT_STEP)
    return bank_step_parse (current) > 0
           && bank_step_parse (current) < bank_step_count (q)
           ? bank_step_parse (current) : 0;
  if (q->type == QT_SCALE)
    return atoi (current) >= 1 && atoi (current) <= 5 ? atoi (current) - 1 : 0;
  for (i = 0; i < q->n_options; i++)
    if (strcmp (q->options[i].id, current) == 0)
      return (int) i;
  return 0;
}

/* The answers-file value of list item I. */
static char *
ask_item_value (const struct question *q, int i)
{
  if (q->type == QT_STEP)
    return xstrdup (bank_step_id ((enum step_state) i));
  if (q->type == QT_SCALE)
    return xasprintf ("%d", i + 1);
  return xstrdup (q->options[i].id);
}

/* What the field shows for TYPED: the text, or a star a character. */
static char *
ask_entry_text (const struct ask *a, const char *typed)
{
  char *stars;
  size_t n = 0;
  const char *p;

  if (!a->secret)
    return screen_text (typed);
  for (p = typed; *p != '\0'; p++)
    n += ((unsigned char) *p & 0xc0) != 0x80;
  stars = xmalloc (n + 1);
  memset (stars, '*', n);
  stars[n] = '\0';
  return stars;
}

static bool
ask_widget (struct ask *a, const char *current, const char *draft)
{
  int width = COLS - 6;
  char *shown = ask_entry_text (a, draft != NULL ? draft
                                : current != NULL ? current : "");

  a->entry = newCDKEntry (a->cdk, 2, a->top, NULL, "> ", A_NORMAL, '_',
                          vMIXED, width - 4, 0, 1000, TRUE, FALSE);
  if (a->entry != NULL)
    setCDKEntryValue (a->entry, shown);
  free (shown);
  return a->entry != NULL;
}

static void
ask_destroy (struct ask *a)
{
  if (a->entry != NULL)
    destroyCDKEntry (a->entry);
  if (a->header != NULL)
    destroyCDKLabel (a->header);
  if (a->prompt != NULL)
    destroyCDKLabel (a->prompt);
  if (a->footer != NULL)
    destroyCDKLabel (a->footer);
  destroyCDKScreen (a->cdk);
  erase ();
}

/* The help of a typed answer: a screen of its own that scrolls. */
static void
ask_help (const struct ask_info *info)
{
  view_help (info->prompt, info->help != NULL ? info->help
             : _("There is no more help for this question."));
}

/* Typed text is kept as the UTF-8 bytes typed; the field shows it
   transliterated. */
static void
ask_entry_show (struct ask *a, const struct buf *typed)
{
  char *shown = ask_entry_text (a, typed->data != NULL ? typed->data : "");

  setCDKEntryValue (a->entry, shown);
  drawCDKEntry (a->entry, TRUE);
  free (shown);
}

static void
ask_entry_key (struct ask *a, struct buf *typed, int key)
{
  size_t was = typed->len;

  if (key == KEY_BACKSPACE || key == 127 || key == 8)
    {
      /* Remove the last character, all its UTF-8 bytes. */
      while (typed->len > 0
             && ((unsigned char) typed->data[--typed->len] & 0xc0) == 0x80)
        continue;
      if (typed->data != NULL)
        typed->data[typed->len] = '\0';
    }
  else if (key == 21)   /* Ctrl-U */
    {
      typed->len = 0;
      if (typed->data != NULL)
        typed->data[0] = '\0';
    }
  else if (key >= 0x20 && key <= 0xff && key != 0x7f && typed->len < 400)
    buf_addc (typed, (char) key);
  /* Drawn again only when it changed: a paste of megabytes into a full
     field costs a read a key, not a redraw. */
  if (typed->len != was)
    ask_entry_show (a, typed);
}

/* ------------------------------------------------------------- lists */

/* A list question on a view: the prompt, its help when asked for (in
   the text, so that it never covers the options), the options, each
   wrapped whole, single choice marked (•) and several [x]. */
struct ask_list
{
  const struct ask_info *info;
  const struct question *q;
  char **labels;
  int n;
  bool multi;
  bool *marked;          /* several: the ones marked */
  int chosen;            /* one: the answer so far, or -1 */
  bool help;             /* the help shown */
};

static void
ask_list_build (struct view *v, void *data)
{
  const struct ask_list *l = data;
  char *dot = screen_symbol ("\u2022", "*");
  int i;

  /* Air under the title bar, where there is room for it. */
  if (LINES >= 18)
    view_add_raw (v, VIEW_TEXT, -1, xstrdup (""));
  if (l->info->about != NULL)
    {
      /* TRANSLATORS: %s is the name of the AI tool the question is about. */
      char *about = xasprintf (_("AI tool: %s"), l->info->about);

      view_add (v, VIEW_TEXT, -1, "", "", about);
      free (about);
    }
  view_add (v, VIEW_STRONG, -1, "", "", l->info->prompt);
  if (l->info->error != NULL)
    view_add (v, VIEW_ALERT, -1, "", "", l->info->error);
  if (l->help)
    {
      view_blank (v);
      view_add (v, VIEW_TEXT, -1, "  ", "  ", l->info->help != NULL
                ? l->info->help
                : _("There is no more help for this question."));
    }
  view_blank (v);
  for (i = 0; i < l->n; i++)
    {
      char *mark = l->multi ? xstrdup (l->marked[i] ? "[x] " : "[ ] ")
                   : xasprintf ("(%s) ", l->chosen == i ? dot : " ");

      view_add (v, VIEW_TEXT, view_item (v), mark, "    ", l->labels[i]);
      free (mark);
    }
  free (dot);
}

/* The answer marked in a list of several: ids joined by commas. */
static char *
ask_list_multi_value (const struct ask_list *l)
{
  struct buf b;
  int i;

  buf_init (&b);
  buf_add (&b, "");
  for (i = 0; i < l->n; i++)
    if (l->marked[i])
      {
        if (b.len > 0)
          buf_addc (&b, ',');
        buf_add (&b, l->q->options[i].id);
      }
  return buf_take (&b);
}

/* What KEY does on a list; ASK_REDRAW to go on. */
static enum ask_action
ask_list_key (struct ask_list *l, int key, int item, char **value)
{
  if (key_stopped () != 0)
    return ASK_STOP;
  if (key == 27 || key == KEY_LEFT)
    return ASK_BACK;
  if (key == '\t')
    return ASK_SKIP;
  if (key == KEY_F (10) || key == 'q' || key == 'Q')
    return ASK_QUIT;
  if (key == KEY_F (2) || key == 'm' || key == 'M')
    return ASK_MENU;
  if (key == KEY_F (1) || key == '?')
    l->help = !l->help;
  else if (key >= '1' && key <= '9' && key - '1' < l->n)
    {
      item = key - '1';
      if (!l->multi)
        {
          *value = ask_item_value (l->q, item);
          return ASK_ANSWER;
        }
      l->marked[item] = !l->marked[item];
    }
  else if (l->multi && key == ' ' && item >= 0)
    l->marked[item] = !l->marked[item];
  else if (l->multi && view_is_enter (key))
    {
      *value = ask_list_multi_value (l);
      return ASK_ANSWER;
    }
  else if (view_is_enter (key) || key == ' ')
    {
      *value = ask_item_value (l->q, item);
      return ASK_ANSWER;
    }
  return ASK_REDRAW;
}

static enum ask_action
ask_list (const struct ask_info *info, const struct question *q,
          const char *current, char **value)
{
  struct ask_list l;
  struct view_screen screen = { 0 };
  struct view_state state = { 0, 0, 0 };
  enum ask_action action;
  char *left = xasprintf ("leadwise - %s", info->section), *where;
  int i;

  memset (&l, 0, sizeof l);
  l.info = info;
  l.q = q;
  l.labels = ask_labels (q, &l.n);
  l.multi = q->type == QT_MULTI;
  l.marked = xcalloc ((size_t) l.n + 1, sizeof *l.marked);
  l.chosen = current != NULL && !l.multi ? ask_current_item (q, current) : -1;
  for (i = 0; l.multi && current != NULL && i < l.n; i++)
    l.marked[i] = bank_multi_has (current, q->options[i].id);
  state.item = l.chosen >= 0 ? l.chosen : 0;
  screen.title = left;
  screen.hint = ask_keys (info, q);
  do
    {
      /* Where it stands depends on the width: worked out each time. */
      where = ask_where (info);
      screen.title_right = where;
      int key = view_show (&screen, &state, ask_list_build, &l);

      action = ask_list_key (&l, key, state.item, value);
      free (where);
    }
  while (action == ASK_REDRAW);
  for (i = 0; i < l.n; i++)
    free (l.labels[i]);
  free (l.labels);
  free (l.marked);
  free (left);
  return action;
}

/* ------------------------------------------------------------- typed */

static enum ask_action
ask_typed (const struct ask_info *info, const struct question *q,
           const char *current, const char *draft, char **value)
{
  struct ask a;
  struct buf typed;
  enum ask_action action = ASK_REDRAW;
  int key;

  memset (&a, 0, sizeof a);
  a.secret = info->secret;
  buf_init (&typed);
  buf_add (&typed, draft != NULL ? draft : current != NULL ? current : "");
  a.cdk = initCDKScreen (stdscr);
  ask_header (&a, info);
  ask_prompt (&a, info);
  ask_footer (&a, info, q);
  if (!ask_widget (&a, current, typed.data))
    {
      ask_destroy (&a);
      buf_free (&typed);
      /* Too small, and the caller waits for room; or a size the widgets
         refuse for another reason: then wait for a key (a new size,
         most likely) before drawing again, never a loop that spins. */
      if (screen_big_enough ())
        key_read (stdscr);
      return key_stopped () != 0 ? ASK_STOP : ASK_REDRAW;
    }
  refreshCDKScreen (a.cdk);
  curs_set (1);
  for (;;)
    {
      key = key_read (stdscr);
      if (key_stopped () != 0)
        {
          /* Interrupted by a signal, or the terminal is gone (EOF, EIO):
             never read again in a loop. */
          action = ASK_STOP;
          break;
        }
      if (key == KEY_RESIZE)
        break;
      if (key == 27)
        {
          action = ASK_BACK;
          break;
        }
      if (key == '\t')
        {
          action = ASK_SKIP;
          break;
        }
      if (key == KEY_F (10))
        {
          action = ASK_QUIT;
          break;
        }
      if (key == KEY_F (2))
        {
          action = ASK_MENU;
          break;
        }
      if (key == KEY_F (1))
        {
          ask_help (info);
          /* The help took the screen: draw this one again, text kept. */
          break;
        }
      if (view_is_enter (key))
        {
          action = ASK_ANSWER;
          *value = xstrdup (typed.data != NULL ? typed.data : "");
          break;
        }
      ask_entry_key (&a, &typed, key);
    }
  if (action == ASK_REDRAW || action == ASK_MENU || action == ASK_SKIP)
    *value = xstrdup (typed.data != NULL ? typed.data : "");
  curs_set (0);
  ask_destroy (&a);
  buf_free (&typed);
  return action;
}

enum ask_action
ask_question (const struct ask_info *info, const struct question *q,
              const char *current, const char *draft, char **value)
{
  *value = NULL;
  if (q->type == QT_TEXT || q->type == QT_INTEGER || q->type == QT_MONEY)
    return ask_typed (info, q, current, draft, value);
  return ask_list (info, q, current, value);
}
