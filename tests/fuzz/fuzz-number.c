/* fuzz-number.c: any bytes as a typed number, as money and as a count,
   read directly and the way a German locale writes it; and as text to
   check.  A number read must be within the documented range. */
#include "fuzz.h"

#include "core/util.h"
#include "core/value.h"

static void
fuzz_number (const char *s)
{
  long long n;
  const char *why;
  int money;

  for (money = 0; money <= 1; money++)
    if (value_parse_number (s, money, &n, &why) == 0
        && (n < 0 || n > VALUE_NUMBER_MAX))
      abort ();
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  char *s = xmalloc (size + 1), *local;

  memcpy (s, data, size);
  s[size] = '\0';
  (void) value_text_ok ((const char *) data, size);
  fuzz_number (s);
  local = value_unlocalize (s, ",", ".");
  fuzz_number (local);
  free (local);
  free (s);
  return 0;
}
