/* readiness.h: the CTO readiness module: the nine areas of article 002
   rated 1 to 5, the strongest three, and the three to develop first with
   a next step each, weighed by the challenge of the kind of leader the
   advice recommends. */
#ifndef LEADWISE_READINESS_H
#define LEADWISE_READINESS_H

#include "core/bank.h"
#include "core/result.h"
#include "core/session.h"

/* Fill R->readiness from the readiness.* answers; R's verdicts are
   decided already. */
void readiness_score (const struct bank *bank, const struct session *session,
                      struct result *r);

/* The challenge the answers set: by the company's size first (below 50
   people foundations, from 1,000 an estate), then by the kind of CTO,
   or a CIO. */
enum readiness_fit readiness_fit_of (const struct result *r);

/* Whether the recommended technology leader is to carry AI (an
   AI-focused CTO, or AI work without a dedicated CAIO). */
bool readiness_carries_ai (const struct result *r);

/* How much area A matters for FIT, 1 to 3 (a leader who is to carry AI
   weighs AI fluency and governance one more; heavy regulation of AI
   work, governance). */
int readiness_weight (enum readiness_fit fit, bool carries_ai, bool regulated,
                      enum readiness_area a);

/* Names: the answers-file id ("strategy" of readiness.strategy), the
   area in words, the fit in words (msgids), the fit's JSON id. */
const char *readiness_area_id (enum readiness_area a);
const char *readiness_area_name (enum readiness_area a);
const char *readiness_fit_name (enum readiness_fit f);
const char *readiness_fit_id (enum readiness_fit f);
/* Whom the ratings are about, in words (msgid), by readiness.subject's
   option; -1 for not said. */
const char *readiness_subject_name (int subject);

#endif
