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
  if (ioctl (STDOUT_FILENO, TIOCGWINSZ, &ws) != 0)
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
  if (ioctl (STDOUT_FILENO, TIOCGWINSZ, &ws) != 0)
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
      if (key != ERR)
        {
          key_touch ();
          return key;
        }
      if (key_caught != 0 || key_resized)
        continue;
      if (key_lost () || ++failures >= KEY_MAX_FAILURES)
        key_stop (SIGHUP);
      else if (wgetdelay (w) >= 0)
        return ERR;        /* the caller's own timeout */
    }
}
