/* session.h: a founder's answers, and the answers file that holds them
   (INTERFACE.md): one "id = value" a line.  Values are kept as checked
   and normalised against the bank; the session decides nothing. */
#ifndef LEADWISE_SESSION_H
#define LEADWISE_SESSION_H

#include <stdbool.h>
#include <stdio.h>

#include "core/bank.h"
#include "core/diag.h"

struct answer
{
  char *id;       /* "company.offering", "tool.2.goal", "meta.started" */
  char *value;    /* normalised: plain digits, option ids */
};

struct session
{
  struct answer *answers;  /* in the order they were given */
  size_t n, cap;
  size_t *index;           /* hash of ids -> position + 1; 0 is empty */
  size_t index_size;
};

void session_init (struct session *s);
void session_free (struct session *s);

/* The value for ID, or NULL when unanswered. */
const char *session_get (const struct session *s, const char *id);

/* Set ID to VALUE (already checked), replacing any earlier value. */
void session_set (struct session *s, const char *id, const char *value);

/* Forget the answer for ID, if any. */
void session_unset (struct session *s, const char *id);

/* Whether S holds an answer to a question (meta lines do not count). */
bool session_answered (const struct session *s);

/* Read answers from FP (NAME is used in messages), checking each against
   BANK.  Returns 0 or EXIT_DATAERR/EXIT_IOERR with the problems in D,
   each as NAME:LINE: message. */
int session_read (struct session *s, const struct bank *bank, FILE *fp,
                  const char *name, struct diag *d);

/* The same from PATH; "-" is standard input.  EXIT_NOINPUT when it
   cannot be opened. */
int session_load (struct session *s, const struct bank *bank,
                  const char *path, struct diag *d);

/* Whether TEXT (LEN bytes) reads as an answers file, not as replies
   typed line by line: every line but blanks and comments is "ID = VALUE"
   with an ID such as company.name, and there is one at least. */
bool session_looks_like (const char *text, size_t len);

/* The largest answers file session_load_own reads: a full session is a
   few kilobytes. */
#define SESSION_OWN_MAX (1024 * 1024)

/* session_load for a file leadwise itself keeps (the session in progress, a
   participant's file in a workshop's directory): only a regular file,
   never through a symbolic link, never a pipe or a device (which would
   block, or never end), of at most SESSION_OWN_MAX bytes. */
int session_load_own (struct session *s, const struct bank *bank,
                      const char *path, struct diag *d);

/* Write the answers file: meta lines, then answers in bank order. */
int session_write (const struct session *s, const struct bank *bank,
                   FILE *fp);

/* Write the answers file to PATH atomically (see atomic.h). */
int session_save (const struct session *s, const struct bank *bank,
                  const char *path, struct diag *d);

#endif
