/* team.h: the teams of a workshop (meta.team, chosen at the name
   prompt): who is in each, their verdicts, and the questions they
   disagree on most. */
#ifndef LEADWISE_TEAM_H
#define LEADWISE_TEAM_H

#include <stdbool.h>
#include <stddef.h>

#include "core/bank.h"
#include "core/diag.h"
#include "core/split.h"

struct summary;

/* Whether team names A (or NULL) and B are the same team: case and
   spaces aside. */
bool team_matches (const char *a, const char *b);

/* The answers files of TEAM's participants in DIR, one each (as the
   summary counts them), into *FILES (paths; free each and the array).
   Returns 0, or EXIT_NOINPUT when DIR cannot be read. */
int team_files (const struct bank *bank, const char *dir, const char *team,
                char ***files, size_t *n, struct diag *d);

#define TEAM_TOP 3

struct team
{
  char *name;                  /* as its first member wrote it */
  size_t members;
  size_t primary[4], caio[4];  /* verdicts, as the summary counts them */
  struct split split[TEAM_TOP];        /* most split first (split.h) */
  size_t n_split;
};

/* The teams of S's rows, first named first, with what they disagree
   on most (their answers read again from DIR). */
struct team *team_list (const struct summary *s, const struct bank *bank,
                        const char *dir, size_t *n);
void team_list_free (struct team *teams, size_t n);

#endif
