/* summary.c: many sessions, counted. */
#define _GNU_SOURCE 1           /* sched_getaffinity */
#include "system.h"

#include <ctype.h>
#include <dirent.h>
#include <pthread.h>
#include <sched.h>
#include <time.h>
#include <unistd.h>

#include "core/exitcode.h"
#include "core/session.h"
#include "core/summary.h"
#include "core/team.h"
#include "core/utf8.h"
#include "core/util.h"
#include "core/workshop.h"

/* ------------------------------------------------------------ loading */

#define SUMMARY_MAX_THREADS 8
#define SUMMARY_FILES_PER_THREAD 500

/* A file of the directory: NAME, whose first BASE bytes end in
   ".answers": the participant's own file, or one set aside from it. */
struct summary_file
{
  char *name;
  size_t base;
};

/* The length of NAME's participant part when NAME is "X.answers" or a
   file set aside from it, "X.answers.2026-12-01T10:00:00Z" (".2", ".3"
   ... after the second in one second); 0 otherwise. */
static size_t
summary_base (const char *name)
{
  const char *at = strstr (name, ".answers"), *p;
  size_t k;

  if (at == NULL || at == name)
    return 0;
  p = at + 8;
  if (*p == '\0')
    return (size_t) (p - name);
  /* "YYYY-MM-DDTHH:MM:SSZ": digits where the template has 9. */
  if (*p++ != '.')
    return 0;
  for (k = 0; k < 20; k++)
    if ("9999-99-99T99:99:99Z"[k] == '9' ? !isdigit ((unsigned char) p[k])
        : p[k] != "9999-99-99T99:99:99Z"[k])
      return 0;
  p += 20;
  if (*p == '.' && isdigit ((unsigned char) p[1]))
    for (p++; isdigit ((unsigned char) *p); p++)
      ;
  return *p == '\0' ? (size_t) (at + 8 - name) : 0;
}

/* The number of a set-aside file within its second: 1 for the first. */
static long
summary_aside_number (const struct summary_file *f)
{
  const char *p = f->name + f->base;

  return strlen (p) > 21 ? strtol (p + 22, NULL, 10) : 1;
}

/* By participant; then their own file first, and the files set aside
   from it oldest first. */
static int
summary_compare (const void *a, const void *b)
{
  const struct summary_file *x = a, *y = b;
  size_t n = x->base < y->base ? x->base : y->base;
  int c = memcmp (x->name, y->name, n);
  long kx, ky;

  if (c != 0 || x->base != y->base)
    return c != 0 ? c : x->base < y->base ? -1 : 1;
  if (x->name[x->base] == '\0' || y->name[y->base] == '\0')
    return (x->name[x->base] != '\0') - (y->name[y->base] != '\0');
  c = strncmp (x->name + x->base, y->name + y->base, 21);
  if (c != 0)
    return c;
  kx = summary_aside_number (x);
  ky = summary_aside_number (y);
  return (kx > ky) - (kx < ky);
}

/* The answers files of DIR and the files set aside from them (not
   hidden ones: those are files being written), sorted by participant;
   NULL with errno set when DIR cannot be read. */
static struct summary_file *
summary_files (const char *dir, size_t *n)
{
  DIR *dp = opendir (dir);
  struct dirent *e;
  struct summary_file *files = NULL;
  size_t cap = 0, base;

  *n = 0;
  if (dp == NULL)
    return NULL;
  while ((e = readdir (dp)) != NULL)
    {
      if (e->d_name[0] == '.' || (base = summary_base (e->d_name)) == 0)
        continue;
      files = xgrow (files, &cap, *n + 1, sizeof *files);
      files[*n].name = xstrdup (e->d_name);
      files[(*n)++].base = base;
    }
  closedir (dp);
  if (*n > 0)
    qsort (files, *n, sizeof *files, summary_compare);
  return files != NULL ? files : xcalloc (1, sizeof *files);
}

/* Where each participant's files start in FILES[0..N): into *STARTS,
   one more than the number of participants returned (the end). */
static size_t
summary_groups (const struct summary_file *files, size_t n, size_t **starts)
{
  size_t i, g = 0;

  *starts = xcalloc (n + 1, sizeof **starts);
  for (i = 0; i < n; i++)
    if (i == 0 || files[i].base != files[i - 1].base
        || memcmp (files[i].name, files[i - 1].name, files[i].base) != 0)
      (*starts)[g++] = i;
  (*starts)[g] = n;
  return g;
}

static void
summary_skip (struct summary *s, const char *file, const char *why)
{
  s->skipped = xgrow (s->skipped, &s->cap_skipped, s->n_skipped + 1,
                      sizeof *s->skipped);
  s->skipped[s->n_skipped].file = xstrdup (file);
  s->skipped[s->n_skipped].why = xstrdup (why);
  s->n_skipped++;
}

/* "2026-12-01T10:00:00Z" in seconds since 1970, or -1. */
static long long
summary_time (const char *text)
{
  struct tm tm;
  const char *end;

  if (text == NULL)
    return -1;
  memset (&tm, 0, sizeof tm);
  end = strptime (text, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return end != NULL && *end == '\0' ? (long long) timegm (&tm) : -1;
}

static void
summary_add (struct summary *s, const struct summary_file *file,
             const struct session *ses, const struct result *r)
{
  struct summary_row *row;
  const char *who = session_get (ses, "meta.participant");
  size_t i, k;

  s->rows = xgrow (s->rows, &s->cap, s->n + 1, sizeof *s->rows);
  row = &s->rows[s->n++];
  row->file = utf8_quotable (file->name, 255);
  row->name = xstrdup (file->name);
  row->team = session_get (ses, "meta.team") != NULL
              ? xstrdup (session_get (ses, "meta.team")) : NULL;
  if (who != NULL)
    row->participant = xstrdup (who);
  else
    {
      /* A file's name is any bytes: never an escape sequence for the
         facilitator's terminal, nor a byte that is not text. */
      char *name = xstrndup (file->name, file->base - 8);

      row->participant = utf8_quotable (name, WORKSHOP_NAME_MAX);
      free (name);
    }
  row->primary = r->primary;
  row->caio = r->caio;
  row->complete = r->complete;
  row->tools = r->n_tools;
  row->tools_ready = 0;
  row->finished = session_get (ses, "meta.status") != NULL
                  && strcmp (session_get (ses, "meta.status"), "finished") == 0;
  row->updated = summary_time (session_get (ses, "meta.updated"));
  row->readiness10 = r->readiness.n_rated > 0 ? r->readiness.mean10 : -1;
  row->governance = r->gov.taken ? r->gov.score : SCORE_NONE;
  summary_modules_add (&s->modules, r);
  s->primary[r->primary]++;
  s->caio[r->caio]++;
  for (i = 0; i < ROLE_COUNT; i++)
    {
      row->scores[i] = r->scores[i];
      /* A score not known yet is left out of the figures. */
      if (r->scores[i] == SCORE_NONE)
        continue;
      if (s->scored[i] == 0 || r->scores[i] < s->min[i])
        s->min[i] = r->scores[i];
      if (s->scored[i] == 0 || r->scores[i] > s->max[i])
        s->max[i] = r->scores[i];
      s->sum[i] += r->scores[i];
      s->scored[i]++;
      s->score_hist[i][r->scores[i] >= 80 ? 4 : r->scores[i] / 20]++;
    }
  for (i = 0; i < r->n_tools; i++)
    {
      row->tools_ready += r->tools[i].verdict == TOOL_READY;
      s->tool_verdicts[r->tools[i].verdict]++;
      for (k = 0; k < TS_COUNT; k++)
        s->step_done[k] += r->tools[i].steps[k] == STEP_DONE;
      s->steps++;
    }
}

/* Load FILE of DIR into SES; a problem goes into ONE. */
static bool
summary_read (const char *dir, const struct summary_file *file,
              const struct bank *bank, struct session *ses, struct diag *one)
{
  char *path = xasprintf ("%s/%s", dir, file->name);
  bool ok;

  session_init (ses);
  ok = session_load_own (ses, bank, path, one) == EXIT_OK;
  free (path);
  if (!ok)
    session_free (ses);
  return ok;
}

/* Count the participant whose files are FILES[0..N) (their own first,
   then those set aside, oldest first) once: their own file when it has
   answers, else the newest set aside that has (they started again and
   have not answered yet), else whichever reads.  Skipped, with the
   first problem, only when none reads. */
static void
summary_load_one (struct summary *s, const struct bank *bank,
                  const char *dir, const struct summary_file *files, size_t n)
{
  struct session ses, chosen;
  struct diag one;
  struct result r;
  bool own = files[0].name[files[0].base] == '\0';
  size_t i, k, pick = n;

  diag_init (&one);
  session_init (&chosen);
  for (i = 0; i < n; i++)
    {
      /* Their own file (first when there is one), then the set-aside
         ones newest first. */
      k = !own ? n - 1 - i : i == 0 ? 0 : n - i;
      if (!summary_read (dir, &files[k], bank, &ses, &one))
        continue;
      if (pick == n || session_answered (&ses))
        {
          bool answered = session_answered (&ses);

          session_free (&chosen);
          chosen = ses;
          pick = k;
          if (answered)
            break;
        }
      else
        session_free (&ses);
    }
  if (pick < n && s->team != NULL
      && !team_matches (session_get (&chosen, "meta.team"), s->team))
    ;   /* of another team */
  else if (pick < n)
    {
      score_verdicts (bank, &chosen, &r);
      summary_add (s, &files[pick], &chosen, &r);
      split_add (&s->votes, bank, &chosen);
      result_free (&r);
    }
  else
    summary_skip (s, files[0].name, one.count > 0 ? one.messages[0] : "");
  session_free (&chosen);
  diag_free (&one);
}

/* Score the participants of FILES (their runs start at STARTS[0..N],
   the last the end) of DIR into S, which starts empty. */
static void
summary_load_files (struct summary *s, const struct bank *bank,
                    const char *dir, const struct summary_file *files,
                    const size_t *starts, size_t n)
{
  size_t g;

  for (g = 0; g < n; g++)
    summary_load_one (s, bank, dir, files + starts[g],
                      starts[g + 1] - starts[g]);
}

/* A run of the files, scored by a thread of its own: a large workshop's
   directory is read on every core.  The bank is only read. */
struct summary_part
{
  struct summary s;
  const struct bank *bank;
  const char *dir;
  const struct summary_file *files;
  const size_t *starts;
  size_t n;                     /* participants */
};

static void *
summary_part_run (void *arg)
{
  struct summary_part *p = arg;

  summary_load_files (&p->s, p->bank, p->dir, p->files, p->starts, p->n);
  return NULL;
}

/* Move PART's rows and skipped files to the end of S, and add its counts
   to S's. */
static void
summary_merge (struct summary *s, struct summary *part)
{
  size_t i;

  for (i = 0; i < ROLE_COUNT; i++)
    {
      if (part->scored[i] == 0)
        continue;
      if (s->scored[i] == 0 || part->min[i] < s->min[i])
        s->min[i] = part->min[i];
      if (s->scored[i] == 0 || part->max[i] > s->max[i])
        s->max[i] = part->max[i];
      s->sum[i] += part->sum[i];
      s->scored[i] += part->scored[i];
    }
  if (part->n > 0)
    {
      s->rows = xgrow (s->rows, &s->cap, s->n + part->n, sizeof *s->rows);
      memcpy (s->rows + s->n, part->rows, part->n * sizeof *part->rows);
      s->n += part->n;
    }
  if (part->n_skipped > 0)
    {
      s->skipped = xgrow (s->skipped, &s->cap_skipped,
                          s->n_skipped + part->n_skipped, sizeof *s->skipped);
      memcpy (s->skipped + s->n_skipped, part->skipped,
              part->n_skipped * sizeof *part->skipped);
      s->n_skipped += part->n_skipped;
    }
  for (i = 0; i < 4; i++)
    {
      s->primary[i] += part->primary[i];
      s->caio[i] += part->caio[i];
    }
  for (i = 0; i < TS_COUNT; i++)
    s->step_done[i] += part->step_done[i];
  for (i = 0; i < 3; i++)
    s->tool_verdicts[i] += part->tool_verdicts[i];
  for (i = 0; i < ROLE_COUNT * SUMMARY_BUCKETS; i++)
    s->score_hist[i / SUMMARY_BUCKETS][i % SUMMARY_BUCKETS]
      += part->score_hist[i / SUMMARY_BUCKETS][i % SUMMARY_BUCKETS];
  s->steps += part->steps;
  summary_modules_merge (&s->modules, &part->modules);
  split_merge (&s->votes, &part->votes);
  split_free (&part->votes);
  free (part->rows);
  free (part->skipped);
}

/* How many threads to score N files with: one for each core this
   process may run on (taskset and cgroups say), none more for a room
   small enough to take no time. */
static size_t
summary_threads (size_t n)
{
  cpu_set_t cpus;
  long cores = sched_getaffinity (0, sizeof cpus, &cpus) == 0
               ? CPU_COUNT (&cpus) : sysconf (_SC_NPROCESSORS_ONLN);
  size_t t = cores > 1 ? (size_t) cores : 1;

  if (t > SUMMARY_MAX_THREADS)
    t = SUMMARY_MAX_THREADS;
  if (t > n / SUMMARY_FILES_PER_THREAD)
    t = n / SUMMARY_FILES_PER_THREAD;
  return t > 1 ? t : 1;
}

int
summary_load (struct summary *s, const struct bank *bank, const char *dir,
              struct diag *d)
{
  return summary_load_team (s, bank, dir, NULL, d);
}

int
summary_load_team (struct summary *s, const struct bank *bank,
                   const char *dir, const char *team, struct diag *d)
{
  struct summary_part parts[SUMMARY_MAX_THREADS];
  pthread_t threads[SUMMARY_MAX_THREADS];
  bool started[SUMMARY_MAX_THREADS];
  struct summary_file *files;
  size_t *starts;
  size_t n, g, i, t, from = 0;

  memset (s, 0, sizeof *s);
  s->team = team;
  s->bank = bank;
  split_init (&s->votes, bank);
  files = summary_files (dir, &n);
  if (files == NULL)
    {
      diag_add (d, EXIT_NOINPUT, dir, 0, "%s", strerror (errno));
      split_free (&s->votes);
      return EXIT_NOINPUT;
    }
  g = summary_groups (files, n, &starts);
  t = summary_threads (g);
  for (i = 0; i < t; i++)
    {
      memset (&parts[i], 0, sizeof parts[i]);
      parts[i].s.team = team;
      split_init (&parts[i].s.votes, bank);
      parts[i].bank = bank;
      parts[i].dir = dir;
      parts[i].files = files;
      parts[i].starts = starts + from;
      parts[i].n = g / t + (i < g % t);
      from += parts[i].n;
      /* The first run is this thread's; a thread that cannot be made
         leaves its run to this one too. */
      started[i] = i > 0 && pthread_create (&threads[i], NULL,
                                            summary_part_run, &parts[i]) == 0;
    }
  for (i = 0; i < t; i++)
    {
      if (started[i])
        pthread_join (threads[i], NULL);
      else
        summary_part_run (&parts[i]);
      summary_merge (s, &parts[i].s);
    }
  for (i = 0; i < n; i++)
    free (files[i].name);
  free (files);
  free (starts);
  return EXIT_OK;
}

void
summary_free (struct summary *s)
{
  size_t i;

  for (i = 0; i < s->n; i++)
    {
      free (s->rows[i].file);
      free (s->rows[i].name);
      free (s->rows[i].team);
      free (s->rows[i].participant);
    }
  for (i = 0; i < s->n_skipped; i++)
    {
      free (s->skipped[i].file);
      free (s->skipped[i].why);
    }
  free (s->rows);
  free (s->skipped);
  split_free (&s->votes);
  memset (s, 0, sizeof *s);
}

int
summary_format_parse (const char *name, enum summary_format *format)
{
  static const struct { const char *name; enum summary_format f; } names[] = {
    { "text", SUMMARY_TEXT }, { "txt", SUMMARY_TEXT },
    { "markdown", SUMMARY_MARKDOWN }, { "md", SUMMARY_MARKDOWN },
    { "html", SUMMARY_HTML }, { "json", SUMMARY_JSON }, { "csv", SUMMARY_CSV },
  };
  size_t i;

  for (i = 0; i < sizeof names / sizeof names[0]; i++)
    if (strcmp (name, names[i].name) == 0)
      {
        *format = names[i].f;
        return 0;
      }
  return -1;
}


enum summary_state
summary_row_state (const struct summary_row *row, long long now)
{
  if (row->finished)
    return ROOM_FINISHED;
  return row->updated >= 0 && now - row->updated < SUMMARY_IDLE_SECONDS
         ? ROOM_ANSWERING : ROOM_IDLE;
}

const char *
summary_state_id (enum summary_state st)
{
  static const char *const ids[] = { "finished", "answering", "idle" };
  return ids[st];
}

const char *
summary_state_name (enum summary_state st)
{
  static const char *const names[] = {
    N_("finished"), N_("answering"), N_("idle")
  };
  return names[st];
}
