/* hire.h: the hiring brief and the first 90 days, for the leader the
   advice hires or appoints first: a missing technology leader, else a
   dedicated Chief AI Officer, else a VP or Head of Engineering.  The
   brief says what kind of leader, the mandate, what the role owns and
   what it leaves to others; the plan follows article 002's first 90
   days, ordered and fitted to the answers. */
#ifndef LEADWISE_HIRE_H
#define LEADWISE_HIRE_H

#include "core/bank.h"
#include "core/result.h"
#include "core/session.h"

/* Whom R's advice hires or appoints first. */
enum hire_role hire_role (const struct result *r);

/* Fill R->hire; R is scored (verdicts, plan) already. */
void hire_score (const struct bank *bank, const struct session *session,
                 struct result *r);

/* Whether a turning point of decision T changes ROLE: the CAIO's
   verdict and reporting line for a CAIO, who leads technology for a VP
   or Head of Engineering, both for a technology leader. */
bool hire_turn_matters (enum hire_role role, enum turn t);

/* The role in words (msgid), and its JSON id. */
const char *hire_role_name (enum hire_role role);
const char *hire_role_id (enum hire_role role);

#endif
