/* view.c: a scrolling screen drawn by leadwise (see view.h). */
#include "system.h"

#include <curses.h>

#include "core/util.h"
#include "tui/key.h"
#include "tui/screen.h"
#include "tui/view.h"

/* ------------------------------------------------------- the document */

void
view_add_raw (struct view *v, enum view_style style, int item, char *line)
{
  v->lines = xgrow (v->lines, &v->cap, v->n + 1, sizeof *v->lines);
  v->lines[v->n].text = line;
  v->lines[v->n].style = style;
  v->lines[v->n].item = item;
  v->lines[v->n].n_parts = 0;
  v->n++;
}

void
view_add (struct view *v, enum view_style style, int item, const char *first,
          const char *rest, const char *text)
{
  size_t indent = strlen (first) > strlen (rest) ? strlen (first)
                                                 : strlen (rest);
  char *shown = screen_plain (text), **lines;
  int n, i;

  lines = screen_wrap (shown, v->width - (int) indent, &n);
  for (i = 0; i < n; i++)
    view_add_raw (v, style, item, xasprintf ("%s%s", i == 0 ? first : rest,
                                             lines[i]));
  screen_free_lines (lines, n);
  free (shown);
}

void
view_blank (struct view *v)
{
  /* One blank line between parts, never two, never one at the top. */
  if (v->n > 0 && v->lines[v->n - 1].text[0] != '\0')
    view_add_raw (v, VIEW_TEXT, -1, xstrdup (""));
}

int
view_item (struct view *v)
{
  return v->n_items++;
}

static void
view_free (struct view *v)
{
  size_t i;

  for (i = 0; i < v->n; i++)
    free (v->lines[i].text);
  free (v->lines);
  memset (v, 0, sizeof *v);
}

void
view_append (struct view *v, struct view *from)
{
  size_t i;

  if (from->n > 0)
    view_blank (v);
  for (i = 0; i < from->n; i++)
    {
      view_add_raw (v, from->lines[i].style, from->lines[i].item,
                    from->lines[i].text);
      from->lines[i].text = NULL;
    }
  view_free (from);
}

void
view_add_columns (struct view *v, struct view *cols, int n, int width,
                  int gap)
{
  size_t row, rows = 0;
  int c;

  for (c = 0; c < n; c++)
    rows = cols[c].n > rows ? cols[c].n : rows;
  for (row = 0; row < rows; row++)
    {
      struct buf b;
      struct view_line *line;

      buf_init (&b);
      view_add_raw (v, VIEW_TEXT, -1, NULL);
      line = &v->lines[v->n - 1];
      line->n_parts = n;
      for (c = 0; c < n; c++)
        {
          const char *text = row < cols[c].n ? cols[c].lines[row].text : "";
          int len = (int) strlen (text);

          if (c > 0)
            buf_addf (&b, "%*s", width * c + gap * c - (int) b.len, "");
          line->part_at[c] = (int) b.len;
          line->part_style[c] = row < cols[c].n ? cols[c].lines[row].style
                                                : VIEW_TEXT;
          buf_addn (&b, text, (size_t) (len < width ? len : width));
        }
      line->text = buf_take (&b);
    }
  for (c = 0; c < n; c++)
    view_free (&cols[c]);
}

/* ------------------------------------------------------------ layout */

/* Where things are on the screen now. */
struct view_layout
{
  int rows;                 /* document rows */
  int button_rows;
  bool rule;                /* a line over the actions */
  int *button_row, *button_col;
  int *first, *last;        /* each item's first and last line */
};

int
view_bar_attr (void)
{
  /* White on blue, as CDK's pair 5 is (see screen_bar_on). */
  return screen_colours () ? (int) COLOR_PAIR (5) : A_REVERSE;
}

/* Buttons flow into rows, each row centred. */
static void
view_place_buttons (const struct view_screen *s, char **labels,
                    struct view_layout *l)
{
  int i, row = 0, width = 0, start = 0, k;

  l->button_row = xcalloc ((size_t) s->n_buttons + 1, sizeof (int));
  l->button_col = xcalloc ((size_t) s->n_buttons + 1, sizeof (int));
  l->button_rows = s->n_buttons > 0 ? 1 : 0;
  for (i = 0; i <= s->n_buttons; i++)
    {
      int w = i < s->n_buttons ? (int) strlen (labels[i]) + 2 : 0;

      if (i == s->n_buttons || (width > 0 && width + 1 + w > COLS - 2))
        {
          /* Row ROW holds buttons START to I - 1: centre it. */
          int col = (COLS - width) / 2;

          for (k = start; k < i; k++)
            {
              l->button_row[k] = row;
              l->button_col[k] = col;
              col += (int) strlen (labels[k]) + 3;
            }
          if (i == s->n_buttons)
            break;
          row++;
          l->button_rows++;
          start = i;
          width = 0;
        }
      width += (width > 0 ? 1 : 0) + w;
    }
  /* A rule between the text and the actions, where there is room. */
  l->rule = l->button_rows > 0 && LINES >= 18;
  l->rows = LINES - 2 - l->button_rows - (l->rule ? 1 : 0);
  if (l->rows < 1)
    l->rows = 1;
}

static void
view_place_items (const struct view *v, struct view_layout *l)
{
  size_t i;

  l->first = xcalloc ((size_t) v->n_items + 1, sizeof (int));
  l->last = xcalloc ((size_t) v->n_items + 1, sizeof (int));
  for (i = 0; i < (size_t) v->n_items; i++)
    l->first[i] = -1;
  for (i = 0; i < v->n; i++)
    {
      int item = v->lines[i].item;

      if (item < 0)
        continue;
      if (l->first[item] < 0)
        l->first[item] = (int) i;
      l->last[item] = (int) i;
    }
}

static void
view_layout_free (struct view_layout *l)
{
  free (l->button_row);
  free (l->button_col);
  free (l->first);
  free (l->last);
}

/* ------------------------------------------------------------ drawing */

/* A bar across row ROW: LEFT, and RIGHT at the right edge.  Where both
   do not fit, the title bar (KEEP_RIGHT) cuts LEFT, since where the
   person stands matters more than the end of a title; the footer drops
   RIGHT, since a key hint cut is no hint. */
static void
view_bar (int row, const char *left, const char *right, bool keep_right)
{
  int attr = view_bar_attr (), room = COLS - 2;
  int rlen = right != NULL ? (int) strlen (right) : 0;
  int llen = (int) strlen (left);

  if (rlen > 0 && llen + 2 + rlen > room)
    {
      if (keep_right && rlen + 2 < room)
        llen = room - rlen - 2;
      else
        rlen = 0;
    }
  attron (attr);
  mvhline (row, 0, ' ', COLS);
  mvaddnstr (row, 1, left, llen < room ? llen : room);
  if (rlen > 0)
    mvaddstr (row, COLS - 1 - rlen, right);
  attroff (attr);
}

static int
view_style_attr (enum view_style style)
{
  return style == VIEW_TEXT ? A_NORMAL
         : style == VIEW_ALERT ? A_REVERSE : A_BOLD;
}

/* A line of columns at ROW: each part in its own style. */
static void
view_draw_parts (int row, const struct view_line *line)
{
  int k, len = (int) strlen (line->text);

  for (k = 0; k < line->n_parts; k++)
    {
      int from = line->part_at[k];
      int to = k + 1 < line->n_parts ? line->part_at[k + 1] : len;
      int attr = view_style_attr (line->part_style[k]);

      if (from >= COLS - 2)
        break;
      if (to > COLS - 2)
        to = COLS - 2;
      attron (attr);
      mvaddnstr (row, 1 + from, line->text + from, to - from);
      attroff (attr);
    }
}

static void
view_draw (const struct view_screen *s, const struct view *v,
           const struct view_state *st, const struct view_layout *l,
           char **labels, const char *title, const char *right,
           const char *hint)
{
  int row, i, cur_row = -1, cur_col = 1;
  const char *more = NULL;

  erase ();
  view_bar (0, title, right, true);
  for (row = 0; v->lines != NULL && row < l->rows
                 && st->top + row < (int) v->n; row++)
    {
      const struct view_line *line = &v->lines[st->top + row];
      int attr = view_style_attr (line->style);
      bool focus = line->item >= 0 && line->item == st->item;

      if (focus)
        {
          attr |= A_REVERSE;
          attron (attr);
          mvhline (1 + row, 0, ' ', COLS);
          /* The cursor on the focused item, inside its mark: screen
             readers follow it. */
          if (cur_row < 0)
            cur_row = 1 + row, cur_col = 2;
        }
      if (line->n_parts > 0)
        view_draw_parts (1 + row, line);
      else
        {
          attron (attr);
          mvaddnstr (1 + row, 1, line->text, COLS - 2);
          attroff (attr);
        }
    }
  if (l->rule)
    mvhline (LINES - 2 - l->button_rows, 0, ACS_HLINE, COLS);
  for (i = 0; i < s->n_buttons; i++)
    {
      int y = LINES - 1 - l->button_rows + l->button_row[i];
      bool focus = i == st->button;

      if (focus)
        attron (A_REVERSE | A_BOLD);
      mvprintw (y, l->button_col[i], focus ? "[%s]" : " %s ", labels[i]);
      if (focus)
        {
          attroff (A_REVERSE | A_BOLD);
          if (cur_row < 0)
            cur_row = y, cur_col = l->button_col[i] + 1;
        }
    }
  if (st->top + l->rows < (int) v->n)
    /* TRANSLATORS: at the right of the footer while the text goes on
       below; keep it short. */
    more = _("more below");
  {
    char *m = more != NULL ? screen_plain (more) : NULL;
    char *arrow = screen_symbol ("\u2193", "v");
    char *shown = m == NULL ? NULL
                  : (int) (strlen (hint) + strlen (m) + strlen (arrow)) + 5
                    <= COLS ? xasprintf ("%s %s", m, arrow)
                  : xstrdup (arrow);

    view_bar (LINES - 1, hint, shown, false);
    free (shown);
    free (arrow);
    free (m);
  }
  move (cur_row >= 0 ? cur_row : LINES - 1, cur_row >= 0 ? cur_col : 0);
  refresh ();
}

/* ------------------------------------------------------------- moving */

static int
view_max_top (const struct view *v, const struct view_layout *l)
{
  return (int) v->n > l->rows ? (int) v->n - l->rows : 0;
}

/* The focused item wholly in sight, or its top when it is taller. */
static void
view_show_item (const struct view *v, struct view_state *st,
                const struct view_layout *l)
{
  int f, e;

  if (st->item < 0 || st->item >= v->n_items)
    return;
  f = l->first[st->item];
  e = l->last[st->item];
  if (e - st->top >= l->rows)
    st->top = e - l->rows + 1;
  if (f < st->top)
    st->top = f;
}

static void
view_clamp (const struct view *v, struct view_state *st,
            const struct view_layout *l, int n_buttons)
{
  if (st->top > view_max_top (v, l))
    st->top = view_max_top (v, l);
  if (st->top < 0)
    st->top = 0;
  if (v->n_items == 0)
    st->item = -1;
  else if (st->item >= v->n_items)
    st->item = v->n_items - 1;
  if (n_buttons > 0 && (st->button < 0 || st->button >= n_buttons))
    st->button = 0;
}

/* Up or down by one (DIR -1 or 1): the next item, or a line of text
   before the first or after the last. */
static void
view_step (const struct view *v, struct view_state *st,
           const struct view_layout *l, int dir)
{
  int next = st->item + dir;

  if (v->n_items > 0 && st->item >= 0 && next >= 0 && next < v->n_items)
    {
      st->item = next;
      view_show_item (v, st, l);
      return;
    }
  st->top += dir;
}

/* A page up or down; the focus goes to the first item in sight. */
static void
view_page (const struct view *v, struct view_state *st,
           const struct view_layout *l, int dir)
{
  int i;

  st->top += dir * (l->rows > 1 ? l->rows - 1 : 1);
  if (st->top > view_max_top (v, l))
    st->top = view_max_top (v, l);
  if (st->top < 0)
    st->top = 0;
  for (i = 0; i < v->n_items && st->item >= 0; i++)
    if (l->first[i] >= st->top)
      {
        st->item = i;
        return;
      }
}

/* Handle a key that moves; false when it is the caller's. */
static bool
view_move (const struct view_screen *s, const struct view *v,
           struct view_state *st, const struct view_layout *l, int key)
{
  switch (key)
    {
    case KEY_UP:
      view_step (v, st, l, -1);
      return true;
    case KEY_DOWN:
      view_step (v, st, l, 1);
      return true;
    case KEY_PPAGE:
      view_page (v, st, l, -1);
      return true;
    case KEY_NPAGE: case ' ':
      if (key == ' ' && v->n_items > 0)
        return false;
      view_page (v, st, l, 1);
      return true;
    case KEY_HOME:
      st->top = 0;
      st->item = v->n_items > 0 ? 0 : -1;
      return true;
    case KEY_END:
      st->top = view_max_top (v, l);
      st->item = v->n_items > 0 ? v->n_items - 1 : -1;
      view_show_item (v, st, l);
      return true;
    case KEY_RIGHT: case '\t':
      if (s->n_buttons == 0)
        return false;
      st->button = (st->button + 1) % s->n_buttons;
      return true;
    case KEY_LEFT: case KEY_BTAB:
      if (s->n_buttons == 0)
        return false;
      st->button = (st->button + s->n_buttons - 1) % s->n_buttons;
      return true;
    default:
      return false;
    }
}

int
view_show (const struct view_screen *s, struct view_state *st,
           view_build *build, void *data)
{
  char *title = screen_plain (s->title), *hint = screen_plain (s->hint);
  char *right = s->title_right != NULL ? screen_plain (s->title_right) : NULL;
  char **labels = xcalloc ((size_t) s->n_buttons + 1, sizeof *labels);
  int key = KEY_RESIZE, i;
  struct view v;
  struct view_layout l;

  memset (&v, 0, sizeof v);
  memset (&l, 0, sizeof l);
  for (i = 0; i < s->n_buttons; i++)
    labels[i] = screen_plain (s->buttons[i]);
  curs_set (1);
  for (;;)
    {
      if (key == KEY_RESIZE)
        {
          if (!screen_big_enough () && !screen_wait_big_enough ())
            {
              key = key_stopped () != 0 ? KEY_STOP : 'q';
              break;
            }
          view_free (&v);
          view_layout_free (&l);
          memset (&l, 0, sizeof l);
          v.width = COLS - 2;
          build (&v, data);
          view_place_buttons (s, labels, &l);
          view_place_items (&v, &l);
          view_clamp (&v, st, &l, s->n_buttons);
          view_show_item (&v, st, &l);
        }
      view_clamp (&v, st, &l, s->n_buttons);
      view_draw (s, &v, st, &l, labels, title, right, hint);
      if (s->refresh_ms > 0)
        timeout (s->refresh_ms);
      key = key_read (stdscr);
      if (s->refresh_ms > 0)
        timeout (-1);
      if (key_stopped () != 0)
        {
          key = KEY_STOP;
          break;
        }
      /* A live view: built again, and only what changed is drawn (curses
         sends the difference). */
      if (key == ERR && s->refresh_ms > 0)
        {
          key = KEY_RESIZE;
          continue;
        }
      if (key != KEY_RESIZE && !view_move (s, &v, st, &l, key))
        break;
    }
  curs_set (0);
  erase ();
  refresh ();
  view_free (&v);
  view_layout_free (&l);
  for (i = 0; i < s->n_buttons; i++)
    free (labels[i]);
  free (labels);
  free (title);
  free (right);
  free (hint);
  return key;
}

/* ------------------------------------------------------------- help */

/* A document of one text: DATA is it (UTF-8). */
static void
view_text_build (struct view *v, void *data)
{
  view_add (v, VIEW_TEXT, -1, "", "", data);
}

bool
view_is_enter (int key)
{
  return key == '\n' || key == '\r' || key == KEY_ENTER;
}

void
view_help (const char *title, const char *text)
{
  struct view_screen screen = { 0 };
  struct view_state state = { 0, -1, 0 };
  /* TRANSLATORS: the title bar of a help screen; %s is what it is
     about (a question, a screen). */
  char *head = xasprintf (_("Help: %s"), title);
  int key;

  screen.title = head;
  /* TRANSLATORS: the key hints of a help screen; keep it short. */
  screen.hint = _("Esc or Enter back  arrows scroll");
  do
    key = view_show (&screen, &state, view_text_build, (void *) text);
  while (key_stopped () == 0 && key != 27 && !view_is_enter (key)
         && key != 'q' && key != 'Q' && key != '?' && key != KEY_F (1)
         && key != KEY_LEFT);
  free (head);
}

/* ------------------------------------------------------------ reports */

/* Whether LINE is a rule of "=" or "-" under a heading. */
static bool
view_is_rule (const char *line)
{
  return line[0] != '\0' && strspn (line, "=-") == strlen (line);
}

/* The full report, wrapped again to the screen: a heading (the line
   over a rule) in bold, the rule left out; a paragraph (lines the
   report wrapped at 78 columns: a line of 60 or more goes on in the
   next one of its indent) as one text, with the indent it has. */
static void
view_report_build (struct view *v, void *data)
{
  const char *text = data;
  struct lines all;
  char *line, *next;
  size_t len, next_len;
  const char *why;

  char *copy = xstrdup (text);

  lines_init (&all, copy, strlen (copy));
  line = lines_next (&all, &len, &why);
  while (line != NULL)
    {
      size_t lead = strspn (line, " ");
      bool bullet = strncmp (line + lead, "- ", 2) == 0;
      char *indent = xasprintf ("%*s", (int) (lead < 20 ? lead : 20), "");
      char *hang = xasprintf ("%s%s", indent, bullet ? "  " : "");
      struct buf para;

      buf_init (&para);
      buf_add (&para, line + lead);
      next = lines_next (&all, &next_len, &why);
      if (next != NULL && view_is_rule (next) && line[0] != '\0')
        {
          view_blank (v);
          view_add (v, VIEW_HEADING, -1, "", "", para.data);
          next = lines_next (&all, &next_len, &why);
        }
      else if (line[0] == '\0')
        view_blank (v);
      else
        {
          while (next != NULL && len >= 60 && next[0] != '\0'
                 && strspn (next, " ") == strlen (hang)
                 && strncmp (next + strlen (hang), "- ", 2) != 0)
            {
              buf_addc (&para, ' ');
              buf_add (&para, next + strlen (hang));
              len = next_len;
              next = lines_next (&all, &next_len, &why);
            }
          view_add (v, VIEW_TEXT, -1, indent, hang, para.data);
        }
      buf_free (&para);
      free (indent);
      free (hang);
      line = next;
      len = next_len;
    }
  free (copy);
}

void
view_report (const char *title, const char *text, void (*help) (void))
{
  const char *back[1];
  struct view_screen screen = { 0 };
  struct view_state state = { 0, -1, 0 };
  int key;

  /* TRANSLATORS: a button; keep it short. */
  back[0] = _("Back");
  screen.title = title;
  /* TRANSLATORS: key hints of the full report; keep under 78 columns. */
  screen.hint = COLS >= 70 ? _("Up/Down Page Up/Down scroll  Enter or Esc back"
                               "  ? help")
                           : _("Arrows scroll  Esc back");
  screen.buttons = back;
  screen.n_buttons = 1;
  for (;;)
    {
      key = view_show (&screen, &state, view_report_build, (void *) text);
      if ((key == '?' || key == KEY_F (1)) && help != NULL)
        help ();
      else if (key_stopped () != 0 || view_is_enter (key) || key == 27
               || key == 'q' || key == 'Q' || key == KEY_LEFT)
        return;
    }
}

/* ------------------------------------------------------------ choices */

int
view_choose (const char *title, const char *text,
             const char *const *buttons, int n)
{
  struct view_screen screen = { 0 };
  struct view_state state = { 0, -1, 0 };
  int key;

  screen.title = title;
  /* TRANSLATORS: key hints under a choice of buttons; keep under 38
     columns. */
  screen.hint = _("Left/Right choose  Enter ok");
  screen.buttons = buttons;
  screen.n_buttons = n;
  for (;;)
    {
      key = view_show (&screen, &state, view_text_build, (void *) text);
      if (key_stopped () != 0 || key == 27 || key == 'q' || key == 'Q')
        return -1;
      if (view_is_enter (key))
        return state.button;
    }
}

/* -------------------------------------------------------------- lists */

struct view_list
{
  const char *const *items;
  int n;
};

static void
view_list_build (struct view *v, void *data)
{
  const struct view_list *l = data;
  int i;

  for (i = 0; i < l->n; i++)
    view_add (v, VIEW_TEXT, view_item (v), "  ", "  ", l->items[i]);
}

int
view_pick (const char *title, const char *hint, const char *const *items,
           int n, int current)
{
  struct view_list l = { items, n };
  struct view_screen screen = { 0 };
  struct view_state state = { 0, current, 0 };
  int key;

  screen.title = title;
  screen.hint = hint;
  for (;;)
    {
      key = view_show (&screen, &state, view_list_build, &l);
      if (key_stopped () != 0 || key == 27 || key == KEY_LEFT || key == 'q'
          || key == 'Q')
        return -1;
      if (view_is_enter (key))
        return state.item;
    }
}
