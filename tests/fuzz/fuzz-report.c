/* fuzz-report.c: any bytes as an answers file; what the reader accepts is
   scored and written in every report format. */
#include "fuzz.h"

#include "core/report.h"
#include "core/score.h"
#include "core/session.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  static const enum report_format formats[] = {
    REPORT_TEXT, REPORT_MARKDOWN, REPORT_HTML, REPORT_JSON,
  };
  const struct bank *bank = fuzz_default_bank ();
  FILE *fp = fuzz_stream (data, size), *out;
  struct session s;
  struct result r;
  struct diag d;
  size_t i;

  if (fp == NULL)
    return 0;
  session_init (&s);
  diag_init (&d);
  if (session_read (&s, bank, fp, "fuzz.answers", &d) == 0)
    {
      score_run (bank, &s, &r);
      out = fopen ("/dev/null", "w");
      for (i = 0; i < sizeof formats / sizeof formats[0]; i++)
        if (report_write (out, formats[i], bank, &s, &r) != 0)
          abort ();
      fclose (out);
      result_free (&r);
    }
  session_free (&s);
  diag_free (&d);
  fclose (fp);
  return 0;
}
