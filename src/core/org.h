/* org.h: the structure a result recommends, as a small tree under the
   CEO: the CTO and/or the CIO (or a technology leader still to decide),
   a dedicated Chief AI Officer on its reporting line, and a VP or Head
   of Engineering where the plan advises one.  It decides nothing the
   result has not: it only arranges what the result says. */
#ifndef LEADWISE_ORG_H
#define LEADWISE_ORG_H

#include <stddef.h>

#include "core/result.h"

#define ORG_MAX 6

struct org_node
{
  const char *role;     /* untranslated, for _() */
  const char *note;     /* untranslated, or NULL: "part-time", ... */
  int parent;           /* the node it reports to; -1 for the CEO */
};

/* Fill NODES (ORG_MAX) for R; the CEO first, each node after its
   parent.  Returns their count. */
size_t org_chart (const struct result *r, struct org_node *nodes);

#endif
