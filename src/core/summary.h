/* summary.h: a workshop's results together: every answers file in a
   directory scored, and counted (verdicts, scores, checklist steps).
   Files that cannot be read or parsed are listed by name and skipped,
   never fatal.  Curses-free; the facilitator's report. */
#ifndef LEADWISE_SUMMARY_H
#define LEADWISE_SUMMARY_H

#include <stdio.h>

#include "core/bank.h"
#include "core/diag.h"
#include "core/score.h"
#include "core/split.h"
#include "core/summary_modules.h"

enum summary_format { SUMMARY_TEXT, SUMMARY_MARKDOWN, SUMMARY_HTML,
                      SUMMARY_JSON, SUMMARY_CSV,
                      SUMMARY_CSV_DISTRIBUTIONS  /* --format csv
                                                    --distributions */
};

/* How many of the questions the room is most split on it shows. */
#define SUMMARY_SPLITS 3

/* A score's distribution is counted in fifths. */
#define SUMMARY_BUCKETS 5

struct summary_row
{
  char *file;                  /* the file name within the directory,
                                  quoted where it is not text */
  char *name;                  /* the file name as it is */
  char *team;                  /* meta.team, or NULL */
  char *participant;           /* meta.participant, or the file's name */
  enum primary primary;
  enum caio_verdict caio;
  int scores[ROLE_COUNT];      /* SCORE_NONE where not known yet */
  bool complete;
  size_t tools, tools_ready;
  bool finished;               /* meta.status finished */
  long long updated;           /* meta.updated, seconds since 1970, or
                                  -1 */
  int readiness10;             /* the mean rating times ten, or -1 */
  int governance;              /* the governance score, or SCORE_NONE */
};

struct summary_skipped
{
  char *file;
  char *why;                   /* the first problem found */
};

struct summary
{
  struct summary_row *rows;
  size_t n, cap;
  struct summary_skipped *skipped;
  size_t n_skipped, cap_skipped;
  size_t primary[4], caio[4];          /* counts by verdict */
  int min[ROLE_COUNT], max[ROLE_COUNT];    /* of the scores known */
  long sum[ROLE_COUNT];
  size_t scored[ROLE_COUNT];           /* how many are known */
  size_t step_done[TS_COUNT], steps;   /* steps: tools counted */
  size_t tool_verdicts[3];     /* tools by enum tool_verdict */
  size_t score_hist[ROLE_COUNT][SUMMARY_BUCKETS];  /* scores known, by
                                  fifths: 0-19, 20-39 ... 80-100 */
  struct summary_modules modules;
  struct split_votes votes;    /* the answers by class, for the
                                  questions the room is most split on */
  const struct bank *bank;     /* what the answers were read with */
  const char *team;            /* only this team's participants, or NULL */
};

/* Score every participant of DIR once, in name order: their
   "X.answers" file, or, where they started again and have not answered
   yet, the newest file set aside from it ("X.answers.<UTC time>").
   Returns 0, or EXIT_NOINPUT when DIR cannot be read (the reason in
   D). */
int summary_load (struct summary *s, const struct bank *bank,
                  const char *dir, struct diag *d);

/* Where a participant stands: finished, answering (saved within the
   last SUMMARY_IDLE_SECONDS of NOW), or idle. */
#define SUMMARY_IDLE_SECONDS (10 * 60)
enum summary_state { ROOM_FINISHED, ROOM_ANSWERING, ROOM_IDLE };
enum summary_state summary_row_state (const struct summary_row *row,
                                      long long now);
const char *summary_state_id (enum summary_state st);     /* "finished" */
const char *summary_state_name (enum summary_state st);   /* a msgid */

/* Each participant's state, last answer and team, for "room status";
   CLOSED: whether the room takes new names.  0, or -1 on a write
   error. */
int summary_write_status (FILE *fp, enum summary_format format,
                          const struct summary *s, bool closed);

/* The same for the participants of TEAM alone (meta.team, matched as
   team_matches does); NULL for all. */
int summary_load_team (struct summary *s, const struct bank *bank,
                       const char *dir, const char *team, struct diag *d);

void summary_free (struct summary *s);

/* "text", "markdown" ("md"), "html", "json", "csv"; -1 if unknown. */
int summary_format_parse (const char *name, enum summary_format *format);

/* Write the summary; returns 0, or -1 on a write error.  With DIR (the
   directory S was loaded from, to read the answers again), each team's
   verdicts and disagreements too. */
int summary_write (FILE *fp, enum summary_format format,
                   const struct summary *s);
int summary_write_teams (FILE *fp, enum summary_format format,
                         const struct summary *s, const char *dir);

#endif
