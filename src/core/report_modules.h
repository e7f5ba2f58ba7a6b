/* report_modules.h: the optional modules in a report: a section each in
   the details, a line each on the summary page, and whether a module is
   shown at all (chosen, or answered). */
#ifndef LEADWISE_REPORT_MODULES_H
#define LEADWISE_REPORT_MODULES_H

#include <stdbool.h>

#include "core/doc.h"
#include "core/result.h"

bool report_readiness_shown (const struct result *r);
bool report_gov_shown (const struct result *r);
bool report_hire_shown (const struct result *r);

bool report_modules_shown (const struct result *r);

/* The details of each module shown. */
void report_modules (struct doc *d, const struct result *r);

/* The summary page's lines for the modules shown, if any. */
void report_summary_modules (struct doc *d, const struct result *r);

/* A module's headline for the summary page and the results screen: the
   readiness average and what to develop first; the governance band and
   the first gap; whom the brief is for.  Free it; NULL when the module
   is not shown. */
char *report_readiness_line (const struct result *r);
char *report_gov_line (const struct result *r);
char *report_hire_line (const struct result *r);

/* The hiring brief's role in words: "scale-up CTO", "Chief AI Officer
   reporting to the CEO".  Free it. */
char *report_hire_role_words (const struct result *r);

#endif
