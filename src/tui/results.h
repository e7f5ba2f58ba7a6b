/* results.h: the results screen and its actions: the full report in a
   viewer, saving it (text, Markdown, HTML or JSON), printing it, going
   back to edit the answers.  It shows what core/score decided. */
#ifndef LEADWISE_RESULTS_H
#define LEADWISE_RESULTS_H

#include <stdbool.h>

#include "core/bank.h"
#include "core/session.h"

enum results_action { RESULTS_QUIT, RESULTS_EDIT, RESULTS_HANDOVER };

/* Show the results of SESSION; SAVE_PATH (the answers file) decides
   where reports are saved.  In a KIOSK (workshop mode) nothing is
   printed and reports are saved beside the answers, named after them.
   With COMPARE, a Compare button compares the answers with another
   file, or asks for RESULTS_HANDOVER: a second person to answer. */
enum results_action results_show (const struct bank *bank,
                                  const struct session *session,
                                  const char *save_path, bool kiosk,
                                  bool compare);

#endif
