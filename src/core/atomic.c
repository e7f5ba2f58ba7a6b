/* atomic.c: temp file, fsync, rename. */
#include "system.h"

#include <fcntl.h>
#include <sys/stat.h>
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

int
atomic_write (const char *path, atomic_writer writer, void *ctx,
              struct diag *d)
{
  struct stat st;
  char *target;
  int status;

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
