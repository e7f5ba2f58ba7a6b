/* advice.h: what explains the verdicts: scores placed within their
   verdict's band, and the reasons behind each decision (quoting the
   founder's own figures), each for or against the verdict reached.  Run
   after the rules and the tools; every sentence fits the structure
   recommended (INTERFACE.md, "Words fit the structure"). */
#ifndef LEADWISE_ADVICE_H
#define LEADWISE_ADVICE_H

#include "core/bank.h"
#include "core/result.h"
#include "core/session.h"

void advice_scores (const struct bank *bank, const struct session *session,
                    struct result *r);
void advice_reasons (const struct bank *bank, const struct session *session,
                     struct result *r);

#endif
