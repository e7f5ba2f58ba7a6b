/* screen.c: CDK start-up and teardown, text for the screen, pop-ups. */
#include "system.h"

#include <iconv.h>
#include <langinfo.h>
#include <signal.h>
#include <termios.h>
#include <unistd.h>

#include <cdk.h>

#include "core/lang.h"
#include "core/paths.h"
#include "core/utf8.h"
#include "core/util.h"
#include "tui/key.h"
#include "tui/letters.h"
#include "tui/screen.h"
#include "tui/view.h"
#include "tui/terminfo.h"

bool
screen_available (void)
{
  const char *term = getenv ("TERM");

  if (!isatty (STDIN_FILENO) || !isatty (STDOUT_FILENO) || term == NULL
      || *term == '\0' || strcmp (term, "dumb") == 0)
    return false;
  /* An SSH client may send a terminal type this machine does not know:
     fall back to vt100, which every terminal emulates, else to the
     line-by-line wizard. */
  if (screen_term_known ())
    return true;
  setenv ("TERM", "vt100", 1);
  return screen_term_known ();
}

static bool
screen_utf8 (void)
{
  return strcmp (nl_langinfo (CODESET), "UTF-8") == 0;
}

/* ------------------------------------------------------------- text */

/* CP in ASCII, into B: transliterated by iconv ("ss" for "\u00df");
   "?" where it knows no way.  The Spanish opening marks are left out
   rather than shown as "?" and "!". */
static void
screen_ascii (struct buf *b, const char *s, size_t len, unsigned long cp)
{
  static iconv_t cd = (iconv_t) -1;
  char out[16], *in = (char *) s, *o = out;
  size_t in_left = len, out_left = sizeof out - 1;

  if (cp == 0xbf || cp == 0xa1)
    return;
  if (cd == (iconv_t) -1)
    cd = iconv_open ("ASCII//TRANSLIT", "UTF-8");
  if (cd == (iconv_t) -1
      || iconv (cd, &in, &in_left, &o, &out_left) == (size_t) -1
      || o == out)
    {
      if (cd != (iconv_t) -1)
        iconv (cd, NULL, NULL, NULL, NULL);
      buf_addc (b, '?');
      return;
    }
  buf_addn (b, out, (size_t) (o - out));
}

/* TEXT for the screen; MARKUP: CDK will read it, so "<" and ">" become
   "[" and "]". */
static char *
screen_convert (const char *text, bool markup)
{
  size_t n = strlen (text), i = 0, len;
  unsigned long cp;
  struct buf b;

  buf_init (&b);
  buf_add (&b, "");
  while (i < n)
    {
      unsigned char c = (unsigned char) text[i];

      len = utf8_decode (text + i, n - i, &cp);
      if (len == 0)
        {
          /* Not UTF-8: one byte, unknown. */
          buf_addc (&b, '?');
          i++;
          continue;
        }
      /* "<" starts CDK markup; control characters would move the
         cursor. */
      if (c == '<' && markup)
        buf_addc (&b, '[');
      else if (c == '>' && markup)
        buf_addc (&b, ']');
      else if (c == '\n' || (c >= 0x20 && c < 0x7f))
        buf_addc (&b, (char) c);
      else if (cp < 0xa0)
        buf_addc (&b, '?');
      else if (letters_byte ((uint32_t) cp) != 0)
        buf_addc (&b, (char) letters_byte ((uint32_t) cp));
      else if (utf8_cp_width (cp) > 0)
        screen_ascii (&b, text + i, len, cp);
      i += len;
    }
  return buf_take (&b);
}

char *
screen_text (const char *text)
{
  return screen_convert (text, true);
}

char *
screen_plain (const char *text)
{
  return screen_convert (text, false);
}

char *
screen_symbol (const char *utf8, const char *ascii)
{
  size_t n = strlen (utf8), i = 0, len;
  unsigned long cp;
  struct buf b;

  buf_init (&b);
  buf_add (&b, "");
  while (i < n && (len = utf8_decode (utf8 + i, n - i, &cp)) > 0
         && letters_byte ((uint32_t) cp) != 0)
    {
      buf_addc (&b, (char) letters_byte ((uint32_t) cp));
      i += len;
    }
  if (i < n)
    {
      buf_free (&b);
      return xstrdup (ascii);
    }
  return buf_take (&b);
}

char **
screen_wrap (const char *text, int width, int *n)
{
  char **lines = NULL;
  size_t cap = 0;
  const char *p = text;

  *n = 0;
  if (width < 8)
    width = 8;
  while (*p != '\0')
    {
      int len = 0, last_space = -1;

      while (p[len] != '\0' && p[len] != '\n' && len < width)
        {
          if (p[len] == ' ')
            last_space = len;
          len++;
        }
      if (p[len] != '\0' && p[len] != '\n' && p[len] != ' '
          && last_space > 0)
        len = last_space;
      lines = xgrow (lines, &cap, (size_t) *n + 1, sizeof *lines);
      lines[(*n)++] = xstrndup (p, (size_t) len);
      p += len;
      while (*p == ' ')
        p++;
      if (*p == '\n')
        p++;
    }
  if (*n == 0)
    {
      lines = xgrow (lines, &cap, 1, sizeof *lines);
      lines[(*n)++] = xstrdup ("");
    }
  return lines;
}

void
screen_free_lines (char **lines, int n)
{
  int i;

  for (i = 0; i < n; i++)
    free (lines[i]);
  free (lines);
}

/* ------------------------------------------------------ start, end */

static bool screen_colour, screen_letters;
static CDKSCREEN *screen_anchor;

/* initCDKColor defines pair 8 * FG + BG + 1 over white, red, green,
   yellow, blue, magenta, cyan, black: white on blue is pair 5. */
bool
screen_colours (void)
{
  return screen_colour;
}

const char *
screen_bar_on (void)
{
  return screen_colour ? "</5>" : "</R>";
}

const char *
screen_bar_off (void)
{
  return screen_colour ? "<!5>" : "<!R>";
}

/* Plain + - | borders, for terminals that show VT100 line drawing as
   "lqqqk" (PuTTY by default, the Linux console in UTF-8). */
static void
screen_ascii_lines (void)
{
  static const char corners[] = "lkmjtuvwn";
  const char *c;

  for (c = corners; *c != '\0'; c++)
    acs_map[(unsigned char) *c] = '+';
  acs_map['q'] = '-';
  acs_map['x'] = '|';
  acs_map['a'] = '#';
  acs_map['0'] = '#';
}

/* ------------------------------------------------------- fatal signals */

/* What a crash restores before it ends the program: the terminal's
   modes as they were, and the sequences that leave the full screen. */
static struct termios screen_saved_modes;
static bool screen_have_modes;
static char screen_leave[256];
static size_t screen_leave_len;
static const int screen_fatal_signals[] = { SIGSEGV, SIGBUS, SIGFPE, SIGILL,
                                            SIGABRT };
#define SCREEN_N_FATAL (sizeof screen_fatal_signals / sizeof screen_fatal_signals[0])
static struct sigaction screen_fatal_old[SCREEN_N_FATAL];

static void
screen_leave_add (const char *capname)
{
  const char *seq = tigetstr (capname);
  size_t n;

  if (seq == NULL || seq == (char *) -1)
    return;
  n = strlen (seq);
  if (screen_leave_len + n < sizeof screen_leave)
    {
      memcpy (screen_leave + screen_leave_len, seq, n);
      screen_leave_len += n;
    }
}

/* A crash: the terminal as it was, then the crash as it would have been
   (the handler that was there before, a sanitizer's say, or the default:
   a core dump). */
static void
screen_on_fatal (int sig)
{
  size_t i;

  if (screen_leave_len > 0)
    (void) !write (letters_tty (), screen_leave, screen_leave_len);
  if (screen_have_modes)
    tcsetattr (STDIN_FILENO, TCSANOW, &screen_saved_modes);
  for (i = 0; i < SCREEN_N_FATAL; i++)
    if (screen_fatal_signals[i] == sig)
      sigaction (sig, &screen_fatal_old[i], NULL);
  raise (sig);
}

static void
screen_catch_fatal (void)
{
  struct sigaction sa;
  size_t i;

  screen_leave_add ("sgr0");
  screen_leave_add ("cnorm");
  screen_leave_add ("rmkx");
  screen_leave_add ("rmcup");
  memset (&sa, 0, sizeof sa);
  sa.sa_handler = screen_on_fatal;
  sigemptyset (&sa.sa_mask);
  for (i = 0; i < SCREEN_N_FATAL; i++)
    sigaction (screen_fatal_signals[i], &sa, &screen_fatal_old[i]);
}

bool
screen_begin (const struct screen_options *opts)
{
  const char *no_color = getenv ("NO_COLOR");
  const char *no_acs = getenv ("NCURSES_NO_UTF8_ACS");

  /* This CDK is built on the narrow ncurses: letters outside ASCII
     reach the terminal through letters.c, or are transliterated. */
  screen_letters = letters_begin ();
  /* Esc must feel instant over SSH, not wait a second for a sequence. */
  set_escdelay (25);
  key_begin (opts->idle);
  /* The modes before curses changes them, for a crash to restore. */
  screen_have_modes = tcgetattr (STDIN_FILENO, &screen_saved_modes) == 0;
  if (initscr () == NULL)
    {
      letters_end ();
      return false;
    }
  if (screen_letters)
    {
      use_legacy_coding (2);
      screen_term_no_repeat ();
    }
  /* Until the screen has been left and resumed once, this ncurses
     flushes its output after every cursor move: a write to the terminal
     (and, over SSH, a packet) for each gap in a line.  Leaving now,
     before anything is drawn, makes an update one write; the first
     update (with the first screen, see update.c) resumes. */
  endwin ();
  refresh ();
  /* The first CDK screen sets cbreak and noecho (and the locale again);
     later ones, while one exists, do not.  This one, holding no widget,
     lives as long as the wizard, so that those terminal mode changes,
     each waiting for the output to drain, are made once. */
  screen_anchor = initCDKScreen (stdscr);
  keypad (stdscr, TRUE);
  /* Do not poll the keyboard in the middle of every update: a screen is
     small, and each poll is a system call (and a split write). */
  typeahead (-1);
  screen_colour = has_colors () && !opts->no_color
                  && (no_color == NULL || *no_color == '\0');
  if (screen_colour)
    {
      initCDKColor ();
      /* Plain text in the terminal's own colours.  Otherwise it is white
         on black where text was written and the terminal's background in
         the gaps between, a patchwork on a light terminal. */
      use_default_colors ();
    }
  /* This narrow curses cannot draw Unicode lines: where the terminal is
     said to ignore line drawing in UTF-8, draw them in ASCII. */
  if (opts->ascii_lines
      || (no_acs != NULL && *no_acs != '\0' && strcmp (no_acs, "0") != 0
          && screen_utf8 ()))
    screen_ascii_lines ();
  curs_set (0);
  screen_catch_fatal ();
  return true;
}

void
screen_end (void)
{
  size_t i;

  /* destroyCDKScreen does not free the list of widgets that
     initCDKScreen made (CDK frees it when the last widget leaves, and
     this screen never had one): free it the same way. */
  if (screen_anchor != NULL && screen_anchor->objectCount == 0)
    {
      free (screen_anchor->object);
      screen_anchor->object = NULL;
      screen_anchor->objectLimit = 0;
    }
  destroyCDKScreen (screen_anchor);
  screen_anchor = NULL;
  endCDK ();
  letters_end ();
  for (i = 0; i < SCREEN_N_FATAL; i++)
    sigaction (screen_fatal_signals[i], &screen_fatal_old[i], NULL);
}

bool
screen_big_enough (void)
{
  return COLS >= SCREEN_MIN_COLS && LINES >= SCREEN_MIN_ROWS;
}

/* "Too small", wrapped to whatever room there is, in the middle. */
static void
screen_draw_too_small (void)
{
  /* TRANSLATORS: shown when the terminal is below the minimum size,
     wrapped to as few as 20 columns; %dx%d are columns and lines. */
  char *text = xasprintf (_("Terminal too small: leadwise needs %dx%d, "
                            "this one is %dx%d."), SCREEN_MIN_COLS,
                          SCREEN_MIN_ROWS, COLS, LINES);
  /* TRANSLATORS: under the message above; keep q. */
  char *all = xasprintf ("%s\n%s", text, _("Enlarge it, or press q to "
                                            "quit."));
  char *shown = screen_text (all), **lines;
  int n, i, top;

  lines = screen_wrap (shown, COLS, &n);
  top = LINES > n ? (LINES - n) / 2 : 0;
  erase ();
  for (i = 0; i < n && top + i < LINES; i++)
    mvaddnstr (top + i, 0, lines[i], COLS);
  refresh ();
  screen_free_lines (lines, n);
  free (shown);
  free (all);
  free (text);
}

bool
screen_wait_big_enough (void)
{
  int key;

  while (!screen_big_enough ())
    {
      screen_draw_too_small ();
      key = key_read (stdscr);
      if (key_stopped () != 0 || key == 'q' || key == 'Q')
        return false;
    }
  erase ();
  refresh ();
  return true;
}

/* ---------------------------------------------------------- pop-ups */

void
screen_message (const char *title, const char *text)
{
  CDKSCREEN *cdk = initCDKScreen (stdscr);
  char *shown = screen_text (text), *head = screen_text (title);
  char *first, *last, **lines;
  const char **all;
  int n, shown_n, i, width = COLS - 8;
  CDKLABEL *label;

  lines = screen_wrap (shown, width > 70 ? 70 : width, &n);
  shown_n = n > LINES - 6 ? LINES - 6 : n;
  first = xasprintf ("</B>%s<!B>", head);
  /* TRANSLATORS: under a message box; keep it short. */
  last = screen_text (_("(press any key)"));
  all = xcalloc ((size_t) shown_n + 3, sizeof *all);
  all[0] = first;
  all[1] = "";
  for (i = 0; i < shown_n; i++)
    all[i + 2] = lines[i];
  all[shown_n + 2] = last;
  label = newCDKLabel (cdk, CENTER, CENTER, (CDK_CSTRING2) all, shown_n + 3,
                       TRUE, FALSE);
  if (label != NULL)
    {
      drawCDKLabel (label, TRUE);
      waitCDKLabel (label, 0);
      destroyCDKLabel (label);
    }
  free (all);
  free (first);
  free (last);
  screen_free_lines (lines, n);
  free (shown);
  free (head);
  destroyCDKScreen (cdk);
  erase ();
  refresh ();
}

/* Whether N buttons fit in a dialog box on this screen. */
static bool
screen_buttons_fit (const char *const *buttons, int n)
{
  int i, width = 4;

  for (i = 0; i < n; i++)
    {
      char *t = screen_text (buttons[i]);

      width += (int) strlen (t) + 1;
      free (t);
    }
  return width <= COLS;
}

int
screen_choose (const char *title, const char *text,
               const char *const *buttons, int n)
{
  CDKSCREEN *cdk;
  char *shown, **lines, **all, *head;
  char *labels[8];
  int total, n_lines, i, choice = -1, width = COLS - 8 > 56 ? 56 : COLS - 8;
  CDKDIALOG *dialog;

  if (!screen_buttons_fit (buttons, n))
    return view_choose (title, text, buttons, n);
  cdk = initCDKScreen (stdscr);
  shown = screen_text (text);
  /* At most 56 columns of text, so that on 80 columns the box keeps more
     than 8 columns from either edge.  This ncurses prices a cursor move
     that ends nearer an edge by building every way there (some 20,000
     instructions, and a box takes two moves a row); a move further in is
     one cursor address. */
  lines = screen_wrap (shown, width, &total);
  n_lines = total > LINES - 8 ? LINES - 8 : total;
  head = screen_text (title);
  all = xcalloc ((size_t) n_lines + 2, sizeof *all);
  all[0] = xasprintf ("</B>%s<!B>", head);
  all[1] = xstrdup ("");
  for (i = 0; i < n_lines; i++)
    all[i + 2] = lines[i];
  for (i = 0; i < n && i < 8; i++)
    labels[i] = screen_text (buttons[i]);
  dialog = newCDKDialog (cdk, CENTER, CENTER, (CDK_CSTRING2) all, n_lines + 2,
                         (CDK_CSTRING2) labels, n < 8 ? n : 8, A_REVERSE,
                         TRUE, TRUE, FALSE);
  if (dialog != NULL)
    {
      choice = activateCDKDialog (dialog, NULL);
      if (dialog->exitType != vNORMAL || key_stopped () != 0)
        choice = -1;
      destroyCDKDialog (dialog);
    }
  for (i = 0; i < n && i < 8; i++)
    free (labels[i]);
  free (all[0]);
  free (all[1]);
  free (all);
  free (head);
  screen_free_lines (lines, total);   /* lent to ALL, not given */
  free (shown);
  destroyCDKScreen (cdk);
  erase ();
  refresh ();
  return choice;
}

bool
screen_confirm (const char *question)
{
  const char *buttons[2];

  /* TRANSLATORS: a button; keep it short. */
  buttons[0] = _("Yes");
  /* TRANSLATORS: a button; keep it short. */
  buttons[1] = _("No");
  return screen_choose ("leadwise", question, buttons, 2) == 0;
}

int
screen_pick (const char *title, const char *hint, const char *const *items,
             int n, int current)
{
  return view_pick (title, hint, items, n, current);
}
/* Let the person choose the language; what follows speaks it. */
void
screen_language (void)
{
  const char *names[8];
  size_t n, i;
  const struct lang *langs = lang_list (&n);
  int choice;

  for (i = 0; i < n && i < 8; i++)
    names[i] = langs[i].name;
  /* TRANSLATORS: key hints at the foot of a list; keep the key names, and
     under 78 columns. */
  choice = screen_pick (LANG_CHOICE, _("Enter choose  Esc back"), names,
                        (int) i, (int) (lang_current () - langs));
  if (choice >= 0)
    {
      char *problem = paths_catalog_problem (langs[choice].code);

      if (problem != NULL)
        screen_message (langs[choice].name, problem);
      free (problem);
      lang_set (&langs[choice]);
    }
}

