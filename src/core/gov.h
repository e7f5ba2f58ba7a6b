/* gov.h: the AI governance and adoption module: article 002's seven
   governance questions, six risk questions and five adoption practices,
   each in place, partly or not yet.  The gaps are ranked by the risks
   the founder named (ai.risks), AI's place in the product and the weight
   of regulation; each gets the owner that the recommended structure
   gives it and a first action.  The maturity score falls in named
   bands. */
#ifndef LEADWISE_GOV_H
#define LEADWISE_GOV_H

#include "core/bank.h"
#include "core/result.h"
#include "core/session.h"

/* Fill R->gov; R's verdicts are decided already. */
void gov_score (const struct bank *bank, const struct session *session,
                struct result *r);

/* The band of a score 0..100. */
enum gov_band gov_band_of (int score);

/* Names: the answers-file id ("approval" of governance.approval), the
   item in words, its first action, its group (msgids); the band in
   words and its JSON id; the state's JSON id. */
const char *gov_item_id (enum gov_item i);
const char *gov_item_name (enum gov_item i);
const char *gov_item_action (enum gov_item i);
enum gov_group gov_item_group (enum gov_item i);
const char *gov_group_name (enum gov_group g);
const char *gov_band_name (enum gov_band b);
const char *gov_band_id (enum gov_band b);
const char *gov_state_id (enum gov_state s);

#endif
