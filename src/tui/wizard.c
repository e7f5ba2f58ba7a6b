/* wizard.c: the flow of screens. */
#include "system.h"

#include <strings.h>

#include <cdk.h>

#include "core/diag.h"
#include "core/exitcode.h"
#include "core/flow.h"
#include "core/lang.h"
#include "core/module.h"
#include "core/score.h"
#include "core/state.h"
#include "core/util.h"
#include <signal.h>
#include <unistd.h>

#include "core/workshop.h"
#include "tui/ask.h"
#include "tui/comparing.h"
#include "tui/key.h"
#include "tui/results.h"
#include "tui/review.h"
#include "tui/screen.h"
#include "tui/signin.h"
#include "tui/view.h"
#include "tui/wizard.h"

struct wizard
{
  const struct bank *bank;
  struct session *session;
  struct flow flow;
  const char *save_path;
  const char *error;        /* why the last answer was refused */
  char *draft;              /* text typed before a redraw */
  bool dirty;               /* answers changed since the last save */
  bool save_failed;
  char *save_error;         /* why the last save failed */
  char *other_path;         /* the file chosen after saving failed */
  bool stopped;             /* by a signal or a lost terminal */
  bool reviewing;           /* editing one answer from the review */
  struct view_state review_at;   /* where the review was */
  bool kiosk;               /* workshop mode */
  bool finished;            /* the end of the questions reached */
  enum { MODE_QUESTIONS, MODE_REVIEW, MODE_RESULTS } mode;
};

static void
wizard_save (struct wizard *w)
{
  struct diag d;

  /* Nothing new to keep: no write, no fsync (a quit right after an
     answer, or before any, or after only looking at the results). */
  if (state_unchanged (w->session, w->dirty, w->finished))
    return;
  diag_init (&d);
  if (state_save (w->session, w->bank, w->save_path,
                  state_status (w->finished), &d) != EXIT_OK)
    {
      /* The answers stay in memory; the next answer tries again. */
      free (w->save_error);
      w->save_error = xstrdup (d.count > 0 ? d.messages[0] : "");
      /* A participant is not shown the server's file names. */
      if (!w->save_failed)
        screen_message (_("Your answers could not be saved"), w->kiosk
                        ? _("Please tell the facilitator; saving is tried "
                            "again after each answer.")
                        : w->save_error);
      w->save_failed = true;
    }
  else
    w->save_failed = w->dirty = false;
  diag_free (&d);
}

static void
wizard_info (struct wizard *w, const struct flow_step *step,
             struct ask_info *info)
{
  const struct section *s = &w->bank->sections[step->q->section];
  struct flow_progress p;

  flow_progress (&w->flow, &p);
  memset (info, 0, sizeof *info);
  info->section = s->title != NULL ? _(s->title) : s->id;
  info->section_no = p.section;
  info->sections = p.sections;
  info->number = p.number;
  info->count = p.count;
  info->about = NULL;
  if (step->instance > 0 && step->q != &w->bank->questions[s->first])
    {
      char *id = bank_instance_id (&w->bank->questions[s->first],
                                   step->instance);

      info->about = session_get (w->session, id);
      free (id);
    }
  info->prompt = _(step->q->prompt);
  info->help = step->q->help != NULL ? _(step->q->help) : NULL;
  info->low = step->q->low;
  info->high = step->q->high;
  info->error = w->error != NULL ? _(w->error) : NULL;
}

/* Choose what to take: the core assessment and the optional modules
   (the hiring brief once the advice hires someone), as a list with a
   box each.  The flow follows the choice; answers already given stay
   whatever is chosen. */
static void
wizard_modules (struct wizard *w)
{
  const struct bank *bank = w->bank;
  struct question q;
  struct bank_option *opts = xcalloc (bank->n_sections + 1, sizeof *opts);
  char **labels = xcalloc (bank->n_sections + 1, sizeof *labels);
  struct ask_info info;
  struct buf now;
  char *value = NULL;
  enum ask_action action;
  size_t i, n = 0;

  memset (&q, 0, sizeof q);
  q.id = (char *) "modules";
  q.type = QT_MULTI;
  buf_init (&now);
  opts[n].id = (char *) MODULE_CORE;
  opts[n].label = labels[n] = xstrdup (_("The core: who should lead "
                                         "technology and AI, and are your "
                                         "AI tools ready (about 20 "
                                         "questions)"));
  if (module_core_chosen (w->session))
    buf_add (&now, MODULE_CORE);
  n++;
  for (i = 0; i < bank->n_sections; i++)
    {
      const struct section *sec = &bank->sections[i];

      if (!sec->module || !module_offered (bank, w->session, i))
        continue;
      opts[n].id = sec->id;
      opts[n].label = labels[n]
        = sec->about != NULL ? xasprintf ("%s: %s", _(sec->title),
                                          _(sec->about))
                             : xstrdup (_(sec->title));
      if (module_chosen (bank, w->session, i))
        buf_addf (&now, "%s%s", now.len > 0 ? "," : "", sec->id);
      n++;
    }
  q.options = opts;
  q.n_options = n;
  for (;;)
    {
      memset (&info, 0, sizeof info);
      /* TRANSLATORS: the title of the screen that chooses the modules;
         keep it short. */
      info.section = _("What to take");
      info.prompt = _("What would you like to go through? Choose any.");
      /* TRANSLATORS: key hints on the screen choosing the modules; keep
         the key names, and under 78 columns. */
      info.keys = _("Space mark  Enter confirm  Esc back  ? help");
      info.help = _("The core gives the advice: who should lead technology "
                    "and AI, and whether your AI tools are ready. Each "
                    "module goes deeper. You can change this later from the "
                    "menu (m); answers already given are kept either way. "
                    "The hiring brief is offered once the advice is to hire "
                    "or appoint someone.");
      action = ask_question (&info, &q, now.len > 0 ? now.data : NULL, NULL,
                             &value);
      if (action != ASK_REDRAW || !screen_wait_big_enough ())
        break;
      free (value);
      value = NULL;
    }
  if (action == ASK_ANSWER && value != NULL)
    {
      unsigned long mask = 0;

      for (i = 0; i < bank->n_sections; i++)
        if (bank->sections[i].module
            && (bank_multi_has (value, bank->sections[i].id)
                || (module_chosen (bank, w->session, i)
                    && !module_offered (bank, w->session, i))))
          mask |= 1UL << i;
      /* Nothing ticked: the core, as before any choice. */
      module_choose (w->session, bank, *value == '\0' || mask == 0
                     || bank_multi_has (value, MODULE_CORE), mask);
      w->dirty = true;
    }
  else if (action == ASK_STOP)
    w->stopped = true;
  free (value);
  buf_free (&now);
  for (i = 0; i < n; i++)
    free (labels[i]);
  free (labels);
  free (opts);
}

/* After the choice of modules changed: stay at the question shown if
   it is still asked, else go to the first open one. */
static void
wizard_refollow (struct wizard *w)
{
  struct flow_step here, *steps;
  bool at = flow_current (&w->flow, &here), kept = false;
  size_t n, i;

  flow_init (&w->flow, w->bank, w->session);
  steps = flow_steps (&w->flow, &n);
  for (i = 0; at && i < n && !kept; i++)
    if (steps[i].q == here.q && steps[i].instance == here.instance)
      {
        flow_go (&w->flow, &steps[i]);
        kept = true;
      }
  free (steps);
  if (!kept)
    flow_first_open (&w->flow);
}

/* Go past the rest of module S: to the next section asked, or to the
   end (its answers so far are kept). */
static void
wizard_skip_module (struct wizard *w, size_t s)
{
  size_t next;

  w->reviewing = false;
  for (next = s + 1; next < w->bank->n_sections; next++)
    if (flow_jump (&w->flow, next))
      return;
  /* Nothing after it: past the last question. */
  while (flow_current (&w->flow, &(struct flow_step) { 0 }))
    flow_next (&w->flow);
}

/* The menu (F2, m): jump to a section asked, choose the modules, review
   the answers, results. */
static void
wizard_menu (struct wizard *w)
{
  size_t n = w->bank->n_sections, i, shown = 0;
  const char **items = xcalloc (n + 5, sizeof *items);
  char **owned = xcalloc (n, sizeof *owned);
  size_t *section = xcalloc (n, sizeof *section);
  unsigned long mask = module_mask (w->bank, w->session);
  struct flow_step here;
  bool in_module;
  int choice;

  for (i = 0; i < n; i++)
    {
      const struct section *s = &w->bank->sections[i];

      if (!module_asked (i, mask))
        continue;
      /* TRANSLATORS: a menu item: a section's number and title. */
      owned[shown] = xasprintf (_("Section %zu: %s"), shown + 1,
                                s->title != NULL ? _(s->title) : s->id);
      items[shown] = owned[shown];
      section[shown++] = i;
    }
  /* TRANSLATORS: a menu item: choose the core and the optional
     modules. */
  items[shown] = _("Choose modules");
  items[shown + 1] = _("Review all answers");
  items[shown + 2] = _("See the results");
  items[shown + 3] = LANG_CHOICE;
  in_module = flow_current (&w->flow, &here)
              && w->bank->sections[here.q->section].module;
  /* TRANSLATORS: a menu item, shown in a module: go past its other
     questions. */
  items[shown + 4] = in_module ? _("Skip the rest of this module") : NULL;
  /* TRANSLATORS: the title of the menu; keep it short. */
  choice = screen_pick (_("Go to"), _("Enter go  Esc back to the question"),
                        items, (int) shown + 4 + in_module, 0);
  if (choice >= 0 && (size_t) choice < shown)
    {
      w->reviewing = false;
      if (!flow_jump (&w->flow, section[choice]))
        /* TRANSLATORS: the title of the menu; keep it short. */
        screen_message (_("Go to"), _("None of that section's questions "
                                      "apply to your answers so far."));
    }
  else if ((size_t) choice == shown)
    {
      wizard_modules (w);
      wizard_save (w);
      wizard_refollow (w);
    }
  else if ((size_t) choice == shown + 1)
    w->mode = MODE_REVIEW;
  else if ((size_t) choice == shown + 2)
    w->mode = MODE_RESULTS;
  else if ((size_t) choice == shown + 3)
    screen_language ();
  else if ((size_t) choice == shown + 4)
    wizard_skip_module (w, here.q->section);
  for (i = 0; i < shown; i++)
    free (owned[i]);
  free (owned);
  free (section);
  free (items);
}

/* The review; where the reader was is kept for the return after an
   edit. */
static void
wizard_review (struct wizard *w)
{
  struct flow_step step;

  switch (review_show (w->bank, w->session, &w->flow, &w->review_at, &step))
    {
    case REVIEW_EDIT:
      flow_go (&w->flow, &step);
      w->reviewing = true;
      w->mode = MODE_QUESTIONS;
      break;
    case REVIEW_RESULTS:
      w->mode = MODE_RESULTS;
      break;
    case REVIEW_STOP:
      w->stopped = true;
      w->mode = MODE_QUESTIONS;
      break;
    case REVIEW_BACK:
      if (!flow_current (&w->flow, &(struct flow_step) { 0 }))
        flow_back (&w->flow);
      w->mode = MODE_QUESTIONS;
      break;
    }
}

/* Ask the current question once; false when the person quits. */
static bool
wizard_step (struct wizard *w, const struct flow_step *step)
{
  struct ask_info info;
  char *id = flow_step_id (step), *value = NULL;
  enum ask_action action;
  const char *why;

  wizard_info (w, step, &info);
  action = ask_question (&info, step->q, session_get (w->session, id),
                         w->draft, &value);
  free (id);
  free (w->draft);
  w->draft = NULL;
  w->error = NULL;
  switch (action)
    {
    case ASK_ANSWER:
      if (*value == '\0')
        {
          flow_next (&w->flow);   /* an empty field: nothing to save */
          break;
        }
      why = flow_answer (&w->flow, value);
      if (why != NULL)
        {
          w->error = why;
          w->draft = value;
          return true;
        }
      w->dirty = true;
      wizard_save (w);
      flow_next (&w->flow);
      break;
    case ASK_BACK:
      flow_back (&w->flow);
      break;
    case ASK_SKIP:
      flow_next (&w->flow);
      break;
    case ASK_MENU:
      wizard_menu (w);
      free (value);
      return true;
    case ASK_QUIT:
      /* Never "saved" when the last save failed. */
      if (screen_confirm (!w->save_failed
                          ? _("Quit now? Your answers are saved, and you can "
                              "go on next time.")
                          : w->kiosk
                          ? _("Quit now? Your last answers could not be "
                              "saved; please tell the facilitator.")
                          : _("Quit now? Your last answers could not be "
                              "saved; leadwise asks where to keep them "
                              "first.")))
        {
          free (value);
          return false;
        }
      break;
    case ASK_STOP:
      w->stopped = true;
      free (value);
      return false;
    case ASK_REDRAW:
      w->draft = value;
      value = NULL;
      if (!screen_wait_big_enough ())
        return false;
      break;
    }
  free (value);
  /* An answer edited from the review goes back to the review. */
  if (w->reviewing && action != ASK_REDRAW)
    {
      w->reviewing = false;
      w->mode = MODE_REVIEW;
    }
  return true;
}

/* Saving failed: ask for another file until it works or the person
   gives up; in a workshop, where no file name is taken from anyone, only
   whether to try again.  What stays unsaved is printed by the caller. */
static void
wizard_rescue (struct wizard *w)
{
  struct question q;
  struct ask_info info;
  enum ask_action action;
  char *value = NULL, *draft = NULL;

  memset (&q, 0, sizeof q);
  q.id = (char *) "file";
  q.type = QT_TEXT;
  while (w->save_failed && key_stopped () == 0)
    {
      if (w->kiosk)
        {
          if (!screen_confirm (_("Your answers could not be saved; please "
                                 "tell the facilitator. Try again?")))
            break;
          wizard_save (w);
          continue;
        }
      memset (&info, 0, sizeof info);
      info.section = _("Saving");
      info.prompt = _("Your answers could not be saved. In which file should "
                      "they be saved instead?");
      info.help = _("Type the full name of a file in a directory you can "
                    "write to, and press Enter. Esc leaves without saving; "
                    "the answers are then printed when the screen closes.");
      info.error = w->save_error;
      /* TRANSLATORS: key hints on the screen asking for another file. */
      info.keys = _("Enter save  Esc leave without saving  F1 help");
      action = ask_question (&info, &q, NULL, draft, &value);
      free (draft);
      draft = NULL;
      if (action == ASK_REDRAW || action == ASK_MENU)
        {
          draft = value;
          value = NULL;
          continue;
        }
      if (action != ASK_ANSWER || *value == '\0')
        break;
      free (w->other_path);
      w->other_path = value;
      w->save_path = value;
      value = NULL;
      wizard_save (w);
    }
  free (value);
  free (draft);
  if (!w->save_failed && w->other_path != NULL)
    {
      /* TRANSLATORS: %s is a file name. */
      char *done = xasprintf (_("Your answers are saved in %s."),
                              w->other_path);

      screen_message (_("Saved"), done);
      free (done);
    }
}

/* The welcome screen of a first visit: what this is, how long it takes,
   how to move; start, choose the modules or the language.  Returns 0 to
   start, -1 to quit. */
static int
wizard_welcome (struct wizard *w)
{
  struct buf text;
  const char *buttons[4];
  int choice;

  for (;;)
    {
      buf_init (&text);
      buf_addf (&text, "%s\n%s\n%s\n%s",
                _("Who should lead technology and AI in your company, and "
                  "are your AI tools ready to adopt?"),
                _("About 20 questions; ten minutes or so. Your answers are "
                  "saved as you go."),
                _("Optional modules go deeper: CTO readiness, AI governance, "
                  "a hiring brief and the first 90 days."),
                _("Arrows and Enter choose, Esc goes back, ? explains, q "
                  "quits."));
      /* TRANSLATORS: a button on the welcome screen; keep it short. */
      buttons[0] = _("Start");
      /* TRANSLATORS: a button on the welcome screen: choose the optional
         modules; keep it short. */
      buttons[1] = _("Modules");
      buttons[2] = LANG_CHOICE;
      /* TRANSLATORS: a button; keep it short. */
      buttons[3] = _("Quit");
      choice = screen_choose ("leadwise", text.data, buttons, 4);
      buf_free (&text);
      if (key_stopped () != 0 || (choice != 1 && choice != 2))
        break;
      if (choice == 1)
        wizard_modules (w);
      else
        screen_language ();
    }
  return choice == 0 && key_stopped () == 0 ? 0 : -1;
}

/* For a person coming back to OLD: a list (it fits any screen) of what
   they can do with it: see the results, go on or change the answers,
   start again; the language; quit. */
static enum state_return
wizard_welcome_back (const struct session *old)
{
  const char *status = session_get (old, "meta.status");
  const char *updated = session_get (old, "meta.updated");
  bool finished = status != NULL && strcmp (status, "finished") == 0;
  enum state_return order[3];
  const char *labels[3], *items[5];
  char when[32], *title;
  size_t n, i;
  int choice;

  n = state_return_offer (finished, order, labels);
  for (i = 0; i < n; i++)
    items[i] = _(labels[i]);
  items[n] = LANG_CHOICE;
  /* TRANSLATORS: a menu item; keep it short. */
  items[n + 1] = _("Quit");
  state_when (updated, when, sizeof when);
  for (;;)
    {
      /* TRANSLATORS: a title bar; %s is when the answers were last
         saved ("2026-12-01 21:40 UTC", 20 columns).  Keep it all under 38
         columns. */
      title = xasprintf (_("Your answers of %s"), when);
      /* TRANSLATORS: key hints at the foot of a list; keep the key names,
         and under 78 columns. */
      choice = screen_pick (title, _("Enter choose  Esc quit"), items,
                            (int) n + 2, 0);
      free (title);
      if (choice != (int) n || key_stopped () != 0)
        break;
      screen_language ();
      for (i = 0; i < n; i++)
        items[i] = _(labels[i]);
      items[n + 1] = _("Quit");
    }
  return choice >= 0 && (size_t) choice < n && key_stopped () == 0
         ? order[choice] : RETURN_QUIT;
}

/* Take up OLD, saved at W's file, as the person chose: CHOICE is
   RETURN_RESULTS, RETURN_CHANGE or RETURN_AGAIN.  Where the old answers
   cannot be moved aside, the person goes on with them. */
static void
wizard_take_up (struct wizard *w, struct session *old,
                enum state_return choice)
{
  const char *status;
  char *aside = NULL;

  if (choice == RETURN_AGAIN && old != NULL
      && (aside = state_set_aside (w->save_path)) == NULL)
    {
      screen_message (_("Start again"), _("The earlier answers could not "
                                          "be moved aside, so you go on "
                                          "with them."));
      choice = RETURN_CHANGE;
    }
  free (aside);
  if (choice == RETURN_AGAIN || old == NULL)
    {
      /* Answers from --answers, or a new participant's name: to keep. */
      w->dirty = w->dirty || w->kiosk || session_answered (w->session);
      flow_init (&w->flow, w->bank, w->session);
      flow_first_open (&w->flow);
      return;
    }
  session_free (w->session);
  *w->session = *old;      /* as saved: nothing new to keep yet */
  session_init (old);
  status = session_get (w->session, "meta.status");
  w->finished = status != NULL && strcmp (status, "finished") == 0;
  flow_init (&w->flow, w->bank, w->session);
  if (choice == RETURN_RESULTS)
    w->mode = MODE_RESULTS;
  else if (w->finished)
    w->mode = MODE_REVIEW;     /* changing answers: all of them in a list */
  else
    flow_first_open (&w->flow);
}

/* The wizard between screen_begin and screen_end: the welcome (with
   OLD to take up, if any), the questions, the review and the results. */
static int
wizard_body (const struct bank *bank, struct session *session,
             const char *save_path, struct session *old, bool kiosk,
             bool compare)
{
  struct wizard w;
  struct flow_step step;
  enum state_return choice = RETURN_QUIT;
  bool going = true;

  memset (&w, 0, sizeof w);
  w.bank = bank;
  w.session = session;
  w.save_path = save_path;
  w.kiosk = kiosk;
  if (screen_big_enough () || screen_wait_big_enough ())
    choice = old != NULL ? wizard_welcome_back (old)
             : wizard_welcome (&w) == 0 ? RETURN_AGAIN : RETURN_QUIT;
  if (choice == RETURN_QUIT)
    return key_stopped () != 0 ? EXIT_INTERRUPTED : EXIT_OK;
  wizard_take_up (&w, old, choice);
  while (going && !w.stopped)
    {
      if (!screen_big_enough () && !screen_wait_big_enough ())
        break;
      if (w.mode == MODE_REVIEW)
        wizard_review (&w);
      else if (w.mode == MODE_RESULTS)
        {
          enum results_action a;

          wizard_save (&w);
          a = results_show (bank, session, save_path, w.kiosk, compare);
          if (a == RESULTS_EDIT && key_stopped () == 0)
            w.mode = MODE_REVIEW;
          else if (a == RESULTS_HANDOVER && key_stopped () == 0)
            comparing_hand_over (bank, session, save_path);
          else
            {
              w.stopped = key_stopped () != 0;
              break;
            }
        }
      else if (flow_can_add_item (&w.flow))
        {
          if (screen_confirm (_("Is there another AI tool to check?")))
            flow_add_item (&w.flow);
          else
            flow_no_more_items (&w.flow);
        }
      else if (flow_current (&w.flow, &step))
        going = wizard_step (&w, &step);
      else
        {
          /* Through to the end: finished, whatever is looked at next. */
          w.finished = true;
          w.mode = MODE_REVIEW;
        }
    }
  if (!going || w.stopped)
    wizard_save (&w);
  if (w.save_failed && !w.stopped)
    wizard_rescue (&w);
  free (w.draft);
  free (w.save_error);
  free (w.other_path);
  if (w.save_failed)
    return EXIT_CANTCREAT;      /* the caller prints the answers */
  if (w.stopped && key_stopped () == SIGALRM)
    return EXIT_OK;     /* idle too long: saved, and that is all */
  if (w.stopped && key_stopped () != 0)
    return EXIT_INTERRUPTED;
  return EXIT_OK;
}

int
wizard_answer (const struct bank *bank, struct session *session,
               const char *save_path, struct session *old)
{
  return wizard_body (bank, session, save_path, old, false, false);
}

int
wizard_run (const struct bank *bank, struct session *session,
            const char *save_path, const struct screen_options *opts,
            struct session *old)
{
  int rc;

  if (!screen_begin (opts))
    return EXIT_IOERR;
  rc = wizard_body (bank, session, save_path, old, false, true);
  screen_end ();
  if (rc == EXIT_CANTCREAT)
    state_print_unsaved (session, bank, stdout, stderr, false);
  return rc;
}

int
wizard_run_workshop (const struct bank *bank, const char *dir,
                     enum owner_way way, bool teams,
                     const struct screen_options *opts)
{
  struct session session, old;
  struct diag d;
  char *name, *path = NULL, *aside;
  int lock = -1, rc = EXIT_OK;
  bool found;

  if (!screen_begin (opts))
    return EXIT_IOERR;
  name = signin_name (dir, way, &path, &lock);
  if (name == NULL)
    {
      screen_end ();
      return key_stopped () != 0 ? EXIT_INTERRUPTED : EXIT_OK;
    }
  session_init (&session);
  session_init (&old);
  diag_init (&d);       /* server paths: never shown to the participant */
  found = state_find (bank, path, &old, &aside, &d) != STATE_NONE;
  free (aside);
  session_set (&session, "meta.participant", name);
  if (!found)
    {
      char *team = teams ? signin_team () : NULL;

      if (team != NULL)
        session_set (&session, "meta.team", team);
      free (team);
      /* On record from the start: counted even if they leave now. */
      state_save (&session, bank, path, "in_progress", &d);
    }
  if (found)
    {
      session_set (&old, "meta.participant", name);
      /* Starting again keeps the team. */
      if (session_get (&old, "meta.team") != NULL)
        session_set (&session, "meta.team", session_get (&old, "meta.team"));
    }
  rc = wizard_body (bank, &session, path, found ? &old : NULL, true, false);
  if (workshop_save_report (bank, &session, path, &d) != EXIT_OK)
    screen_message ("leadwise", _(workshop_report_failed ()));
  screen_end ();
  diag_free (&d);
  if (rc == EXIT_CANTCREAT)
    state_print_unsaved (&session, bank, stdout, stderr, true);
  session_free (&old);
  session_free (&session);
  close (lock);
  free (path);
  free (name);
  return rc;
}
