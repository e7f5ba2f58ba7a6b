/* tools.c: the AI tool checklist.  Goal, daily users and test can never
   be skipped; only the security and integration check may not apply,
   and a tool never counts as ready without it, nor stays in use
   without it. */
#include "system.h"

#include "core/score.h"
#include "core/tools.h"
#include "core/util.h"

/* What to do about a step not done yet (not started, in progress). */
static const char *const todo[TS_COUNT][2] = {
  { N_("Agree with everyone involved on what the tool should achieve, "
       "in a sentence or two you can check later."),
    N_("Finish writing down the tool's goal and get the people involved "
       "to agree to it.") },
  { N_("Find out who will use the tool every day and what they need; "
       "give them the main say in choosing it."),
    N_("Finish talking to the daily users, and let their needs decide.") },
  { N_("Try the tool on real work with a few of its future users before "
       "committing to it."),
    N_("Complete the trial and write down where the tool met its goal and "
       "where it fell short.") },
  { N_("Have technology leadership check the tool's security, data "
       "handling and fit with existing systems; until then, pilot it "
       "without real customer or company data."),
    N_("Until the security and integration check is finished, keep the "
       "pilot away from real customer or company data.") },
  { N_("Once deployed, measure whether the tool really improves the work: "
       "time saved, fewer errors, happier users."),
    N_("Keep measuring the results and compare them with the goal.") },
  { N_("Put a date in the calendar to check whether a better tool has "
       "appeared."),
    N_("Make the check for better tools a regular habit, not a "
       "one-off.") },
};

/* The same for a tool already in use, where they differ: the test and
   the measuring. */
static const char *const todo_in_use[TS_COUNT][2] = {
  [TS_TEST] = {
    N_("Test the tool properly with a few of its users before its use "
       "spreads further."),
    N_("Complete the test and write down where the tool met its goal and "
       "where it fell short, before its use spreads further.") },
  [TS_MEASURE] = {
    N_("It is in use: start measuring whether it really improves the work: "
       "time saved, fewer errors, happier users."),
    N_("Keep measuring the results and compare them with the goal.") },
};

/* For a step that cannot be skipped but was marked not applicable. */
static const char *const never_skipped[TS_SECURITY] = {
  N_("A goal can never be skipped: agree with everyone involved on what "
     "the tool should achieve, in a sentence or two you can check later."),
  N_("The daily users can never be skipped: find out who will use the "
     "tool every day and what they need, and give them the main say in "
     "choosing it."),
  N_("A test can never be skipped: try the tool on real work with a few "
     "of its future users before committing to it."),
};

static bool
security_cleared (const struct tool_result *t)
{
  return t->steps[TS_SECURITY] == STEP_DONE
         || t->steps[TS_SECURITY] == STEP_NA;
}

/* INTERFACE.md, rules version 2: ready only when goal, users, test and
   security are done (security may be "na"); not ready while goal, users
   or test has not started, or while the tool is in use unchecked. */
static enum tool_verdict
tool_verdict_of (const struct tool_result *t)
{
  bool ready = security_cleared (t);
  int i;

  for (i = TS_GOAL; i <= TS_TEST; i++)
    if (t->steps[i] != STEP_DONE && t->steps[i] != STEP_IN_PROGRESS)
      return TOOL_NOT_READY;
  if (t->in_use == 1 && !security_cleared (t))
    return TOOL_NOT_READY;
  for (i = TS_GOAL; i <= TS_TEST; i++)
    ready &= t->steps[i] == STEP_DONE;
  return ready ? TOOL_READY : TOOL_PILOT;
}

/* "PREFIX.NUMBER.FIELD", in BUF (of SIZE) when it fits,
   else in *SPILL, which the caller frees.  A summary builds eight for
   each tool of each file: too many for printf and malloc every time. */
static const char *
tool_id (char *buf, size_t size, char **spill, const char *prefix,
         int number, const char *field)
{
  char digits[STR_LL_SIZE];
  size_t n_digits = str_of_ll (digits, number), n_prefix = strlen (prefix);
  size_t n_field = strlen (field), need = n_prefix + n_digits + n_field + 3;
  char *out;

  *spill = NULL;
  out = need <= size ? buf : (*spill = xmalloc (need));
  memcpy (out, prefix, n_prefix);
  out[n_prefix] = '.';
  memcpy (out + n_prefix + 1, digits, n_digits);
  out[n_prefix + 1 + n_digits] = '.';
  memcpy (out + n_prefix + n_digits + 2, field, n_field + 1);
  return out;
}

/* The answer to FIELD of tool T if it is asked, else NULL. */
static const char *
tool_answer (const struct bank *bank, const struct session *session,
             const struct tool_result *t, const char *field)
{
  char buf[64], *spill;
  const char *id = tool_id (buf, sizeof buf, &spill, "tool", t->number,
                            field);
  const struct question *q;
  const char *value;
  int instance;

  q = bank_find (bank, id, &instance);
  value = session_get (session, id);
  free (spill);
  return q != NULL && value != NULL
         && score_visible (bank, session, q, instance) ? value : NULL;
}

/* The steps as they count: "na" only where it may apply. */
static void
tool_steps (const struct bank *bank, const struct session *session,
            struct tool_result *t)
{
  int s;

  t->steps_done = 0;
  for (s = 0; s < TS_COUNT; s++)
    {
      const char *value = tool_answer (bank, session, t,
                                       score_step_id (s));

      t->steps[s] = value != NULL ? bank_step_parse (value) : -1;
      t->steps_done += t->steps[s] == STEP_DONE;
    }
}

static void
tool_next (struct tool_result *t, const int *given)
{
  int s;

  t->n_next = 0;
  if (t->in_use == 1 && !security_cleared (t))
    t->next[t->n_next++] = t->steps[TS_SECURITY] == STEP_IN_PROGRESS
      ? N_("The tool is already in use before its security and integration "
           "check is finished: have that check finished now, before "
           "anything else.")
      : N_("The tool is already in use without a security and integration "
           "check: have technology leadership run that check now, before "
           "anything else.");
  for (s = 0; s < TS_COUNT; s++)
    {
      int k = t->steps[s] == STEP_IN_PROGRESS;

      if (t->steps[s] == STEP_DONE || t->steps[s] == STEP_NA
          || (s == TS_SECURITY && t->in_use == 1))
        continue;
      t->next[t->n_next++] = s < TS_SECURITY && given[s] == STEP_NA
                             ? never_skipped[s]
                             : t->in_use == 1 && todo_in_use[s][k] != NULL
                             ? todo_in_use[s][k] : todo[s][k];
    }
}

static void
tool_fill (const struct bank *bank, const struct session *session,
           struct tool_result *t)
{
  const char *in_use = tool_answer (bank, session, t, "in_use");
  int given[TS_COUNT], s;

  t->name = tool_answer (bank, session, t, "name");
  t->in_use = in_use == NULL ? -1 : strcmp (in_use, "yes") == 0;
  tool_steps (bank, session, t);
  memcpy (given, t->steps, sizeof given);
  /* Only security may not apply: elsewhere "na" (from older answers
     files) counts as not started. */
  t->na_refused = 0;
  for (s = 0; s < TS_COUNT; s++)
    if (s != TS_SECURITY && t->steps[s] == STEP_NA)
      {
        t->steps[s] = STEP_NOT_STARTED;
        t->na_refused |= 1u << s;
      }
  t->note = t->steps[TS_SECURITY] == STEP_NA
    ? N_("The security and integration check was marked not applicable. "
         "That assumes the tool touches no company or customer data and "
         "connects to no company system; if either changes, have it "
         "checked before going on.")
    : NULL;
  tool_next (t, given);
  t->verdict = tool_verdict_of (t);
}

static int
compare_tools (const void *a, const void *b)
{
  const struct tool_result *x = a, *y = b;

  return (x->number > y->number) - (x->number < y->number);
}

void
tools_score (const struct bank *bank, const struct session *session,
             struct result *r)
{
  size_t i, cap = 0, j;

  for (i = 0; i < session->n; i++)
    {
      int instance;
      const struct question *q = bank_find (bank, session->answers[i].id,
                                            &instance);
      const struct section *sec;

      if (q == NULL || instance == 0)
        continue;
      sec = &bank->sections[q->section];
      for (j = 0; j < r->n_tools && r->tools[j].number != instance; j++)
        continue;
      if (j < r->n_tools || strcmp (sec->repeat, "tool") != 0)
        continue;
      r->tools = xgrow (r->tools, &cap, r->n_tools + 1, sizeof *r->tools);
      memset (&r->tools[r->n_tools], 0, sizeof *r->tools);
      r->tools[r->n_tools++].number = instance;
    }
  if (r->n_tools > 0)
    qsort (r->tools, r->n_tools, sizeof *r->tools, compare_tools);
  for (i = 0; i < r->n_tools; i++)
    tool_fill (bank, session, &r->tools[i]);
}
