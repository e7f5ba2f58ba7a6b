/* export.h: saving and printing the report from the results screen.
   Save asks for a file (the company's name in the current directory at
   first, ~ expanded, the format from the name's ending) and says where
   it wrote; in a workshop it asks nothing of the participant and saves
   beside their answers.  Print runs lp or lpr with its output kept off
   the screen, shows what it said, and offers a file when it fails. */
#ifndef LEADWISE_EXPORT_H
#define LEADWISE_EXPORT_H

#include <stdbool.h>

#include "core/bank.h"
#include "core/report.h"
#include "core/result.h"
#include "core/session.h"

struct export
{
  const struct bank *bank;
  const struct session *session;
  const struct result *r;       /* scored from the two */
  const char *save_path;        /* the answers file */
  bool kiosk;                   /* workshop mode: no names, no printer */
};

/* The text report, to free; PAGED: for a printer, a form feed after the
   summary. */
char *export_text (const struct export *e, bool paged);

void export_save (const struct export *e);
void export_print (const struct export *e);

#endif
