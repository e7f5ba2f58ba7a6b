/* wrap.c: word-wrapping output (see wrap.h). */
#define _GNU_SOURCE 1           /* fopencookie */
#include "system.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include "core/utf8.h"
#include "core/util.h"
#include "core/wrap.h"

#define WRAP_WORD_MAX 4096

struct wrap
{
  FILE *to;
  int fixed;               /* the width asked for, or 0 */
  int width;               /* this line's */
  int col;                 /* columns written on this line */
  int indent;              /* where a continued line starts */
  int lead;                /* the line's leading spaces */
  int spaces;              /* spaces after the last word, not yet out */
  int words;               /* words on this line so far */
  char word[WRAP_WORD_MAX];
  size_t len;
};

int
wrap_width (FILE *fp)
{
  struct winsize ws;
  const char *columns = getenv ("COLUMNS");
  long n = 0;

  if (isatty (fileno (fp)) && ioctl (fileno (fp), TIOCGWINSZ, &ws) == 0
      && ws.ws_col > 0)
    n = ws.ws_col;
  else if (columns != NULL)
    n = strtol (columns, NULL, 10);
  if (n <= 0)
    n = 80;
  return n < 20 ? 20 : n > 1000 ? 1000 : (int) n;
}

/* Whether WORD, first on its line, marks a list item ("3)", "-"): the
   lines it continues on start under the text after it. */
static bool
wrap_is_marker (const char *word, size_t len)
{
  size_t digits = strspn (word, "0123456789");

  if (len == 1 && strchr ("-*", word[0]) != NULL)
    return true;
  return digits > 0 && digits + 1 == len
         && (word[digits] == ')' || word[digits] == '.');
}

static bool
wrap_put (struct wrap *w, const char *s, size_t n)
{
  return n == 0 || fwrite (s, 1, n, w->to) == n;
}

static bool
wrap_spaces (struct wrap *w, int n)
{
  for (; n > 0; n--)
    if (putc (' ', w->to) == EOF)
      return false;
  return true;
}

/* The word gathered, on this line or, when it would pass the edge, at
   the indent of the next. */
static bool
wrap_flush_word (struct wrap *w)
{
  int cols;
  bool ok = true;

  if (w->len == 0)
    return true;
  cols = (int) utf8_width (w->word, w->len);
  if (w->words > 0 && w->col + w->spaces + cols > w->width
      && w->col > w->indent)
    {
      ok = wrap_put (w, "\n", 1) && wrap_spaces (w, w->indent);
      w->col = w->indent;
    }
  else
    {
      ok = wrap_spaces (w, w->spaces);
      w->col += w->spaces;
    }
  w->spaces = 0;
  ok = ok && wrap_put (w, w->word, w->len);
  w->col += cols;
  if (w->words++ == 0)
    w->indent = wrap_is_marker (w->word, w->len) ? w->col + 1 : w->lead;
  w->len = 0;
  return ok;
}

static bool
wrap_byte (struct wrap *w, char c)
{
  if (c == '\n')
    {
      bool ok = wrap_flush_word (w) && wrap_put (w, "\n", 1);

      w->col = w->indent = w->lead = w->spaces = w->words = 0;
      return ok;
    }
  if (w->col == 0 && w->words == 0 && w->len == 0 && w->spaces == 0)
    w->width = w->fixed > 0 ? w->fixed : wrap_width (w->to);
  if (c == ' ')
    {
      if (w->words == 0 && w->len == 0)
        {
          w->lead++;
          w->col++;
          return putc (' ', w->to) != EOF;
        }
      if (!wrap_flush_word (w))
        return false;
      w->spaces++;
      return true;
    }
  if (w->len == sizeof w->word && !wrap_flush_word (w))
    return false;
  w->word[w->len++] = c;
  return true;
}

static ssize_t
wrap_write (void *cookie, const char *buf, size_t size)
{
  struct wrap *w = cookie;
  size_t i;

  for (i = 0; i < size; i++)
    if (!wrap_byte (w, buf[i]))
      return -1;
  /* What is written is out, a prompt's space included. */
  if (!wrap_flush_word (w) || !wrap_spaces (w, w->spaces))
    return -1;
  w->col += w->spaces;
  w->spaces = 0;
  return fflush (w->to) == 0 ? (ssize_t) size : -1;
}

static int
wrap_close (void *cookie)
{
  free (cookie);
  return 0;
}

FILE *
wrap_open (FILE *to, int width)
{
  cookie_io_functions_t io = { NULL, wrap_write, NULL, wrap_close };
  struct wrap *w = xcalloc (1, sizeof *w);
  FILE *fp;

  w->to = to;
  w->fixed = width;
  fp = fopencookie (w, "w", io);
  if (fp == NULL)
    {
      free (w);
      return NULL;
    }
  /* Unbuffered: each write goes on at once, in order with anything
     written to TO directly. */
  setvbuf (fp, NULL, _IONBF, 0);
  return fp;
}
