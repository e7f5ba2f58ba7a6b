/* review.c: the review of the answers (see review.h). */
#include "system.h"

#include <curses.h>

#include "core/report.h"
#include "core/util.h"
#include "tui/key.h"
#include "tui/review.h"
#include "tui/view.h"

/* The review's document: a line to the results, then every question
   asked, under its section (a tool's under the tool's name), whole, with
   its whole answer under it. */
struct review
{
  const struct bank *bank;
  const struct session *session;
  struct flow_step *steps;
  size_t n;
};

/* The heading over the questions of STEP's section, or NULL when it is
   the previous step's. */
static char *
review_heading (const struct review *r, const struct flow_step *step,
                const struct flow_step *before)
{
  const struct section *s = &r->bank->sections[step->q->section];
  const char *name;
  char *id;

  if (before != NULL && before->q->section == step->q->section
      && before->instance == step->instance)
    return NULL;
  if (step->instance == 0)
    return xstrdup (s->title != NULL ? _(s->title) : s->id);
  id = bank_instance_id (&r->bank->questions[s->first], step->instance);
  name = session_get (r->session, id);
  free (id);
  /* TRANSLATORS: a heading of the review over one AI tool's questions:
     its number and its name. */
  return xasprintf (_("AI tool %d: %s"), step->instance,
                    name != NULL ? name : _("(no name)"));
}

static void
review_build (struct view *v, void *data)
{
  const struct review *r = data;
  size_t i;

  /* TRANSLATORS: the first line of the review, which goes on to the
     results. */
  view_add (v, VIEW_STRONG, view_item (v), "> ", "  ",
            _("See the results"));
  for (i = 0; i < r->n; i++)
    {
      char *heading = review_heading (r, &r->steps[i],
                                      i > 0 ? &r->steps[i - 1] : NULL);
      char *id = flow_step_id (&r->steps[i]);
      const char *value = session_get (r->session, id);
      char *words = value != NULL
                    ? report_answer_text (r->steps[i].q, value)
                    : xstrdup (_("(not answered)"));
      int item = view_item (v);

      if (heading != NULL)
        {
          view_blank (v);
          view_add (v, VIEW_HEADING, -1, "", "", heading);
        }
      view_add (v, VIEW_TEXT, item, "  ", "  ", _(r->steps[i].q->prompt));
      view_add (v, VIEW_STRONG, item, "    = ", "      ", words);
      free (words);
      free (id);
      free (heading);
    }
}

enum review_action
review_show (const struct bank *bank, const struct session *session,
             const struct flow *flow, struct view_state *at,
             struct flow_step *chosen)
{
  struct review r;
  struct view_screen screen = { 0 };
  enum review_action action;
  int key;

  r.bank = bank;
  r.session = session;
  r.steps = flow_steps (flow, &r.n);
  /* TRANSLATORS: a title bar; keep it short. */
  screen.title = _("Review your answers");
  if (at->item < 0)
    at->item = 0;
  for (;;)
    {
      /* TRANSLATORS: key hints of the review; keep the key names, and
         under 78 columns. */
      screen.hint = COLS >= 70 ? _("Up/Down move  Enter edit the answer  "
                                   "r results  Esc back")
                    /* TRANSLATORS: the same for 40 columns. */
                    : _("Enter edit  r results  Esc back");
      key = view_show (&screen, at, review_build, &r);
      if (key != '?' && key != KEY_F (1))
        break;
      view_help (_("Review your answers"),
                 _("Every question asked so far, with its answer. Up and "
                   "Down move between them, Enter changes the answer, r "
                   "shows the results, Esc goes back to the questions."));
    }
  if (key_stopped () != 0)
    action = REVIEW_STOP;
  else if ((view_is_enter (key) || key == ' ')
           && at->item > 0 && (size_t) at->item <= r.n)
    {
      *chosen = r.steps[at->item - 1];
      action = REVIEW_EDIT;
    }
  else if (view_is_enter (key) || key == ' '
           || key == 'r' || key == 'R')
    action = REVIEW_RESULTS;
  else
    action = REVIEW_BACK;    /* Esc, q: back to the questions */
  free (r.steps);
  return action;
}
