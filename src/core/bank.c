/* bank.c: reading and validating the question bank (leadwise-bank(5)).
   Every problem is reported with the file and line it was found on; a
   bank with any problem is not used. */
#include "system.h"

#include <ctype.h>

#include "core/bank.h"
#include "core/exitcode.h"
#include "core/util.h"
#include "core/value.h"

/* The state of a bank being read. */
struct reader
{
  struct bank *bank;
  struct diag *d;
  const char *name;
  struct question *question;   /* the question being read, or NULL */
  struct bank_option *option;       /* its last option, or NULL */
  struct band *band;           /* its last band, or NULL */
  long type_line, min_line, max_line,   /* where the question set them */
       decision_line, na_line;
  bool weighted;               /* the last Option or Band has a Weight */
  size_t cap_sections, cap_questions, cap_options, cap_bands, cap_conds;
  bool have_format;
  size_t *seen, seen_size;     /* every question's id, hashed: see
                                  id_table_add */
};

static const char *const type_names[] = {
  "text", "integer", "money", "choice", "multi", "scale", "step"
};

static const char *const step_ids[STEP_STATE_COUNT] = {
  "done", "in_progress", "not_started", "na"
};

static const char *const role_names[ROLE_COUNT] = { "cto", "cio", "caio" };

static const char *const decision_names[DEC_COUNT] = {
  "primary", "caio", "kind", "tools", "governance"
};

#define REPEAT_LIMIT_DEFAULT 50
#define REPEAT_LIMIT_MAX 999

const char *
bank_decision_name (enum decision d)
{
  return decision_names[d];
}

int
bank_decision_parse (const char *name)
{
  int i;

  for (i = 0; i < DEC_COUNT; i++)
    if (strcmp (name, decision_names[i]) == 0)
      return i;
  return -1;
}

int
bank_step_count (const struct question *q)
{
  return q->na_allowed ? STEP_STATE_COUNT : STEP_NA;
}

const char *
bank_type_name (enum question_type type)
{
  return type_names[type];
}

const char *
bank_step_id (enum step_state s)
{
  return step_ids[s];
}

int
bank_step_parse (const char *id)
{
  int i;

  for (i = 0; i < STEP_STATE_COUNT; i++)
    if (strcmp (id, step_ids[i]) == 0)
      return i;
  return -1;
}

static void
reader_error (struct reader *r, long line, const char *format, ...)
  __attribute__ ((format (printf, 3, 4)));

static void
reader_error (struct reader *r, long line, const char *format, ...)
{
  char message[512];
  va_list ap;

  va_start (ap, format);
  vsnprintf (message, sizeof message, format, ap);
  va_end (ap);
  diag_add (r->d, EXIT_DATAERR, r->name, line, "%s", message);
}

/* An id is lower-case letters, digits and underscores, in dot-separated
   parts when DOTTED, each starting with a letter; a part may also be the
   single letter N (the instance of a repeated question). */
static bool
id_valid (const char *id, bool dotted)
{
  const char *p = id;

  if (strlen (id) > 64)
    return false;
  for (;;)
    {
      if (p[0] == 'N' && (p[1] == '.' || p[1] == '\0') && dotted)
        p++;
      else if (islower ((unsigned char) *p))
        while (islower ((unsigned char) *p) || isdigit ((unsigned char) *p)
               || *p == '_')
          p++;
      else
        return false;
      if (*p == '\0')
        return true;
      if (*p != '.' || !dotted)
        return false;
      p++;
    }
}

/* ---------------------------------------------------------------- lookup */

size_t
bank_index (const struct bank *bank, const struct question *q)
{
  return (size_t) (q - bank->questions);
}

const struct bank_option *
bank_option (const struct question *q, const char *id)
{
  size_t i;

  for (i = 0; i < q->n_options; i++)
    if (strcmp (q->options[i].id, id) == 0)
      return &q->options[i];
  return NULL;
}

const struct band *
bank_band (const struct question *q, long long n)
{
  size_t i;

  for (i = 0; i < q->n_bands; i++)
    if (n >= q->bands[i].lo && n <= q->bands[i].hi)
      return &q->bands[i];
  return NULL;
}

bool
bank_multi_has (const char *value, const char *option)
{
  size_t n = strlen (option);
  const char *at = value;

  while ((at = strstr (at, option)) != NULL)
    {
      if ((at == value || at[-1] == ',') && (at[n] == ',' || at[n] == '\0'))
        return true;
      at += n;
    }
  return false;
}

/* Split "tool.3.goal" for the repeated section with prefix PREFIX:
   returns the instance (3) and sets *REST to "goal", or returns 0. */
static int
id_split_instance (const char *id, const char *prefix, const char **rest)
{
  size_t n = strlen (prefix);
  const char *p;
  long instance = 0;

  if (strncmp (id, prefix, n) != 0 || id[n] != '.')
    return 0;
  p = id + n + 1;
  if (*p < '1' || *p > '9')
    return 0;
  while (isdigit ((unsigned char) *p))
    {
      instance = instance * 10 + (*p - '0');
      if (instance > REPEAT_LIMIT_MAX)
        return 0;
      p++;
    }
  if (*p != '.')
    return 0;
  *rest = p + 1;
  return (int) instance;
}

/* A table of question ids (positions + 1, 0 for empty, open addressing
   in a power of two), so that looking one up takes the same time in a
   bank of any size. */
static size_t
id_table_find (const size_t *slots, size_t size,
               const struct question *questions, const char *id)
{
  size_t i, mask = size - 1;

  if (size == 0)
    return 0;
  for (i = str_hash (id) & mask; slots[i] != 0; i = (i + 1) & mask)
    if (strcmp (questions[slots[i] - 1].id, id) == 0)
      return slots[i];
  return 0;
}

/* Put question AT (of QUESTIONS) in the table, unless its id is there
   already; the table grows to stay at most half full, COUNT entries in
   it before this one. */
static void
id_table_add (size_t **slots, size_t *size, size_t count,
              const struct question *questions, size_t at)
{
  size_t i, j, mask, old = *size, *before = *slots;

  if (id_table_find (*slots, *size, questions, questions[at].id) != 0)
    return;
  if (2 * (count + 1) > *size)
    {
      *size = *size == 0 ? 16 : 2 * *size;
      *slots = xcalloc (*size, sizeof **slots);
      mask = *size - 1;
      for (i = 0; i < old; i++)
        if (before[i] != 0)
          {
            for (j = str_hash (questions[before[i] - 1].id) & mask;
                 (*slots)[j] != 0; j = (j + 1) & mask)
              continue;
            (*slots)[j] = before[i];
          }
      free (before);
    }
  mask = *size - 1;
  for (j = str_hash (questions[at].id) & mask; (*slots)[j] != 0;
       j = (j + 1) & mask)
    continue;
  (*slots)[j] = at + 1;
}

const struct question *
bank_find (const struct bank *bank, const char *id, int *instance)
{
  size_t i, s;

  *instance = 0;
  if ((i = id_table_find (bank->index, bank->index_size, bank->questions,
                          id)) != 0)
    return &bank->questions[i - 1];

  for (s = 0; s < bank->n_sections; s++)
    {
      const struct section *sec = &bank->sections[s];
      const char *rest;
      int n;

      if (sec->repeat == NULL
          || (n = id_split_instance (id, sec->repeat, &rest)) == 0
          || n > sec->limit)
        continue;
      for (i = sec->first; i < sec->first + sec->count; i++)
        {
          const char *tail = bank->questions[i].id + strlen (sec->repeat) + 3;

          if (strcmp (tail, rest) == 0)
            {
              *instance = n;
              return &bank->questions[i];
            }
        }
    }
  return NULL;
}

char *
bank_instance_id (const struct question *q, int instance)
{
  const char *mark;

  if (instance <= 0 || (mark = strstr (q->id, ".N.")) == NULL)
    return xstrdup (q->id);
  return xasprintf ("%.*s.%d.%s", (int) (mark - q->id), q->id, instance,
                    mark + 3);
}

/* ---------------------------------------------------------------- values */

static const char *
check_multi (const struct question *q, const char *value, char **normal)
{
  bool *chosen = xcalloc (q->n_options, sizeof *chosen);
  char *copy = xstrdup (value), *part, *save = NULL;
  const char *why = NULL;
  struct buf b;
  size_t i;

  for (part = strtok_r (copy, ",", &save); part != NULL && why == NULL;
       part = strtok_r (NULL, ",", &save))
    {
      const struct bank_option *o = bank_option (q, str_trim (part));

      if (o == NULL)
        why = N_("not one of the options");
      else if (chosen[o - q->options])
        why = N_("an option is given twice");
      else
        chosen[o - q->options] = true;
    }
  buf_init (&b);
  for (i = 0; i < q->n_options && why == NULL; i++)
    if (chosen[i])
      {
        if (b.len > 0)
          buf_addc (&b, ',');
        buf_add (&b, q->options[i].id);
      }
  free (copy);
  free (chosen);
  /* Only commas: it would be saved as an empty answer, which no answers
     file may hold (found by fuzzing). */
  if (why == NULL && b.len == 0)
    why = N_("no option given");
  if (why != NULL)
    {
      buf_free (&b);
      return why;
    }
  *normal = buf_take (&b);
  return NULL;
}

static const char *
check_number (const struct question *q, const char *value, char **normal)
{
  const char *why = NULL;
  char digits[STR_LL_SIZE];
  long long n;

  if (value_parse_number (value, q->type == QT_MONEY, &n, &why) != 0)
    return why;
  if (q->type == QT_SCALE && (n < 1 || n > 5))
    return N_("must be from 1 to 5");
  if (n < q->min)
    return N_("below the smallest value allowed");
  if (n > q->max)
    return N_("above the largest value allowed");
  str_of_ll (digits, n);
  *normal = xstrdup (digits);
  return NULL;
}

const char *
bank_check_value (const struct question *q, const char *value, char **normal)
{
  if (!value_text_ok (value, strlen (value)))
    return N_("not valid UTF-8 text, or holds control characters");
  switch (q->type)
    {
    case QT_TEXT:
      if (*value == '\0')
        return N_("empty");
      if (strlen (value) > 200)
        return N_("longer than 200 bytes");
      *normal = xstrdup (value);
      return NULL;
    case QT_INTEGER:
    case QT_MONEY:
    case QT_SCALE:
      return check_number (q, value, normal);
    case QT_CHOICE:
      if (bank_option (q, value) == NULL)
        return N_("not one of the options");
      *normal = xstrdup (value);
      return NULL;
    case QT_MULTI:
      return check_multi (q, value, normal);
    case QT_STEP:
      if (bank_step_parse (value) < 0)
        return N_("not one of done, in_progress, not_started, na");
      *normal = xstrdup (value);
      return NULL;
    }
  return N_("unknown question type");
}

/* ---------------------------------------------------------------- fields */

static int
parse_weights (struct reader *r, long line, const char *value,
               struct weights *w)
{
  char *copy = xstrdup (value), *part, *save = NULL;
  bool seen[ROLE_COUNT] = { false, false, false };
  int status = 0;

  for (part = strtok_r (copy, " \t", &save); part != NULL && status == 0;
       part = strtok_r (NULL, " \t", &save))
    {
      char *eq = strchr (part, '='), *end;
      long n;
      int role;

      if (eq == NULL)
        {
          /* TRANSLATORS: bank file error; %s is the Weight value as
             written. Keep ROLE=NUMBER. */
          reader_error (r, line, _("weight '%s' is not ROLE=NUMBER"), part);
          status = -1;
          break;
        }
      *eq = '\0';
      for (role = 0; role < ROLE_COUNT; role++)
        if (strcmp (part, role_names[role]) == 0)
          break;
      errno = 0;
      n = strtol (eq + 1, &end, 10);
      if (role == ROLE_COUNT)
        /* TRANSLATORS: bank file error; %s is a role as written. Keep cto,
           cio and caio. */
        reader_error (r, line, _("unknown role '%s' (use cto, cio or caio)"),
                      part), status = -1;
      else if (seen[role])
        /* TRANSLATORS: bank file error; %s is a role (cto, cio, caio). */
        reader_error (r, line, _("role '%s' is weighted twice"), part),
          status = -1;
      else if (eq[1] == '\0' || *end != '\0' || errno != 0
               || n < WEIGHT_MIN || n > WEIGHT_MAX)
        /* TRANSLATORS: bank file error; %s is the Weight value, the %d are
           its limits. */
        reader_error (r, line, _("weight '%s' is out of range (%d to %d)"),
                      eq + 1, WEIGHT_MIN, WEIGHT_MAX), status = -1;
      else
        {
          seen[role] = true;
          w->w[role] = (int) n;
        }
    }
  free (copy);
  return status;
}

static struct question *
find_earlier (struct reader *r, const char *id)
{
  size_t at = id_table_find (r->seen, r->seen_size, r->bank->questions, id);

  return at != 0 ? &r->bank->questions[at - 1] : NULL;
}

static const struct {
  const char *text;
  enum condition_op op;
} ops[] = {
  { "!=", OP_NE }, { "<=", OP_LE }, { ">=", OP_GE },
  { "=", OP_EQ }, { "<", OP_LT }, { ">", OP_GT }
};

/* Check the value list of a condition on target T; fill C. */
static int
parse_condition_values (struct reader *r, long line, struct question *t,
                        struct condition *c, char *values)
{
  const char *why = NULL;
  char *part, *save = NULL;
  size_t cap = 0;

  if (t->type == QT_INTEGER || t->type == QT_MONEY || t->type == QT_SCALE)
    {
      if (value_parse_number (str_trim (values), t->type == QT_MONEY,
                              &c->number, &why) != 0)
        {
          /* TRANSLATORS: bank file error; %s is a value in a When
             condition, then why it is not a number. */
          reader_error (r, line, _("condition value '%s': %s"), values,
                        _(why));
          return -1;
        }
      return 0;
    }
  if (c->op != OP_EQ && c->op != OP_NE)
    {
      /* TRANSLATORS: bank file error; %s is the id of a question that is
         not a number, named in a When condition.  Keep = and !=. */
      reader_error (r, line, _("'%s' is not a number: use = or !="), t->id);
      return -1;
    }
  for (part = strtok_r (values, ",", &save); part != NULL;
       part = strtok_r (NULL, ",", &save))
    {
      str_trim (part);
      if ((t->type == QT_STEP && bank_step_parse (part) < 0)
          || (t->type != QT_STEP && bank_option (t, part) == NULL))
        {
          /* TRANSLATORS: bank file error; a value, then the question id it
             was compared with. */
          reader_error (r, line, _("'%s' is not a value of '%s'"), part,
                        t->id);
          return -1;
        }
      c->values = xgrow (c->values, &cap, c->n_values + 1, sizeof *c->values);
      c->values[c->n_values++] = xstrdup (part);
    }
  if (c->n_values == 0)
    {
      reader_error (r, line, _("condition has no value"));
      return -1;
    }
  return 0;
}

/* "When: ai.in_product != none" */
static void
field_when (struct reader *r, long line, const char *value)
{
  struct question *q = r->question, *t;
  struct condition c = { 0, OP_EQ, NULL, 0, 0 };
  char *copy = xstrdup (value), *op_at = NULL, *id;
  size_t i, j;

  for (i = 0; i < sizeof ops / sizeof ops[0] && op_at == NULL; i++)
    if ((op_at = strstr (copy, ops[i].text)) != NULL)
      c.op = ops[i].op;
  if (op_at == NULL)
    {
      /* TRANSLATORS: bank file error; %s is a When condition as written.
         Keep the operators. */
      reader_error (r, line, _("condition '%s' has no operator "
                               "(=, !=, <, <=, >, >=)"), value);
      free (copy);
      return;
    }
  *op_at = '\0';
  id = str_trim (copy);
  t = find_earlier (r, id);
  if (t == NULL || t == q)
    /* TRANSLATORS: bank file error; %s is a question id. */
    reader_error (r, line, _("condition names '%s', which is not a question "
                             "defined before this one"), id);
  else if (r->bank->sections[t->section].repeat != NULL
           && t->section != q->section)
    /* TRANSLATORS: bank file error; %s is a question id. */
    reader_error (r, line, _("condition names '%s', a repeated question of "
                             "another section"), id);
  else if (t->type == QT_TEXT)
    /* TRANSLATORS: bank file error; %s is a question id. */
    reader_error (r, line, _("condition names '%s', a text question"), id);
  else if (parse_condition_values (r, line, t,  &c,
                                   op_at + strlen (ops[i - 1].text)) == 0)
    {
      c.question = (size_t) (t - r->bank->questions);
      q->conditions = xgrow (q->conditions, &r->cap_conds,
                             q->n_conditions + 1, sizeof *q->conditions);
      q->conditions[q->n_conditions++] = c;
      c.values = NULL;
    }
  for (j = 0; j < c.n_values && c.values != NULL; j++)
    free (c.values[j]);
  free (c.values);
  free (copy);
}

static void
field_band (struct reader *r, long line, const char *value)
{
  struct question *q = r->question;
  const char *dots = strstr (value, "..");
  char *lo_text;
  const char *why = NULL;
  long long lo, hi = VALUE_NUMBER_MAX;
  size_t i;

  if (dots == NULL)
    {
      /* TRANSLATORS: bank file error; %s is a Band value. Keep LOW..HIGH
         and LOW.. as they are. */
      reader_error (r, line, _("band '%s' is not LOW..HIGH or LOW.."), value);
      return;
    }
  lo_text = xstrndup (value, (size_t) (dots - value));
  if (value_parse_number (str_trim (lo_text), true, &lo, &why) != 0
      || (dots[2] != '\0' && value_parse_number (dots + 2, true, &hi, &why)))
    /* TRANSLATORS: bank file error; a Band value, then what is wrong with
       it. */
    reader_error (r, line, _("band '%s': %s"), value, _(why));
  else if (lo > hi)
    /* TRANSLATORS: bank file error; %s is a Band value. */
    reader_error (r, line, _("band '%s' is empty (low above high)"), value);
  else
    {
      for (i = 0; i < q->n_bands; i++)
        if (lo <= q->bands[i].hi && hi >= q->bands[i].lo)
          {
            /* TRANSLATORS: bank file error; %s is a Band value, %ld a line
               number. */
            reader_error (r, line, _("band '%s' overlaps the band on line %ld"),
                          value, q->bands[i].line);
            free (lo_text);
            return;
          }
      q->bands = xgrow (q->bands, &r->cap_bands, q->n_bands + 1,
                        sizeof *q->bands);
      r->band = &q->bands[q->n_bands++];
      memset (r->band, 0, sizeof *r->band);
      r->band->lo = lo;
      r->band->hi = hi;
      r->band->line = line;
      r->option = NULL;
      r->weighted = false;
    }
  free (lo_text);
}

static void
field_option (struct reader *r, long line, const char *value)
{
  struct question *q = r->question;

  /* A bad or repeated id is reported, and the option still read, so that
     its _Label and Weight are not reported as strays too. */
  if (!id_valid (value, false))
    /* TRANSLATORS: bank file error; %s is an option id as written. */
    reader_error (r, line, _("option id '%s' is not lower-case letters, "
                             "digits and _"), value);
  else if (bank_option (q, value) != NULL)
    /* TRANSLATORS: bank file error; an option id, then the question id. */
    reader_error (r, line, _("option '%s' appears twice in '%s'"), value,
                  q->id);
  q->options = xgrow (q->options, &r->cap_options, q->n_options + 1,
                      sizeof *q->options);
  r->option = &q->options[q->n_options++];
  memset (r->option, 0, sizeof *r->option);
  r->option->id = xstrdup (value);
  r->option->line = line;
  r->band = NULL;
  r->weighted = false;
}

/* Fields of the last Option or Band: _Label, Weight, _Reason. */
static void
field_answer (struct reader *r, long line, const char *name, const char *value)
{
  char **reason;
  struct weights *w;

  if (r->option == NULL && r->band == NULL)
    {
      /* TRANSLATORS: bank file error; %s is a field name (such as _Label).
         Keep Option and Band. */
      reader_error (r, line, _("'%s' must follow an Option or a Band"), name);
      return;
    }
  reason = r->option != NULL ? &r->option->reason : &r->band->reason;
  w = r->option != NULL ? &r->option->weights : &r->band->weights;
  if (strcmp (name, "_Label") == 0)
    {
      if (r->option == NULL)
        reader_error (r, line, _("a Band has no _Label"));
      else if (r->option->label != NULL)
        /* TRANSLATORS: bank file error; %s is a field name (such as Type
           or _Label). */
        reader_error (r, line, _("'%s' given twice"), name);
      else
        r->option->label = xstrdup (value);
    }
  else if (strcmp (name, "_Reason") == 0)
    {
      if (*reason != NULL)
        /* TRANSLATORS: bank file error; %s is a field name (such as Type
           or _Label). */
        reader_error (r, line, _("'%s' given twice"), name);
      else
        *reason = xstrdup (value);
    }
  else if (r->weighted)
    /* TRANSLATORS: bank file error; %s is a field name (such as Type
       or _Label). */
    reader_error (r, line, _("'%s' given twice"), name);
  else
    {
      r->weighted = true;
      parse_weights (r, line, value, w);
    }
}

static void
set_text_once (struct reader *r, long line, const char *name, char **slot,
               const char *value)
{
  if (*slot != NULL)
    /* TRANSLATORS: bank file error; %s is a field name (such as Type or
       _Label). */
    reader_error (r, line, _("'%s' given twice"), name);
  else
    *slot = xstrdup (value);
}

static void
field_number (struct reader *r, long line, const char *name, long long *slot,
              const char *value)
{
  const char *why = NULL;
  long *seen = strcmp (name, "Min") == 0 ? &r->min_line : &r->max_line;

  if (*seen != 0)
    {
      /* TRANSLATORS: bank file error; %s is a field name (such as Type
         or _Label). */
      reader_error (r, line, _("'%s' given twice"), name);
      return;
    }
  *seen = line;
  if (value_parse_number (value, true, slot, &why) != 0)
    /* TRANSLATORS: bank file error: a field name (Min, Max, Limit), its
       value as written, then what is wrong with it. */
    reader_error (r, line, _("%s '%s': %s"), name, value, _(why));
}

static void
field_type (struct reader *r, long line, const char *value)
{
  size_t i;

  if (r->type_line != 0)
    {
      /* TRANSLATORS: bank file error; %s is a field name (such as Type
         or _Label). */
      reader_error (r, line, _("'%s' given twice"), "Type");
      return;
    }
  r->type_line = line;
  for (i = 0; i < sizeof type_names / sizeof type_names[0]; i++)
    if (strcmp (value, type_names[i]) == 0)
      {
        r->question->type = (enum question_type) i;
        if (r->question->type == QT_SCALE)
          r->question->min = 1, r->question->max = 5;
        return;
      }
  /* TRANSLATORS: bank file error; %s is a Type value. Keep the type names
     in English. */
  reader_error (r, line, _("unknown type '%s' (text, integer, money, choice, "
                           "multi, scale or step)"), value);
}

/* Decision: where the question's reasons go in a report. */
static void
field_decision (struct reader *r, long line, const char *value)
{
  int d = bank_decision_parse (value);

  if (r->decision_line != 0)
    /* TRANSLATORS: bank file error; %s is a field name (such as Type
       or _Label). */
    reader_error (r, line, _("'%s' given twice"), "Decision");
  else if (d < 0)
    /* TRANSLATORS: bank file error; %s is a Decision value. Keep the
       names in English. */
    reader_error (r, line, _("unknown decision '%s' (primary, caio, kind, "
                             "tools or governance)"), value);
  else
    r->question->decision = (enum decision) d;
  r->decision_line = line;
}

/* NA: yes, on a step that may not apply. */
static void
field_na (struct reader *r, long line, const char *value)
{
  if (r->na_line != 0)
    /* TRANSLATORS: bank file error; %s is a field name (such as Type
       or _Label). */
    reader_error (r, line, _("'%s' given twice"), "NA");
  else if (strcmp (value, "yes") != 0 && strcmp (value, "no") != 0)
    /* TRANSLATORS: bank file error; %s is the value as written. Keep NA,
       yes and no. */
    reader_error (r, line, _("NA '%s': write yes or no"), value);
  else
    r->question->na_allowed = strcmp (value, "yes") == 0;
  r->na_line = line;
}

/* Whether NAME is FIELD (two letters at least).  Every line of a bank is
   a field to look up, and field names differ in their first two letters
   ("_Label", "_Low"), so that most comparisons end there. */
static bool
field_is (const char *name, const char *field)
{
  return name[0] == field[0] && name[1] == field[1]
         && strcmp (name, field) == 0;
}

/* Fields of a question itself. */
static bool
field_question (struct reader *r, long line, const char *name,
                const char *value)
{
  struct question *q = r->question;

  if (field_is (name, "Type"))
    field_type (r, line, value);
  else if (field_is (name, "_Prompt"))
    set_text_once (r, line, name, &q->prompt, value);
  else if (field_is (name, "_Help"))
    set_text_once (r, line, name, &q->help, value);
  else if (field_is (name, "_Low"))
    set_text_once (r, line, name, &q->low, value);
  else if (field_is (name, "_High"))
    set_text_once (r, line, name, &q->high, value);
  else if (field_is (name, "_Mid"))
    set_text_once (r, line, name, &q->mid, value);
  else if (field_is (name, "Min"))
    field_number (r, line, name, &q->min, value);
  else if (field_is (name, "Max"))
    field_number (r, line, name, &q->max, value);
  else if (field_is (name, "When"))
    field_when (r, line, value);
  else if (field_is (name, "Decision"))
    field_decision (r, line, value);
  else if (field_is (name, "NA"))
    field_na (r, line, value);
  else if (field_is (name, "Option"))
    field_option (r, line, value);
  else if (field_is (name, "Band"))
    field_band (r, line, value);
  else if (field_is (name, "_Label") || field_is (name, "Weight")
           || field_is (name, "_Reason"))
    field_answer (r, line, name, value);
  else
    return false;
  return true;
}

/* ------------------------------------------------------- records, checks */

/* The checks that need the whole question. */
static void
question_finish (struct reader *r)
{
  struct question *q = r->question;
  bool numeric, options;
  size_t i;

  if (q == NULL)
    return;
  numeric = q->type == QT_INTEGER || q->type == QT_MONEY || q->type == QT_SCALE;
  options = q->type == QT_CHOICE || q->type == QT_MULTI;
  if (q->prompt == NULL)
    /* TRANSLATORS: bank file error; %s is a question id. Keep _Prompt. */
    reader_error (r, q->line, _("question '%s' has no _Prompt"), q->id);
  if (options && q->n_options < 2)
    /* TRANSLATORS: bank file error; %s is a question id. */
    reader_error (r, q->line, _("question '%s' needs at least two options"),
                  q->id);
  if (!options && q->n_options > 0)
    /* TRANSLATORS: bank file error; %s is a question type (choice, multi),
       in English. */
    reader_error (r, q->options[0].line, _("a %s question has no options"),
                  type_names[q->type]);
  if (!numeric && q->n_bands > 0)
    /* TRANSLATORS: bank file error; %s is a question type (integer,
       money), in English. */
    reader_error (r, q->bands[0].line, _("a %s question has no bands"),
                  type_names[q->type]);
  if (q->type != QT_SCALE && (q->low != NULL || q->high != NULL
                               || q->mid != NULL))
    reader_error (r, q->line, _("_Low, _Mid and _High belong to scale "
                                "questions"));
  if (!numeric && (r->min_line != 0 || r->max_line != 0))
    reader_error (r, r->min_line != 0 ? r->min_line : r->max_line,
                  _("Min and Max belong to integer, money and scale "
                    "questions"));
  if (q->type != QT_STEP && r->na_line != 0)
    reader_error (r, r->na_line, _("NA belongs to step questions"));
  if (numeric && q->min > q->max)
    /* TRANSLATORS: bank file error; %s is a question id. Keep Min and Max. */
    reader_error (r, q->line, _("Min is above Max in '%s'"), q->id);
  if (q->type == QT_SCALE && (q->min != 1 || q->max != 5))
    reader_error (r, q->line, _("a scale runs from 1 to 5"));
  for (i = 0; i < q->n_options; i++)
    if (q->options[i].label == NULL)
      /* TRANSLATORS: bank file error; %s is an option id. Keep _Label. */
      reader_error (r, q->options[i].line, _("option '%s' has no _Label"),
                    q->options[i].id);
  for (i = 0; i < q->n_bands; i++)
    if (q->bands[i].lo < q->min || q->bands[i].lo > q->max
        || (q->bands[i].hi > q->max && q->bands[i].hi != VALUE_NUMBER_MAX))
      reader_error (r, q->bands[i].line, _("band is outside Min..Max"));
  r->question = NULL;
  r->option = NULL;
  r->band = NULL;
  r->type_line = r->min_line = r->max_line = 0;
  r->decision_line = r->na_line = 0;
}

static struct section *
current_section (struct reader *r)
{
  return r->bank->n_sections > 0
         ? &r->bank->sections[r->bank->n_sections - 1] : NULL;
}

/* The check that needs the whole section. */
static void
section_finish (struct reader *r)
{
  const struct section *s = current_section (r);

  if (s != NULL && s->first == r->bank->n_questions)
    /* TRANSLATORS: bank file error; %s is a section id. */
    reader_error (r, s->line, _("section '%s' has no questions"), s->id);
  if (s != NULL && s->module && s->repeat != NULL)
    /* TRANSLATORS: bank file error; %s is a section id. Keep Module and
       Repeat. */
    reader_error (r, s->line, _("section '%s' cannot be both a Module and "
                                "Repeated"), s->id);
}

static void
record_section (struct reader *r, long line, const char *id)
{
  struct bank *bank = r->bank;
  struct section *s;
  size_t i;

  question_finish (r);
  section_finish (r);
  if (!id_valid (id, false))
    /* TRANSLATORS: bank file error; %s is a section id as written. */
    reader_error (r, line, _("section id '%s' is not lower-case letters, "
                             "digits and _"), id);
  for (i = 0; i < bank->n_sections; i++)
    if (strcmp (bank->sections[i].id, id) == 0)
      /* TRANSLATORS: bank file error; %s is a section id. */
      reader_error (r, line, _("duplicate section id '%s'"), id);
  bank->sections = xgrow (bank->sections, &r->cap_sections,
                          bank->n_sections + 1, sizeof *bank->sections);
  s = &bank->sections[bank->n_sections++];
  memset (s, 0, sizeof *s);
  s->id = xstrdup (id);
  s->line = line;
  s->limit = REPEAT_LIMIT_DEFAULT;
  s->first = bank->n_questions;
}

/* A repeated question's id must be PREFIX.N.name. */
static bool
repeat_id_ok (const struct section *s, const char *id)
{
  size_t n = strlen (s->repeat);

  return strncmp (id, s->repeat, n) == 0 && strncmp (id + n, ".N.", 3) == 0
         && strchr (id + n + 3, '.') == NULL && id[n + 3] != '\0';
}

static void
record_question (struct reader *r, long line, const char *id)
{
  struct bank *bank = r->bank;
  struct section *s = current_section (r);
  struct question *q;

  question_finish (r);
  if (s == NULL)
    {
      /* TRANSLATORS: bank file error; %s is a question id. Keep Section. */
      reader_error (r, line, _("question '%s' comes before any Section"), id);
      return;
    }
  if (!id_valid (id, true))
    /* TRANSLATORS: bank file error; %s is a question id as written. */
    reader_error (r, line, _("question id '%s' is not lower-case words "
                             "joined by dots"), id);
  else if (find_earlier (r, id) != NULL)
    /* TRANSLATORS: bank file error; %s is a question id. */
    reader_error (r, line, _("duplicate question id '%s'"), id);
  else if (s->repeat != NULL && !repeat_id_ok (s, id))
    /* TRANSLATORS: bank file error; %s is the section's Repeat word; keep
       .N.NAME. */
    reader_error (r, line, _("a question of a repeated section is named "
                             "%s.N.NAME"), s->repeat);
  else if (s->repeat == NULL && strstr (id, ".N") != NULL)
    /* TRANSLATORS: bank file error; %s is a question id. Keep Repeat. */
    reader_error (r, line, _("'%s' looks repeated, but its section has no "
                             "Repeat"), id);
  else if (s->module && (strncmp (id, s->id, strlen (s->id)) != 0
                         || id[strlen (s->id)] != '.'))
    /* TRANSLATORS: bank file error; the first %s is a question id, the
       second its section's id. Keep Module. */
    reader_error (r, line, _("'%s' is in Module '%s', so its id starts "
                             "with '%s.'"), id, s->id, s->id);
  bank->questions = xgrow (bank->questions, &r->cap_questions,
                           bank->n_questions + 1, sizeof *bank->questions);
  q = &bank->questions[bank->n_questions++];
  memset (q, 0, sizeof *q);
  q->id = xstrdup (id);
  q->section = bank->n_sections - 1;
  q->type = QT_TEXT;
  q->min = 0;
  q->max = VALUE_NUMBER_MAX;
  q->line = line;
  s->count++;
  r->question = q;
  id_table_add (&r->seen, &r->seen_size, bank->n_questions - 1,
                bank->questions, bank->n_questions - 1);
  r->cap_options = r->cap_bands = r->cap_conds = 0;
}

static void
field_section (struct reader *r, long line, const char *name,
               const char *value)
{
  struct section *s = current_section (r);
  char *end;
  long n;

  if (s == NULL)
    {
      /* TRANSLATORS: bank file error; %s is a field name. Keep Section. */
      reader_error (r, line, _("'%s' comes before any Section"), name);
      return;
    }
  if (s->count > 0)
    {
      /* TRANSLATORS: bank file error; %s is a field name. Keep Question. */
      reader_error (r, line, _("'%s' must come before the section's first "
                               "Question"), name);
      return;
    }
  if (strcmp (name, "_Title") == 0)
    set_text_once (r, line, name, &s->title, value);
  else if (strcmp (name, "_About") == 0)
    set_text_once (r, line, name, &s->about, value);
  else if (strcmp (name, "Module") == 0)
    {
      if (strcmp (value, "yes") != 0 && strcmp (value, "no") != 0)
        /* TRANSLATORS: bank file error; %s is the value as written. Keep
           Module, yes and no. */
        reader_error (r, line, _("Module '%s': write yes or no"), value);
      else
        s->module = strcmp (value, "yes") == 0;
    }
  else if (strcmp (name, "Repeat") == 0)
    {
      if (!id_valid (value, false))
        /* TRANSLATORS: bank file error; %s is the Repeat value. Keep
           Repeat. */
        reader_error (r, line, _("Repeat '%s' is not lower-case letters, "
                                 "digits and _"), value);
      else
        set_text_once (r, line, name, &s->repeat, value);
    }
  else
    {
      n = strtol (value, &end, 10);
      if (*value == '\0' || *end != '\0' || n < 1 || n > REPEAT_LIMIT_MAX)
        /* TRANSLATORS: bank file error; %d is the largest Limit. Keep
           Limit. */
        reader_error (r, line, _("Limit must be a number from 1 to %d"),
                      REPEAT_LIMIT_MAX);
      else
        s->limit = (int) n;
    }
}

static void
apply_field (struct reader *r, long line, const char *name, const char *value)
{
  if (field_is (name, "Format"))
    {
      if (r->have_format || r->bank->n_sections > 0)
        reader_error (r, line, _("Format must come first, once"));
      else if (strcmp (value, "1") != 0)
        /* TRANSLATORS: bank file error; %s is the Format value. */
        reader_error (r, line, _("unsupported bank format '%s' "
                                 "(this leadwise reads format 1)"), value);
      r->have_format = true;
    }
  else if (field_is (name, "Version"))
    {
      if (r->bank->n_sections > 0 || r->bank->version != NULL)
        reader_error (r, line, _("Version must come before the first "
                                 "Section, once"));
      else if (*value == '\0' || strlen (value) > 32
               || strspn (value, "0123456789.") != strlen (value))
        /* TRANSLATORS: bank file error; %s is the Version value. */
        reader_error (r, line, _("Version '%s' is not a number such as "
                                 "2 or 2.1"), value);
      else
        r->bank->version = xstrdup (value);
    }
  else if (field_is (name, "Section"))
    record_section (r, line, value);
  else if (field_is (name, "Question"))
    record_question (r, line, value);
  else if (field_is (name, "_Title") || field_is (name, "Repeat")
           || field_is (name, "Limit") || field_is (name, "Module")
           || field_is (name, "_About"))
    field_section (r, line, name, value);
  else if (r->question == NULL)
    /* TRANSLATORS: bank file error; %s is a field name as written. */
    reader_error (r, line, _("'%s' outside a question, or unknown field"),
                  name);
  else if (!field_question (r, line, name, value))
    /* TRANSLATORS: bank file error; %s is a field name as written. */
    reader_error (r, line, _("unknown field '%s'"), name);
}

/* --------------------------------------------------------------- reading */

/* A field being read: its continuation lines are still to come.  NAME
   and VALUE point into the bank's text; a value continued on further
   lines is gathered in MORE. */
struct pending
{
  char *name;
  char *value;
  struct buf more;
  long line;
};

static void
pending_flush (struct reader *r, struct pending *p)
{
  char *value = p->more.data != NULL ? p->more.data : p->value;

  if (p->name == NULL)
    return;
  if (*value == '\0')
    /* TRANSLATORS: bank file error; %s is a field name. */
    reader_error (r, p->line, _("field '%s' has no value"), p->name);
  else
    apply_field (r, p->line, p->name, value);
  p->name = NULL;
  buf_free (&p->more);
}

/* A continuation line: " text" appends with a space, " ." starts a new
   paragraph. */
static void
pending_continue (struct pending *p, const char *text)
{
  if (p->more.data == NULL)
    buf_add (&p->more, p->value);
  if (strcmp (text, ".") == 0)
    buf_add (&p->more, "\n\n");
  else
    {
      if (p->more.len > 0 && p->more.data[p->more.len - 1] != '\n')
        buf_addc (&p->more, ' ');
      buf_add (&p->more, text);
    }
}

static void
read_line (struct reader *r, struct pending *p, char *line, long lineno)
{
  char *colon;

  if (*line == '#')
    return;
  if (*line == ' ' || *line == '\t')
    {
      if (*str_trim (line) == '\0')
        pending_flush (r, p);
      else if (p->name == NULL)
        reader_error (r, lineno, _("continuation line without a field"));
      else
        pending_continue (p, line);
      return;
    }
  pending_flush (r, p);
  if (*str_trim (line) == '\0')
    return;
  colon = strchr (line, ':');
  if (colon == NULL)
    {
      reader_error (r, lineno, _("expected 'Field: value'"));
      return;
    }
  *colon = '\0';
  p->name = str_trim (line);
  p->value = str_trim (colon + 1);
  p->line = lineno;
}

/* Check each line of TEXT (LEN bytes, NUL-terminated) and read it. */
static void
read_text (struct reader *r, char *text, size_t len)
{
  struct pending p = { NULL, NULL, { NULL, 0, 0 }, 0 };
  struct lines lines;
  const char *why;
  char *line;
  size_t n;

  lines_init (&lines, text, len);
  while ((line = lines_next (&lines, &n, &why)) != NULL)
    if (why != NULL)
      reader_error (r, lines.number, "%s", _(why));
    else
      {
        if (!value_text_ok (line, n))
          reader_error (r, lines.number, _("line is not valid UTF-8 text"));
        read_line (r, &p, line, lines.number);
      }
  pending_flush (r, &p);
}

/* Index the questions that are not repeated by id: bank_find is called
   for every line of every answers file a workshop summary reads. */
static void
bank_build_index (struct bank *bank)
{
  size_t i, n = 0;

  for (i = 0; i < bank->n_questions; i++)
    if (bank->sections[bank->questions[i].section].repeat == NULL)
      id_table_add (&bank->index, &bank->index_size, n++, bank->questions,
                    i);
}

int
bank_read (struct bank *bank, FILE *fp, const char *name, struct diag *d)
{
  struct reader r;
  struct buf text;
  size_t errors_before = d->count;

  memset (bank, 0, sizeof *bank);
  memset (&r, 0, sizeof r);
  bank->file = xstrdup (name);
  r.bank = bank;
  r.d = d;
  r.name = name;
  /* The whole file at once: fields are read where they lie in it. */
  buf_init (&text);
  if (!buf_add_file (&text, fp))
    {
      /* TRANSLATORS: %s is the system's reason (strerror). */
      diag_add (d, EXIT_IOERR, name, 0, _("read error: %s"), strerror (errno));
      buf_free (&text);
      return EXIT_IOERR;
    }
  read_text (&r, text.data, text.len);
  buf_free (&text);
  free (r.seen);
  question_finish (&r);
  section_finish (&r);
  if (bank->n_questions == 0)
    reader_error (&r, 0, _("the bank has no questions"));
  bank_build_index (bank);
  return d->count > errors_before ? d->status : EXIT_OK;
}

int
bank_load (struct bank *bank, const char *path, struct diag *d)
{
  FILE *fp;
  int status;

  /* "-": the bank comes on standard input. */
  if (strcmp (path, "-") == 0)
    return bank_read (bank, stdin, _("standard input"), d);
  fp = fopen (path, "r");

  if (fp == NULL)
    {
      memset (bank, 0, sizeof *bank);
      diag_add (d, EXIT_NOINPUT, path, 0, "%s", strerror (errno));
      return EXIT_NOINPUT;
    }
  status = bank_read (bank, fp, path, d);
  fclose (fp);
  return status;
}

void
bank_free (struct bank *bank)
{
  size_t i, j, k;

  for (i = 0; i < bank->n_questions; i++)
    {
      struct question *q = &bank->questions[i];

      for (j = 0; j < q->n_options; j++)
        {
          free (q->options[j].id);
          free (q->options[j].label);
          free (q->options[j].reason);
        }
      for (j = 0; j < q->n_bands; j++)
        free (q->bands[j].reason);
      for (j = 0; j < q->n_conditions; j++)
        {
          for (k = 0; k < q->conditions[j].n_values; k++)
            free (q->conditions[j].values[k]);
          free (q->conditions[j].values);
        }
      free (q->options);
      free (q->bands);
      free (q->conditions);
      free (q->id);
      free (q->prompt);
      free (q->help);
      free (q->low);
      free (q->mid);
      free (q->high);
    }
  for (i = 0; i < bank->n_sections; i++)
    {
      free (bank->sections[i].id);
      free (bank->sections[i].title);
      free (bank->sections[i].repeat);
      free (bank->sections[i].about);
    }
  free (bank->sections);
  free (bank->version);
  free (bank->index);
  free (bank->questions);
  free (bank->file);
  memset (bank, 0, sizeof *bank);
}

/* ------------------------------------------------------ translators' pot */

/* One text to translate and the places it comes from. */
struct pot_entry
{
  const char *text;
  struct buf where;   /* "bank:12 bank:40" */
  struct buf what;    /* "company.offering: _Prompt" */
  const char *hint;   /* how much room it has on the screen, or NULL */
};

struct pot
{
  struct pot_entry *entries;
  size_t n, cap;
  const char *file;
};

static void
pot_add (struct pot *p, const char *text, long line, const char *id,
         const char *field, const char *hint)
{
  size_t i;

  if (text == NULL)
    return;
  for (i = 0; i < p->n && strcmp (p->entries[i].text, text) != 0; i++)
    continue;
  if (i == p->n)
    {
      p->entries = xgrow (p->entries, &p->cap, p->n + 1, sizeof *p->entries);
      p->entries[i].text = text;
      buf_init (&p->entries[i].where);
      buf_init (&p->entries[i].what);
      p->entries[i].hint = hint;
      p->n++;
    }
  buf_addf (&p->entries[i].where, " %s:%ld", p->file, line);
  buf_addf (&p->entries[i].what, "%s%s %s", p->entries[i].what.len ? ", " : "",
            id, field);
}

/* TEXT as a C string literal (PO files use C escapes). */
static void
pot_quote (FILE *fp, const char *text)
{
  const char *p;

  fputc ('"', fp);
  for (p = text; *p != '\0'; p++)
    if (*p == '"' || *p == '\\')
      fprintf (fp, "\\%c", *p);
    else if (*p == '\n')
      fputs ("\\n", fp);
    else
      fputc (*p, fp);
  fputc ('"', fp);
}

static void
pot_collect (struct pot *p, const struct bank *bank)
{
  size_t i, j;

  for (i = 0; i < bank->n_sections; i++)
    pot_add (p, bank->sections[i].title, bank->sections[i].line,
             bank->sections[i].id, "title",
             "shown in a header bar beside the progress: at most 28 "
             "characters");
  for (i = 0; i < bank->n_sections; i++)
    pot_add (p, bank->sections[i].about, bank->sections[i].line,
             bank->sections[i].id, "about",
             "what an optional module is for, one line: at most 70 "
             "characters");
  for (i = 0; i < bank->n_questions; i++)
    {
      const struct question *q = &bank->questions[i];

      pot_add (p, q->prompt, q->line, q->id, "prompt", NULL);
      pot_add (p, q->help, q->line, q->id, "help", NULL);
      pot_add (p, q->low, q->line, q->id, "low end",
               q->mid != NULL
               ? "beside 1 on a scale of 1 to 5: at most 70 characters"
               : "beside a scale of 1 to 5: at most 30 characters");
      pot_add (p, q->mid, q->line, q->id, "middle",
               "beside 3 on a scale of 1 to 5: at most 70 characters");
      pot_add (p, q->high, q->line, q->id, "high end",
               q->mid != NULL
               ? "beside 5 on a scale of 1 to 5: at most 70 characters"
               : "beside a scale of 1 to 5: at most 30 characters");
      for (j = 0; j < q->n_options; j++)
        {
          pot_add (p, q->options[j].label, q->options[j].line, q->id,
                   q->options[j].id,
                   "one line of a list on an 80-column screen: at most 74 "
                   "characters");
          pot_add (p, q->options[j].reason, q->options[j].line, q->id,
                   "reason", NULL);
        }
      for (j = 0; j < q->n_bands; j++)
        pot_add (p, q->bands[j].reason, q->bands[j].line, q->id, "reason",
                 NULL);
    }
}

int
bank_write_pot (const struct bank *bank, FILE *fp)
{
  struct pot p = { NULL, 0, 0, bank->file };
  size_t i;

  pot_collect (&p, bank);
  fputs ("# Translatable texts of a leadwise question bank.\n"
         "msgid \"\"\nmsgstr \"\"\n"
         "\"Project-Id-Version: " PACKAGE " " VERSION "\\n\"\n"
         "\"MIME-Version: 1.0\\n\"\n"
         "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
         "\"Content-Transfer-Encoding: 8bit\\n\"\n", fp);
  for (i = 0; i < p.n; i++)
    {
      fprintf (fp, "\n#. TRANSLATORS: question bank, %s%s%s\n#:%s\nmsgid ",
               p.entries[i].what.data, p.entries[i].hint != NULL ? "; " : "",
               p.entries[i].hint != NULL ? p.entries[i].hint : "",
               p.entries[i].where.data);
      pot_quote (fp, p.entries[i].text);
      fputs ("\nmsgstr \"\"\n", fp);
      buf_free (&p.entries[i].where);
      buf_free (&p.entries[i].what);
    }
  free (p.entries);
  return ferror (fp) ? -1 : 0;
}
