/* team.c: a workshop's teams. */
#include "system.h"

#include "core/exitcode.h"
#include "core/score.h"
#include "core/split.h"
#include "core/summary.h"
#include "core/team.h"
#include "core/util.h"

bool
team_matches (const char *a, const char *b)
{
  char *x, *y;
  bool same;

  if (a == NULL || b == NULL)
    return false;
  x = str_match_key (a);
  y = str_match_key (b);
  same = *x != '\0' && strcmp (x, y) == 0;
  free (x);
  free (y);
  return same;
}

int
team_files (const struct bank *bank, const char *dir, const char *team,
            char ***files, size_t *n, struct diag *d)
{
  struct summary s;
  size_t i;
  int status = summary_load_team (&s, bank, dir, team, d);

  *files = NULL;
  *n = 0;
  if (status != EXIT_OK)
    return status;
  *files = xcalloc (s.n + 1, sizeof **files);
  for (i = 0; i < s.n; i++)
    (*files)[(*n)++] = xasprintf ("%s/%s", dir, s.rows[i].name);
  summary_free (&s);
  return EXIT_OK;
}

/* The questions (not a tool's) TEAM's members disagree on most. */
static void
team_splits (struct team *t, const struct bank *bank,
             struct session *members, size_t n)
{
  struct split_votes votes;
  size_t i;

  split_init (&votes, bank);
  for (i = 0; i < n; i++)
    split_add (&votes, bank, &members[i]);
  t->n_split = split_most (&votes, t->split, TEAM_TOP);
  split_free (&votes);
}

struct team *
team_list (const struct summary *s, const struct bank *bank, const char *dir,
           size_t *n)
{
  struct team *teams = NULL;
  size_t cap = 0, i, k, m;

  *n = 0;
  for (i = 0; i < s->n; i++)
    {
      const struct summary_row *row = &s->rows[i];

      if (row->team == NULL)
        continue;
      for (k = 0; k < *n && !team_matches (teams[k].name, row->team); k++)
        continue;
      if (k == *n)
        {
          teams = xgrow (teams, &cap, *n + 1, sizeof *teams);
          memset (&teams[k], 0, sizeof teams[k]);
          teams[k].name = xstrdup (row->team);
          (*n)++;
        }
      teams[k].members++;
      teams[k].primary[row->primary]++;
      teams[k].caio[row->caio]++;
    }
  for (k = 0; k < *n; k++)
    {
      struct session *members = xcalloc (teams[k].members + 1,
                                         sizeof *members);
      struct diag d;

      diag_init (&d);
      for (i = 0, m = 0; i < s->n; i++)
        if (team_matches (s->rows[i].team, teams[k].name))
          {
            char *path = xasprintf ("%s/%s", dir, s->rows[i].name);

            session_init (&members[m]);
            if (session_load_own (&members[m], bank, path, &d) == EXIT_OK)
              m++;
            else
              session_free (&members[m]);
            free (path);
          }
      team_splits (&teams[k], bank, members, m);
      for (i = 0; i < m; i++)
        session_free (&members[i]);
      free (members);
      diag_free (&d);
    }
  return teams;
}

void
team_list_free (struct team *teams, size_t n)
{
  size_t i;

  for (i = 0; i < n; i++)
    free (teams[i].name);
  free (teams);
}
