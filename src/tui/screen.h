/* screen.h: the curses side of leadwise: start and end CDK, turn text
   into something this narrow-curses CDK can show, and the small shared
   pieces of every screen (header, footer, pop-ups, "too small").
   Everything that includes <cdk.h> lives under src/tui; nothing here
   decides what to advise. */
#ifndef LEADWISE_SCREEN_H
#define LEADWISE_SCREEN_H

#include <stdbool.h>

/* The smallest terminal the wizard works in. */
#define SCREEN_MIN_COLS 40
#define SCREEN_MIN_ROWS 12

/* Whether standard input and output are a terminal we can draw on. */
bool screen_available (void);

/* How the screen looks. */
struct screen_options
{
  bool no_color;     /* --no-color; NO_COLOR does the same */
  bool ascii_lines;  /* --ascii-lines: + - | borders */
  unsigned idle;     /* seconds without a key before stopping; 0: never */
};

/* Start and end full-screen mode (curses, colours, keys, signals). */
bool screen_begin (const struct screen_options *opts);
void screen_end (void);

/* Whether the screen has colours. */
bool screen_colours (void);

/* The CDK markup that starts and ends a bar (header, footer): white on
   blue with colours, reverse video without. */
const char *screen_bar_on (void);
const char *screen_bar_off (void);

/* TEXT (UTF-8) as this screen can show it: transliterated to ASCII in a
   UTF-8 locale, control characters and CDK markup made harmless.  Free
   the result. */
char *screen_text (const char *text);

/* The same for what leadwise draws itself, not CDK (view.c): "<" and
   ">" stay as they are. */
char *screen_plain (const char *text);

/* UTF8 (a symbol such as a block or an arrow) for the screen when it
   can show it, else ASCII.  Free the result. */
char *screen_symbol (const char *utf8, const char *ascii);

/* Split TEXT (already from screen_text) into lines of at most WIDTH
   columns; *N gets the count.  Free with screen_free_lines. */
char **screen_wrap (const char *text, int width, int *n);
void screen_free_lines (char **lines, int n);

/* Whether the terminal is at least the minimum size. */
bool screen_big_enough (void);

/* Show "terminal too small" until the terminal grows or the user quits
   with q; returns false when they quit. */
bool screen_wait_big_enough (void);

/* A boxed message (translated, UTF-8) until a key is pressed. */
void screen_message (const char *title, const char *text);

/* TEXT (UTF-8, translated; newlines kept) under TITLE with N buttons
   (translated labels).  Returns the button chosen, or -1 for Esc, a
   signal or a lost terminal. */
int screen_choose (const char *title, const char *text,
                   const char *const *buttons, int n);

/* A full-screen list under TITLE (UTF-8) with HINT in the footer; the
   items are UTF-8.  Returns the item chosen with Enter, or -1 for Esc, a
   signal or a lost terminal.  Redrawn when the terminal changes size. */
int screen_pick (const char *title, const char *hint,
                 const char *const *items, int n, int current);

/* A yes/no question; true for yes.  Esc means no. */
bool screen_confirm (const char *question);

/* Let the person choose the language (a list of those leadwise speaks);
   what follows speaks it. */
void screen_language (void);

#endif
