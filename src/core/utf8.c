/* utf8.c: UTF-8 decoding and display width. */
#define _GNU_SOURCE 1           /* wcwidth, newlocale */
#include "system.h"

#include <locale.h>
#include <pthread.h>
#include <wchar.h>

#include "core/utf8.h"
#include "core/util.h"

size_t
utf8_decode (const char *s, size_t n, unsigned long *cp)
{
  const unsigned char *p = (const unsigned char *) s;
  size_t len, k;
  unsigned long c;

  if (n == 0)
    return 0;
  if (p[0] < 0x80)
    len = 1;
  else if (p[0] >= 0xc2 && p[0] <= 0xdf)
    len = 2;
  else if (p[0] >= 0xe0 && p[0] <= 0xef)
    len = 3;
  else if (p[0] >= 0xf0 && p[0] <= 0xf4)
    len = 4;
  else
    return 0;
  if (len > n)
    return 0;
  c = len == 1 ? p[0] : p[0] & (0xffu >> (len + 1));
  for (k = 1; k < len; k++)
    {
      if ((p[k] & 0xc0) != 0x80)
        return 0;
      c = (c << 6) | (p[k] & 0x3f);
    }
  if ((len == 3 && c < 0x800) || (len == 4 && c < 0x10000) || c > 0x10ffff
      || (c >= 0xd800 && c <= 0xdfff))
    return 0;
  *cp = c;
  return len;
}

/* A UTF-8 locale for the character widths, whatever the program's own
   locale: made once, shared by every thread. */
static locale_t utf8_locale;
static pthread_once_t utf8_locale_once = PTHREAD_ONCE_INIT;

static void
utf8_locale_make (void)
{
  static const char *const names[] = { "C.UTF-8", "C.utf8", "en_US.UTF-8" };
  size_t i;

  for (i = 0; i < sizeof names / sizeof names[0] && utf8_locale == 0; i++)
    utf8_locale = newlocale (LC_CTYPE_MASK, names[i], (locale_t) 0);
}

/* The widths of the few characters the reports use, for a system with
   no UTF-8 locale at all: combining marks 0, East Asian wide ones 2. */
static int
utf8_cp_width_table (unsigned long cp)
{
  static const unsigned long zero[][2] = {
    { 0x0300, 0x036f }, { 0x200b, 0x200f }, { 0x20d0, 0x20ff },
    { 0xfe00, 0xfe0f },
  };
  static const unsigned long wide[][2] = {
    { 0x1100, 0x115f }, { 0x2e80, 0x303e }, { 0x3041, 0x33ff },
    { 0x3400, 0x4dbf }, { 0x4e00, 0x9fff }, { 0xac00, 0xd7a3 },
    { 0xf900, 0xfaff }, { 0xff00, 0xff60 }, { 0xffe0, 0xffe6 },
    { 0x1f300, 0x1f64f }, { 0x1f680, 0x1f6ff }, { 0x1f900, 0x1f9ff },
    { 0x20000, 0x3fffd },
  };
  size_t i;

  for (i = 0; i < sizeof zero / sizeof zero[0]; i++)
    if (cp >= zero[i][0] && cp <= zero[i][1])
      return 0;
  for (i = 0; i < sizeof wide / sizeof wide[0]; i++)
    if (cp >= wide[i][0] && cp <= wide[i][1])
      return 2;
  return 1;
}

int
utf8_cp_width (unsigned long cp)
{
  locale_t was;
  int w;

  pthread_once (&utf8_locale_once, utf8_locale_make);
  if (utf8_locale == 0 || cp > 0x10ffff)
    return utf8_cp_width_table (cp);
  /* The platform's tables (wcwidth), as the terminal has them. */
  was = uselocale (utf8_locale);
  w = wcwidth ((wchar_t) cp);
  uselocale (was);
  /* A control character takes no column; one the tables do not know
     (unassigned yet) is shown in one. */
  return w >= 0 ? w : cp < 0x20 || cp == 0x7f ? 0 : 1;
}

size_t
utf8_width (const char *s, size_t n)
{
  size_t width = 0, i = 0, len;
  unsigned long cp;

  while (i < n)
    {
      len = utf8_decode (s + i, n - i, &cp);
      if (len == 0)
        {
          width++;
          i++;
          continue;
        }
      width += (size_t) utf8_cp_width (cp);
      i += len;
    }
  return width;
}

char *
utf8_quotable (const char *text, size_t max)
{
  struct buf b;
  size_t n = strlen (text), len, chars = 0;
  unsigned long cp;

  buf_init (&b);
  buf_add (&b, "");
  while (n > 0)
    {
      if (chars == max)
        {
          buf_add (&b, "...");
          break;
        }
      len = utf8_decode (text, n, &cp);
      if (len == 0 || cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0))
        {
          buf_addf (&b, "\\x%02X", (unsigned char) *text);
          len = 1;
        }
      else
        buf_addn (&b, text, len);
      text += len;
      n -= len;
      chars++;
    }
  return buf_take (&b);
}
