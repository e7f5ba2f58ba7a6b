/* words.h: how leadwise says its verdicts in words.  Every function
   returns an untranslated string (a msgid): callers translate it with _()
   for people, and use it as it is where output must not depend on the
   language (the JSON report).  Shared by the reports and the screens. */
#ifndef LEADWISE_WORDS_H
#define LEADWISE_WORDS_H

#include "core/score.h"

/* The recommendation in one sentence. */
const char *words_headline (enum primary p, enum caio_verdict c);

/* A paragraph on who leads technology, and on the CAIO question. */
const char *words_primary_why (enum primary p);
const char *words_caio_why (enum caio_verdict c);

/* Short names: "CTO and CIO", "a dedicated CAIO", "scale-up CTO" ... */
const char *words_primary (enum primary p);
const char *words_caio (enum caio_verdict c);
const char *words_reports_to (enum reports_to r);
const char *words_kind (enum cto_kind k);
const char *words_kind_why (enum cto_kind k);

const char *words_indicator (enum indicator i);
const char *words_absorb (enum absorb a);
const char *words_role (enum role r);

const char *words_step (enum tool_step s);
/* STATE is an enum step_state, or -1 for unanswered. */
const char *words_step_state (int state);
const char *words_verdict (enum tool_verdict v);

#endif
