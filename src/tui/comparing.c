/* comparing.c: comparing answers on the screen. */
#include "system.h"

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/compare.h"
#include "core/exitcode.h"
#include "core/paths.h"
#include "core/report.h"
#include "core/state.h"
#include "core/workshop.h"
#include "core/util.h"
#include "tui/ask.h"
#include "tui/comparing.h"
#include "tui/key.h"
#include "tui/screen.h"
#include "tui/view.h"
#include "tui/wizard.h"

void
comparing_show (const struct bank *bank, const char *const *files,
                const char *const *labels, size_t n)
{
  struct compare c;
  struct diag d;
  char *text = NULL;
  size_t len = 0;
  FILE *fp;

  diag_init (&d);
  if (compare_load (&c, bank, files, labels, n, false, &d) != EXIT_OK)
    {
      /* TRANSLATORS: the title of a message. */
      screen_message (_("Compare"), d.count > 0 ? d.messages[0] : "");
      compare_free (&c);
      diag_free (&d);
      return;
    }
  fp = open_memstream (&text, &len);
  if (fp != NULL)
    {
      compare_write (fp, REPORT_TEXT, &c);
      fclose (fp);
      /* TRANSLATORS: the title bar of a comparison; keep it short. */
      view_report (_("Answers compared"), text, NULL);
    }
  free (text);
  compare_free (&c);
  diag_free (&d);
}

static bool
comparing_wanted (const char *name, const char *dir)
{
  size_t n = strlen (name);
  char *path;
  struct stat st;
  bool is_dir;

  if (n > 8 && strcmp (name + n - 8, ".answers") == 0)
    return true;
  path = xasprintf ("%s/%s", dir, name);
  is_dir = stat (path, &st) == 0 && S_ISDIR (st.st_mode);
  free (path);
  return is_dir && strcmp (name, ".") != 0 && strcmp (name, "..") != 0;
}

char *
comparing_complete (const char *typed, char **matches)
{
  char *path = paths_expand_home (typed);
  const char *slash = strrchr (path, '/');
  char *dir = slash != NULL ? xstrndup (path, (size_t) (slash - path + 1))
                            : xstrdup ("");
  const char *prefix = slash != NULL ? slash + 1 : path;
  char *common = NULL;
  struct buf all;
  DIR *dp = opendir (*dir != '\0' ? dir : ".");
  struct dirent *e;
  size_t n = 0, k;

  *matches = NULL;
  buf_init (&all);
  while (dp != NULL && (e = readdir (dp)) != NULL)
    {
      if (strncmp (e->d_name, prefix, strlen (prefix)) != 0
          || (e->d_name[0] == '.' && prefix[0] != '.')
          || !comparing_wanted (e->d_name, *dir != '\0' ? dir : "."))
        continue;
      n++;
      buf_addf (&all, "%s%s", all.len > 0 ? "  " : "", e->d_name);
      if (common == NULL)
        common = xstrdup (e->d_name);
      else
        {
          for (k = 0; common[k] != '\0' && common[k] == e->d_name[k]; k++)
            continue;
          common[k] = '\0';
        }
    }
  if (dp != NULL)
    closedir (dp);
  if (n > 1)
    *matches = buf_take (&all);
  else
    buf_free (&all);
  if (common == NULL)
    {
      free (dir);
      return path;
    }
  {
    char *full = xasprintf ("%s%s", dir, common);

    /* One directory: go into it. */
    if (n == 1)
      {
        struct stat st;

        if (stat (full, &st) == 0 && S_ISDIR (st.st_mode))
          {
            char *more = xasprintf ("%s/", full);

            free (full);
            full = more;
          }
      }
    free (common);
    free (dir);
    free (path);
    return full;
  }
}

void
comparing_with_file (const struct bank *bank, const char *mine,
                     const char *my_label)
{
  struct question q;
  struct ask_info info;
  enum ask_action act;
  char *typed = xstrdup (""), *value = NULL, *matches = NULL, *path;
  const char *files[2], *labels[2];

  memset (&q, 0, sizeof q);
  q.id = (char *) "file";
  q.type = QT_TEXT;
  for (;;)
    {
      memset (&info, 0, sizeof info);
      /* TRANSLATORS: the header of the screen that asks for the file to
         compare with. */
      info.section = _("Compare");
      info.prompt = _("Compare with which answers file?");
      info.help = _("Type the file's name or path (~ is your home "
                    "directory). Tab completes the names of answers files "
                    "and directories; press it again after more letters.");
      info.error = matches;
      /* TRANSLATORS: key hints for the file to compare with; keep under
         78 columns. */
      info.keys = _("Enter compare  Tab complete  Esc back  F1 help");
      act = ask_question (&info, &q, typed, NULL, &value);
      free (matches);
      matches = NULL;
      if (act == ASK_SKIP && value != NULL)
        {
          free (typed);
          typed = comparing_complete (value, &matches);
          free (value);
          value = NULL;
          continue;
        }
      if (act == ASK_REDRAW || act == ASK_MENU)
        {
          free (typed);
          typed = value != NULL ? value : xstrdup ("");
          value = NULL;
          if (act == ASK_REDRAW && !screen_wait_big_enough ())
            break;
          continue;
        }
      break;
    }
  free (typed);
  if (act != ASK_ANSWER || value == NULL || *str_trim (value) == '\0')
    {
      free (value);
      return;
    }
  path = paths_expand_home (value);
  free (value);
  files[0] = mine;
  files[1] = path;
  labels[0] = my_label;
  labels[1] = NULL;
  comparing_show (bank, files, labels, 2);
  free (path);
}

/* A name typed on a screen of its own, CURRENT shown at first; NULL
   when the person goes back. */
static char *
comparing_ask_name (const char *prompt, const char *current)
{
  struct question q;
  struct ask_info info;
  enum ask_action act;
  const char *why = NULL;
  char *value = NULL, *draft = current != NULL ? xstrdup (current) : NULL;
  char *name;

  memset (&q, 0, sizeof q);
  q.id = (char *) "name";
  q.type = QT_TEXT;
  for (;;)
    {
      memset (&info, 0, sizeof info);
      info.section = _("Compare");
      info.prompt = prompt;
      info.help = _("The name labels these answers in the comparison, and "
                    "names the second person's file.");
      info.error = why != NULL ? _(why) : NULL;
      /* TRANSLATORS: key hints for a name; keep under 78 columns. */
      info.keys = _("Enter confirm  Esc back  F1 help");
      act = ask_question (&info, &q, NULL, draft, &value);
      free (draft);
      draft = NULL;
      if (act == ASK_REDRAW || act == ASK_MENU || act == ASK_SKIP)
        {
          draft = value;
          value = NULL;
          if (act == ASK_REDRAW && !screen_wait_big_enough ())
            break;
          continue;
        }
      if (act != ASK_ANSWER)
        break;
      name = workshop_name_clean (value, &why);
      free (value);
      value = NULL;
      if (name != NULL)
        return name;
    }
  free (value);
  free (draft);
  return NULL;
}

void
comparing_hand_over (const struct bank *bank, const struct session *first,
                     const char *first_path)
{
  const char *me = session_get (first, "meta.respondent");
  char *mine, *theirs, *dir, *file, *path, *aside = NULL;
  const char *slash = strrchr (first_path, '/');
  struct session session, old;
  struct diag d;
  bool found;

  mine = comparing_ask_name (_("Your name, for the comparison?"), me);
  if (mine == NULL)
    return;
  theirs = comparing_ask_name (_("Who answers next? Their name, please."),
                               NULL);
  if (theirs == NULL || strcmp (theirs, mine) == 0)
    {
      if (theirs != NULL)
        screen_message (_("Compare"), _("Two people, two names: the second "
                                        "name must differ from the first."));
      free (mine);
      free (theirs);
      return;
    }
  dir = slash != NULL ? xstrndup (first_path, (size_t) (slash - first_path))
                      : xstrdup (".");
  file = report_file_name (theirs, "answers");
  path = xasprintf ("%s/%s", dir, file);
  diag_init (&d);
  session_init (&session);
  session_init (&old);
  found = strcmp (path, first_path) != 0
          && state_find (bank, path, &old, &aside, &d) != STATE_NONE;
  free (aside);
  if (strcmp (path, first_path) == 0)
    screen_message (_("Compare"), _("That name would share the first "
                                    "person's file; please choose "
                                    "another."));
  else
    {
      const char *files[2] = { first_path, path };
      const char *labels[2] = { mine, theirs };

      session_set (&session, "meta.respondent", theirs);
      if (found)
        session_set (&old, "meta.respondent", theirs);
      wizard_answer (bank, &session, path, found ? &old : NULL);
      if (key_stopped () == 0 && access (path, R_OK) == 0)
        {
          /* TRANSLATORS: a person's name, then the file of their
             answers. */
          char *where = xasprintf (_("%s's answers are saved in %s."),
                                   theirs, path);

          screen_message (_("Compare"), where);
          free (where);
          comparing_show (bank, files, labels, 2);
        }
    }
  session_free (&session);
  session_free (&old);
  diag_free (&d);
  free (path);
  free (file);
  free (dir);
  free (theirs);
  free (mine);
}
