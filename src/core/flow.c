/* flow.c: the wizard's path through the bank. */
#include "system.h"

#include <locale.h>

#include "core/flow.h"
#include "core/module.h"
#include "core/value.h"
#include "core/score.h"
#include "core/util.h"

static const struct section *
flow_section (const struct flow *f, const struct question *q)
{
  return &f->bank->sections[q->section];
}

/* Whether item INSTANCE of repeated section S has its first question
   (its name) answered. */
static bool
flow_item_named (const struct flow *f, const struct section *s, int instance)
{
  char *id = bank_instance_id (&f->bank->questions[s->first], instance);
  bool named = session_get (f->session, id) != NULL;

  free (id);
  return named;
}

/* The first question of a repeated section names its item: while it is
   unanswered, the item's other questions are not asked. */
static bool
flow_asked (const struct flow *f, const struct question *q, int instance)
{
  const struct section *s = flow_section (f, q);

  if (s->repeat != NULL && q != &f->bank->questions[s->first]
      && !flow_item_named (f, s, instance))
    return false;
  return score_visible (f->bank, f->session, q, instance);
}

char *
flow_step_id (const struct flow_step *step)
{
  return bank_instance_id (step->q, step->instance);
}

struct flow_step *
flow_steps (const struct flow *f, size_t *n)
{
  struct flow_step *steps = NULL;
  size_t cap = 0, s, i;
  int item;

  unsigned long mask = module_mask (f->bank, f->session);

  *n = 0;
  for (s = 0; s < f->bank->n_sections; s++)
    {
      const struct section *sec = &f->bank->sections[s];
      int items = sec->repeat != NULL ? f->items : 1;

      if (!module_asked (s, mask))
        continue;
      for (item = 1; item <= items; item++)
        for (i = sec->first; i < sec->first + sec->count; i++)
          {
            const struct question *q = &f->bank->questions[i];
            int instance = sec->repeat != NULL ? item : 0;

            if (!flow_asked (f, q, instance))
              continue;
            steps = xgrow (steps, &cap, *n + 1, sizeof *steps);
            steps[*n].q = q;
            steps[*n].instance = instance;
            (*n)++;
          }
    }
  return steps;
}

/* Compare the places of two questions in the order they are asked:
   by section, then item, then question. */
static int
flow_compare (const struct question *qa, int ia, const struct question *qb,
              int ib)
{
  if (qa->section != qb->section)
    return qa->section < qb->section ? -1 : 1;
  if (ia != ib)
    return ia < ib ? -1 : 1;
  return qa < qb ? -1 : qa > qb;
}

static void
flow_set (struct flow *f, const struct flow_step *step)
{
  f->question = bank_index (f->bank, step->q);
  f->instance = step->instance;
  f->done = false;
  f->item_ended = false;
}

void
flow_init (struct flow *f, const struct bank *bank, struct session *session)
{
  struct flow_step *steps;
  size_t n, i;

  f->bank = bank;
  f->session = session;
  f->items = 1;
  for (i = 0; i < session->n; i++)
    {
      int instance;

      if (bank_find (bank, session->answers[i].id, &instance) != NULL
          && instance > f->items)
        f->items = instance;
    }
  f->question = 0;
  f->instance = 0;
  f->done = false;
  f->item_ended = false;
  steps = flow_steps (f, &n);
  if (n > 0)
    flow_set (f, &steps[0]);
  else
    f->done = true;
  free (steps);
}

bool
flow_current (const struct flow *f, struct flow_step *step)
{
  if (f->done)
    return false;
  step->q = &f->bank->questions[f->question];
  step->instance = f->instance;
  return true;
}

const char *
flow_answer (struct flow *f, const char *value)
{
  struct flow_step step;
  const char *why;
  char *normal = NULL, *id;

  if (!flow_current (f, &step))
    return N_("there is no question to answer");
  if (step.q->type == QT_INTEGER || step.q->type == QT_MONEY)
    {
      /* Typed, a number may be written the way the locale writes it. */
      struct lconv *lc = localeconv ();
      char *plain = value_unlocalize (value, lc->decimal_point,
                                      lc->thousands_sep);

      why = bank_check_value (step.q, plain, &normal);
      free (plain);
    }
  else
    why = bank_check_value (step.q, value, &normal);
  if (why != NULL)
    return why;
  id = flow_step_id (&step);
  session_set (f->session, id, normal);
  free (id);
  free (normal);
  return NULL;
}

void
flow_clear (struct flow *f)
{
  struct flow_step step;
  char *id;

  if (!flow_current (f, &step))
    return;
  id = flow_step_id (&step);
  session_unset (f->session, id);
  free (id);
}

void
flow_next (struct flow *f)
{
  struct flow_step *steps;
  size_t n, i;
  const struct question *q = &f->bank->questions[f->question];

  bool in_last_item;

  if (f->done)
    return;
  in_last_item = flow_section (f, q)->repeat != NULL
                 && f->instance == f->items;
  steps = flow_steps (f, &n);
  for (i = 0; i < n; i++)
    if (flow_compare (steps[i].q, steps[i].instance, q, f->instance) > 0)
      break;
  if (i < n)
    flow_set (f, &steps[i]);
  else
    f->done = true;
  /* Past the last item of a repeated section: the frontend may offer
     another before going on. */
  f->item_ended = in_last_item
                  && (f->done || flow_section (f, steps[i].q)->repeat == NULL);
  free (steps);
}

bool
flow_back (struct flow *f)
{
  struct flow_step *steps;
  size_t n, i;
  const struct question *q = &f->bank->questions[f->question];
  bool moved = false;

  steps = flow_steps (f, &n);
  for (i = n; i > 0; i--)
    if (f->done
        || flow_compare (steps[i - 1].q, steps[i - 1].instance, q,
                         f->instance) < 0)
      {
        flow_set (f, &steps[i - 1]);
        moved = true;
        break;
      }
  free (steps);
  return moved;
}

bool
flow_jump (struct flow *f, size_t s)
{
  struct flow_step *steps;
  size_t n, i;
  bool found = false;

  steps = flow_steps (f, &n);
  for (i = 0; i < n && !found; i++)
    if (steps[i].q->section == s)
      {
        flow_set (f, &steps[i]);
        found = true;
      }
  free (steps);
  return found;
}

void
flow_go (struct flow *f, const struct flow_step *step)
{
  flow_set (f, step);
}

bool
flow_can_add_item (const struct flow *f)
{
  size_t s;

  if (!f->item_ended)
    return false;
  for (s = 0; s < f->bank->n_sections; s++)
    {
      const struct section *sec = &f->bank->sections[s];

      if (sec->repeat != NULL && sec->count > 0)
        return f->items < sec->limit && flow_item_named (f, sec, f->items);
    }
  return false;
}

void
flow_no_more_items (struct flow *f)
{
  f->item_ended = false;
}

bool
flow_add_item (struct flow *f)
{
  size_t s;

  for (s = 0; s < f->bank->n_sections; s++)
    {
      const struct section *sec = &f->bank->sections[s];

      if (sec->repeat == NULL || sec->count == 0)
        continue;
      if (f->items >= sec->limit)
        return false;
      f->items++;
      f->question = sec->first;
      f->instance = f->items;
      f->done = false;
      f->item_ended = false;
      return true;
    }
  return false;
}

void
flow_first_open (struct flow *f)
{
  struct flow_step step;
  bool answered = true;

  while (answered && flow_current (f, &step))
    {
      char *id = flow_step_id (&step);

      answered = session_get (f->session, id) != NULL;
      free (id);
      if (answered)
        flow_next (f);
    }
  /* Passing over the tools to a module's open question is no moment to
     offer another tool; at the end, as before, it is. */
  if (!f->done)
    f->item_ended = false;
}

void
flow_progress (const struct flow *f, struct flow_progress *p)
{
  struct flow_step *steps;
  size_t n, i;
  const struct question *q = &f->bank->questions[f->question];

  unsigned long mask = module_mask (f->bank, f->session);
  size_t s;

  steps = flow_steps (f, &n);
  /* The sections asked: the core's and the modules chosen. */
  p->sections = 0;
  p->section = 0;
  for (s = 0; s < f->bank->n_sections; s++)
    if (module_asked (s, mask))
      {
        p->sections++;
        if (!f->done && s <= q->section)
          p->section = p->sections;
      }
  if (f->done)
    p->section = p->sections;
  p->count = n;
  p->number = n;
  for (i = 0; i < n && !f->done; i++)
    if (flow_compare (steps[i].q, steps[i].instance, q, f->instance) >= 0)
      {
        p->number = i + 1;
        break;
      }
  free (steps);
}
