/* state.c: the state directory. */
#include "system.h"

#include <pwd.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "core/atomic.h"
#include "core/exitcode.h"
#include "core/session.h"
#include "core/state.h"
#include "core/util.h"

static const char *
state_home (void)
{
  const char *home = getenv ("HOME");
  struct passwd *pw;

  if (home != NULL && *home == '/')
    return home;
  pw = getpwuid (getuid ());
  return pw != NULL && pw->pw_dir != NULL ? pw->pw_dir : NULL;
}

/* mkdir -p PATH, the last part with MODE. */
static int
state_mkdirs (char *path, mode_t mode)
{
  char *p;

  for (p = path + 1; *p != '\0'; p++)
    if (*p == '/')
      {
        *p = '\0';
        if (mkdir (path, 0755) != 0 && errno != EEXIST)
          {
            *p = '/';
            return -1;
          }
        *p = '/';
      }
  return mkdir (path, mode) != 0 && errno != EEXIST ? -1 : 0;
}

/* Where the state directory belongs, or NULL without a home. */
static char *
state_dir_name (void)
{
  const char *xdg = getenv ("XDG_STATE_HOME");
  const char *home;

  /* The XDG spec says a relative value is to be ignored. */
  if (xdg != NULL && *xdg == '/')
    return xasprintf ("%s/leadwise", xdg);
  if ((home = state_home ()) != NULL)
    return xasprintf ("%s/.local/state/leadwise", home);
  return NULL;
}

char *
state_dir (struct diag *d)
{
  char *dir = state_dir_name ();
  struct stat st;

  if (dir == NULL)
    {
      diag_add (d, EXIT_CANTCREAT, NULL, 0,
                _("no home directory to keep the session in; use --save FILE"));
      return NULL;
    }
  if (state_mkdirs (dir, 0700) != 0 || stat (dir, &st) != 0
      || !S_ISDIR (st.st_mode))
    {
      /* TRANSLATORS: %s is the system's reason (strerror); the directory's
         name comes before this message. */
      diag_add (d, EXIT_CANTCREAT, dir, 0, _("cannot create the directory: %s"),
                strerror (errno != 0 ? errno : ENOTDIR));
      free (dir);
      return NULL;
    }
  return dir;
}

/* In the state directory, only what a save of the session left. */
static bool
state_keep (const char *dir, const char *name)
{
  (void) dir;
  return strncmp (name, "session.answers.", 16) != 0;
}

char *
state_session_path (struct diag *d)
{
  char *dir = state_dir (d), *path;

  /* A directory that cannot be made is still where the session belongs:
     saving there fails, and the wizard offers another file. */
  if (dir == NULL)
    dir = state_dir_name ();
  if (dir == NULL)
    return NULL;
  /* What a killed session left behind an hour ago and more. */
  atomic_remove_stale (dir, 3600, state_keep);
  path = xasprintf ("%s/session.answers", dir);
  free (dir);
  return path;
}

void
state_timestamp (char *buf, size_t size)
{
  time_t now = time (NULL);
  struct tm tm;

  gmtime_r (&now, &tm);
  strftime (buf, size, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* Whether PATH is a file directly in DIR. */
static bool
state_in (const char *path, const char *dir)
{
  size_t n = strlen (dir);

  return strncmp (path, dir, n) == 0 && path[n] == '/'
         && strchr (path + n + 1, '/') == NULL;
}

int
state_save (struct session *session, const struct bank *bank,
            const char *path, const char *status, struct diag *d)
{
  char now[32], *dir = state_dir_name ();

  /* The state directory that could not be made at the start: try again,
     and say why it cannot be, rather than that the file's directory is
     missing. */
  if (dir != NULL && state_in (path, dir) && access (dir, F_OK) != 0
      && state_mkdirs (dir, 0700) != 0)
    {
      /* TRANSLATORS: %s is the system's reason (strerror); the directory's
         name comes before this message. */
      diag_add (d, EXIT_CANTCREAT, dir, 0, _("cannot create the directory: %s"),
                strerror (errno));
      free (dir);
      return EXIT_CANTCREAT;
    }
  free (dir);

  state_timestamp (now, sizeof now);
  if (session_get (session, "meta.started") == NULL)
    session_set (session, "meta.started", now);
  session_set (session, "meta.updated", now);
  session_set (session, "meta.status", status);
  if (bank->version != NULL)
    session_set (session, "meta.bank", bank->version);
  return session_save (session, bank, path, d);
}

const char *
state_status (bool finished)
{
  return finished ? "finished" : "in_progress";
}

bool
state_unchanged (const struct session *session, bool dirty, bool finished)
{
  const char *was = session_get (session, "meta.status");

  return !dirty && strcmp (was != NULL ? was : "in_progress",
                           state_status (finished)) == 0;
}

/* Move FROM to TO where no TO exists yet: never over another file.  A
   new link fails where TO exists; a file system without links gets a
   rename where TO is not there (its directory is the user's own). */
static int
state_move_new (const char *from, const char *to)
{
  if (link (from, to) == 0)
    return unlink (from);
  if (errno == EEXIST || errno == ENOENT)
    return -1;
  if (access (to, F_OK) == 0)
    {
      errno = EEXIST;
      return -1;
    }
  return rename (from, to);
}

/* The most set-asides of one file in one second. */
#define STATE_MAX_ASIDE 1000

char *
state_set_aside (const char *path)
{
  char now[32], *aside;
  int k;

  state_timestamp (now, sizeof now);
  for (k = 1; k <= STATE_MAX_ASIDE; k++)
    {
      aside = k == 1 ? xasprintf ("%s.%s", path, now)
                     : xasprintf ("%s.%s.%d", path, now, k);
      if (state_move_new (path, aside) == 0)
        return aside;
      free (aside);
      if (errno != EEXIST)
        return NULL;
    }
  return NULL;
}

enum state_found
state_find (const struct bank *bank, const char *path, struct session *old,
            char **aside, struct diag *d)
{
  const char *status;

  *aside = NULL;
  if (access (path, F_OK) != 0)
    return STATE_NONE;
  if (session_load_own (old, bank, path, d) == EXIT_OK)
    {
      if (session_answered (old))
        {
          status = session_get (old, "meta.status");
          return status != NULL && strcmp (status, "finished") == 0
                 ? STATE_FINISHED : STATE_UNFINISHED;
        }
      /* A name and nothing else: nothing to offer, nothing to lose. */
      session_free (old);
      session_init (old);
      return STATE_NONE;
    }
  session_free (old);
  session_init (old);
  *aside = state_set_aside (path);
  return STATE_NONE;
}

void
state_when (const char *updated, char *buf, size_t size)
{
  struct tm tm;
  time_t t;
  int n = 0;

  memset (&tm, 0, sizeof tm);
  if (updated != NULL
      && sscanf (updated, "%4d-%2d-%2dT%2d:%2d:%2dZ%n", &tm.tm_year,
                 &tm.tm_mon, &tm.tm_mday, &tm.tm_hour, &tm.tm_min,
                 &tm.tm_sec, &n) == 6 && updated[n] == '\0')
    {
      tm.tm_year -= 1900;
      tm.tm_mon -= 1;
      /* Written in UTC, read in the reader's own time zone. */
      t = timegm (&tm);
      if (t != (time_t) -1 && localtime_r (&t, &tm) != NULL
          && strftime (buf, size, "%Y-%m-%d %H:%M %Z", &tm) > 0)
        return;
    }
  snprintf (buf, size, "%s", updated != NULL ? updated : "?");
}

size_t
state_return_offer (bool finished, enum state_return order[3],
                    const char *labels[3])
{
  order[finished ? 0 : 1] = RETURN_RESULTS;
  labels[finished ? 0 : 1] = finished ? N_("See the results")
                                      : N_("See the results so far");
  order[finished ? 1 : 0] = RETURN_CHANGE;
  labels[finished ? 1 : 0] = finished ? N_("Change your answers")
                                      : N_("Go on where you left off");
  order[2] = RETURN_AGAIN;
  labels[2] = N_("Start again, keeping these answers");
  return 3;
}

void
state_print_unsaved (const struct session *session, const struct bank *bank,
                     FILE *out, FILE *err, bool kiosk)
{
  /* A participant has no command line to take them up with. */
  fprintf (err, "%s\n", kiosk
           ? _("leadwise: your answers could not be saved; here they are, "
               "to show the facilitator:")
           : _("leadwise: your answers could not be saved "
               "anywhere; here they are, to copy into a file "
               "(\"leadwise --answers FILE\" takes them up "
               "again):"));
  fputc ('\n', out);     /* after a prompt, the file starts on its line */
  session_write (session, bank, out);
  fflush (out);
}
