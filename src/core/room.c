/* room.c: archiving a workshop's directory. */
#include "system.h"

#include <dirent.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "core/exitcode.h"
#include "core/room.h"
#include "core/summary.h"
#include "core/util.h"
#include "core/workshop.h"

extern char **environ;

/* Whether NAME, in a room, is one of leadwise's: KEEPER files for the
   archive (answers, set aside or not, and reports), or the hidden ones
   only emptying removes. */
static bool
room_keeps (const char *name, bool *hidden)
{
  size_t n = strlen (name);

  *hidden = name[0] == '.';
  if (*hidden)
    return strcmp (name, WORKSHOP_CLOSED) == 0
           || (n > 6 && strcmp (name + n - 6, ".owner") == 0)
           || (n > 5 && strcmp (name + n - 5, ".lock") == 0);
  return strstr (name, ".answers") != NULL
         || strstr (name, ".report.") != NULL;
}

/* Copy regular file FROM to TO; false on an error (errno set). */
static bool
room_copy (const char *from, const char *to)
{
  FILE *in = fopen (from, "rb"), *out;
  char chunk[8192];
  size_t n;
  bool ok = true;

  if (in == NULL)
    return false;
  out = fopen (to, "wb");
  if (out == NULL)
    {
      fclose (in);
      return false;
    }
  while ((n = fread (chunk, 1, sizeof chunk, in)) > 0)
    ok &= fwrite (chunk, 1, n, out) == n;
  ok &= !ferror (in);
  fclose (in);
  ok &= fclose (out) == 0;
  return ok;
}

static bool
room_summaries (const struct bank *bank, const char *dir, const char *tmp,
                struct diag *d)
{
  static const struct { const char *ext; enum summary_format f; } formats[] = {
    { "txt", SUMMARY_TEXT }, { "md", SUMMARY_MARKDOWN },
    { "html", SUMMARY_HTML }, { "json", SUMMARY_JSON }, { "csv", SUMMARY_CSV },
    { "distributions.csv", SUMMARY_CSV_DISTRIBUTIONS },
  };
  struct summary s;
  size_t i;
  bool ok = true;

  if (summary_load (&s, bank, dir, d) != EXIT_OK)
    return false;
  for (i = 0; i < sizeof formats / sizeof formats[0] && ok; i++)
    {
      char *path = xasprintf ("%s/summary.%s", tmp, formats[i].ext);
      FILE *fp = fopen (path, "w");

      ok = fp != NULL && summary_write (fp, formats[i].f, &s) == 0;
      if (fp != NULL)
        ok &= fclose (fp) == 0;
      if (!ok)
        diag_add (d, EXIT_IOERR, path, 0, "%s", strerror (errno));
      free (path);
    }
  summary_free (&s);
  return ok;
}

/* tar -czf OUT -C TMP answers summary.*: true when it worked. */
static bool
room_tar (const char *tmp, const char *out, struct diag *d)
{
  char *argv[] = { (char *) "tar", (char *) "-czf", (char *) out,
                   (char *) "-C", (char *) tmp, (char *) ".", NULL };
  pid_t pid;
  int status, spawned;
  /* Strangers' answers: the archive is the facilitator's alone. */
  mode_t was = umask (077);

  spawned = posix_spawnp (&pid, "tar", NULL, NULL, argv, environ);
  umask (was);
  if (spawned != 0)
    {
      diag_add (d, EXIT_CANTCREAT, out, 0, _("tar could not be started"));
      return false;
    }
  if (waitpid (pid, &status, 0) != pid || !WIFEXITED (status)
      || WEXITSTATUS (status) != 0)
    {
      diag_add (d, EXIT_CANTCREAT, out, 0, _("tar could not write it"));
      return false;
    }
  return true;
}

/* Remove TMP and what it holds (one level of directories). */
static void
room_remove_tree (const char *tmp)
{
  DIR *dp = opendir (tmp);
  struct dirent *e;

  while (dp != NULL && (e = readdir (dp)) != NULL)
    {
      char *path;
      struct stat st;

      if (strcmp (e->d_name, ".") == 0 || strcmp (e->d_name, "..") == 0)
        continue;
      path = xasprintf ("%s/%s", tmp, e->d_name);
      if (lstat (path, &st) == 0 && S_ISDIR (st.st_mode))
        room_remove_tree (path);
      else
        unlink (path);
      free (path);
    }
  if (dp != NULL)
    closedir (dp);
  rmdir (tmp);
}

int
room_archive (const struct bank *bank, const char *dir, const char *out,
              bool empty, char **made, struct diag *d)
{
  char tmpl[] = "/tmp/leadwise-archive.XXXXXX", *answers, *name = NULL;
  DIR *dp;
  struct dirent *e;
  struct stat st;
  bool ok = true, hidden;
  int status = EXIT_OK;

  *made = NULL;
  if (out == NULL)
    {
      char day[16];
      time_t now = time (NULL);
      struct tm tm;

      localtime_r (&now, &tm);
      strftime (day, sizeof day, "%Y-%m-%d", &tm);
      name = xasprintf ("leadwise-room-%s.tar.gz", day);
      out = name;
    }
  if (lstat (out, &st) == 0)
    {
      diag_add (d, EXIT_CANTCREAT, out, 0, _("exists already; not replaced"));
      free (name);
      return EXIT_CANTCREAT;
    }
  dp = opendir (dir);
  if (dp == NULL)
    {
      diag_add (d, EXIT_NOINPUT, dir, 0, "%s", strerror (errno));
      free (name);
      return EXIT_NOINPUT;
    }
  if (mkdtemp (tmpl) == NULL)
    {
      diag_add (d, EXIT_CANTCREAT, tmpl, 0, "%s", strerror (errno));
      closedir (dp);
      free (name);
      return EXIT_CANTCREAT;
    }
  answers = xasprintf ("%s/answers", tmpl);
  ok = mkdir (answers, 0700) == 0;
  while (ok && (e = readdir (dp)) != NULL)
    {
      char *from, *to;

      if (!room_keeps (e->d_name, &hidden) || hidden)
        continue;
      from = xasprintf ("%s/%s", dir, e->d_name);
      to = xasprintf ("%s/%s", answers, e->d_name);
      /* Only regular files, never through a link. */
      if (lstat (from, &st) == 0 && S_ISREG (st.st_mode)
          && !room_copy (from, to))
        {
          diag_add (d, EXIT_IOERR, from, 0, "%s", strerror (errno));
          ok = false;
        }
      free (from);
      free (to);
    }
  closedir (dp);
  ok = ok && room_summaries (bank, dir, tmpl, d) && room_tar (tmpl, out, d);
  room_remove_tree (tmpl);
  free (answers);
  if (!ok)
    {
      free (name);
      return d->count > 0 ? d->status : EXIT_CANTCREAT;
    }
  if (empty && (dp = opendir (dir)) != NULL)
    {
      while ((e = readdir (dp)) != NULL)
        if (room_keeps (e->d_name, &hidden))
          {
            char *path = xasprintf ("%s/%s", dir, e->d_name);

            if (lstat (path, &st) == 0 && !S_ISDIR (st.st_mode))
              unlink (path);
            free (path);
          }
      closedir (dp);
    }
  *made = xstrdup (out);
  free (name);
  return status;
}
