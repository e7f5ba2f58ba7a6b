/* workshop.c: names to safe file names. */
#include "system.h"

#include <ctype.h>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/atomic.h"
#include "core/exitcode.h"
#include "core/report.h"
#include "core/score.h"
#include "core/sha256.h"
#include "core/utf8.h"
#include "core/util.h"
#include "core/value.h"
#include "core/workshop.h"

/* How much of the name's SHA-256 goes into its file name. */
#define WORKSHOP_HASH_BYTES 16

/* Characters that show as nothing, or turn the text around it: with
   them, several participants could all read "Good Name" on the screen
   and in the summary, each a different name. */
static bool
workshop_invisible (unsigned long cp)
{
  return cp == 0xad || cp == 0x34f || cp == 0x61c || cp == 0x115f
         || cp == 0x1160 || cp == 0x17b4 || cp == 0x17b5
         || (cp >= 0x180b && cp <= 0x180f)         /* Mongolian selectors */
         || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x2028 && cp <= 0x202e)
         || (cp >= 0x2060 && cp <= 0x206f) || cp == 0x2800 || cp == 0x3164
         || (cp >= 0xfe00 && cp <= 0xfe0f)         /* variation selectors */
         || cp == 0xfeff || cp == 0xffa0 || (cp >= 0xfff0 && cp <= 0xfff8)
         || (cp >= 0x1bca0 && cp <= 0x1bca3)       /* shorthand format */
         || (cp >= 0x1d173 && cp <= 0x1d17a)       /* musical format */
         || (cp >= 0xe0000 && cp <= 0xe0fff);
}

/* Spaces other than the ASCII one (no-break, en, thin, ideographic ...):
   the length of the one at P, else 0.  They count as a plain space, so
   that "Good Name" is one name however its space was typed. */
static size_t
workshop_space (const char *p)
{
  unsigned long cp;
  size_t len = utf8_decode (p, strnlen (p, 4), &cp);

  if (len > 1 && (cp == 0xa0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200a)
                  || cp == 0x202f || cp == 0x205f || cp == 0x3000))
    return len;
  return *p == ' ' || *p == '\t' ? 1 : 0;
}

static bool
workshop_has_invisible (const char *name)
{
  size_t n = strlen (name), i = 0, len;
  unsigned long cp;

  while (i < n)
    {
      len = utf8_decode (name + i, n - i, &cp);
      if (len == 0)
        return false;      /* not UTF-8: refused as not text already */
      if (workshop_invisible (cp))
        return true;
      i += len;
    }
  return false;
}

char *
workshop_name_clean (const char *name, const char **why)
{
  struct buf b;
  const char *p;
  bool space = false;

  if (!value_text_ok (name, strlen (name)))
    {
      *why = N_("a name must be plain text, without control characters");
      return NULL;
    }
  if (workshop_has_invisible (name))
    {
      *why = N_("a name cannot hold invisible characters (zero-width, "
                "direction marks, line separators)");
      return NULL;
    }
  buf_init (&b);
  for (p = name; *p != '\0'; p++)
    {
      size_t len = workshop_space (p);

      if (len > 0)
        {
          space = b.len > 0;
          p += len - 1;
          continue;
        }
      if (space)
        buf_addc (&b, ' ');
      space = false;
      buf_addc (&b, *p);
    }
  if (b.len == 0)
    {
      buf_free (&b);
      *why = N_("a name cannot be empty");
      return NULL;
    }
  if (b.len > WORKSHOP_NAME_MAX)
    {
      buf_free (&b);
      *why = N_("a name can have at most 60 characters");
      return NULL;
    }
  return buf_take (&b);
}

const char *
workshop_name_help (void)
{
  return N_("Your answers are kept under this name, so that you can come "
            "back to them; the facilitator sees it in the workshop's "
            "summary.");
}

char *
workshop_file_name (const char *name)
{
  unsigned char hash[SHA256_SIZE];
  char hex[2 * WORKSHOP_HASH_BYTES + 1], *result;
  struct buf b;
  const char *p;
  size_t i;

  buf_init (&b);
  for (p = name; *p != '\0' && b.len < 32; p++)
    {
      unsigned char c = (unsigned char) *p;

      if (isascii (c) && isalnum (c))
        buf_addc (&b, (char) tolower (c));
      else if (b.len > 0 && b.data[b.len - 1] != '-')
        buf_addc (&b, '-');
    }
  while (b.len > 0 && b.data[b.len - 1] == '-')
    b.data[--b.len] = '\0';
  /* 128 bits of SHA-256: two names that share a file are not a search
     away (32 bits of FNV were found in seconds); the owner file tells
     them apart even so. */
  sha256 (name, strlen (name), hash);
  for (i = 0; i < WORKSHOP_HASH_BYTES; i++)
    snprintf (hex + 2 * i, 3, "%02x", hash[i]);
  result = xasprintf ("%s-%s.answers", b.len > 0 ? b.data : "participant",
                      hex);
  buf_free (&b);
  return result;
}

/* The lock of the participant whose file NAME ("X.answers", or a
   temporary file of it or of its report) is in DIR, opened; -1 when
   there is none. */
static int
workshop_lock_of (const char *dir, const char *name)
{
  const char *end = strstr (name, ".answers");
  const char *report = strstr (name, ".report.");
  char *lock_path;
  int fd;

  if (end == NULL && report == NULL)
    return -1;
  lock_path = xasprintf ("%s/.%.*s.answers.lock", dir,
                         (int) ((end != NULL ? end : report) - name), name);
  fd = open (lock_path, O_RDWR | O_NOFOLLOW | O_CLOEXEC);
  free (lock_path);
  return fd;
}

/* Whether the owner of NAME's files holds its lock: writing now. */
static bool
workshop_in_use (const char *dir, const char *name)
{
  int fd = workshop_lock_of (dir, name);
  bool held;

  if (fd < 0)
    return false;
  held = flock (fd, LOCK_EX | LOCK_NB) != 0;
  close (fd);
  return held;
}

/* Whether the stale-looking temporary NAME (".BASE.EXT.XXXXXX" less its
   dot) is to be left alone: not one of the files leadwise writes in a
   room (answers, reports, owner files), or its owner is writing now. */
static bool
workshop_keep (const char *dir, const char *name)
{
  return (strstr (name, ".answers.") == NULL
          && strstr (name, ".report.") == NULL
          && strstr (name, ".owner.") == NULL)
         || workshop_in_use (dir, name);
}

int
workshop_claim (const char *dir, const char *name, char **path, int *lock,
                struct diag *d)
{
  char *file = workshop_file_name (name), *lock_path;
  struct stat st;
  int fd;

  /* What a killed session left behind an hour ago and more. */
  atomic_remove_stale (dir, WORKSHOP_STALE_SECONDS, workshop_keep);
  *path = xasprintf ("%s/%s", dir, file);
  /* A hidden lock file: summaries leave it out.  Never through a link,
     and only a regular file. */
  lock_path = xasprintf ("%s/.%s.lock", dir, file);
  free (file);
  fd = open (lock_path, O_CREAT | O_RDWR | O_NOFOLLOW | O_NONBLOCK
                        | O_CLOEXEC, 0600);
  if (fd >= 0 && (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode)))
    {
      close (fd);
      fd = -1;
      errno = EINVAL;
    }
  if (fd < 0)
    {
      diag_add (d, EXIT_CANTCREAT, lock_path, 0, "%s", strerror (errno));
      free (lock_path);
      free (*path);
      *path = NULL;
      return EXIT_CANTCREAT;
    }
  free (lock_path);
  if (flock (fd, LOCK_EX | LOCK_NB) != 0)
    {
      close (fd);
      free (*path);
      *path = NULL;
      return 1;
    }
  /* A closed room takes no new names; those in it go on. */
  if (workshop_closed (dir) && lstat (*path, &st) != 0)
    {
      close (fd);
      free (*path);
      *path = NULL;
      return 2;
    }
  *lock = fd;
  return 0;
}

bool
workshop_closed (const char *dir)
{
  char *mark = xasprintf ("%s/%s", dir, WORKSHOP_CLOSED);
  struct stat st;
  bool closed = lstat (mark, &st) == 0;

  free (mark);
  return closed;
}

int
workshop_set_closed (const char *dir, bool closed, struct diag *d)
{
  char *mark = xasprintf ("%s/%s", dir, WORKSHOP_CLOSED);
  struct stat st;
  int fd, status = EXIT_OK;

  if (stat (dir, &st) != 0 || !S_ISDIR (st.st_mode))
    {
      diag_add (d, EXIT_NOINPUT, dir, 0, "%s",
                stat (dir, &st) != 0 ? strerror (errno)
                                     : _("not a directory"));
      free (mark);
      return EXIT_NOINPUT;
    }
  if (closed)
    {
      fd = open (mark, O_CREAT | O_WRONLY | O_NOFOLLOW | O_CLOEXEC, 0600);
      if (fd < 0)
        {
          diag_add (d, EXIT_CANTCREAT, mark, 0, "%s", strerror (errno));
          status = EXIT_CANTCREAT;
        }
      else
        close (fd);
    }
  else if (unlink (mark) != 0 && errno != ENOENT)
    {
      diag_add (d, EXIT_CANTCREAT, mark, 0, "%s", strerror (errno));
      status = EXIT_CANTCREAT;
    }
  free (mark);
  return status;
}

const char *
workshop_closed_message (void)
{
  return N_("This workshop is closed to new participants; if you took "
            "part, type the name you used.");
}

char *
workshop_report_path (const char *path, const char *ext)
{
  size_t n = strlen (path);

  if (n > 8 && strcmp (path + n - 8, ".answers") == 0)
    n -= 8;
  return xasprintf ("%.*s.report.%s", (int) n, path, ext);
}

const char *
workshop_report_failed (void)
{
  return N_("The report for the facilitator could not be saved; please "
            "tell them.");
}

int
workshop_save_report (const struct bank *bank, const struct session *session,
                      const char *path, struct diag *d)
{
  const char *status = session_get (session, "meta.status");
  struct result r;
  char *report;
  int rc;

  if (status == NULL || strcmp (status, "finished") != 0)
    return EXIT_OK;
  score_run (bank, session, &r);
  report = workshop_report_path (path, "txt");
  rc = report_save (report, REPORT_TEXT, bank, session, &r, d);
  free (report);
  result_free (&r);
  return rc;
}
