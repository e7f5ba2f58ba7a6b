/* compare.h: two to eight founders' answers side by side: each question
   with each person's answer, agreed or not; their verdicts; the verdict
   of what they agree on; the disagreements that change the advice, with
   the verdict each side's answer leads to; and what to talk through
   first.  Tools are matched by name (case and spaces aside).
   Curses-free; reports are compare_doc.c's. */
#ifndef LEADWISE_COMPARE_H
#define LEADWISE_COMPARE_H

#include <stdbool.h>
#include <stdio.h>

#include "core/bank.h"
#include "core/diag.h"
#include "core/report.h"
#include "core/score.h"
#include "core/session.h"

#define COMPARE_MIN 2
#define COMPARE_MAX 8
#define COMPARE_LABEL_MAX 64   /* characters of a person's label */

struct compare_person
{
  char *label;                 /* --label, meta.respondent,
                                  meta.participant or the file's name */
  char *file;
  struct session session;
  struct result result;
};

/* An AI tool, matched across the people by its name. */
struct compare_tool
{
  char *name;                  /* as the first who named it typed it */
  char *key;                   /* the name as it is matched */
  int instance[COMPARE_MAX];   /* each person's N of tool.N, 0 if none */
};

enum compare_state
{
  CMP_AGREE,       /* everyone answered, alike */
  CMP_OPEN,        /* not everyone answered; those who did, alike */
  CMP_DIFFER       /* two answers or more */
};

/* One question (of one tool) and everyone's answer. */
struct compare_row
{
  const struct question *q;
  int tool;                    /* index in tools, or -1 */
  const char *values[COMPARE_MAX];   /* as stored, NULL unanswered */
  enum compare_state state;
};

/* Decisions a disagreement can turn. */
enum { CMP_PRIMARY = 1, CMP_CAIO = 2, CMP_REPORTS = 4, CMP_TOOL = 8 };

/* One answer of a disagreement and where it leads, the other answers
   held as one person (the change's context) gave them. */
struct compare_side
{
  const char *value;
  unsigned people;             /* a bit for each person who gave it */
  enum primary primary;
  enum caio_verdict caio;
  enum reports_to reports;
  bool leader_missing;
  int tool_verdict;            /* enum tool_verdict of the row's tool, -1 */
};

struct compare_change
{
  size_t row;
  struct compare_side sides[COMPARE_MAX];
  size_t n_sides;
  unsigned decisions;          /* CMP_* that differ between the sides */
  size_t context;              /* whose other answers are held */
  int weight;
};

struct compare
{
  const struct bank *bank;
  struct compare_person people[COMPARE_MAX];
  size_t n;
  struct compare_tool *tools;
  size_t n_tools;
  struct compare_row *rows;    /* in bank order, tools by first naming */
  size_t n_rows;
  struct session shared;       /* the answers they agree on */
  struct result shared_result;
  struct compare_change *changes;   /* most consequential first */
  size_t n_changes;
  size_t *agenda;              /* rows that differ, most consequential
                                  first */
  size_t n_agenda;
};

/* Load FILES[0..N) (N from COMPARE_MIN to COMPARE_MAX) against BANK,
   each labelled LABELS[i] when given (else meta.respondent, else
   meta.participant, else the file's name), and compare them.  Returns 0, EXIT_USAGE for too few or
   too many, or the first file's error status (EXIT_DATAERR with
   FILE:LINE, EXIT_NOINPUT), with the problems in D.  A file saved from
   another version of the bank is refused.  OWN: the files are a
   workshop's, read as session_load_own reads them. */
int compare_load (struct compare *c, const struct bank *bank,
                  const char *const *files, const char *const *labels,
                  size_t n, bool own, struct diag *d);

/* Compare the people already in C (after compare_add); used by
   compare_load. */
void compare_run (struct compare *c);

void compare_free (struct compare *c);

/* The row's id for person P ("tool.2.goal"), or for the shared answers
   (P < 0: the tool's place among the tools); free it. */
char *compare_row_id (const struct compare *c, const struct compare_row *row,
                      int p);

/* The comparison as text, Markdown, HTML or JSON.  0, or -1 on a write
   error. */
int compare_write (FILE *fp, enum report_format format,
                   const struct compare *c);

#endif
