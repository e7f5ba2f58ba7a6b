/* plain.c: the line-by-line wizard. */
#include "system.h"

#include <ctype.h>
#include <signal.h>
#include <strings.h>
#include <termios.h>
#include <unistd.h>

#include "core/diag.h"
#include "core/exitcode.h"
#include "core/flow.h"
#include "core/module.h"
#include "core/lang.h"
#include "core/paths.h"
#include "core/owner.h"
#include "core/report.h"
#include "core/score.h"
#include "core/state.h"
#include "core/util.h"
#include "core/words.h"
#include "core/workshop.h"
#include "plain.h"

struct plain
{
  const struct bank *bank;
  struct session *session;
  struct flow flow;
  const char *save_path;
  FILE *in, *out;
  bool kiosk;          /* workshop mode: no file names from the person */
  bool dirty;          /* answers changed since the last save */
  bool finished;       /* the end of the questions reached */
  bool save_failed;    /* told the user once already */
  char *other_path;    /* the file chosen after saving failed */
  bool modules_offered;  /* the optional modules, once a run */
};

static unsigned plain_idle;
static volatile sig_atomic_t plain_timed_out, plain_reading, plain_stop;

/* SIGINT, SIGTERM or SIGHUP: the read that waits returns, and the
   session ends as at the end of the input, saved, with status 130. */
static void
plain_on_stop (int sig)
{
  plain_stop = sig;
}

/* The idle time is counted from the last prompt or answer, reading or
   writing: a read that waits ends with the answers saved; a write that
   cannot end (a client that reads nothing more) ends the process, since
   every answer is saved when given. */
static void
plain_on_alarm (int sig)
{
  (void) sig;
  if (!plain_reading)
    _exit (EXIT_OK);
  plain_timed_out = 1;
}

/* Read a line as plain_getline does, the idle time running. */
static bool plain_getline (FILE *in, char **line, size_t *cap,
                           bool *too_long);

static bool
plain_read (FILE *in, char **line, size_t *cap, bool *too_long)
{
  bool ok;

  if (plain_stop)
    return false;
  if (plain_idle > 0)
    alarm (plain_idle);
  plain_reading = 1;
  ok = plain_getline (in, line, cap, too_long);
  plain_reading = 0;
  if (plain_idle > 0)
    alarm (plain_idle);
  return ok;
}

void
plain_set_idle (unsigned seconds)
{
  struct sigaction sa;

  plain_idle = seconds;
  memset (&sa, 0, sizeof sa);
  sa.sa_handler = plain_on_alarm;
  sigemptyset (&sa.sa_mask);
  sa.sa_flags = 0;   /* no SA_RESTART: reading an answer must return */
  sigaction (SIGALRM, &sa, NULL);
  sa.sa_handler = plain_on_stop;
  sigaction (SIGINT, &sa, NULL);
  sigaction (SIGTERM, &sa, NULL);
  sigaction (SIGHUP, &sa, NULL);
}

bool
plain_stopped (void)
{
  return plain_stop != 0;
}

/* ----------------------------------------------------------- saving */

static void
plain_save (struct plain *p)
{
  struct diag d;

  /* Nothing new to keep: no write, no fsync. */
  if (state_unchanged (p->session, p->dirty, p->finished))
    return;
  diag_init (&d);
  if (state_save (p->session, p->bank, p->save_path,
                  state_status (p->finished), &d) != EXIT_OK)
    {
      /* The answers stay in memory; the next answer tries again.  A
         participant is not shown the server's file names. */
      if (!p->kiosk)
        diag_print (&d);
      if (!p->save_failed)
        fprintf (p->out, "%s\n", _("Your answers could not be saved; they "
                                   "are kept while leadwise runs, and "
                                   "saving is tried again after each "
                                   "answer."));
      p->save_failed = true;
    }
  else
    p->save_failed = p->dirty = false;
  diag_free (&d);
}

/* ---------------------------------------------------------- showing */

static void
plain_header (struct plain *p, const struct flow_step *step)
{
  struct flow_progress pr;
  const struct section *s = &p->bank->sections[step->q->section];

  flow_progress (&p->flow, &pr);
  fputc ('\n', p->out);
  /* TRANSLATORS: a section's title, then where the question stands:
     "[Your company] Section 1 of 4, question 2 of 16". */
  fprintf (p->out, _("[%s] Section %zu of %zu, question %zu of %zu\n"),
           s->title != NULL ? _(s->title) : s->id, pr.section, pr.sections,
           pr.number, pr.count);
  if (step->instance > 0 && step->q != &p->bank->questions[s->first])
    {
      char *id = xasprintf ("%s.%d.name", s->repeat, step->instance);
      const char *name = session_get (p->session, id);

      if (name != NULL)
        /* TRANSLATORS: %s is the name of the AI tool being checked. */
        fprintf (p->out, _("About: %s\n"), name);
      free (id);
    }
}

/* The options of STEP, numbered from 1: option labels or step states. */
static void
plain_options (struct plain *p, const struct flow_step *step)
{
  size_t i;

  if (step->q->type == QT_STEP)
    for (i = 0; i < (size_t) bank_step_count (step->q); i++)
      fprintf (p->out, "  %zu) %s\n", i + 1, _(words_step_state ((int) i)));
  else
    for (i = 0; i < step->q->n_options; i++)
      fprintf (p->out, "  %zu) %s\n", i + 1, _(step->q->options[i].label));
}

static const char *
plain_hint (const struct question *q)
{
  switch (q->type)
    {
    case QT_CHOICE:
    case QT_STEP:
      return _("Type the number of your answer.");
    case QT_MULTI:
      return _("Type the numbers of all that apply, separated by commas.");
    case QT_SCALE:
      return _("Type a number from 1 to 5.");
    case QT_MONEY:
      /* TRANSLATORS: write the numbers the way your language does
         ("5,5M"): typed answers are read with the locale's decimal mark
         and thousands separator. */
      return _("Type an amount in US dollars; 250k, 5M and 5.5M work too.");
    case QT_INTEGER:
      /* TRANSLATORS: write 1.2k the way your language does ("1,2k"). */
      return _("Type a number; 1.2k works too.");
    case QT_TEXT:
    default:
      return _("Type your answer.");
    }
}

static void
plain_show (struct plain *p, const struct flow_step *step)
{
  char *id = flow_step_id (step);
  const char *now = session_get (p->session, id);
  char *words;

  plain_header (p, step);
  fprintf (p->out, "%s\n", _(step->q->prompt));
  if (step->q->type == QT_SCALE && step->q->mid != NULL)
    fprintf (p->out, "  1 = %s\n  3 = %s\n  5 = %s\n",
             step->q->low != NULL ? _(step->q->low) : "",
             _(step->q->mid), step->q->high != NULL ? _(step->q->high) : "");
  else if (step->q->type == QT_SCALE && step->q->low != NULL
           && step->q->high != NULL)
    /* TRANSLATORS: the meaning of the two ends of a 1 to 5 scale. */
    fprintf (p->out, _("  1 = %s, 5 = %s\n"), _(step->q->low),
             _(step->q->high));
  plain_options (p, step);
  fprintf (p->out, "%s\n", plain_hint (step->q));
  if (now != NULL)
    {
      words = report_answer_text (step->q, now);
      /* TRANSLATORS: the answer given before; Enter keeps it. */
      fprintf (p->out, _("Now: %s (press Enter to keep it)\n"), words);
      free (words);
    }
  free (id);
}

/* -------------------------------------------------------- answering */

/* The option id for INPUT: a number from 1, or an id itself. */
static const char *
plain_option_id (const struct question *q, const char *input)
{
  char *end;
  long n = strtol (input, &end, 10);

  if (q->type == QT_STEP)
    {
      if (*input != '\0' && *end == '\0' && n >= 1
          && n <= bank_step_count (q))
        return bank_step_id ((enum step_state) (n - 1));
      return input;
    }
  if (*input != '\0' && *end == '\0' && n >= 1 && (size_t) n <= q->n_options)
    return q->options[n - 1].id;
  return input;
}

/* The answers file value for what was typed: numbers become ids. */
static char *
plain_value (const struct question *q, const char *input)
{
  struct buf b;
  char *copy, *part, *save = NULL;

  if (q->type == QT_CHOICE || q->type == QT_STEP)
    return xstrdup (plain_option_id (q, input));
  if (q->type != QT_MULTI)
    return xstrdup (input);
  buf_init (&b);
  copy = xstrdup (input);
  for (part = strtok_r (copy, ", ", &save); part != NULL;
       part = strtok_r (NULL, ", ", &save))
    {
      if (b.len > 0)
        buf_addc (&b, ',');
      buf_add (&b, plain_option_id (q, part));
    }
  free (copy);
  return buf_take (&b);
}

/* Whether INPUT is the command WORD, in English or translated. */
static bool
plain_is (const char *input, const char *word, const char *translated)
{
  return strcasecmp (input, word) == 0 || strcasecmp (input, translated) == 0;
}

/* The longest line read: an answer takes a few hundred bytes at most,
   and memory must not grow with what a stranger types. */
#define PLAIN_MAX_LINE 4096

/* Read a line of IN into *LINE (of *CAP bytes); a longer one is read to
   its end and dropped, and *TOO_LONG set.  False at the end of the
   input. */
static bool
plain_getline (FILE *in, char **line, size_t *cap, bool *too_long)
{
  size_t len = 0;
  int c;

  *too_long = false;
  if (*cap < PLAIN_MAX_LINE + 1)
    {
      *line = xrealloc (*line, PLAIN_MAX_LINE + 1);
      *cap = PLAIN_MAX_LINE + 1;
    }
  while ((c = getc (in)) != EOF && c != '\n')
    if (len < PLAIN_MAX_LINE)
      (*line)[len++] = (char) c;
    else
      *too_long = true;
  (*line)[len] = '\0';
  return c != EOF || len > 0 || *too_long;
}

/* Prompt, and read a line into *LINE without its end and outer spaces;
   false at the end of the input (or when idle too long). */
static bool
plain_line (FILE *in, FILE *out, char **line, size_t *cap)
{
  bool too_long;

  fputs ("> ", out);
  fflush (out);
  for (;;)
    {
      if (!plain_read (in, line, cap, &too_long))
        return false;
      if (!too_long)
        break;
      /* TRANSLATORS: %d is a number of bytes. */
      fprintf (out, _("That line is longer than %d bytes and was left "
                      "out; type it again, shorter.\n"), PLAIN_MAX_LINE);
      fputs ("> ", out);
      fflush (out);
    }
  (*line)[strcspn (*line, "\r\n")] = '\0';
  str_trim (*line);
  /* From a pipe nothing is echoed: show what was read, so the transcript
     reads as a dialogue. */
  if (!isatty (fileno (in)))
    fprintf (out, "%s\n", *line);
  return true;
}

/* The words that lead to the choice of language, in every language
   leadwise speaks: whoever cannot read the current one can still find
   theirs. */
static bool
plain_is_language (const char *input)
{
  static const char *const words[] = { "lang", "language", "sprache",
                                       "idioma" };
  size_t i;

  for (i = 0; i < sizeof words / sizeof words[0]; i++)
    if (strcasecmp (input, words[i]) == 0)
      return true;
  return false;
}

/* List the languages; switch to the one typed (a number or a code). */
static void
plain_language (FILE *in, FILE *out)
{
  size_t n, i;
  const struct lang *langs = lang_list (&n), *l = NULL;
  char *line = NULL, *end;
  size_t cap = 0;
  long k;

  fprintf (out, "%s:\n", LANG_CHOICE);
  for (i = 0; i < n; i++)
    fprintf (out, "  %zu) %s (%s)\n", i + 1, langs[i].name, langs[i].code);
  if (plain_line (in, out, &line, &cap))
    {
      k = strtol (line, &end, 10);
      if (*line != '\0' && *end == '\0')
        l = k >= 1 && (size_t) k <= n ? &langs[k - 1] : NULL;
      else
        l = lang_find (line);
    }
  if (l != NULL)
    {
      char *problem = paths_catalog_problem (l->code);

      if (problem != NULL)
        fprintf (out, "%s\n", problem);
      free (problem);
      lang_set (l);
    }
  free (line);
}

enum plain_outcome { PLAIN_AGAIN, PLAIN_MOVED, PLAIN_QUIT };

static enum plain_outcome
plain_handle (struct plain *p, const struct flow_step *step, const char *in)
{
  const char *why;
  char *value;

  /* TRANSLATORS: a word typed at a prompt to get help; one word, lower
     case. */
  if (plain_is (in, "help", _("help")) || strcmp (in, "?") == 0)
    {
      fprintf (p->out, "%s\n", step->q->help != NULL
               ? _(step->q->help) : _("There is no more help for this "
                                      "question."));
      /* TRANSLATORS: list the words exactly as you translated them (back,
         skip, help, quit); 'language' stays as it is, since the English
         word is always understood. */
      fprintf (p->out, "%s\n", _("Words you can type: back, skip, help, "
                                 "quit, language."));
      return PLAIN_AGAIN;
    }
  /* TRANSLATORS: a word typed at a prompt to stop; one word, lower case. */
  if (plain_is (in, "quit", _("quit")))
    return PLAIN_QUIT;
  if (plain_is_language (in))
    {
      plain_language (p->in, p->out);
      return PLAIN_MOVED;
    }
  /* TRANSLATORS: a word typed at a prompt to go back; one word, lower
     case. */
  if (plain_is (in, "back", _("back")))
    {
      if (!flow_back (&p->flow))
        fprintf (p->out, "%s\n", _("This is the first question."));
      return PLAIN_MOVED;
    }
  /* TRANSLATORS: a word typed at a prompt to skip a question; one word,
     lower case. */
  if (plain_is (in, "skip", _("skip")) || *in == '\0')
    {
      flow_next (&p->flow);
      return PLAIN_MOVED;
    }
  value = plain_value (step->q, in);
  why = flow_answer (&p->flow, value);
  free (value);
  if (why != NULL)
    {
      /* TRANSLATORS: %s says what is wrong with the answer typed. */
      fprintf (p->out, _("That answer does not fit: %s.\n"), _(why));
      return PLAIN_AGAIN;
    }
  p->dirty = true;
  plain_save (p);
  flow_next (&p->flow);
  return PLAIN_MOVED;
}

/* At the end of the questions: another AI tool? */
static bool
plain_more_tools (struct plain *p, char **line, size_t *cap)
{
  if (!flow_can_add_item (&p->flow))
    return false;
  /* TRANSLATORS: use the words you gave for yes and no. */
  fprintf (p->out, "\n%s\n", _("Is there another AI tool to check? "
                               "Type yes or no."));
  if (!plain_line (p->in, p->out, line, cap))
    return false;
  /* TRANSLATORS: the short form of the answer 'yes', typed at a prompt. */
  if ((plain_is (*line, "yes", _("yes")) || plain_is (*line, "y", _("y")))
      && flow_add_item (&p->flow))
    return true;
  flow_no_more_items (&p->flow);
  return false;
}

/* Read "1, 3" as items of a list of N: bit I for item I+1.  False when
   something else is typed. */
static bool
plain_numbers (const char *in, size_t n, unsigned long *bits)
{
  const char *p = in;
  char *end;
  long k;

  *bits = 0;
  while (*p != '\0')
    {
      if (*p == ',' || *p == ' ')
        {
          p++;
          continue;
        }
      k = strtol (p, &end, 10);
      if (end == p || k < 1 || (size_t) k > n)
        return false;
      *bits |= 1UL << (k - 1);
      p = end;
    }
  return true;
}

/* At the end of the questions, once: the optional modules not chosen
   yet.  True when some are chosen now, and the flow is at their first
   question. */
static bool
plain_modules (struct plain *p, char **line, size_t *cap)
{
  size_t idx[sizeof (unsigned long) * 8], n = 0, s, k;
  unsigned long picked, mask = 0;

  if (p->modules_offered)
    return false;
  p->modules_offered = true;
  for (s = 0; s < p->bank->n_sections && n < sizeof idx / sizeof idx[0]; s++)
    if (p->bank->sections[s].module)
      {
        if (module_chosen (p->bank, p->session, s))
          mask |= 1UL << s;
        else if (module_offered (p->bank, p->session, s))
          idx[n++] = s;
      }
  if (n == 0)
    return false;
  fprintf (p->out, "\n%s\n", _("Optional modules go deeper:"));
  for (k = 0; k < n; k++)
    {
      const struct section *sec = &p->bank->sections[idx[k]];

      fprintf (p->out, "  %zu) %s", k + 1, _(sec->title));
      if (sec->about != NULL)
        fprintf (p->out, ": %s", _(sec->about));
      fputc ('\n', p->out);
    }
  for (;;)
    {
      fprintf (p->out, "%s\n", _("Type the numbers of those you want, "
                                  "separated by commas, or press Enter to "
                                  "finish."));
      if (!plain_line (p->in, p->out, line, cap)
          || **line == '\0' || plain_is (*line, "skip", _("skip"))
          || plain_is (*line, "quit", _("quit")))
        return false;
      if (plain_numbers (*line, n, &picked))
        break;
      fprintf (p->out, _("That answer does not fit: %s.\n"),
               _("type the numbers shown"));
    }
  if (picked == 0)
    return false;
  for (k = 0; k < n; k++)
    if (picked & (1UL << k))
      mask |= 1UL << idx[k];
  module_choose (p->session, p->bank, module_core_chosen (p->session), mask);
  p->dirty = true;
  plain_save (p);
  flow_init (&p->flow, p->bank, p->session);
  for (k = 0; k < n && !(picked & (1UL << k)); k++)
    continue;
  if (!flow_jump (&p->flow, idx[k]))
    return false;
  flow_first_open (&p->flow);
  return flow_current (&p->flow, &(struct flow_step) { 0 });
}

/* Saving failed: ask for another file (in a workshop, whether to try
   again) until it works or the person gives up.  What stays unsaved is
   printed by the caller. */
static void
plain_rescue (struct plain *p)
{
  char *line = NULL;
  size_t cap = 0;

  while (p->save_failed)
    {
      fprintf (p->out, "\n%s\n", p->kiosk
               ? _("Your answers could not be saved; please tell the "
                   "facilitator. Press Enter to try again, or type quit to "
                   "leave.")
               : _("Your answers could not be saved. Type the name of "
                   "another file to save them in, or press Enter to leave "
                   "them unsaved."));
      if (!plain_line (p->in, p->out, &line, &cap))
        break;
      if (p->kiosk ? plain_is (line, "quit", _("quit")) : *line == '\0')
        break;
      if (!p->kiosk)
        {
          free (p->other_path);
          p->other_path = xstrdup (line);
          p->save_path = p->other_path;
        }
      plain_save (p);
    }
  free (line);
}

static void
plain_finish (struct plain *p)
{
  struct result r;

  p->finished = true;
  plain_save (p);
  plain_rescue (p);
  score_run (p->bank, p->session, &r);
  fputc ('\n', p->out);
  report_write (p->out, REPORT_TEXT, p->bank, p->session, &r);
  result_free (&r);
  if (p->save_failed)
    return;
  if (p->kiosk)
    fprintf (p->out, "\n%s\n", _("Your answers are saved."));
  else
    /* TRANSLATORS: %s is a file name. */
    fprintf (p->out, _("\nYour answers are saved in %s.\n"), p->save_path);
}

int
plain_run (const struct bank *bank, struct session *session,
           const char *save_path, bool kiosk, FILE *in, FILE *out)
{
  const char *status = session_get (session, "meta.status");
  struct plain p = { .bank = bank, .session = session,
                     .save_path = save_path, .in = in, .out = out,
                     .kiosk = kiosk,
                     .dirty = kiosk || session_answered (session),
                     .finished = status != NULL
                                 && strcmp (status, "finished") == 0 };
  struct flow_step step;
  char *line = NULL;
  size_t cap = 0;
  enum plain_outcome o = PLAIN_MOVED;

  flow_init (&p.flow, bank, session);
  fprintf (out, "%s\n%s\n%s\n%s: lang\n",
           _("leadwise: who should lead technology and AI in your company, "
             "and are your AI tools ready?"),
           _("About 20 questions; ten minutes or so. Your answers are saved "
             "as you go."),
           /* TRANSLATORS: use the same words as in the translations of
              back, skip, help and quit. */
           _("Type the number of an answer, or one of the words back, skip, "
             "help or quit; Enter keeps the answer shown."),
           LANG_CHOICE);
  /* A finished session taken up again is gone through from the start,
     Enter keeping each answer; another goes on where it stopped. */
  if (!p.finished)
    flow_first_open (&p.flow);
  for (;;)
    {
      if (flow_can_add_item (&p.flow))
        {
          plain_more_tools (&p, &line, &cap);
          o = PLAIN_MOVED;
          continue;
        }
      if (!flow_current (&p.flow, &step))
        {
          if (plain_modules (&p, &line, &cap))
            {
              o = PLAIN_MOVED;
              continue;
            }
          plain_finish (&p);
          break;
        }
      if (o == PLAIN_MOVED)
        plain_show (&p, &step);
      if (!plain_line (p.in, p.out, &line, &cap))
        {
          plain_save (&p);
          plain_rescue (&p);
          if (p.save_failed)
            ;   /* the answers are printed below */
          else if (plain_stop)
            fprintf (out, "\n%s\n", _("Stopped: your answers are saved."));
          else if (plain_timed_out)
            fprintf (out, "\n%s\n", _("No answer for a long time: your "
                                       "answers are saved, and you can go "
                                       "on next time."));
          else if (kiosk)
            fprintf (out, "\n%s\n", _("The input ended; your answers are "
                                       "saved."));
          else
            /* TRANSLATORS: %s is a file name. */
            fprintf (out, _("\nThe input ended; your answers are saved in "
                            "%s.\n"), p.save_path);
          break;
        }
      o = plain_handle (&p, &step, line);
      if (o == PLAIN_QUIT)
        {
          plain_save (&p);
          plain_rescue (&p);
          if (p.save_failed)
            ;   /* the answers are printed below */
          else if (kiosk)
            fprintf (out, "%s\n", _("Your answers are saved; connect again "
                                    "with the same name to go on."));
          else if (p.other_path != NULL)
            /* TRANSLATORS: %s is a file name. */
            fprintf (out, _("\nYour answers are saved in %s.\n"), p.save_path);
          else
            /* TRANSLATORS: %s is a file name. */
            fprintf (out, _("Your answers are saved in %s; run leadwise "
                            "again to go on.\n"), save_path);
          break;
        }
    }
  free (line);
  if (p.save_failed)
    state_print_unsaved (session, bank, out, stderr, kiosk);
  free (p.other_path);
  return p.save_failed ? EXIT_CANTCREAT
         : plain_stop ? EXIT_INTERRUPTED : EXIT_OK;
}

/* The session of UPDATED as a line: when, and whether finished. */
static void
plain_found (FILE *out, const char *updated, bool finished)
{
  char when[32];

  state_when (updated, when, sizeof when);
  fputc ('\n', out);
  fprintf (out, finished
           /* TRANSLATORS: %s is when the session was last saved
              ("2026-12-01 21:40 UTC"). */
           ? _("Your answers of %s are here; you went through all the "
               "questions.\n")
           /* TRANSLATORS: %s is when the session was last saved
              ("2026-12-01 21:40 UTC"). */
           : _("Your answers of %s are here; some questions are still "
               "open.\n"),
           when);
}

/* The report of SESSION, for a person coming back to it. */
static void
plain_results (FILE *out, const struct bank *bank,
               const struct session *session)
{
  struct result r;

  score_run (bank, session, &r);
  fputc ('\n', out);
  report_write (out, REPORT_TEXT, bank, session, &r);
  result_free (&r);
  fputc ('\n', out);
}

enum state_return
plain_offer_return (FILE *in, FILE *out, const struct bank *bank,
                    const struct session *old)
{
  const char *status = session_get (old, "meta.status");
  bool finished = status != NULL && strcmp (status, "finished") == 0;
  enum state_return order[3], choice = RETURN_QUIT;
  const char *labels[3];
  char *line = NULL;
  size_t cap = 0, n;

  n = state_return_offer (finished, order, labels);
  plain_found (out, session_get (old, "meta.updated"), finished);
  for (;;)
    {
      size_t i, k = 0;

      for (i = 0; i < n; i++)
        fprintf (out, "  %zu) %s\n", i + 1, _(labels[i]));
      /* TRANSLATORS: use your word for quit. */
      fprintf (out, "%s\n", _("Type a number, or quit; Enter chooses 1."));
      if (!plain_line (in, out, &line, &cap)
          || plain_is (line, "quit", _("quit")))
        break;
      if (plain_is_language (line))
        {
          plain_language (in, out);
          continue;
        }
      if (*line == '\0')
        k = 1;
      else if (line[1] == '\0' && line[0] >= '1' && line[0] <= '0' + (int) n)
        k = (size_t) (line[0] - '0');
      if (k == 0)
        {
          fprintf (out, "%s\n", _("Type 1, 2 or 3, or quit."));
          continue;
        }
      choice = order[k - 1];
      if (choice != RETURN_RESULTS)
        break;
      plain_results (out, bank, old);
      choice = RETURN_QUIT;
    }
  free (line);
  return choice;
}

char *
plain_ask_name (FILE *in, FILE *out, const char *error)
{
  char *line = NULL, *name = NULL;
  size_t cap = 0;
  const char *why = error;

  while (name == NULL)
    {
      if (why != NULL)
        fprintf (out, "%s\n", _(why));
      fprintf (out, "%s\n%s: lang\n", _("Your name, or your team's name?"),
               LANG_CHOICE);
      if (!plain_line (in, out, &line, &cap))
        break;
      why = NULL;
      /* The words that work at every prompt do what they say here too:
         nobody becomes a participant called "quit". */
      if (plain_is_language (line))
        plain_language (in, out);
      else if (plain_is (line, "quit", _("quit")))
        break;
      else if (plain_is (line, "help", _("help")))
        fprintf (out, "%s\n", _(workshop_name_help ()));
      else if (plain_is (line, "back", _("back"))
               || plain_is (line, "skip", _("skip")))
        why = N_("Type a name first: your answers are kept under it.");
      else
        name = workshop_name_clean (line, &why);
    }
  free (line);
  return name;
}

char *
plain_ask_team (FILE *in, FILE *out)
{
  char *line = NULL, *team = NULL;
  size_t cap = 0;
  const char *why = NULL;

  while (team == NULL)
    {
      if (why != NULL)
        fprintf (out, "%s\n", _(why));
      /* TRANSLATORS: use the word you gave for skip. */
      fprintf (out, "%s\n", _("Team (optional): which team are you in? "
                              "Press Enter, or type skip, for none."));
      if (!plain_line (in, out, &line, &cap) || *line == '\0'
          || plain_is (line, "skip", _("skip"))
          || plain_is (line, "quit", _("quit")))
        break;
      team = workshop_name_clean (line, &why);
    }
  free (line);
  return team;
}

/* ---------------------------------------------------------- signing in */

/* plain_line for what must not be seen: not echoed on a terminal, not
   copied into the transcript from a pipe. */
static bool
plain_secret_line (FILE *in, FILE *out, char **line, size_t *cap)
{
  struct termios was, quiet;
  bool tty = isatty (fileno (in)) && tcgetattr (fileno (in), &was) == 0;
  bool too_long, ok;

  fputs ("> ", out);
  fflush (out);
  if (tty)
    {
      quiet = was;
      quiet.c_lflag &= (tcflag_t) ~ECHO;
      quiet.c_lflag |= ECHONL;
      tcsetattr (fileno (in), TCSAFLUSH, &quiet);
    }
  ok = plain_read (in, line, cap, &too_long);
  if (tty)
    tcsetattr (fileno (in), TCSAFLUSH, &was);
  else
    fputc ('\n', out);
  if (!ok)
    return false;
  if (too_long)
    **line = '\0';
  (*line)[strcspn (*line, "\r\n")] = '\0';
  str_trim (*line);
  return true;
}

struct plain_io
{
  FILE *in, *out;
};

static char *
plain_ask_owner (void *ctx, enum owner_prompt prompt, const char *error,
                 bool *quit)
{
  struct plain_io *io = ctx;
  char *line = NULL;
  size_t cap = 0;

  *quit = false;
  for (;;)
    {
      if (error != NULL)
        fprintf (io->out, "%s\n", _(error));
      error = NULL;
      /* TRANSLATORS: use the words you gave for back, help and quit. */
      fprintf (io->out, "%s\n%s\n", _(owner_prompt_text (prompt)),
               _("(Type back for another name, help, or quit.)"));
      if (!plain_secret_line (io->in, io->out, &line, &cap)
          || plain_is (line, "quit", _("quit")))
        {
          *quit = true;
          break;
        }
      if (plain_is (line, "back", _("back")))
        break;
      if (plain_is (line, "help", _("help")) || strcmp (line, "?") == 0)
        {
          fprintf (io->out, "%s\n", _(owner_prompt_help (prompt)));
          continue;
        }
      return line;
    }
  free (line);
  return NULL;
}

enum owner_result
plain_sign_in (FILE *in, FILE *out, const char *path, const char *name,
               enum owner_way way, const char **why, struct diag *d)
{
  struct plain_io io = { in, out };

  return owner_sign_in (path, name, way, plain_ask_owner, &io, why, d);
}
