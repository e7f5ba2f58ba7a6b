/* key.c: the one key reader (see key.h). */
#include "system.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

#include "core/exitcode.h"
#include "tui/key.h"
#include "tui/letters.h"

static volatile sig_atomic_t key_caught, key_resized, key_fed;
static unsigned key_idle;
static char key_escapes[256];

/* How many reads in a row may fail for no reason found before the
   terminal counts as gone: never a loop that spins. */
#define KEY_MAX_FAILURES 100

/* Once stopped, the seconds left to leave in good order (the answers
   are saved as they are given): a client that stops reading can block
   a write to its terminal for ever, and no signal ends a blocked
   write. */
#define KEY_GRACE_SECONDS 5

/* Once stopped, standard input becomes a pipe full of Escape keys: a
   loop that reads keys without this reader (a CDK widget in a build
   where its wgetch is not wrapped, see update.c) ends too, and none
   spins on a terminal that is gone.  Safe in a signal handler. */
static void
key_feed_escape (void)
{
  int fds[2];

  if (key_fed || pipe (fds) != 0)
    return;
  key_fed = 1;
  if (fcntl (fds[1], F_SETFL, O_NONBLOCK) == 0)
    while (write (fds[1], key_escapes, sizeof key_escapes) > 0)
      continue;
  /* The writing end stays open: drained, the pipe blocks rather than
     reads as end of file again and again. */
  dup2 (fds[0], STDIN_FILENO);
  close (fds[0]);
}

static void
key_stop (int sig)
{
  if (key_caught == 0)
    {
      key_caught = sig;
      alarm (KEY_GRACE_SECONDS);
    }
  key_feed_escape ();
}

static void
key_on_signal (int sig)
{
  if (sig == SIGWINCH)
    key_resized = 1;
  else if (sig == SIGALRM && key_caught != 0)
    /* Stopped, and still here after the grace time: stuck writing to a
       terminal nobody reads.  Nothing is left to save. */
    _exit (key_caught == SIGALRM ? EXIT_OK : EXIT_INTERRUPTED);
  else
    key_stop (sig);
}

int
key_stopped (void)
{
  return key_caught;
}

/* A key was read: the idle time starts again (counted in whole seconds:
   the timer is set again at most once a second, not for each key of a
   paste). */
static void
key_touch (void)
{
  static time_t armed;
  time_t now;

  if (key_idle == 0 || (now = time (NULL)) == armed)
    return;
  armed = now;
  alarm (key_idle);
}

/* N clamped to 1..MAX. */
static int
key_clamp (long n, int max)
{
  return n < 1 ? 1 : n > max ? max : (int) n;
}

/* Keep an environment size ncurses would take over the terminal's within
   bounds; and where the terminal itself reports more than can be drawn,
   say the bounds there, so that initscr never sizes for it. */
static void
key_clamp_environment (void)
{
  static const struct { const char *name; int max; } vars[] = {
    { "COLUMNS", KEY_MAX_COLS }, { "LINES", KEY_MAX_ROWS },
  };
  struct winsize ws;
  char number[16];
  size_t i;

  for (i = 0; i < sizeof vars / sizeof vars[0]; i++)
    {
      const char *v = getenv (vars[i].name);

      if (v != NULL && strtol (v, NULL, 10) > vars[i].max)
        unsetenv (vars[i].name);
    }
  if (ioctl (letters_tty (), TIOCGWINSZ, &ws) != 0)
    return;
  if (ws.ws_col > KEY_MAX_COLS || ws.ws_row > KEY_MAX_ROWS)
    {
      snprintf (number, sizeof number, "%d",
                key_clamp (ws.ws_col, KEY_MAX_COLS));
      setenv ("COLUMNS", number, 1);
      snprintf (number, sizeof number, "%d",
                key_clamp (ws.ws_row, KEY_MAX_ROWS));
      setenv ("LINES", number, 1);
    }
}

void
key_begin (unsigned idle)
{
  struct sigaction sa;

  memset (key_escapes, KEY_STOP, sizeof key_escapes);
  memset (&sa, 0, sizeof sa);
  sa.sa_handler = key_on_signal;
  sigemptyset (&sa.sa_mask);
  sa.sa_flags = 0;   /* no SA_RESTART: a read in progress must return */
  sigaction (SIGINT, &sa, NULL);
  sigaction (SIGTERM, &sa, NULL);
  sigaction (SIGHUP, &sa, NULL);
  sigaction (SIGALRM, &sa, NULL);
  /* Caught here, ncurses leaves SIGWINCH alone, and learns a new size
     only from key_resize, clamped. */
  sigaction (SIGWINCH, &sa, NULL);
  key_clamp_environment ();
  key_idle = idle;
  key_touch ();
}

/* The terminal's new size, within bounds, to ncurses. */
static void
key_resize (void)
{
  struct winsize ws;

  key_resized = 0;
  if (ioctl (letters_tty (), TIOCGWINSZ, &ws) != 0)
    return;
  resizeterm (key_clamp (ws.ws_row, KEY_MAX_ROWS),
              key_clamp (ws.ws_col, KEY_MAX_COLS));
}

/* Whether the terminal is gone: hung up, closed, or at end of file. */
static bool
key_lost (void)
{
  struct pollfd p = { STDIN_FILENO, POLLIN, 0 };
  unsigned char c;
  ssize_t n;

  if (poll (&p, 1, 0) < 0)
    return errno != EINTR;
  if (p.revents & (POLLHUP | POLLERR | POLLNVAL))
    return true;
  if (!(p.revents & POLLIN))
    return false;
  n = read (STDIN_FILENO, &c, 1);
  if (n == 0)
    return true;
  if (n < 0)
    return errno != EINTR && errno != EAGAIN;
  ungetch (c);
  return false;
}

/* The next byte of an escape sequence: a terminal sends one whole, so
   a gap of 50 ms ends it. */
static int
key_next (WINDOW *w)
{
  int delay = wgetdelay (w), c;

  wtimeout (w, 50);
  c = key_raw (w);
  wtimeout (w, delay);
  return c;
}

/* The key of a CSI sequence (ESC [ PARAMS FINAL), as xterm, rxvt, PuTTY,
   the Linux console and tmux or screen send them, whatever TERM says;
   0 for one leadwise has no use for. */
static int
key_csi (int number, int final)
{
  static const struct { int number; int key; } tilde[] = {
    { 1, KEY_HOME }, { 7, KEY_HOME }, { 4, KEY_END }, { 8, KEY_END },
    { 2, KEY_IC }, { 3, KEY_DC }, { 5, KEY_PPAGE }, { 6, KEY_NPAGE },
    { 11, KEY_F (1) }, { 12, KEY_F (2) }, { 13, KEY_F (3) },
    { 14, KEY_F (4) }, { 15, KEY_F (5) }, { 17, KEY_F (6) },
    { 18, KEY_F (7) }, { 19, KEY_F (8) }, { 20, KEY_F (9) },
    { 21, KEY_F (10) }, { 23, KEY_F (11) }, { 24, KEY_F (12) },
  };
  static const char finals[] = "ABCDHFZPQRS";
  static const int keys[] = { KEY_UP, KEY_DOWN, KEY_RIGHT, KEY_LEFT,
                              KEY_HOME, KEY_END, KEY_BTAB, KEY_F (1),
                              KEY_F (2), KEY_F (3), KEY_F (4) };
  const char *f;
  size_t i;

  if (final == '~')
    {
      for (i = 0; i < sizeof tilde / sizeof tilde[0]; i++)
        if (tilde[i].number == number)
          return tilde[i].key;
      return 0;
    }
  f = strchr (finals, final);
  return f != NULL ? keys[f - finals] : 0;
}

/* What follows an Escape that ncurses did not know: the rest of the
   sequence, read whole and turned into its key, or swallowed (0).  A
   lone Escape is the Escape key. */
static int
key_escape (WINDOW *w)
{
  int c = key_next (w), number = 0, n;

  if (c == ERR)
    return 27;
  if (c != '[' && c != 'O')
    {
      /* Escape, then a key typed (or sent by a script) soon after: two
         keys.  (Alt and a key comes so too, and goes back.) */
      ungetch (c);
      return 27;
    }
  if (c == 'O')
    {
      /* SS3: the keypad and F1 to F4 of xterm's application mode. */
      static const char finals[] = "ABCDHFPQRSM";
      static const int keys[] = { KEY_UP, KEY_DOWN, KEY_RIGHT, KEY_LEFT,
                                  KEY_HOME, KEY_END, KEY_F (1), KEY_F (2),
                                  KEY_F (3), KEY_F (4), '\n' };
      const char *f;

      c = key_next (w);
      f = c > 0 && c < 128 ? strchr (finals, c) : NULL;
      return f != NULL && *f != '\0' ? keys[f - finals] : 0;
    }
  c = key_next (w);
  if (c == '[')
    {
      /* The Linux console's F1 to F5: ESC [ [ A to E. */
      c = key_next (w);
      return c >= 'A' && c <= 'E' ? KEY_F (1 + c - 'A') : 0;
    }
  /* Parameters, intermediates, then one final byte; at most 32 bytes,
     never a wait beyond a gap. */
  for (n = 0; c != ERR && n < 32; n++, c = key_next (w))
    {
      if (c >= '0' && c <= '9' && number < 1000)
        number = number * 10 + (c - '0');
      else if (c == ';')
        number = number == 0 ? 1 : number;   /* modifiers follow */
      else if (c >= 0x40 && c <= 0x7e)
        return key_csi (number == 0 ? 1 : number, c);
      else if (c < 0x20 || c > 0x3f)
        break;
      if (c == ';')
        {
          /* ESC [ 1 ; 5 A: the key with Ctrl; the key is what counts. */
          while ((c = key_next (w)) != ERR && c >= 0x20 && c <= 0x3f)
            continue;
          return c >= 0x40 && c <= 0x7e ? key_csi (number, c) : 0;
        }
    }
  return 0;
}

/* The keys some terminals' descriptions give other names. */
static int
key_normal (int key)
{
  switch (key)
    {
    case KEY_FIND: case KEY_A1:
      return KEY_HOME;
    case KEY_SELECT: case KEY_C1:
      return KEY_END;
    case KEY_A3:
      return KEY_PPAGE;
    case KEY_C3:
      return KEY_NPAGE;
    default:
      return key;
    }
}

int
key_read (WINDOW *w)
{
  int failures = 0, key;

  for (;;)
    {
      if (key_caught != 0)
        return KEY_STOP;
      if (key_resized)
        {
          key_resize ();
          return KEY_RESIZE;
        }
      key = key_raw (w);
      if (key == KEY_RESIZE)
        continue;          /* ncurses' own notice: the size is ours */
      if (key == 27)
        {
          key = key_escape (w);
          if (key == 0)
            continue;      /* a sequence swallowed whole */
        }
      if (key != ERR)
        {
          key_touch ();
          return key_normal (key);
        }
      if (key_caught != 0 || key_resized)
        continue;
      if (key_lost () || ++failures >= KEY_MAX_FAILURES)
        key_stop (SIGHUP);
      else if (wgetdelay (w) >= 0)
        return ERR;        /* the caller's own timeout */
    }
}
