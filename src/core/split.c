/* split.c: how divided a group is (see split.h). */
#include "system.h"

#include "core/msg.h"
#include "core/score.h"
#include "core/split.h"
#include "core/util.h"
#include "core/value.h"
#include "core/words.h"

/* How many classes Q's answers fall into; 0 for a question not
   counted. */
static size_t
split_class_count (const struct bank *bank, const struct question *q)
{
  if (bank->sections[q->section].repeat != NULL)
    return 0;
  switch (q->type)
    {
    case QT_CHOICE:
      return q->n_options;
    case QT_SCALE:
      return q->max >= q->min ? (size_t) (q->max - q->min + 1) : 0;
    case QT_STEP:
      return 4;
    case QT_INTEGER:
    case QT_MONEY:
      return q->n_bands;
    default:
      return 0;
    }
}

/* The class of VALUE, an answer to Q, or -1. */
static long
split_class_of (const struct question *q, const char *value)
{
  const struct bank_option *o;
  const struct band *band;
  long long n;

  switch (q->type)
    {
    case QT_CHOICE:
      o = bank_option (q, value);
      return o != NULL ? (long) (o - q->options) : -1;
    case QT_SCALE:
      n = strtoll (value, NULL, 10);
      return n >= q->min && n <= q->max ? (long) (n - q->min) : -1;
    case QT_STEP:
      return bank_step_parse (value);
    case QT_INTEGER:
    case QT_MONEY:
      band = bank_band (q, strtoll (value, NULL, 10));
      return band != NULL ? (long) (band - q->bands) : -1;
    default:
      return -1;
    }
}

void
split_init (struct split_votes *v, const struct bank *bank)
{
  size_t i;

  v->n_questions = bank->n_questions;
  v->at = xcalloc (bank->n_questions + 1, sizeof *v->at);
  for (i = 0; i < bank->n_questions; i++)
    v->at[i + 1] = v->at[i] + split_class_count (bank, &bank->questions[i]);
  v->count = xcalloc (v->at[bank->n_questions] + 1, sizeof *v->count);
}

void
split_free (struct split_votes *v)
{
  free (v->at);
  free (v->count);
  memset (v, 0, sizeof *v);
}

void
split_add (struct split_votes *v, const struct bank *bank,
           const struct session *ses)
{
  size_t i;

  /* The session's answers, not the bank's questions: a founder answers
     a few of them. */
  for (i = 0; i < ses->n; i++)
    {
      const char *id = ses->answers[i].id;
      const struct question *q;
      int instance;
      size_t qi;
      long k;

      if ((q = bank_find (bank, id, &instance)) == NULL || instance != 0)
        continue;
      qi = bank_index (bank, q);
      if (v->at[qi + 1] == v->at[qi]
          || (k = split_class_of (q, ses->answers[i].value)) < 0
          || (size_t) k >= v->at[qi + 1] - v->at[qi]
          || !score_visible (bank, ses, q, 0))
        continue;
      v->count[v->at[qi] + (size_t) k]++;
    }
}

void
split_merge (struct split_votes *v, const struct split_votes *part)
{
  size_t i;

  for (i = 0; i < v->at[v->n_questions]; i++)
    v->count[i] += part->count[i];
}

size_t
split_classes (const struct split_votes *v, size_t question)
{
  return v->at[question + 1] - v->at[question];
}

size_t
split_count (const struct split_votes *v, size_t question, size_t k)
{
  return v->count[v->at[question] + k];
}

size_t
split_most (const struct split_votes *v, struct split *out, size_t n)
{
  size_t q, k, j, found = 0;

  for (q = 0; q < v->n_questions && n > 0; q++)
    {
      struct split sp = { q, 0, 0, 0 };
      size_t most = 0;

      for (k = 0; k < split_classes (v, q); k++)
        {
          size_t c = split_count (v, q, k);

          sp.answered += c;
          if (c > most)
            most = c, sp.top = k;
        }
      sp.differ = sp.answered - most;
      if (sp.differ == 0)
        continue;
      /* In place, by how many differ: the first of equals first. */
      for (k = found; k > 0 && out[k - 1].differ < sp.differ; k--)
        continue;
      if (k >= n)
        continue;
      for (j = found < n ? found : n - 1; j > k; j--)
        out[j] = out[j - 1];
      out[k] = sp;
      if (found < n)
        found++;
    }
  return found;
}

char *
split_class_name (const struct question *q, size_t k)
{
  char *lo, *hi, *name;

  switch (q->type)
    {
    case QT_CHOICE:
      return xstrdup (_(q->options[k].label));
    case QT_SCALE:
      {
        char n[STR_LL_SIZE];

        str_of_ll (n, q->min + (long long) k);
        return xasprintf (_("%s of 5"), n);
      }
    case QT_STEP:
      return xstrdup (_(words_step_state ((int) k)));
    case QT_INTEGER:
    case QT_MONEY:
      lo = msg_number (q->bands[k].lo, q->type == QT_MONEY, true);
      if (q->bands[k].hi >= VALUE_NUMBER_MAX)
        /* TRANSLATORS: a range of answers with no top: "1,000 or
           more". */
        name = xasprintf (_("%s or more"), lo);
      else
        {
          hi = msg_number (q->bands[k].hi, q->type == QT_MONEY, true);
          /* TRANSLATORS: a range of answers: "50 to 499". */
          name = xasprintf (_("%s to %s"), lo, hi);
          free (hi);
        }
      free (lo);
      return name;
    default:
      return xstrdup ("");
    }
}

char *
split_class_id (const struct question *q, size_t k)
{
  switch (q->type)
    {
    case QT_CHOICE:
      return xstrdup (q->options[k].id);
    case QT_SCALE:
      return xasprintf ("%lld", q->min + (long long) k);
    case QT_STEP:
      return xstrdup (bank_step_id ((enum step_state) k));
    case QT_INTEGER:
    case QT_MONEY:
      return q->bands[k].hi >= VALUE_NUMBER_MAX
             ? xasprintf ("%lld..", q->bands[k].lo)
             : xasprintf ("%lld..%lld", q->bands[k].lo, q->bands[k].hi);
    default:
      return xstrdup ("");
    }
}
