/* utf8.c: UTF-8 decoding and display width. */
#include "system.h"

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

int
utf8_cp_width (unsigned long cp)
{
  static const unsigned long zero[][2] = {
    { 0x0300, 0x036f }, { 0x0483, 0x0489 }, { 0x0591, 0x05bd },
    { 0x0610, 0x061a }, { 0x064b, 0x065f }, { 0x200b, 0x200f },
    { 0x20d0, 0x20ff }, { 0xfe00, 0xfe0f }, { 0xfe20, 0xfe2f },
  };
  static const unsigned long wide[][2] = {
    { 0x1100, 0x115f }, { 0x2e80, 0x303e }, { 0x3041, 0x33ff },
    { 0x3400, 0x4dbf }, { 0x4e00, 0x9fff }, { 0xa000, 0xa4cf },
    { 0xac00, 0xd7a3 }, { 0xf900, 0xfaff }, { 0xfe30, 0xfe4f },
    { 0xff00, 0xff60 }, { 0xffe0, 0xffe6 }, { 0x1f300, 0x1f64f },
    { 0x1f900, 0x1f9ff }, { 0x20000, 0x3fffd },
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
