/* main.c: locale set-up, the command line, and dispatch to a frontend.
   Errors found anywhere are printed here, at the edge. */
#include "system.h"

#include <locale.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/atomic.h"
#include "core/bank.h"
#include "core/cli.h"
#include "core/compare.h"
#include "core/diag.h"
#include "core/error.h"
#include "core/exitcode.h"
#include "core/paths.h"
#include "core/report.h"
#include "core/room.h"
#include "core/score.h"
#include "core/session.h"
#include "core/summary.h"
#include "core/team.h"
#include "core/workshop.h"
#include "core/wrap.h"
#include "core/state.h"
#include "core/util.h"
#include "plain.h"
#include "tui/screen.h"
#include "tui/watch.h"
#include "tui/wizard.h"

/* The line-by-line wizard is used without a terminal, with TERM=dumb,
   and when asked for. */
/* What the line-by-line wizard writes: standard output, wrapped to the
   terminal's width (core/wrap.c), closed before standard output is. */
static FILE *main_wrapped;

static void
main_plain_close (void)
{
  if (main_wrapped != NULL)
    fclose (main_wrapped);
  main_wrapped = NULL;
}

static FILE *
main_plain_out (void)
{
  if (main_wrapped == NULL && (main_wrapped = wrap_open (stdout, 0)) != NULL)
    atexit (main_plain_close);
  return main_wrapped != NULL ? main_wrapped : stdout;
}

static bool
main_use_plain (const struct cli *cli)
{
  return cli->plain || !screen_available ();
}

/* The idle time before the wizard saves and stops: --idle-timeout, or
   30 minutes in workshop mode (a seat is not held forever), else never.
   LEADWISE_IDLE_SECONDS, for tests, counts in seconds. */
static unsigned
main_idle_seconds (const struct cli *cli)
{
  const char *test = getenv ("LEADWISE_IDLE_SECONDS");

  if (test != NULL && *test != '\0')
    return (unsigned) strtoul (test, NULL, 10);
  if (cli->idle_minutes >= 0)
    return (unsigned) cli->idle_minutes * 60;
  return cli->workshop != NULL ? 30 * 60 : 0;
}

/* Load the bank named on the command line, or the default one. */
static int
main_load_bank (const struct cli *cli, struct bank *bank)
{
  struct diag d;
  char *path = cli->bank != NULL ? xstrdup (cli->bank) : paths_default_bank ();
  int status;

  diag_init (&d);
  status = bank_load (bank, path, &d);
  diag_print (&d);
  diag_free (&d);
  free (path);
  return status;
}

/* --check-bank FILE: a one-line summary; --bank-pot FILE: its texts. */
static int
main_check_bank (const struct cli *cli)
{
  struct bank bank;
  struct diag d;
  int status;

  diag_init (&d);
  status = bank_load (&bank, cli->check_bank, &d);
  diag_print (&d);
  if (status == EXIT_OK && cli->command == CLI_BANK_POT)
    bank_write_pot (&bank, stdout);
  else if (status == EXIT_OK)
    /* TRANSLATORS: the summary of a valid question bank. */
    printf (_("%s: %zu sections, %zu questions\n"),
            strcmp (cli->check_bank, "-") == 0 ? _("standard input")
                                               : cli->check_bank,
            bank.n_sections, bank.n_questions);
  diag_free (&d);
  bank_free (&bank);
  return status;
}

static int
main_report (const struct cli *cli)
{
  struct bank bank;
  struct session session;
  struct result result;
  struct diag d;
  int status;

  status = main_load_bank (cli, &bank);
  if (status != EXIT_OK)
    {
      bank_free (&bank);
      return status;
    }
  diag_init (&d);
  session_init (&session);
  status = session_load (&session, &bank, cli->answers, &d);
  if (status == EXIT_OK)
    {
      score_run (&bank, &session, &result);
      if (cli->paged && cli->format != REPORT_TEXT)
        {
          error_print (_("--paged is for the text format"));
          status = EXIT_USAGE;
        }
      else if (cli->paged && cli->output != NULL
               && strcmp (cli->output, "-") != 0)
        status = report_save_paged (cli->output, &bank, &session, &result,
                                    &d);
      else if (cli->paged)
        report_write_paged (stdout, &bank, &session, &result);
      else if (cli->output == NULL || strcmp (cli->output, "-") == 0)
        report_write (stdout, cli->format, &bank, &session, &result);
      else
        status = report_save (cli->output, cli->format, &bank, &session,
                              &result, &d);
      result_free (&result);
    }
  diag_print (&d);
  diag_free (&d);
  session_free (&session);
  bank_free (&bank);
  return status;
}

/* A person coming back to the session OLD saved at PATH, line by line:
   their choice, and the session to go on with in SESSION.  False when
   they leave.  Where the old answers cannot be moved aside to start
   again, they go on with them. */
static bool
main_plain_return (const struct bank *bank, const char *path, bool kiosk,
                   struct session *session, struct session *old)
{
  enum state_return choice = plain_offer_return (stdin, main_plain_out (), bank, old);
  char *aside = NULL;

  if (choice == RETURN_QUIT)
    return false;
  if (choice == RETURN_AGAIN && (aside = state_set_aside (path)) == NULL)
    printf ("%s\n", _("The earlier answers could not be moved aside, so "
                      "you go on with them."));
  else if (choice == RETURN_AGAIN)
    {
      if (!kiosk)
        /* TRANSLATORS: %s is a file name: where an earlier session was
           set aside. */
        printf (_("The earlier answers are kept in %s.\n"), aside);
      free (aside);
      return true;
    }
  session_free (session);
  *session = *old;
  session_init (old);
  return true;
}

/* Line by line, ask names until one is claimed and signed in: the name
   (free it), its file in *PATH, its lock in *LOCK.  NULL when the
   participant leaves (*RC EXIT_OK) or the room fails them (*RC). */
static char *
main_workshop_sign_in (const struct cli *cli, char **path, int *lock,
                       int *rc)
{
  const char *error = NULL;
  enum owner_result signed_in = OWNER_BACK;
  struct diag d;
  char *name;

  for (;;)
    {
      name = plain_ask_name (stdin, main_plain_out (), error);
      *rc = EXIT_OK;
      if (name == NULL)
        return NULL;
      diag_init (&d);    /* server paths: never for the participant */
      *rc = workshop_claim (cli->workshop, name, path, lock, &d);
      if (*rc == 0)
        {
          /* The name is free now; is it theirs? */
          signed_in = plain_sign_in (stdin, main_plain_out (), *path, name,
                                     cli->sign_in, &error, &d);
          diag_free (&d);
          if (signed_in == OWNER_SIGNED_IN)
            return name;
          close (*lock);
          free (*path);
          *path = NULL;
          *rc = signed_in == OWNER_ERROR ? EXIT_CANTCREAT : EXIT_OK;
        }
      else
        diag_free (&d);
      free (name);
      if (*rc == 1)
        error = N_("That name is in use in another session right now; "
                   "please choose another.");
      else if (*rc == 2)
        error = workshop_closed_message ();
      else if (*rc != 0 || signed_in == OWNER_QUIT)
        break;
    }
  if (*rc != 0)
    error_print ("%s", _("Your answers cannot be kept in the workshop's "
                         "directory; please tell the facilitator."));
  return NULL;
}

/* --workshop DIR, line by line: a name, its file, resume or not, the
   questions, and the report saved for the facilitator. */
static int
main_workshop (const struct cli *cli, const struct bank *bank)
{
  struct session session, old;
  struct diag d;
  struct stat st;
  char *name, *path = NULL, *aside;
  int lock = -1, rc;
  bool go;

  if (stat (cli->workshop, &st) != 0 || !S_ISDIR (st.st_mode)
      || access (cli->workshop, W_OK | X_OK) != 0)
    {
      /* Participants see this: the facilitator knows the directory. */
      error_print ("%s", _("not a workshop directory leadwise can write in; "
                           "please tell the facilitator"));
      return EXIT_CANTCREAT;
    }
  /* What is written in the room replaces what stands there, never
     follows a link out of it. */
  atomic_confine (cli->workshop);
  /* Files in the room are the workshop account's alone: the owner files
     keep PINs, hashed, and the answers are strangers'. */
  umask (077);
  /* A kiosk: no job control to drop the participant into a shell. */
  signal (SIGTSTP, SIG_IGN);
  signal (SIGQUIT, SIG_IGN);
  if (!main_use_plain (cli))
    {
      struct screen_options opts = { cli->no_color, cli->ascii_lines,
                                     main_idle_seconds (cli) };

      return wizard_run_workshop (bank, cli->workshop, cli->sign_in,
                                  cli->teams, &opts);
    }
  plain_set_idle (main_idle_seconds (cli));
  name = main_workshop_sign_in (cli, &path, &lock, &rc);
  if (name == NULL)
    return plain_stopped () ? EXIT_INTERRUPTED : rc;
  diag_init (&d);
  session_init (&session);
  session_init (&old);
  rc = EXIT_OK;
  session_set (&session, "meta.participant", name);
  if (state_find (bank, path, &old, &aside, &d) == STATE_NONE)
    {
      char *team = cli->teams ? plain_ask_team (stdin, main_plain_out ())
                              : NULL;

      if (team != NULL)
        session_set (&session, "meta.team", team);
      free (team);
      /* On record from the start: counted even if they leave now. */
      state_save (&session, bank, path, "in_progress", &d);
      go = true;
    }
  else
    {
      /* Starting again keeps the team. */
      if (session_get (&old, "meta.team") != NULL)
        session_set (&session, "meta.team", session_get (&old, "meta.team"));
      go = main_plain_return (bank, path, true, &session, &old);
    }
  if (go)
    {
      session_set (&session, "meta.participant", name);
      rc = plain_run (bank, &session, path, true, stdin,
                       main_plain_out ());
      if (workshop_save_report (bank, &session, path, &d) != EXIT_OK)
        error_print ("%s", _(workshop_report_failed ()));
    }
  free (aside);
  session_free (&old);
  session_free (&session);
  diag_free (&d);
  close (lock);
  free (path);
  free (name);
  return rc;
}

/* Fill SESSION from --answers, or find the session saved at PATH (into
   *OLD, what it is in *FOUND).  Returns an exit status. */
static int
main_prepare_session (const struct cli *cli, const struct bank *bank,
                      struct session *session, const char *path,
                      struct session *old, enum state_found *found)
{
  struct diag d;
  char *aside;
  int rc;

  *found = STATE_NONE;
  diag_init (&d);
  if (cli->answers != NULL)
    {
      rc = session_load (session, bank, cli->answers, &d);
      diag_print (&d);
      diag_free (&d);
      return rc;
    }
  *found = state_find (bank, path, old, &aside, &d);
  diag_print (&d);
  if (aside != NULL)
    /* TRANSLATORS: %s is a file name: where an earlier session was set
       aside. */
    printf (_("The earlier answers are kept in %s.\n"), aside);
  free (aside);
  diag_free (&d);
  return EXIT_OK;
}

/* "leadwise < answers.txt": an answers file on standard input (a file,
   not a pipe, which may be a person typing) is read as answers and its
   report written, as "leadwise report" would; replies typed into a
   file are left to the wizard.  *TAKEN says which. */
static int
main_stdin_answers (const struct bank *bank, bool *taken)
{
  struct stat st;
  struct buf text;
  struct session session;
  struct result result;
  struct diag d;
  long at = ftell (stdin);
  FILE *fp;
  int status;

  *taken = false;
  if (fstat (STDIN_FILENO, &st) != 0 || !S_ISREG (st.st_mode)
      || st.st_size > SESSION_OWN_MAX || at < 0)
    return EXIT_OK;
  buf_init (&text);
  if (!buf_add_file (&text, stdin) || text.data == NULL
      || !session_looks_like (text.data, text.len)
      || (fp = fmemopen (text.data, text.len, "r")) == NULL)
    {
      buf_free (&text);
      clearerr (stdin);
      fseek (stdin, at, SEEK_SET);
      return EXIT_OK;
    }
  *taken = true;
  diag_init (&d);
  session_init (&session);
  /* TRANSLATORS: how messages name standard input. */
  status = session_read (&session, bank, fp, _("standard input"), &d);
  fclose (fp);
  if (status == EXIT_OK)
    {
      score_run (bank, &session, &result);
      report_write (stdout, REPORT_TEXT, bank, &session, &result);
      result_free (&result);
    }
  diag_print (&d);
  diag_free (&d);
  session_free (&session);
  buf_free (&text);
  return status;
}

static int
main_wizard (const struct cli *cli)
{
  struct bank bank;
  struct session session, old;
  struct diag d;
  char *path;
  enum state_found found = STATE_NONE;
  int status;

  bool taken = false;

  status = main_load_bank (cli, &bank);
  if (status == EXIT_OK && cli->workshop != NULL)
    {
      status = main_workshop (cli, &bank);
      bank_free (&bank);
      return status;
    }
  if (status == EXIT_OK && cli->answers == NULL && main_use_plain (cli))
    status = main_stdin_answers (&bank, &taken);
  if (taken || status != EXIT_OK)
    {
      bank_free (&bank);
      return status;
    }
  diag_init (&d);
  path = status != EXIT_OK ? NULL
         : cli->save != NULL ? xstrdup (cli->save) : state_session_path (&d);
  if (status == EXIT_OK && d.count > 0)
    diag_print (&d);    /* the wizard still runs: saving is retried */
  if (status == EXIT_OK && path == NULL)
    status = d.status;
  session_init (&session);
  session_init (&old);
  if (status == EXIT_OK)
    status = main_prepare_session (cli, &bank, &session, path, &old,
                                   &found);
  if (status == EXIT_OK && main_use_plain (cli))
    {
      plain_set_idle (main_idle_seconds (cli));
      if (found == STATE_NONE
          || main_plain_return (&bank, path, false, &session, &old))
        status = plain_run (&bank, &session, path, false, stdin,
                            main_plain_out ());
      if (status == EXIT_OK && plain_stopped ())
        status = EXIT_INTERRUPTED;
    }
  else if (status == EXIT_OK)
    {
      struct screen_options opts = { cli->no_color, cli->ascii_lines,
                                     main_idle_seconds (cli) };

      status = wizard_run (&bank, &session, path, &opts,
                           found != STATE_NONE ? &old : NULL);
    }
  session_free (&old);
  session_free (&session);
  diag_free (&d);
  free (path);
  bank_free (&bank);
  return status;
}

static int
main_summary_writer (FILE *fp, void *ctx)
{
  const struct cli *cli = ((const void **) ctx)[0];
  const struct summary *s = ((const void **) ctx)[1];

  return summary_write_teams (fp, cli->summary_format, s,
                              cli->by_team ? cli->answers : NULL);
}

static int
main_summary (const struct cli *cli)
{
  struct bank bank;
  struct summary s;
  struct diag d;
  const void *ctx[2];
  int status = main_load_bank (cli, &bank);

  diag_init (&d);
  if (status == EXIT_OK && cli->watch)
    {
      struct screen_options opts = { cli->no_color, cli->ascii_lines, 0 };

      if (!screen_available ())
        {
          error_print (_("--watch needs a terminal"));
          status = EXIT_USAGE;
        }
      else
        status = watch_run (&bank, cli->answers, 2, &opts);
      bank_free (&bank);
      return status;
    }
  if (status == EXIT_OK)
    status = summary_load_team (&s, &bank, cli->answers, cli->team, &d);
  if (status == EXIT_OK)
    {
      ctx[0] = cli;
      ctx[1] = &s;
      if (cli->output == NULL || strcmp (cli->output, "-") == 0)
        main_summary_writer (stdout, ctx);
      else
        status = atomic_write (cli->output, main_summary_writer, ctx, &d);
      summary_free (&s);
    }
  diag_print (&d);
  diag_free (&d);
  bank_free (&bank);
  return status;
}

struct main_compare_job
{
  enum report_format format;
  const struct compare *c;
};

static int
main_compare_writer (FILE *fp, void *ctx)
{
  const struct main_compare_job *job = ctx;

  return compare_write (fp, job->format, job->c);
}

static int
main_compare (const struct cli *cli)
{
  struct bank bank;
  struct compare c;
  struct diag d;
  char **team = NULL;
  size_t n_team = 0, i;
  int status = main_load_bank (cli, &bank);

  diag_init (&d);
  memset (&c, 0, sizeof c);
  if (status == EXIT_OK && cli->team != NULL)
    {
      status = team_files (&bank, cli->answers, cli->team, &team,
                                   &n_team, &d);
      if (status == EXIT_OK && (n_team < COMPARE_MIN || n_team > COMPARE_MAX))
        {
          /* TRANSLATORS: %s is a team's name, %zu how many are in it. */
          diag_add (&d, EXIT_USAGE, NULL, 0,
                    ngettext ("team '%s' has %zu member; compare takes from "
                              "2 to 8",
                              "team '%s' has %zu members; compare takes from "
                              "2 to 8", n_team), cli->team, n_team);
          status = EXIT_USAGE;
        }
    }
  if (status == EXIT_OK)
    status = cli->team != NULL
             ? compare_load (&c, &bank, (const char *const *) team, NULL,
                             n_team, true, &d)
             : compare_load (&c, &bank, (const char *const *) cli->files,
                             cli->n_labels > 0 ? cli->labels : NULL,
                             (size_t) cli->n_files, false, &d);
  if (status == EXIT_OK)
    {
      struct main_compare_job job = { cli->format, &c };

      if (cli->output == NULL || strcmp (cli->output, "-") == 0)
        compare_write (stdout, cli->format, &c);
      else
        status = atomic_write (cli->output, main_compare_writer, &job, &d);
    }
  compare_free (&c);
  for (i = 0; i < n_team; i++)
    free (team[i]);
  free (team);
  diag_print (&d);
  diag_free (&d);
  bank_free (&bank);
  return status;
}

/* "leadwise room open|close|status DIR". */
static int
main_room (const struct cli *cli)
{
  struct bank bank;
  struct summary s;
  struct diag d;
  int status = EXIT_OK;

  diag_init (&d);
  if (cli->room == ROOM_ARCHIVE)
    {
      char *made = NULL;

      status = main_load_bank (cli, &bank);
      if (status == EXIT_OK)
        status = room_archive (&bank, cli->answers, cli->output, cli->empty,
                               &made, &d);
      if (status == EXIT_OK)
        /* TRANSLATORS: %s is the archive's file name. */
        printf (cli->empty ? _("The room is archived in %s, and empty.\n")
                           : _("The room is archived in %s.\n"), made);
      free (made);
      bank_free (&bank);
      diag_print (&d);
      diag_free (&d);
      return status;
    }
  if (cli->room != ROOM_STATUS)
    {
      status = workshop_set_closed (cli->answers, cli->room == ROOM_CLOSE, &d);
      if (status == EXIT_OK)
        printf ("%s\n", cli->room == ROOM_CLOSE
                ? _("The room is closed to new names; those in it go on.")
                : _("The room is open."));
      diag_print (&d);
      diag_free (&d);
      return status;
    }
  status = main_load_bank (cli, &bank);
  if (status == EXIT_OK)
    status = summary_load (&s, &bank, cli->answers, &d);
  if (status == EXIT_OK)
    {
      summary_write_status (stdout, cli->summary_format, &s,
                            workshop_closed (cli->answers));
      summary_free (&s);
    }
  diag_print (&d);
  diag_free (&d);
  bank_free (&bank);
  return status;
}

/* Do what the command line asks; its exit status. */
static int
main_run (const struct cli *cli)
{
  switch (cli->command)
    {
    case CLI_HELP:
      cli_print_help (stdout);
      return EXIT_OK;
    case CLI_VERSION:
      cli_print_version (stdout);
      return EXIT_OK;
    case CLI_CHECK_BANK:
    case CLI_BANK_POT:
      return main_check_bank (cli);
    case CLI_REPORT:
      return main_report (cli);
    case CLI_SUMMARY:
      return main_summary (cli);
    case CLI_COMPARE:
      return main_compare (cli);
    case CLI_ROOM:
      return main_room (cli);
    case CLI_WIZARD:
    default:
      return main_wizard (cli);
    }
}

int
main (int argc, char **argv)
{
  struct cli cli;
  int status;

  setlocale (LC_ALL, "");
  lang_terminal_utf8 ();     /* what the terminal takes, before --lang */
  bindtextdomain (PACKAGE, paths_localedir ());
  textdomain (PACKAGE);
  atexit (error_close_stdout);

  status = cli_parse (&cli, argc, argv);
  if (status != EXIT_OK)
    return status;
  status = main_run (&cli);
  /* Why writing to standard output failed, kept while errno says so,
     for the message at exit. */
  error_check_stdout ();
  return status;
}
