/* fuzz.h: what the libFuzzer harnesses share: the input as a stream,
   and the default bank, loaded once. */
#ifndef LEADWISE_FUZZ_H
#define LEADWISE_FUZZ_H

#include "system.h"

#include <stdint.h>

#include "core/bank.h"
#include "core/diag.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* DATA as a stream to read (fmemopen needs at least one byte). */
static inline FILE *
fuzz_stream (const uint8_t *data, size_t size)
{
  return size > 0 ? fmemopen ((void *) data, size, "r") : fopen ("/dev/null", "r");
}

/* The bank the program installs, from the source tree. */
static inline const struct bank *
fuzz_default_bank (void)
{
  static struct bank bank;
  static bool loaded;
  struct diag d;

  if (!loaded)
    {
      diag_init (&d);
      if (bank_load (&bank, ABS_TOP_SRCDIR "/data/leadwise.bank", &d) != 0)
        abort ();
      diag_free (&d);
      loaded = true;
    }
  return &bank;
}

#endif
