/* report.h: a result as text, Markdown, HTML or JSON.  Reports say what
   the scoring decided; they decide nothing.  Text, Markdown and HTML are
   in the user's language; JSON is language-neutral (INTERFACE.md). */
#ifndef LEADWISE_REPORT_H
#define LEADWISE_REPORT_H

#include <stdio.h>

#include "core/bank.h"
#include "core/diag.h"
#include "core/score.h"
#include "core/session.h"

enum report_format { REPORT_TEXT, REPORT_MARKDOWN, REPORT_HTML, REPORT_JSON };

/* "text", "markdown" (or "md"), "html", "json".  Returns 0, or -1 for an
   unknown name. */
int report_format_parse (const char *name, enum report_format *format);

/* The format a file name's extension names: .txt, .text, .md,
   .markdown, .html, .htm, .json (any case).  Returns 0, or -1 for none
   of those. */
int report_format_for_path (const char *path, enum report_format *format);

/* A file name for a report on COMPANY (UTF-8, or NULL): its words joined
   by hyphens ("Tiny-Ledger.txt"), nothing that makes a path, EXT after
   the dot.  Free the result. */
char *report_file_name (const char *company, const char *ext);

/* The text report for a printer: a form feed after the summary page;
   written to FP, or saved to PATH as report_save does. */
int report_write_paged (FILE *fp, const struct bank *bank,
                        const struct session *session,
                        const struct result *r);
int report_save_paged (const char *path, const struct bank *bank,
                       const struct session *session, const struct result *r,
                       struct diag *d);

/* Write the report of R (scored from BANK and SESSION) to FP.  Returns 0,
   or -1 when writing failed (errno set). */
int report_write (FILE *fp, enum report_format format,
                  const struct bank *bank, const struct session *session,
                  const struct result *r);

/* Write the report to PATH atomically (see atomic.h).  Returns 0, or an
   exit status with the reason in D. */
int report_save (const char *path, enum report_format format,
                 const struct bank *bank, const struct session *session,
                 const struct result *r, struct diag *d);

/* An answer to Q as people read it: option labels, a number written
   the locale's way, the text itself.  Free the result. */
char *report_answer_text (const struct question *q, const char *value);

/* S as a JSON string (quotes, backslashes and control characters
   escaped, UTF-8 kept) added to OUT; null for NULL. */
struct buf;
void report_json_string (struct buf *out, const char *s);

/* D as text, Markdown or HTML (in the current language) on FP: 0, or
   -1 on a write error. */
struct doc;
int report_doc_write (FILE *fp, enum report_format format,
                      const struct doc *d);

/* The JSON report alone (INTERFACE.md). */
int report_write_json (FILE *fp, const struct result *r);

#endif
