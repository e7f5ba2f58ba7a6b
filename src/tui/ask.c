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




/* The widgets of one question screen. */
struct ask
{
  CDKSCREEN *cdk;
  CDKLABEL *header, *prompt, *footer;
  CDKRADIO *radio;
  CDKSELECTION *selection;
  CDKENTRY *entry;
  char **items;          /* the list's lines, for the screen */
  int n_items;
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

static void
ask_header (struct ask *a, const struct ask_info *info)
{
  /* TRANSLATORS: the header's right side: where the question stands. */
  char *where = xasprintf (_("Section %zu of %zu - Question %zu of %zu"),
                           info->section_no, info->sections, info->number,
                           info->count);
  char *left = xasprintf ("leadwise - %s", info->section);

  if (info->sections == 0)
    {
      free (where);
      where = xstrdup ("");
    }
  else if (COLS < 70)
    {
      free (where);
      /* TRANSLATORS: a short form of "Question 5 of 23". */
      where = xasprintf (_("%zu/%zu"), info->number, info->count);
    }
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

static void
ask_footer (struct ask *a, const struct ask_info *info,
            const struct question *q)
{
  const char *keys = info->keys != NULL ? info->keys
    : q->type == QT_TEXT || q->type == QT_INTEGER
                     || q->type == QT_MONEY
    /* TRANSLATORS: key hints for a typed answer; keep under 78 columns. */
    ? _("Enter confirm  Esc back  Tab skip  F1 help  F2 menu  F10 quit")
    : q->type == QT_MULTI
    /* TRANSLATORS: key hints for a list where several can be chosen. */
    ? _("Space mark  Enter confirm  Esc back  Tab skip  ? help  m menu  q quit")
    /* TRANSLATORS: key hints for a list where one is chosen. */
    : _("Enter choose  Esc back  Tab skip  ? help  m menu  q quit");

  a->footer = ask_bar (a->cdk, LINES - 1, keys, "");
}

/* The lines of a list question, for the screen. */
static void
ask_items (struct ask *a, const struct question *q)
{
  int i;

  if (q->type == QT_STEP)
    {
      a->n_items = bank_step_count (q);
      a->items = xcalloc ((size_t) a->n_items, sizeof *a->items);
      for (i = 0; i < a->n_items; i++)
        {
          char *t = screen_text (_(words_step_state (i)));

          a->items[i] = xasprintf (" %s", t);
          free (t);
        }
    }
  else if (q->type == QT_SCALE)
    {
      a->n_items = 5;
      a->items = xcalloc (5, sizeof *a->items);
      for (i = 0; i < 5; i++)
        {
          const char *end = i == 0 && q->low != NULL ? _(q->low)
                            : i == 4 && q->high != NULL ? _(q->high) : NULL;
          char *t = end != NULL ? screen_text (end) : NULL;

          a->items[i] = t != NULL ? xasprintf (" %d - %s", i + 1, t)
                                  : xasprintf (" %d", i + 1);
          free (t);
        }
    }
  else
    {
      a->n_items = (int) q->n_options;
      a->items = xcalloc (q->n_options, sizeof *a->items);
      for (i = 0; i < a->n_items; i++)
        {
          char *t = screen_text (_(q->options[i].label));

          a->items[i] = xasprintf (" %s", t);
          free (t);
        }
    }
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
ask_widget (struct ask *a, const struct question *q, const char *current,
            const char *draft)
{
  int height = LINES - a->top - 2, width = COLS - 6;
  size_t i;

  if (q->type == QT_TEXT || q->type == QT_INTEGER || q->type == QT_MONEY)
    {
      char *shown = ask_entry_text (a, draft != NULL ? draft
                                    : current != NULL ? current : "");

      a->entry = newCDKEntry (a->cdk, 2, a->top, NULL, "> ", A_NORMAL, '_',
                              vMIXED, width - 4, 0, 1000, TRUE, FALSE);
      if (a->entry != NULL)
        setCDKEntryValue (a->entry, shown);
      free (shown);
      return a->entry != NULL;
    }
  ask_items (a, q);
  if (height > a->n_items + 2)
    height = a->n_items + 2;
  if (q->type == QT_MULTI)
    {
      static const char *const marks[] = { "[ ] ", "[X] " };

      a->selection = newCDKSelection (a->cdk, 2, a->top,
                                      a->n_items + 2 > height ? RIGHT : NONE,
                                      height, width,
                                      NULL, (CDK_CSTRING2) a->items,
                                      a->n_items, (CDK_CSTRING2) marks, 2,
                                      A_REVERSE, TRUE, FALSE);
      if (a->selection == NULL)
        return false;
      for (i = 0; current != NULL && i < q->n_options; i++)
        if (bank_multi_has (current, q->options[i].id))
          setCDKSelectionChoice (a->selection, (int) i, 1);
      return true;
    }
  a->radio = newCDKRadio (a->cdk, 2, a->top,
                          a->n_items + 2 > height ? RIGHT : NONE, height,
                          width, NULL,
                          (CDK_CSTRING2) a->items, a->n_items, '*',
                          /* No mark until the question is answered. */
                          current != NULL ? ask_current_item (q, current)
                                          : -1,
                          A_REVERSE, TRUE, FALSE);
  if (a->radio != NULL)
    {
      setCDKRadioCurrentItem (a->radio, ask_current_item (q, current));
      if (current == NULL)
        a->radio->selectedItem = -1;   /* unanswered: nothing marked */
    }
  return a->radio != NULL;
}

static void
ask_destroy (struct ask *a)
{
  int i;

  if (a->radio != NULL)
    destroyCDKRadio (a->radio);
  if (a->selection != NULL)
    destroyCDKSelection (a->selection);
  if (a->entry != NULL)
    destroyCDKEntry (a->entry);
  if (a->header != NULL)
    destroyCDKLabel (a->header);
  if (a->prompt != NULL)
    destroyCDKLabel (a->prompt);
  if (a->footer != NULL)
    destroyCDKLabel (a->footer);
  for (i = 0; i < a->n_items; i++)
    free (a->items[i]);
  free (a->items);
  destroyCDKScreen (a->cdk);
  erase ();
}

static void
ask_help (const struct ask_info *info)
{
  screen_message (info->prompt, info->help != NULL ? info->help
                  : _("There is no more help for this question."));
}

/* The multi answer marked in the selection list: ids joined by commas. */
static char *
ask_multi_value (struct ask *a, const struct question *q)
{
  int *choices = getCDKSelectionChoices (a->selection);
  struct buf b;
  size_t i;

  buf_init (&b);
  for (i = 0; i < q->n_options; i++)
    if (choices[i] == 1)
      {
        if (b.len > 0)
          buf_addc (&b, ',');
        buf_add (&b, q->options[i].id);
      }
  return buf_take (&b);
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

enum ask_action
ask_question (const struct ask_info *info, const struct question *q,
              const char *current, const char *draft, char **value)
{
  struct ask a;
  struct buf typed;
  enum ask_action action = ASK_REDRAW;
  bool typing = q->type == QT_TEXT || q->type == QT_INTEGER
                || q->type == QT_MONEY;
  int key;

  memset (&a, 0, sizeof a);
  a.secret = info->secret;
  buf_init (&typed);
  buf_add (&typed, draft != NULL ? draft : current != NULL ? current : "");
  *value = NULL;
  a.cdk = initCDKScreen (stdscr);
  ask_header (&a, info);
  ask_prompt (&a, info);
  ask_footer (&a, info, q);
  if (!ask_widget (&a, q, current, typed.data))
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
  curs_set (typing ? 1 : 0);
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
      if (key == KEY_ESC || (key == KEY_LEFT && !typing))
        {
          action = ASK_BACK;
          break;
        }
      if (key == KEY_TAB)
        {
          action = ASK_SKIP;
          break;
        }
      if (key == KEY_F (10) || ((key == 'q' || key == 'Q') && !typing))
        {
          action = ASK_QUIT;
          break;
        }
      if (key == KEY_F (2) || ((key == 'm' || key == 'M') && !typing))
        {
          action = ASK_MENU;
          break;
        }
      if (key == KEY_F (1) || (key == '?' && !typing))
        {
          ask_help (info);
          refreshCDKScreen (a.cdk);
          continue;
        }
      if (key == '\n' || key == '\r' || key == KEY_ENTER
          || (key == ' ' && a.radio != NULL))
        {
          action = ASK_ANSWER;
          if (a.radio != NULL)
            *value = ask_item_value (q, getCDKRadioCurrentItem (a.radio));
          else if (a.selection != NULL)
            *value = ask_multi_value (&a, q);
          else
            *value = xstrdup (typed.data != NULL ? typed.data : "");
          break;
        }
      if (a.radio != NULL && key >= '1' && key <= '9'
          && key - '1' < a.n_items)
        {
          action = ASK_ANSWER;
          *value = ask_item_value (q, key - '1');
          break;
        }
      if (a.radio != NULL)
        injectCDKRadio (a.radio, (chtype) key);
      else if (a.selection != NULL)
        injectCDKSelection (a.selection, (chtype) key);
      else
        ask_entry_key (&a, &typed, key);
    }
  if ((action == ASK_REDRAW || action == ASK_MENU) && typing)
    *value = xstrdup (typed.data != NULL ? typed.data : "");
  curs_set (0);
  ask_destroy (&a);
  buf_free (&typed);
  return action;
}
