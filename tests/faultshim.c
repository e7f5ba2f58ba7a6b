/* faultshim.c: an LD_PRELOAD library the storage and crash tests build,
   to fail or stop leadwise at chosen points of its saving.

   LEADWISE_FAULT=enospc  flushing, syncing or closing a regular file open
                          for writing (other than stdout and stderr)
                          fails as on a full disk (ENOSPC); with
   LEADWISE_FAULT_PATH=S  only a file whose path holds S.
   LEADWISE_KILL_AT=N     the Nth call (from 1) of getline on standard
                          input, mkstemp, fflush, fchmod, fsync, fclose
                          or rename is replaced by SIGKILL: a crash at
                          that point.
   LEADWISE_CALLS=FILE    at exit, the number of those calls is written
                          to FILE (to choose kill points from). */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

static long shim_calls;

#define REAL(name) \
  static __typeof__ (name) *real_##name; \
  if (real_##name == NULL) \
    real_##name = (__typeof__ (name) *) dlsym (RTLD_NEXT, #name)

/* One more point where a crash may come. */
static void
shim_point (void)
{
  const char *at = getenv ("LEADWISE_KILL_AT");

  shim_calls++;
  if (at != NULL && atol (at) == shim_calls)
    raise (SIGKILL);
}

/* Whether writing FD should fail as on a full disk. */
static int
shim_full (int fd)
{
  const char *fault = getenv ("LEADWISE_FAULT");
  struct stat st;
  int flags;

  if (fault == NULL || strcmp (fault, "enospc") != 0 || fd <= 2)
    return 0;
  flags = fcntl (fd, F_GETFL);
  if (flags == -1 || (flags & O_ACCMODE) == O_RDONLY
      || fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    return 0;
  if (getenv ("LEADWISE_FAULT_PATH") != NULL)
    {
      char link[64], path[4096];
      ssize_t n;

      snprintf (link, sizeof link, "/proc/self/fd/%d", fd);
      n = readlink (link, path, sizeof path - 1);
      if (n < 0)
        return 0;
      path[n] = '\0';
      return strstr (path, getenv ("LEADWISE_FAULT_PATH")) != NULL;
    }
  return 1;
}

__attribute__ ((destructor)) static void
shim_report (void)
{
  const char *file = getenv ("LEADWISE_CALLS");
  FILE *fp;

  if (file != NULL && (fp = fopen (file, "w")) != NULL)
    {
      fprintf (fp, "%ld\n", shim_calls);
      fclose (fp);
    }
}

ssize_t
getline (char **line, size_t *cap, FILE *fp)
{
  REAL (getline);
  if (fp == stdin)
    shim_point ();
  return real_getline (line, cap, fp);
}

int
mkstemp (char *template)
{
  REAL (mkstemp);
  shim_point ();
  return real_mkstemp (template);
}

int
fflush (FILE *fp)
{
  REAL (fflush);
  shim_point ();
  if (fp != NULL && shim_full (fileno (fp)))
    {
      errno = ENOSPC;
      return EOF;
    }
  return real_fflush (fp);
}

int
fchmod (int fd, mode_t mode)
{
  REAL (fchmod);
  shim_point ();
  return real_fchmod (fd, mode);
}

int
fsync (int fd)
{
  REAL (fsync);
  shim_point ();
  if (shim_full (fd))
    {
      errno = ENOSPC;
      return -1;
    }
  return real_fsync (fd);
}

int
fclose (FILE *fp)
{
  int full;

  REAL (fclose);
  shim_point ();
  full = shim_full (fileno (fp));
  if (real_fclose (fp) != 0 || full)
    {
      if (full)
        errno = ENOSPC;
      return EOF;
    }
  return 0;
}

int
rename (const char *from, const char *to)
{
  REAL (rename);
  shim_point ();
  return real_rename (from, to);
}
