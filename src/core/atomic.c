/* atomic.c: temp file, fsync, rename. */
#include "system.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "core/atomic.h"
#include "core/exitcode.h"
#include "core/util.h"

/* The directory part of PATH ("." when there is none). */
static char *
atomic_dirname (const char *path)
{
  const char *slash = strrchr (path, '/');

  if (slash == NULL)
    return xstrdup (".");
  if (slash == path)
    return xstrdup ("/");
  return xstrndup (path, (size_t) (slash - path));
}

/* The mode a new or replaced file should have. */
static mode_t
atomic_mode (const char *path)
{
  struct stat st;
  mode_t mask;

  if (stat (path, &st) == 0)
    return st.st_mode & 07777;
  mask = umask (0);
  umask (mask);
  return 0666 & ~mask;
}

/* Make the rename itself durable; failure here loses nothing. */
static void
atomic_sync_dir (const char *dir)
{
  int fd = open (dir, O_RDONLY | O_DIRECTORY);

  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

/* Write, flush and sync the temporary file; returns 0 or -1 (errno). */
static int
atomic_fill (int fd, const char *path, atomic_writer writer, void *ctx)
{
  FILE *fp = fdopen (fd, "w");
  int ok;

  if (fp == NULL)
    {
      close (fd);
      return -1;
    }
  ok = writer (fp, ctx) == 0 && fflush (fp) == 0 && !ferror (fp)
       && fchmod (fd, atomic_mode (path)) == 0 && fsync (fd) == 0;
  if (!ok)
    {
      int saved = errno;

      fclose (fp);
      errno = saved != 0 ? saved : EIO;
      return -1;
    }
  return fclose (fp);
}

/* PATH is a device or a pipe: nothing to replace, write to it. */
static int
atomic_write_through (const char *path, atomic_writer writer, void *ctx,
                      struct diag *d)
{
  FILE *fp = fopen (path, "w");
  int ok;

  if (fp == NULL)
    {
      diag_add (d, EXIT_CANTCREAT, path, 0, "%s", strerror (errno));
      return EXIT_CANTCREAT;
    }
  ok = writer (fp, ctx) == 0 && fflush (fp) == 0 && !ferror (fp);
  if (fclose (fp) != 0 || !ok)
    {
      /* TRANSLATORS: the first %s names the output (a file name, or
         'standard output'), the second the system's reason. */
      diag_add (d, EXIT_IOERR, NULL, 0, _("write error on %s: %s"), path,
                strerror (errno != 0 ? errno : EIO));
      return EXIT_IOERR;
    }
  return EXIT_OK;
}

/* Write a temporary file beside PATH and rename it over PATH; NAME is
   what messages call it (what the user gave). */
static int
atomic_replace (const char *path, const char *name, atomic_writer writer,
                void *ctx, struct diag *d)
{
  char *dir = atomic_dirname (path);
  const char *base = strrchr (path, '/') != NULL ? strrchr (path, '/') + 1
                                                 : path;
  char *tmp = xasprintf ("%s/.%s.XXXXXX", dir, base);
  int fd = mkstemp (tmp), status = EXIT_OK;

  if (fd < 0)
    {
      /* TRANSLATORS: the first %s is a directory, the second the system's
         reason. */
      diag_add (d, EXIT_CANTCREAT, name, 0, _("cannot create a file in %s: %s"),
                dir, strerror (errno));
      status = EXIT_CANTCREAT;
    }
  else if (atomic_fill (fd, path, writer, ctx) != 0)
    {
      /* TRANSLATORS: %s is the system's reason (strerror). */
      diag_add (d, EXIT_IOERR, name, 0, _("write failed, old contents kept: %s"),
                strerror (errno));
      status = EXIT_IOERR;
    }
  else if (rename (tmp, path) != 0)
    {
      /* TRANSLATORS: %s is the system's reason (strerror). */
      diag_add (d, EXIT_CANTCREAT, name, 0, _("cannot replace the file: %s"),
                strerror (errno));
      status = EXIT_CANTCREAT;
    }
  else
    atomic_sync_dir (dir);
  if (status != EXIT_OK && fd >= 0)
    unlink (tmp);
  free (tmp);
  free (dir);
  return status;
}

static char *atomic_confined;

void
atomic_confine (const char *dir)
{
  free (atomic_confined);
  atomic_confined = dir != NULL ? xstrdup (dir) : NULL;
}

/* Whether PATH is a file directly in the confined directory. */
static bool
atomic_in_confined (const char *path)
{
  size_t n;

  if (atomic_confined == NULL)
    return false;
  n = strlen (atomic_confined);
  return strncmp (path, atomic_confined, n) == 0 && path[n] == '/'
         && strchr (path + n + 1, '/') == NULL;
}

int
atomic_write (const char *path, atomic_writer writer, void *ctx,
              struct diag *d)
{
  struct stat st;
  char *target;
  int status;

  /* In a confined directory: the rename replaces whatever is there. */
  if (atomic_in_confined (path))
    return atomic_replace (path, path, writer, ctx, d);
  if (stat (path, &st) != 0)
    return atomic_replace (path, path, writer, ctx, d);
  if (S_ISDIR (st.st_mode))
    {
      diag_add (d, EXIT_CANTCREAT, path, 0, "%s", strerror (EISDIR));
      return EXIT_CANTCREAT;
    }
  if (!S_ISREG (st.st_mode))
    return atomic_write_through (path, writer, ctx, d);
  /* Replace the file a link names, not the link. */
  target = realpath (path, NULL);
  status = atomic_replace (target != NULL ? target : path, path, writer, ctx,
                           d);
  free (target);
  return status;
}

/* Whether NAME (in a directory) is a temporary file of atomic_replace:
   ".BASE.XXXXXX", BASE not empty. */
static bool
atomic_is_temporary (const char *name)
{
  const char *dot = strrchr (name, '.');

  return name[0] == '.' && dot != NULL && dot > name + 1
         && strlen (dot + 1) == 6 && strcmp (dot, ".lock") != 0;
}

void
atomic_remove_stale (const char *dir, unsigned age,
                     bool (*keep) (const char *dir, const char *name))
{
  DIR *dp = opendir (dir);
  struct dirent *e;
  struct stat st;
  time_t now = time (NULL);

  if (dp == NULL)
    return;
  while ((e = readdir (dp)) != NULL)
    {
      char *path;

      if (!atomic_is_temporary (e->d_name))
        continue;
      path = xasprintf ("%s/%s", dir, e->d_name);
      /* lstat: a link is never followed, only a regular file removed. */
      if (lstat (path, &st) == 0 && S_ISREG (st.st_mode)
          && now - st.st_mtime > (time_t) age
          && !keep (dir, e->d_name + 1))
        unlink (path);
      free (path);
    }
  closedir (dp);
}
