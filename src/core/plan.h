/* plan.h: what to do about the verdicts: the governance of each AI risk
   named, and the actions in time (result.h's governance and plan).  Run
   after the rules, the tools and the advice. */
#ifndef LEADWISE_PLAN_H
#define LEADWISE_PLAN_H

#include "core/bank.h"
#include "core/result.h"
#include "core/session.h"

void plan_governance (const struct bank *bank, const struct session *session,
                      struct result *r);
void plan_make (const struct bank *bank, const struct session *session,
                struct result *r);

#endif
