/* session.c: the answers and the answers file. */
#include "system.h"

#include <ctype.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/atomic.h"
#include "core/exitcode.h"
#include "core/session.h"
#include "core/utf8.h"
#include "core/util.h"
#include "core/value.h"

/* ------------------------------------------------------------ the index */

/* The slot of ID in the index: where it is, or the empty slot where it
   would go. */
static size_t
session_slot (const struct session *s, const char *id)
{
  size_t mask = s->index_size - 1;
  size_t i = str_hash (id) & mask;

  while (s->index[i] != 0 && strcmp (s->answers[s->index[i] - 1].id, id) != 0)
    i = (i + 1) & mask;
  return i;
}

static void
session_reindex (struct session *s)
{
  size_t i;

  free (s->index);
  s->index_size = 64;
  while (s->index_size < s->n * 2 + 2)
    s->index_size *= 2;
  s->index = xcalloc (s->index_size, sizeof *s->index);
  for (i = 0; i < s->n; i++)
    s->index[session_slot (s, s->answers[i].id)] = i + 1;
}

void
session_init (struct session *s)
{
  s->answers = NULL;
  s->n = s->cap = 0;
  s->index = NULL;
  s->index_size = 0;
  session_reindex (s);
}

void
session_free (struct session *s)
{
  size_t i;

  for (i = 0; i < s->n; i++)
    {
      free (s->answers[i].id);
      free (s->answers[i].value);
    }
  free (s->answers);
  free (s->index);
  s->answers = NULL;
  s->index = NULL;
  s->n = s->cap = s->index_size = 0;
}

const char *
session_get (const struct session *s, const char *id)
{
  size_t slot = session_slot (s, id);

  return s->index[slot] != 0 ? s->answers[s->index[slot] - 1].value : NULL;
}

void
session_set (struct session *s, const char *id, const char *value)
{
  size_t slot = session_slot (s, id);

  if (s->index[slot] != 0)
    {
      struct answer *a = &s->answers[s->index[slot] - 1];

      free (a->value);
      a->value = xstrdup (value);
      return;
    }
  s->answers = xgrow (s->answers, &s->cap, s->n + 1, sizeof *s->answers);
  s->answers[s->n].id = xstrdup (id);
  s->answers[s->n].value = xstrdup (value);
  s->n++;
  if (s->n * 2 + 2 > s->index_size)
    session_reindex (s);
  else
    s->index[slot] = s->n;
}

void
session_unset (struct session *s, const char *id)
{
  size_t slot = session_slot (s, id), at;

  if (s->index[slot] == 0)
    return;
  at = s->index[slot] - 1;
  free (s->answers[at].id);
  free (s->answers[at].value);
  memmove (&s->answers[at], &s->answers[at + 1],
           (s->n - at - 1) * sizeof *s->answers);
  s->n--;
  session_reindex (s);
}

/* ------------------------------------------------------------- reading */

/* TEXT for a message: at most 40 characters, nothing unprintable. */
static char *
session_clip (const char *text)
{
  return utf8_quotable (text, 40);
}

static bool
session_meta_id (const char *id)
{
  const char *p;

  if (strncmp (id, "meta.", 5) != 0 || id[5] == '\0' || strlen (id) > 64)
    return false;
  for (p = id + 5; *p != '\0'; p++)
    if (!islower ((unsigned char) *p) && !isdigit ((unsigned char) *p)
        && *p != '_' && *p != '.')
      return false;
  return true;
}

/* Check one "id = value" line; store it or report why not. */
static void
session_read_pair (struct session *s, const struct bank *bank, char *id,
                   char *value, const char *name, long lineno,
                   long *first_line, struct diag *d)
{
  const struct question *q = NULL;
  const char *why = NULL;
  char *normal = NULL, *shown;
  int instance;
  size_t slot;

  if (*id == '\0')
    {
      diag_add (d, EXIT_DATAERR, name, lineno, _("no id before '='"));
      return;
    }
  if (!value_text_ok (id, strlen (id))
      || (!session_meta_id (id) && (q = bank_find (bank, id, &instance)) == NULL))
    {
      shown = session_clip (id);
      /* TRANSLATORS: answers file error; %s is an id as written, such as
         company.name. */
      diag_add (d, EXIT_DATAERR, name, lineno, _("unknown id '%s'"), shown);
      free (shown);
      return;
    }
  slot = session_slot (s, id);
  if (s->index[slot] != 0)
    {
      diag_add (d, EXIT_DATAERR, name, lineno,
                /* TRANSLATORS: answers file error; %s is an id, %ld a line
                   number. */
                _("'%s' is repeated (first given on line %ld)"), id,
                first_line[s->index[slot] - 1]);
      return;
    }
  if (*value == '\0')
    why = N_("empty");
  else if (q == NULL)
    why = value_text_ok (value, strlen (value)) ? NULL
          : N_("not valid UTF-8 text, or holds control characters");
  else
    why = bank_check_value (q, value, &normal);
  if (why != NULL)
    {
      shown = session_clip (value);
      /* TRANSLATORS: answers file error: the value as written, the id,
         then what is wrong with it. */
      diag_add (d, EXIT_DATAERR, name, lineno, _("invalid value '%s' for '%s': %s"),
                shown, id, _(why));
      free (shown);
      return;
    }
  session_set (s, id, normal != NULL ? normal : value);
  free (normal);
  first_line[s->n - 1] = lineno;
}

int
session_read (struct session *s, const struct bank *bank, FILE *fp,
              const char *name, struct diag *d)
{
  struct buf text;
  struct lines lines;
  const char *why;
  char *line, *eq;
  size_t n, lines_cap = 0;
  long *first_line = NULL;   /* line of each answer, for repeats */
  size_t errors_before = d->count;

  buf_init (&text);
  if (!buf_add_file (&text, fp))
    {
      /* TRANSLATORS: %s is the system's reason (strerror). */
      diag_add (d, EXIT_IOERR, name, 0, _("read error: %s"), strerror (errno));
      buf_free (&text);
      return EXIT_IOERR;
    }
  first_line = xgrow (first_line, &lines_cap, s->n + 1, sizeof *first_line);
  memset (first_line, 0, lines_cap * sizeof *first_line);
  lines_init (&lines, text.data, text.len);
  while ((line = lines_next (&lines, &n, &why)) != NULL)
    {
      first_line = xgrow (first_line, &lines_cap, s->n + 1, sizeof *first_line);
      if (why != NULL)
        {
          diag_add (d, EXIT_DATAERR, name, lines.number, "%s", _(why));
          continue;
        }
      str_trim (line);
      if (*line == '\0' || *line == '#')
        continue;
      eq = strchr (line, '=');
      if (eq == NULL)
        {
          diag_add (d, EXIT_DATAERR, name, lines.number,
                    _("expected 'id = value'"));
          continue;
        }
      *eq = '\0';
      session_read_pair (s, bank, str_trim (line), str_trim (eq + 1), name,
                         lines.number, first_line, d);
    }
  free (first_line);
  buf_free (&text);
  return d->count > errors_before ? d->status : EXIT_OK;
}

int
session_load_own (struct session *s, const struct bank *bank,
                  const char *path, struct diag *d)
{
  struct stat st;
  FILE *fp;
  int fd = open (path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  int status;

  if (fd < 0)
    {
      diag_add (d, EXIT_NOINPUT, path, 0, "%s", errno == ELOOP
                /* TRANSLATORS: of a file in a workshop's directory. */
                ? _("a symbolic link, not read") : strerror (errno));
      return EXIT_NOINPUT;
    }
  status = fstat (fd, &st) != 0 ? EXIT_NOINPUT
           : !S_ISREG (st.st_mode) ? EXIT_DATAERR
           : st.st_size > SESSION_OWN_MAX ? EXIT_DATAERR : EXIT_OK;
  if (status != EXIT_OK)
    {
      diag_add (d, status, path, 0, "%s", status == EXIT_NOINPUT
                ? strerror (errno)
                : !S_ISREG (st.st_mode) ? _("not a regular file, not read")
                : _("larger than an answers file can be, not read"));
      close (fd);
      return status;
    }
  /* A regular file: reading does not block. */
  fcntl (fd, F_SETFL, fcntl (fd, F_GETFL) & ~O_NONBLOCK);
  fp = fdopen (fd, "r");
  if (fp == NULL)
    {
      diag_add (d, EXIT_NOINPUT, path, 0, "%s", strerror (errno));
      close (fd);
      return EXIT_NOINPUT;
    }
  status = session_read (s, bank, fp, path, d);
  fclose (fp);
  return status;
}

int
session_load (struct session *s, const struct bank *bank, const char *path,
              struct diag *d)
{
  FILE *fp;
  int status;

  if (strcmp (path, "-") == 0)
    return session_read (s, bank, stdin, _("standard input"), d);
  fp = fopen (path, "r");
  if (fp == NULL)
    {
      diag_add (d, EXIT_NOINPUT, path, 0, "%s", strerror (errno));
      return EXIT_NOINPUT;
    }
  status = session_read (s, bank, fp, path, d);
  fclose (fp);
  return status;
}

/* ------------------------------------------------------------- writing */

static int
compare_int (const void *a, const void *b)
{
  int x = *(const int *) a, y = *(const int *) b;

  return (x > y) - (x < y);
}

/* The instance numbers answered in repeated section SEC, sorted, unique. */
static int *
session_instances (const struct session *s, const struct bank *bank,
                   size_t sec, size_t *count)
{
  int *list = NULL, instance;
  size_t cap = 0, n = 0, i, out = 0;

  for (i = 0; i < s->n; i++)
    {
      const struct question *q = bank_find (bank, s->answers[i].id, &instance);

      if (q != NULL && q->section == sec && instance > 0)
        {
          list = xgrow (list, &cap, n + 1, sizeof *list);
          list[n++] = instance;
        }
    }
  if (n > 0)
    qsort (list, n, sizeof *list, compare_int);
  for (i = 0; i < n; i++)
    if (out == 0 || list[out - 1] != list[i])
      list[out++] = list[i];
  *count = out;
  return list;
}

static void
session_write_section (const struct session *s, const struct bank *bank,
                       size_t sec, FILE *fp)
{
  const struct section *section = &bank->sections[sec];
  int *instances, one = 0;
  size_t n_instances = 1, k, i;

  instances = section->repeat != NULL
              ? session_instances (s, bank, sec, &n_instances) : &one;
  for (k = 0; k < n_instances; k++)
    for (i = section->first; i < section->first + section->count; i++)
      {
        char *id = bank_instance_id (&bank->questions[i], instances[k]);
        const char *value = session_get (s, id);

        if (value != NULL)
          fprintf (fp, "%s = %s\n", id, value);
        free (id);
      }
  if (instances != &one)
    free (instances);
}

int
session_write (const struct session *s, const struct bank *bank, FILE *fp)
{
  size_t i;

  fprintf (fp, "# leadwise answers (see leadwise(1)); written by %s %s\n",
           PACKAGE, VERSION);
  for (i = 0; i < s->n; i++)
    if (strncmp (s->answers[i].id, "meta.", 5) == 0)
      fprintf (fp, "%s = %s\n", s->answers[i].id, s->answers[i].value);
  for (i = 0; i < bank->n_sections; i++)
    session_write_section (s, bank, i, fp);
  return ferror (fp) ? -1 : 0;
}

struct session_save_ctx
{
  const struct session *s;
  const struct bank *bank;
};

static int
session_save_writer (FILE *fp, void *ctx)
{
  const struct session_save_ctx *c = ctx;

  return session_write (c->s, c->bank, fp);
}

int
session_save (const struct session *s, const struct bank *bank,
              const char *path, struct diag *d)
{
  struct session_save_ctx ctx = { s, bank };

  return atomic_write (path, session_save_writer, &ctx, d);
}

bool
session_answered (const struct session *s)
{
  size_t i;

  for (i = 0; i < s->n; i++)
    if (strncmp (s->answers[i].id, "meta.", 5) != 0)
      return true;
  return false;
}

bool
session_looks_like (const char *text, size_t len)
{
  struct lines lines;
  const char *why;
  char *copy = xstrndup (text, len), *line;
  size_t n;
  bool pairs = false, other = false;

  lines_init (&lines, copy, len);
  while (!other && (line = lines_next (&lines, &n, &why)) != NULL)
    {
      const char *eq;
      size_t id;

      line += strspn (line, " \t");
      if (*line == '\0' || *line == '#')
        continue;
      id = strspn (line, "abcdefghijklmnopqrstuvwxyz0123456789_.");
      eq = line + id + strspn (line + id, " \t");
      /* "company.name = Acme": an id with a dot, then "=". */
      if (why == NULL && id > 0 && memchr (line, '.', id) != NULL
          && *eq == '=')
        pairs = true;
      else
        other = true;
    }
  free (copy);
  return pairs && !other;
}
