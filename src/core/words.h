/* words.h: how leadwise says its verdicts in words.  Every function
   returns an untranslated string (a msgid), or a msg to format: callers
   translate for people, and use the English where output must not depend
   on the language (the JSON report).  Shared by the reports and the
   screens.  Sentences that name a leader fit the structure recommended:
   a CIO-only result never speaks of a CTO, one without a technology
   leader never of "your technology leader". */
#ifndef LEADWISE_WORDS_H
#define LEADWISE_WORDS_H

#include "core/score.h"

/* The recommendation in one sentence. */
const char *words_headline (const struct result *r);

/* A paragraph on who leads technology, and on the CAIO question, with
   what follows from it (NOTES, up to 4, for a held-back verdict). */
const char *words_primary_why (const struct result *r);
struct msg words_caio_why (const struct result *r);
size_t words_caio_notes (const struct result *r, struct msg *notes);
/* Whether R's company is too small for a team to lead (below 20). */
bool words_small_team (const struct result *r);

/* Who owns what once there is a CAIO; NULL without one. */
const char *words_caio_split (const struct result *r);

/* The leader who carries technology (and AI where no CAIO does), as the
   subject that starts a sentence: "The CTO", "The CIO you appoint". */
const char *words_leader (const struct result *r);

/* Short names: "CTO and CIO", "a dedicated CAIO", "scale-up CTO" ... */
const char *words_primary (enum primary p);
const char *words_form (enum form f);
/* CAIO verdicts in general (a workshop's counts) ... */
const char *words_caio (enum caio_verdict c);
/* The same, short, for a table: "a dedicated CAIO". */
const char *words_caio_short (enum caio_verdict c);
/* ... and where technology is led as PRIMARY says, by a leader still to
   be appointed when MISSING. */
const char *words_caio_in (enum caio_verdict c, enum primary primary,
                           bool missing);
const char *words_reports_to (enum reports_to r);
const char *words_kind (enum cto_kind k);
const char *words_kind_why (enum cto_kind k);

const char *words_indicator (enum indicator i);
/* The headings of the signs and the conditions, with a %d for how many
   hold ("... so far" while some are not known). */
const char *words_signs_title (const struct result *r);
const char *words_conditions_title (const struct result *r);
const char *words_absorb (enum absorb a);
const char *words_role (enum role r);

/* The heading of a decision's reasons ("Who leads technology"). */
const char *words_decision (enum decision d);

/* R's turning points in lines, one for each change ("If AI spending
   passes US$5,000,000 a year (now US$4,200,000): a dedicated Chief AI
   Officer"), changes of one choice that turn the advice alike in one
   line; translated when FOR PEOPLE.  Returns how many, with the lines
   in *LINES: free each, and the array. */
size_t words_turn_lines (const struct result *r, bool for_people,
                         char ***lines);

/* Who owns a risk, as R's structure names the role. */
const char *words_owner (enum role owner, const struct result *r);

/* "Now", "In the first 90 days", "Later". */
const char *words_when (enum when w);

const char *words_step (enum tool_step s);
/* STATE is an enum step_state, or -1 for unanswered. */
const char *words_step_state (int state);
const char *words_verdict (enum tool_verdict v);
/* A tool's verdict as its report shows it: one in use and ready is
   "cleared for use". */
const char *words_tool_verdict (const struct tool_result *t);

/* "1. Copilot: ready for a pilot (2 of 6 steps done)", translated: a
   tool's heading in reports and its line on the results screen.  Free
   it. */
char *words_tool_title (const struct tool_result *t);

#endif
