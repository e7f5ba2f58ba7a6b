/* bank.h: the question bank: what leadwise asks, in which sections, with
   which options, and how each answer weighs toward CTO, CIO and CAIO.
   The format is described in leadwise-bank(5).  Loading validates
   everything; nothing else in the program re-checks the bank. */
#ifndef LEADWISE_BANK_H
#define LEADWISE_BANK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "core/diag.h"

enum question_type
{
  QT_TEXT,       /* free text, one line */
  QT_INTEGER,    /* a whole number within Min..Max */
  QT_MONEY,      /* US dollars, a whole number; accepts 250k, 5M, 5.5M */
  QT_CHOICE,     /* one option */
  QT_MULTI,      /* any number of options, written "a,b,c" */
  QT_SCALE,      /* 1 to 5 */
  QT_STEP        /* a checklist step: done, in_progress, not_started, na */
};

enum role { ROLE_CTO, ROLE_CIO, ROLE_CAIO, ROLE_COUNT };

/* The decisions a question's reasons explain (its Decision field). */
enum decision { DEC_PRIMARY, DEC_CAIO, DEC_KIND, DEC_TOOLS, DEC_GOVERNANCE,
                DEC_COUNT };

/* The states of a checklist step, in the order they are offered. */
enum step_state { STEP_DONE, STEP_IN_PROGRESS, STEP_NOT_STARTED, STEP_NA,
                  STEP_STATE_COUNT };

/* Weights are whole numbers in this range. */
#define WEIGHT_MIN (-100)
#define WEIGHT_MAX 100

struct weights { int w[ROLE_COUNT]; };

/* An option of a choice or multi question. */
struct bank_option
{
  char *id;
  char *label;           /* translatable */
  char *reason;          /* translatable; NULL when the answer says nothing */
  struct weights weights;
  long line;
};

/* A range of answers to a number or scale question. */
struct band
{
  long long lo, hi;      /* inclusive; hi is VALUE_NUMBER_MAX when open */
  char *reason;
  struct weights weights;
  long line;
};

enum condition_op { OP_EQ, OP_NE, OP_LT, OP_LE, OP_GT, OP_GE };

/* "ask this question only when ..." */
struct condition
{
  size_t question;       /* index of an earlier question */
  enum condition_op op;
  char **values;         /* option ids, for = and != on choices */
  size_t n_values;
  long long number;      /* for numeric questions */
};

struct question
{
  char *id;              /* "company.offering"; "tool.N.goal" when repeated */
  size_t section;
  enum question_type type;
  char *prompt, *help;   /* translatable; help may be NULL */
  char *low, *high;      /* scale end labels, may be NULL */
  char *mid;             /* a scale's anchor for 3, may be NULL */
  long long min, max;    /* for numbers and scales */
  struct bank_option *options;
  size_t n_options;
  struct band *bands;
  size_t n_bands;
  struct condition *conditions;
  size_t n_conditions;
  enum decision decision;  /* where its reasons go; primary by default */
  bool na_allowed;         /* a step that may be "na" (not applicable) */
  long line;
};

struct section
{
  char *id;
  char *title;           /* translatable */
  char *repeat;          /* "tool" for repeated sections, else NULL */
  int limit;             /* most repetitions allowed */
  bool module;           /* an optional module: asked only when chosen;
                            its questions' ids start with its id and a
                            dot */
  char *about;           /* translatable: what a module is for, or NULL */
  size_t first, count;   /* its questions, in bank order */
  long line;
};

struct bank
{
  char *file;
  char *version;           /* its Version, or NULL: saved answers carry
                              it as meta.bank */
  struct section *sections;
  size_t n_sections;
  struct question *questions;
  size_t n_questions;
  size_t *index;           /* hash of the ids of questions not repeated ->
                              position + 1; 0 is empty */
  size_t index_size;       /* a power of two */
};

/* Load and validate the bank at PATH ("-": standard input).  Returns
   0, or an exit status
   (EXIT_NOINPUT, EXIT_DATAERR) with the problems in D. */
int bank_load (struct bank *bank, const char *path, struct diag *d);

/* The same from an open stream; NAME is used in messages. */
int bank_read (struct bank *bank, FILE *fp, const char *name, struct diag *d);

void bank_free (struct bank *bank);

/* The question answering ID ("company.offering", "tool.3.goal"), or NULL.
   For a repeated question *INSTANCE is set to its number (3), else 0.
   An instance beyond the section's limit is not found. */
const struct question *bank_find (const struct bank *bank, const char *id,
                                  int *instance);

/* The index of Q in the bank. */
size_t bank_index (const struct bank *bank, const struct question *q);

/* The option of Q called ID, or NULL. */
const struct bank_option *bank_option (const struct question *q, const char *id);

/* The band of Q holding N, or NULL. */
const struct band *bank_band (const struct question *q, long long n);

/* Whether the normalised multi answer VALUE ("a,b") includes OPTION. */
bool bank_multi_has (const char *value, const char *option);

/* The answers file id of Q for INSTANCE ("tool.3.goal"); free it. */
char *bank_instance_id (const struct question *q, int instance);

/* Write the translatable texts of BANK as a PO template on FP, each text
   once, with where it comes from.  Returns 0, or -1 on a write error. */
int bank_write_pot (const struct bank *bank, FILE *fp);

/* The type's name as written in the bank ("choice"), and back. */
const char *bank_type_name (enum question_type type);

/* The value ids of the step states, and back (-1 if none). */
const char *bank_step_id (enum step_state s);
int bank_step_parse (const char *id);

/* How many step states step question Q offers: the first three, and
   "na" last where it may apply.  (An answers file may hold "na" for any
   step: older banks offered it everywhere.) */
int bank_step_count (const struct question *q);

/* The Decision value's name ("caio"), and back (-1 if none). */
const char *bank_decision_name (enum decision d);
int bank_decision_parse (const char *name);

/* Check VALUE as an answer to Q.  Returns NULL and sets *NORMAL to the
   value as it is stored (a number in plain digits, multi options in bank
   order; free it), or returns why the value is wrong (untranslated). */
const char *bank_check_value (const struct question *q, const char *value,
                              char **normal);

#endif
