/* view.h: a full screen drawn by leadwise, not by a CDK widget: a title
   bar, a document that scrolls (text wrapped to the width, headings,
   items one can move between, each as many lines as its text needs),
   a row of actions, and a footer of key hints.  The results, the full
   report and the review are views.  It shows what it is given and
   decides nothing. */
#ifndef LEADWISE_VIEW_H
#define LEADWISE_VIEW_H

#include <stdbool.h>
#include <stddef.h>

enum view_style
{
  VIEW_TEXT,      /* plain */
  VIEW_HEADING,   /* bold */
  VIEW_STRONG,    /* bold, for the one line that matters most */
  VIEW_ALERT      /* in reverse video: why an answer was refused */
};

/* Columns a line may be made of (view_add_columns). */
#define VIEW_COLUMNS 3

struct view_line
{
  char *text;           /* screen text (screen_text): a byte a column */
  enum view_style style;
  int item;             /* the item it belongs to, or -1 */
  int n_parts;          /* 0, or the columns it is made of: each drawn
                           in its own style from its byte */
  int part_at[VIEW_COLUMNS];
  enum view_style part_style[VIEW_COLUMNS];
};

struct view
{
  struct view_line *lines;
  size_t n, cap;
  int n_items;
  int width;            /* what the text is wrapped to */
};

/* Add TEXT (UTF-8, translated) wrapped to the view's width: its first
   line after FIRST, the others after REST (both ASCII indents, such as
   "  - " and "    ").  ITEM: the item the lines belong to, or -1;
   view_item starts a new one. */
void view_add (struct view *v, enum view_style style, int item,
               const char *first, const char *rest, const char *text);
void view_blank (struct view *v);
int view_item (struct view *v);

/* The same with a line already for the screen, not wrapped. */
void view_add_raw (struct view *v, enum view_style style, int item,
                   char *line);

/* Move the lines of FROM to the end of V, after a blank line when V
   has some; FROM is left empty. */
void view_append (struct view *v, struct view *from);

/* The N views COLS (N at most VIEW_COLUMNS) side by side at the end of
   V, each WIDTH columns wide and GAP apart, each keeping its lines'
   styles; they are left empty. */
void view_add_columns (struct view *v, struct view *cols, int n, int width,
                       int gap);

/* Builds the document for WIDTH columns (again after a resize). */
typedef void view_build (struct view *v, void *data);

/* Where the reader is: kept from one view_show to the next. */
struct view_state
{
  int top;              /* the first line shown */
  int item;             /* the item with the focus, or -1 */
  int button;           /* the action with the focus */
};

struct view_screen
{
  const char *title;              /* UTF-8, translated */
  const char *title_right;        /* at the right of the title bar, or
                                     NULL */
  const char *hint;               /* the footer's key hints */
  const char *const *buttons;     /* the actions (translated), or NULL */
  int n_buttons;
  int refresh_ms;                 /* above 0: build the document again
                                     after so long without a key, and
                                     draw what changed (a live view) */
};

/* Show the document BUILD makes until a key the caller must act on:
   Enter, Space, Escape, q, ?, F1, F2, F10 or a letter; it is returned
   (KEY_STOP when the terminal is gone or a signal came).  Moving about
   (arrows, Page Up and Down, Home, End, Tab) and resizes are handled
   here. */
int view_show (const struct view_screen *screen, struct view_state *state,
               view_build *build, void *data);

/* TEXT (UTF-8, translated) on a screen of its own under "Help: TITLE",
   scrolled with the arrows, until Esc, Enter, q or ?. */
void view_help (const char *title, const char *text);

/* A text report (as doc_write_text writes it) under TITLE, wrapped
   again to the screen: headings in bold, paragraphs joined; Enter, Esc
   or q goes back, ? calls HELP (if not NULL). */
void view_report (const char *title, const char *text, void (*help) (void));

/* TEXT (UTF-8; newlines kept) under TITLE with N BUTTONS that flow
   onto as many rows as the width needs: a choice for a screen too
   narrow for a dialog box.  Returns the button, or -1 for Esc, a signal
   or a lost terminal. */
int view_choose (const char *title, const char *text,
                 const char *const *buttons, int n);

/* A list of N ITEMS (UTF-8), each wrapped whole, under TITLE with HINT
   in the footer, CURRENT in focus.  Returns the item chosen with Enter,
   or -1 for Esc, Left, a signal or a lost terminal. */
int view_pick (const char *title, const char *hint, const char *const *items,
               int n, int current);

/* Whether KEY is Enter, as a terminal may send it. */
bool view_is_enter (int key);

/* The attribute of the title and footer bars. */
int view_bar_attr (void);

#endif
