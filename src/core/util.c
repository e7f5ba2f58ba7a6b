/* util.c: allocation and string building. */
#include "system.h"

#include <ctype.h>
#include <stdarg.h>

#include "core/error.h"
#include "core/util.h"

static void
xalloc_die (void)
{
  error_print (_("memory exhausted"));
  exit (EXIT_FAILURE);
}

void *
xmalloc (size_t size)
{
  void *p = malloc (size != 0 ? size : 1);

  if (p == NULL)
    xalloc_die ();
  return p;
}

void *
xcalloc (size_t n, size_t size)
{
  void *p = calloc (n != 0 ? n : 1, size != 0 ? size : 1);

  if (p == NULL)
    xalloc_die ();
  return p;
}

void *
xrealloc (void *p, size_t size)
{
  p = realloc (p, size != 0 ? size : 1);
  if (p == NULL)
    xalloc_die ();
  return p;
}

void *
xgrow (void *p, size_t *cap, size_t n, size_t size)
{
  size_t want = *cap != 0 ? *cap : 8;

  if (n <= *cap)
    return p;
  while (want < n)
    {
      if (want > ((size_t) -1) / 2 / size)
        xalloc_die ();
      want *= 2;
    }
  *cap = want;
  return xrealloc (p, want * size);
}

char *
xstrdup (const char *s)
{
  return xstrndup (s, strlen (s));
}

char *
xstrndup (const char *s, size_t n)
{
  char *p = xmalloc (n + 1);

  memcpy (p, s, n);
  p[n] = '\0';
  return p;
}

char *
xasprintf (const char *format, ...)
{
  struct buf b;
  va_list ap;

  buf_init (&b);
  va_start (ap, format);
  buf_vaddf (&b, format, ap);
  va_end (ap);
  return buf_take (&b);
}

void
buf_init (struct buf *b)
{
  b->data = NULL;
  b->len = 0;
  b->cap = 0;
}

void
buf_free (struct buf *b)
{
  free (b->data);
  buf_init (b);
}

void
buf_addn (struct buf *b, const char *s, size_t n)
{
  b->data = xgrow (b->data, &b->cap, b->len + n + 1, 1);
  memcpy (b->data + b->len, s, n);
  b->len += n;
  b->data[b->len] = '\0';
}

void
buf_add (struct buf *b, const char *s)
{
  buf_addn (b, s, strlen (s));
}

bool
buf_add_file (struct buf *b, FILE *fp)
{
  size_t got;

  do
    {
      b->data = xgrow (b->data, &b->cap, b->len + 16384 + 1, 1);
      got = fread (b->data + b->len, 1, b->cap - b->len - 1, fp);
      b->len += got;
      b->data[b->len] = '\0';
    }
  while (got > 0);
  return !ferror (fp);
}

void
buf_addc (struct buf *b, char c)
{
  buf_addn (b, &c, 1);
}

void
buf_vaddf (struct buf *b, const char *format, va_list ap)
{
  va_list ap2;
  int n;

  /* Format once into the room there is (at least 64 bytes); only a
     longer text is formatted a second time. */
  b->data = xgrow (b->data, &b->cap, b->len + 64, 1);
  va_copy (ap2, ap);
  n = vsnprintf (b->data + b->len, b->cap - b->len, format, ap2);
  va_end (ap2);
  if (n < 0)
    {
      b->data[b->len] = '\0';
      return;
    }
  if ((size_t) n >= b->cap - b->len)
    {
      b->data = xgrow (b->data, &b->cap, b->len + (size_t) n + 1, 1);
      vsnprintf (b->data + b->len, (size_t) n + 1, format, ap);
    }
  b->len += (size_t) n;
}

void
buf_addf (struct buf *b, const char *format, ...)
{
  va_list ap;

  va_start (ap, format);
  buf_vaddf (b, format, ap);
  va_end (ap);
}

char *
buf_take (struct buf *b)
{
  char *s = b->data != NULL ? b->data : xstrdup ("");

  buf_init (b);
  return s;
}

char *
str_trim (char *s)
{
  size_t n = strlen (s);
  size_t start = 0;

  while (n > 0 && isspace ((unsigned char) s[n - 1]))
    n--;
  while (start < n && isspace ((unsigned char) s[start]))
    start++;
  memmove (s, s + start, n - start);
  s[n - start] = '\0';
  return s;
}

/* Cut LINE, LEN bytes and perhaps ending in an end of line ("\n" or
   "\r\n"), before that end of line.  Returns the length left. */
static size_t
str_chomp (char *line, size_t len)
{
  if (len > 0 && line[len - 1] == '\n')
    line[--len] = '\0';
  if (len > 0 && line[len - 1] == '\r')
    line[--len] = '\0';
  return len;
}

void
lines_init (struct lines *l, char *text, size_t len)
{
  l->at = text;
  l->end = text + len;
  l->number = 0;
  /* A UTF-8 byte order mark, as some editors write, is not text. */
  if (len >= 3 && memcmp (text, "\xef\xbb\xbf", 3) == 0)
    l->at += 3;
}

char *
lines_next (struct lines *l, size_t *len, const char **why)
{
  char *line = l->at, *nl;
  size_t n;

  if (line >= l->end)
    return NULL;
  l->number++;
  nl = memchr (line, '\n', (size_t) (l->end - line));
  n = nl != NULL ? (size_t) (nl - line) + 1 : (size_t) (l->end - line);
  l->at = line + n;
  *why = NULL;
  if (memchr (line, '\0', n) != NULL)
    *why = N_("line holds a NUL byte");
  else
    {
      n = str_chomp (line, n);
      /* Cutting the line there would drop what follows unseen. */
      if (memchr (line, '\r', n) != NULL)
        *why = N_("a carriage return in the middle of the line");
    }
  *len = n;
  return line;
}

unsigned long
str_hash (const char *s)
{
  unsigned long h = 2166136261u;

  for (; *s != '\0'; s++)
    h = ((h ^ (unsigned char) *s) * 16777619u) & 0xffffffffu;
  return h;
}

size_t
str_of_ll (char *buf, long long n)
{
  unsigned long long u = n < 0 ? -(unsigned long long) n
                                : (unsigned long long) n;
  char digits[STR_LL_SIZE];
  size_t k = 0, len = 0;

  do
    digits[k++] = (char) ('0' + u % 10);
  while ((u /= 10) > 0);
  if (n < 0)
    buf[len++] = '-';
  while (k > 0)
    buf[len++] = digits[--k];
  buf[len] = '\0';
  return len;
}

char *
str_match_key (const char *s)
{
  struct buf b;
  const char *p;
  bool space = false;

  buf_init (&b);
  for (p = s; *p != '\0'; p++)
    if (isspace ((unsigned char) *p))
      space = b.len > 0;
    else
      {
        if (space)
          buf_addc (&b, ' ');
        space = false;
        buf_addc (&b, (char) tolower ((unsigned char) *p));
      }
  return b.data != NULL ? buf_take (&b) : xstrdup ("");
}
