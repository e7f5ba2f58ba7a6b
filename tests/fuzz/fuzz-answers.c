/* fuzz-answers.c: any bytes as an answers file for the default bank.
   What the reader accepts, written back, must read again to the same
   answers file. */
#include "fuzz.h"

#include "core/session.h"

static char *
fuzz_write (const struct session *s, const struct bank *bank)
{
  char *text = NULL;
  size_t size = 0;
  FILE *out = open_memstream (&text, &size);

  session_write (s, bank, out);
  fclose (out);
  return text;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  const struct bank *bank = fuzz_default_bank ();
  FILE *fp = fuzz_stream (data, size);
  struct session s, again;
  struct diag d;

  if (fp == NULL)
    return 0;
  session_init (&s);
  diag_init (&d);
  if (session_read (&s, bank, fp, "fuzz.answers", &d) == 0)
    {
      char *first = fuzz_write (&s, bank), *second;
      FILE *back = fuzz_stream ((const uint8_t *) first, strlen (first));

      session_init (&again);
      if (session_read (&again, bank, back, "again", &d) != 0)
        abort ();       /* what was written cannot be read back */
      second = fuzz_write (&again, bank);
      if (strcmp (first, second) != 0)
        abort ();       /* reading it back changed it */
      fclose (back);
      free (first);
      free (second);
      session_free (&again);
    }
  session_free (&s);
  diag_free (&d);
  fclose (fp);
  return 0;
}
