/* workshop.c: names to safe file names. */
#include "system.h"

#include <ctype.h>
#include <stdint.h>

#include "core/util.h"
#include "core/value.h"
#include "core/workshop.h"

char *
workshop_name_clean (const char *name, const char **why)
{
  struct buf b;
  const char *p;
  bool space = false;

  if (!value_text_ok (name, strlen (name)))
    {
      *why = N_("a name must be plain text, without control characters");
      return NULL;
    }
  buf_init (&b);
  for (p = name; *p != '\0'; p++)
    {
      if (*p == ' ' || *p == '\t')
        {
          space = b.len > 0;
          continue;
        }
      if (space)
        buf_addc (&b, ' ');
      space = false;
      buf_addc (&b, *p);
    }
  if (b.len == 0)
    {
      buf_free (&b);
      *why = N_("a name cannot be empty");
      return NULL;
    }
  if (b.len > WORKSHOP_NAME_MAX)
    {
      buf_free (&b);
      *why = N_("a name can have at most 60 characters");
      return NULL;
    }
  return buf_take (&b);
}

/* FNV-1a, 32 bits: enough to tell names apart in one room. */
static uint32_t
workshop_hash (const char *s)
{
  uint32_t h = 2166136261u;

  for (; *s != '\0'; s++)
    h = (h ^ (unsigned char) *s) * 16777619u;
  return h;
}

char *
workshop_file_name (const char *name)
{
  struct buf b;
  const char *p;
  char *result;

  buf_init (&b);
  for (p = name; *p != '\0' && b.len < 32; p++)
    {
      unsigned char c = (unsigned char) *p;

      if (isascii (c) && isalnum (c))
        buf_addc (&b, (char) tolower (c));
      else if (b.len > 0 && b.data[b.len - 1] != '-')
        buf_addc (&b, '-');
    }
  while (b.len > 0 && b.data[b.len - 1] == '-')
    b.data[--b.len] = '\0';
  result = xasprintf ("%s%s%08x.answers", b.len > 0 ? b.data : "participant",
                      "-", (unsigned) workshop_hash (name));
  buf_free (&b);
  return result;
}
