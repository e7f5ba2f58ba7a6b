/* module.h: the optional modules of a bank (sections marked "Module:
   yes"): which the founder chose, and which the advice offers now.  A
   module is chosen when "meta.modules" names it or, without that line,
   when the session holds an answer to one of its questions (an answers
   file selects a module by holding its ids). */
#ifndef LEADWISE_MODULE_H
#define LEADWISE_MODULE_H

#include <stdbool.h>
#include <stddef.h>

#include "core/bank.h"
#include "core/session.h"

/* The name "meta.modules" gives the core assessment (every section that
   is not a module). */
#define MODULE_CORE "core"

/* The section of module ID ("readiness"), or -1. */
int module_find (const struct bank *bank, const char *id);

/* Whether the core assessment is chosen: by default, yes. */
bool module_core_chosen (const struct session *session);

/* Whether section S is chosen in SESSION: a module named in
   "meta.modules" (without that line, one with an answer), a core
   section when the core is. */
bool module_chosen (const struct bank *bank, const struct session *session,
                    size_t s);

/* Choose the core or not, and the modules whose sections are the bits
   of MODULES.  Answers of a module left out stay in the session and in
   the reports: nothing typed is lost. */
void module_choose (struct session *session, const struct bank *bank,
                    bool core, unsigned long modules);

/* Whether the advice offers module S now: the hiring brief only when
   it hires or appoints someone; every other module always. */
bool module_offered (const struct bank *bank, const struct session *session,
                     size_t s);

/* Whether section S is asked: a core section, or a module chosen and
   offered, as MASK (from module_mask) holds. */
bool module_asked (size_t s, unsigned long mask);

/* The sections asked now, a bit each (the first sizeof (long) * 8;
   modules beyond are never asked). */
unsigned long module_mask (const struct bank *bank,
                           const struct session *session);

/* Whether SESSION answers a question of section S. */
bool module_started (const struct bank *bank, const struct session *session,
                     size_t s);

/* How many of the bank's sections are modules. */
size_t module_count (const struct bank *bank);

#endif
