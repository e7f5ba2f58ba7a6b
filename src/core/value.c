/* value.c: numbers and text as people type them. */
#include "system.h"

#include <stdint.h>

#include <ctype.h>

#include "core/utf8.h"
#include "core/util.h"
#include "core/value.h"

static const char not_a_number[] =
  N_("not a number (write digits, optionally with k or M, as in 250k or "
     "5.5M)");

/* Read the digits (and grouping commas) of the integer part. */
static int
value_read_integer (const char **p, long long *out, const char **why)
{
  const char *s = *p;
  long long n = 0;
  bool any = false;

  while (isdigit ((unsigned char) *s) || (*s == ',' && any
                                          && isdigit ((unsigned char) s[1])))
    {
      if (*s != ',')
        {
          if (n > VALUE_NUMBER_MAX / 10)
            {
              *why = N_("number too large");
              return -1;
            }
          n = n * 10 + (*s - '0');
          any = true;
        }
      s++;
    }
  if (!any)
    {
      *why = not_a_number;
      return -1;
    }
  *p = s;
  *out = n;
  return 0;
}

int
value_parse_number (const char *s, bool money, long long *out,
                    const char **why)
{
  long long whole, frac = 0, scale = 1, multiplier = 1;
  int frac_digits = 0;

  if (money && *s == '$')
    s++;
  if (*s == '-')
    {
      *why = N_("must not be negative");
      return -1;
    }
  if (value_read_integer (&s, &whole, why) != 0)
    return -1;
  if (*s == '.' && !isdigit ((unsigned char) s[1]))
    {
      *why = not_a_number;
      return -1;
    }
  if (*s == '.')
    for (s++; isdigit ((unsigned char) *s); s++)
      {
        if (frac_digits++ >= 6)
          {
            *why = N_("too many decimal places");
            return -1;
          }
        frac = frac * 10 + (*s - '0');
        scale *= 10;
      }
  if (*s == 'k' || *s == 'K')
    multiplier = 1000, s++;
  else if (*s == 'm' || *s == 'M')
    multiplier = 1000000, s++;
  if (*s != '\0')
    {
      *why = not_a_number;
      return -1;
    }
  if (whole > VALUE_NUMBER_MAX / multiplier)
    {
      *why = N_("number too large");
      return -1;
    }
  if ((frac * multiplier) % scale != 0)
    {
      *why = N_("not a whole number");
      return -1;
    }
  *out = whole * multiplier + frac * multiplier / scale;
  if (*out > VALUE_NUMBER_MAX)
    {
      *why = N_("number too large");
      return -1;
    }
  return 0;
}

/* Whether the eight bytes at S are all printable ASCII (0x20 to 0x7e):
   no byte with its top bit, none below 0x20, none 0x7f. */
static bool
value_ascii8 (const char *s)
{
  const uint64_t ones = 0x0101010101010101ULL, tops = 0x8080808080808080ULL;
  uint64_t w, x;

  memcpy (&w, s, 8);
  x = w ^ (0x7f * ones);
  return (w & tops) == 0 && ((w - 0x20 * ones) & ~w & tops) == 0
         && ((x - ones) & ~x & tops) == 0;
}

bool
value_text_ok (const char *s, size_t n)
{
  size_t i = 0, len;
  unsigned long cp;

  while (i < n)
    {
      /* Most text is printable ASCII: no need to decode it, and eight
         bytes are checked at once. */
      while (i + 8 <= n && value_ascii8 (s + i))
        i += 8;
      while (i < n && (unsigned char) (s[i] - 0x20) < 0x5f)
        i++;
      if (i == n)
        break;
      len = utf8_decode (s + i, n - i, &cp);
      /* Control characters (tab aside), C1 controls included, are out. */
      if (len == 0 || (cp < 0x20 && cp != '\t') || (cp >= 0x7f && cp < 0xa0))
        return false;
      i += len;
    }
  return true;
}

/* Whether S starts with a group of 1 to 3 digits followed by at least one
   SEP and 3 digits; *END is set past the last group. */
static bool
value_grouped (const char *s, const char *sep, const char **end)
{
  size_t n = strspn (s, "0123456789"), len = strlen (sep);
  int groups = 0;

  if (n < 1 || n > 3 || len == 0)
    return false;
  s += n;
  while (strncmp (s, sep, len) == 0 && strspn (s + len, "0123456789") == 3
         && !isdigit ((unsigned char) s[len + 3]))
    {
      s += len + 3;
      groups++;
    }
  *end = s;
  return groups > 0;
}

char *
value_unlocalize (const char *typed, const char *point, const char *sep)
{
  struct buf b;
  const char *s = typed, *end, *rest;
  size_t plen = strlen (point);

  if (plen == 0 || strcmp (point, ".") == 0)
    return xstrdup (typed);
  buf_init (&b);
  if (*s == '$')
    buf_addc (&b, *s++);
  if (sep[0] != '\0' && value_grouped (s, sep, &end))
    {
      for (; s < end; s++)
        if (isdigit ((unsigned char) *s))
          buf_addc (&b, *s);
    }
  else
    end = s + strspn (s, "0123456789");
  for (; s < end; s++)
    buf_addc (&b, *s);
  rest = s;
  /* One decimal mark, digits after it, then only a suffix. */
  if (strncmp (rest, point, plen) == 0
      && isdigit ((unsigned char) rest[plen]) && b.len > 0)
    {
      buf_addc (&b, '.');
      rest += plen;
    }
  buf_add (&b, rest);
  return buf_take (&b);
}
