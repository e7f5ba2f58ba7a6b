/* letters.c: real letters on a narrow curses (see letters.h). */
#define _GNU_SOURCE 1           /* pipe2, wcwidth */
#include "system.h"

#include <fcntl.h>
#include <langinfo.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wchar.h>

#include "core/lang.h"
#include "core/utf8.h"
#include "core/util.h"
#include "tui/letters.h"

#define LETTERS_SLOTS 128

/* The code point each byte 0x80 + I shows; 0 while unused.  Written by
   the screen's thread before the byte is drawn, read by the pump. */
static _Atomic uint32_t letters_table[LETTERS_SLOTS];
static atomic_int letters_used;

static bool letters_active;
static int letters_out = -1;      /* the terminal */
static int letters_pipe = -1;     /* the reading end, the pump's */
static pthread_t letters_thread;

int
letters_tty (void)
{
  return letters_active ? letters_out : STDOUT_FILENO;
}

unsigned char
letters_byte (uint32_t cp)
{
  int i, n;

  if (!letters_active || cp < 0xa0 || wcwidth ((wchar_t) cp) != 1
      || utf8_cp_width (cp) != 1)
    return 0;
  n = atomic_load (&letters_used);
  for (i = 0; i < n; i++)
    if (atomic_load (&letters_table[i]) == cp)
      return (unsigned char) (0x80 + i);
  if (n == LETTERS_SLOTS)
    return 0;
  atomic_store (&letters_table[n], cp);
  atomic_store (&letters_used, n + 1);
  return (unsigned char) (0x80 + n);
}

/* The UTF-8 of CP into OUT (room for 4); its length. */
static size_t
letters_utf8 (uint32_t cp, char *out)
{
  if (cp < 0x80)
    {
      out[0] = (char) cp;
      return 1;
    }
  if (cp < 0x800)
    {
      out[0] = (char) (0xc0 | (cp >> 6));
      out[1] = (char) (0x80 | (cp & 0x3f));
      return 2;
    }
  if (cp < 0x10000)
    {
      out[0] = (char) (0xe0 | (cp >> 12));
      out[1] = (char) (0x80 | ((cp >> 6) & 0x3f));
      out[2] = (char) (0x80 | (cp & 0x3f));
      return 3;
    }
  out[0] = (char) (0xf0 | (cp >> 18));
  out[1] = (char) (0x80 | ((cp >> 12) & 0x3f));
  out[2] = (char) (0x80 | ((cp >> 6) & 0x3f));
  out[3] = (char) (0x80 | (cp & 0x3f));
  return 4;
}

/* What byte C stands for, into OUT; its length.  A byte no letter was
   given (ncurses never makes one) shows as "?". */
static size_t
letters_expand (unsigned char c, char *out)
{
  uint32_t cp;

  if (c < 0x80)
    {
      out[0] = (char) c;
      return 1;
    }
  cp = atomic_load (&letters_table[c - 0x80]);
  if (cp == 0)
    {
      out[0] = '?';
      return 1;
    }
  return letters_utf8 (cp, out);
}

/* All of N bytes to the terminal; false when it is gone. */
static bool
letters_write (const char *data, size_t n)
{
  while (n > 0)
    {
      ssize_t w = write (letters_out, data, n);

      if (w < 0 && errno == EINTR)
        continue;
      if (w <= 0)
        return false;
      data += w;
      n -= (size_t) w;
    }
  return true;
}

/* The pump: what ncurses writes, with the letters put back, to the
   terminal.  When the terminal is gone it goes on reading, so that
   ncurses never blocks on a full pipe, and says so with SIGHUP, as the
   terminal's own hangup would. */
static void *
letters_pump (void *unused)
{
  unsigned char in[4096];
  char out[4 * sizeof in];
  bool lost = false;
  ssize_t n;

  (void) unused;
  while ((n = read (letters_pipe, in, sizeof in)) != 0)
    {
      size_t len = 0;
      ssize_t i;

      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          break;
        }
      for (i = 0; i < n; i++)
        len += letters_expand (in[i], out + len);
      if (!lost && !letters_write (out, len))
        {
          lost = true;
          kill (getpid (), SIGHUP);
        }
    }
  return NULL;
}

/* Standard output and standard error are one terminal. */
static bool
letters_same_terminal (void)
{
  struct stat out, err;

  return isatty (STDOUT_FILENO) && isatty (STDERR_FILENO)
         && fstat (STDOUT_FILENO, &out) == 0
         && fstat (STDERR_FILENO, &err) == 0 && out.st_rdev == err.st_rdev;
}

bool
letters_begin (void)
{
  sigset_t all, old;
  int fds[2];

  if (letters_active || !lang_terminal_utf8 ()
      || strcmp (nl_langinfo (CODESET), "UTF-8") != 0
      || !letters_same_terminal ())
    return false;
  if (pipe2 (fds, O_CLOEXEC) != 0)
    return false;
  letters_out = fcntl (STDOUT_FILENO, F_DUPFD_CLOEXEC, 3);
  if (letters_out < 0)
    {
      close (fds[0]);
      close (fds[1]);
      return false;
    }
  fflush (stdout);
  /* Standard output becomes the pipe.  ncurses writes the screen there
     and, finding it no terminal, takes the terminal's size and modes
     from standard error. */
  dup2 (fds[1], STDOUT_FILENO);
  close (fds[1]);
  letters_pipe = fds[0];
  /* Signals are the screen's business, not the pump's. */
  sigfillset (&all);
  pthread_sigmask (SIG_SETMASK, &all, &old);
  if (pthread_create (&letters_thread, NULL, letters_pump, NULL) != 0)
    {
      pthread_sigmask (SIG_SETMASK, &old, NULL);
      dup2 (letters_out, STDOUT_FILENO);
      close (letters_out);
      close (letters_pipe);
      return false;
    }
  pthread_sigmask (SIG_SETMASK, &old, NULL);
  letters_active = true;
  return true;
}

void
letters_end (void)
{
  if (!letters_active)
    return;
  fflush (stdout);
  /* The pipe's last writing end closes: the pump sends what is left and
     ends. */
  dup2 (letters_out, STDOUT_FILENO);
  pthread_join (letters_thread, NULL);
  close (letters_pipe);
  close (letters_out);
  letters_pipe = letters_out = -1;
  letters_active = false;
}
