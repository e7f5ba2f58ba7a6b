/* tools.h: the six-step checklist of each AI tool (CONTENT.md section 3,
   INTERFACE.md): the steps as they count, the verdict, and what to do
   next, in order. */
#ifndef LEADWISE_TOOLS_H
#define LEADWISE_TOOLS_H

#include "core/bank.h"
#include "core/result.h"
#include "core/session.h"

/* Every tool with any answer in SESSION, in number order, into R. */
void tools_score (const struct bank *bank, const struct session *session,
                  struct result *r);

#endif
