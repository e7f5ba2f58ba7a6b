/* fuzz-bank.c: any bytes as a question bank.  The loader must accept or
   refuse them without a crash, a leak or undefined behaviour; a bank it
   accepts must give a translators' template. */
#include "fuzz.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  FILE *fp = fuzz_stream (data, size), *out;
  struct bank bank;
  struct diag d;
  char *pot = NULL;
  size_t pot_size = 0;

  if (fp == NULL)
    return 0;
  diag_init (&d);
  if (bank_read (&bank, fp, "fuzz.bank", &d) == 0)
    {
      out = open_memstream (&pot, &pot_size);
      bank_write_pot (&bank, out);
      fclose (out);
      free (pot);
    }
  bank_free (&bank);
  diag_free (&d);
  fclose (fp);
  return 0;
}
