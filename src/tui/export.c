/* export.c: the results going out: saved in a file the person names,
   or for the facilitator in a workshop; printed through lp or lpr. */
#define _GNU_SOURCE 1           /* pipe2, environ */
#include "system.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/diag.h"
#include "core/paths.h"
#include "core/report.h"
#include "core/util.h"
#include "core/workshop.h"
#include "tui/ask.h"
#include "tui/export.h"
#include "tui/screen.h"

char *
export_text (const struct export *s, bool paged)
{
  char *text = NULL;
  size_t size = 0;
  FILE *fp = open_memstream (&text, &size);

  if (paged)
    report_write_paged (fp, s->bank, s->session, s->r);
  else
    report_write (fp, REPORT_TEXT, s->bank, s->session, s->r);
  fclose (fp);
  return text;
}

/* In a workshop: beside the participant's answers, for the facilitator;
   no file name is asked of a stranger. */
static void
export_save_kiosk (const struct export *s)
{
  struct diag d;
  char *path = workshop_report_path (s->save_path, "txt");

  diag_init (&d);
  if (report_save (path, REPORT_TEXT, s->bank, s->session, s->r, &d) == 0)
    /* TRANSLATORS: the title of a message box. */
    screen_message (_("Saved"),
                    _("The report is saved for the facilitator."));
  else
    screen_message (_("The report could not be saved"),
                    _("Please tell the facilitator."));
  diag_free (&d);
  free (path);
}

/* Where the typed NAME is, for the message: absolute. */
static char *
export_where (const char *name)
{
  char *dir, *real, *where;
  const char *slash = strrchr (name, '/');

  dir = slash == NULL ? xstrdup (".")
        : slash == name ? xstrdup ("/")
        : xstrndup (name, (size_t) (slash - name));
  real = realpath (dir, NULL);
  where = real != NULL ? xasprintf ("%s/%s", strcmp (real, "/") == 0 ? ""
                                    : real, slash != NULL ? slash + 1 : name)
                       : xstrdup (name);
  free (real);
  free (dir);
  return where;
}

/* Ask for a file name (the company's, in the current directory, at
   first); NULL when the person goes back.  *FORMAT gets the format its
   extension names. */
static char *
export_ask_file (const struct export *s, enum report_format *format)
{
  struct question q;
  struct ask_info info;
  char *typed = report_file_name (s->r->company, "txt"), *value = NULL;
  char *error = NULL, *path = NULL;
  enum ask_action act;

  memset (&q, 0, sizeof q);
  q.type = QT_TEXT;
  memset (&info, 0, sizeof info);
  /* TRANSLATORS: the header of the screen that asks for a file name. */
  info.section = _("Save the report");
  /* TRANSLATORS: asking for a file name. */
  info.prompt = _("Save the report in which file?");
  info.help = _("Type a file name, or a path; ~ is your home directory. "
                "Its ending chooses the format: .txt for plain text, .md "
                "for Markdown, .html for a web page (to print or share), "
                ".json for other programs.");
  /* TRANSLATORS: key hints for the file name; keep under 78 columns. */
  info.keys = _("Enter save  Esc cancel  F1 help");
  for (;;)
    {
      info.error = error;
      act = ask_question (&info, &q, typed, NULL, &value);
      free (error);
      error = NULL;
      if (act == ASK_REDRAW || act == ASK_MENU)
        {
          free (typed);
          typed = value != NULL ? value : xstrdup ("");
          value = NULL;
          continue;
        }
      if (act != ASK_ANSWER)
        {
          free (value);     /* Tab leaves the text it had */
          value = NULL;
          break;
        }
      free (typed);
      typed = value;
      value = NULL;
      free (path);
      path = paths_expand_home (str_trim (typed));
      if (path[0] == '\0')
        error = xstrdup (_("Type a file name."));
      else if (report_format_for_path (path, format) != 0)
        error = xstrdup (_("End the name in .txt, .md, .html or .json: "
                           "it chooses the format."));
      else if (access (path, F_OK) == 0)
        {
          /* TRANSLATORS: %s is a file name. */
          char *q2 = xasprintf (_("%s exists. Replace it?"), path);
          bool yes = screen_confirm (q2);

          free (q2);
          if (yes)
            break;
          continue;
        }
      else
        break;
    }
  free (typed);
  free (error);
  if (act != ASK_ANSWER)
    {
      free (path);
      return NULL;
    }
  return path;
}

void
export_save (const struct export *s)
{
  enum report_format format = REPORT_TEXT;
  struct diag d;
  char *path, *where, *done;

  if (s->kiosk)
    {
      export_save_kiosk (s);
      return;
    }
  path = export_ask_file (s, &format);
  if (path == NULL)
    return;
  diag_init (&d);
  if (report_save (path, format, s->bank, s->session, s->r, &d) == 0)
    {
      where = export_where (path);
      /* TRANSLATORS: %s is a file name. */
      done = xasprintf (_("The report is saved in %s"), where);
      screen_message (_("Saved"), done);
      free (done);
      free (where);
    }
  else
    screen_message (_("The report could not be saved"),
                    d.count > 0 ? d.messages[0] : path);
  diag_free (&d);
  free (path);
}

/* The printing command there is: lp, else lpr; NULL when neither. */
static const char *
export_printer (void)
{
  static const char *const commands[] = { "lp", "lpr" };
  const char *path_env = getenv ("PATH");
  size_t i;

  for (i = 0; i < 2 && path_env != NULL; i++)
    {
      char *copy = xstrdup (path_env), *dir, *save = NULL;
      bool found = false;

      for (dir = strtok_r (copy, ":", &save); dir != NULL && !found;
           dir = strtok_r (NULL, ":", &save))
        {
          char *candidate = xasprintf ("%s/%s", dir, commands[i]);

          found = access (candidate, X_OK) == 0;
          free (candidate);
        }
      free (copy);
      if (found)
        return commands[i];
    }
  return NULL;
}

/* Run PRINTER on TEXT, its output and errors kept in *SAID (at most
   2 KB, for the screen); its exit status, or -1. */
static int
export_run_printer (const char *printer, const char *title,
                     const char *text, char **said)
{
  char *argv[4];
  int in[2], out[2], status = -1;
  posix_spawn_file_actions_t fa;
  struct sigaction ignore, old;
  struct buf b;
  pid_t pid;
  size_t left = strlen (text);
  char chunk[512];
  ssize_t n;

  *said = NULL;
  argv[0] = (char *) printer;
  /* The job's title, for the queue and the banner page. */
  argv[1] = (char *) (strcmp (printer, "lp") == 0 ? "-t" : "-J");
  argv[2] = (char *) title;
  argv[3] = NULL;
  /* Without a pipe the printer says nothing; the caller shows that. */
  if (pipe2 (in, O_CLOEXEC) != 0)
    {
      *said = xstrdup ("");
      return -1;
    }
  if (pipe2 (out, O_CLOEXEC) != 0)
    {
      close (in[0]);
      close (in[1]);
      *said = xstrdup ("");
      return -1;
    }
  posix_spawn_file_actions_init (&fa);
  posix_spawn_file_actions_adddup2 (&fa, in[0], STDIN_FILENO);
  posix_spawn_file_actions_adddup2 (&fa, out[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2 (&fa, out[1], STDERR_FILENO);
  if (posix_spawnp (&pid, printer, &fa, NULL, argv, environ) != 0)
    pid = -1;
  posix_spawn_file_actions_destroy (&fa);
  close (in[0]);
  close (out[1]);
  /* A printer that ends without reading is an error to show, not a
     SIGPIPE to die of. */
  memset (&ignore, 0, sizeof ignore);
  ignore.sa_handler = SIG_IGN;
  sigaction (SIGPIPE, &ignore, &old);
  while (pid > 0 && left > 0 && (n = write (in[1], text, left)) > 0)
    text += n, left -= (size_t) n;
  close (in[1]);
  sigaction (SIGPIPE, &old, NULL);
  buf_init (&b);
  buf_add (&b, "");
  while ((n = read (out[0], chunk, sizeof chunk)) > 0)
    if (b.len < 2048)
      buf_addn (&b, chunk, (size_t) n);
  close (out[0]);
  if (pid > 0 && waitpid (pid, &status, 0) == pid)
    status = WIFEXITED (status) ? WEXITSTATUS (status) : -1;
  else
    status = -1;
  *said = buf_take (&b);
  return status;
}

void
export_print (const struct export *s)
{
  const char *printer = export_printer ();
  char *text, *said, *title, *msg;
  int status;

  if (printer == NULL)
    {
      if (screen_confirm (_("No printing command (lp or lpr) was found. "
                            "Save the report to a file instead?")))
        export_save (s);
      return;
    }
  text = export_text (s, true);    /* for paper: details on a new sheet */
  /* TRANSLATORS: the title of a print job; %s is the company's name. */
  title = xasprintf (_("leadwise: %s"), s->r->company != NULL
                     ? s->r->company : _("(no name)"));
  status = export_run_printer (printer, title, text, &said);
  str_trim (said);
  if (status == 0)
    {
      /* TRANSLATORS: %s is the printing command, lp or lpr; what it said
         follows on the next line. */
      msg = xasprintf (_("The report was sent to the printer with %s."),
                       printer);
      if (said[0] != '\0')
        {
          char *both = xasprintf ("%s\n%s", msg, said);

          free (msg);
          msg = both;
        }
      screen_message (_("Print"), msg);
    }
  else
    {
      /* TRANSLATORS: %s is the print command, lp or lpr; then what it
         said, then a question. */
      char *fmt = xasprintf (_("%s could not print the report."), printer);

      msg = xasprintf ("%s\n%s\n\n%s", fmt, said[0] != '\0' ? said : "",
                       _("Save it to a file instead?"));
      free (fmt);
      if (screen_confirm (msg))
        export_save (s);
    }
  free (msg);
  free (said);
  free (title);
  free (text);
}

