/* summary_modules.h: the optional modules across a workshop's room: the
   readiness ratings averaged by area, the governance score, and the
   governance gaps most participants have. */
#ifndef LEADWISE_SUMMARY_MODULES_H
#define LEADWISE_SUMMARY_MODULES_H

#include <stdio.h>

#include "core/doc.h"
#include "core/result.h"

struct summary_modules
{
  size_t ready_files;            /* participants who rated an area */
  long ready_sum[RA_COUNT];
  size_t ready_n[RA_COUNT];      /* how many rated each area */
  size_t gov_files;              /* participants who answered governance */
  long gov_sum;                  /* of their scores */
  size_t gov_gap[GI_COUNT];      /* how many have each gap */
};

/* Count R's modules into M. */
void summary_modules_add (struct summary_modules *m, const struct result *r);

/* Add PART's counts to M's. */
void summary_modules_merge (struct summary_modules *m,
                            const struct summary_modules *part);

/* The mean rating of area A times ten, or -1 when nobody rated it; the
   mean governance score, or SCORE_NONE. */
int summary_modules_ready10 (const struct summary_modules *m,
                             enum readiness_area a);
int summary_modules_gov_mean (const struct summary_modules *m);

/* The governance items with a gap into ORDER, most common first (on a
   tie, in article 002's order); returns how many. */
size_t summary_modules_gaps (const struct summary_modules *m,
                             int order[GI_COUNT]);

/* The sections of the summary for people, when anyone took a module. */
void summary_modules_doc (struct doc *d, const struct summary_modules *m);

/* TENTHS (34) as a JSON number (3.4), or null when negative. */
void summary_modules_json_tenths (FILE *fp, int tenths);

/* The "modules" member of the JSON summary (with its comma). */
void summary_modules_json (FILE *fp, const struct summary_modules *m);

#endif
