/* org.c: the recommended structure as a tree (see org.h). */
#include "system.h"

#include "core/org.h"

static size_t
org_add (struct org_node *nodes, size_t n, const char *role,
         const char *note, int parent)
{
  nodes[n].role = role;
  nodes[n].note = note;
  nodes[n].parent = parent;
  return n + 1;
}

/* The note of the leader who carries AI (NONE: no AI note), part-time
   or not. */
static const char *
org_note (const struct result *r, bool carries)
{
  bool part = r->form == FORM_FRACTIONAL;

  if (carries && r->caio == CAIO_CTO_ABSORBS)
    /* TRANSLATORS: notes in a box of the structure chart; keep them
       short. */
    return part ? N_("part-time; also leads AI") : N_("also leads AI");
  if (carries && r->caio == CAIO_WATCH)
    return part ? N_("part-time; carries AI for now")
                : N_("carries AI for now");
  return part ? N_("part-time") : NULL;
}

size_t
org_chart (const struct result *r, struct org_node *nodes)
{
  size_t n = 0;
  int cto = -1, cio = -1;
  bool ai_work = r->ai_work == TRI_YES;

  /* TRANSLATORS: a box of the structure chart; keep it short. */
  n = org_add (nodes, n, N_("CEO"), NULL, -1);
  if (r->primary == PRIMARY_CTO || r->primary == PRIMARY_BOTH)
    {
      cto = (int) n;
      /* TRANSLATORS: a box of the structure chart; keep it short. */
      /* Beside a CIO too, the CTO is who carries AI. */
      n = org_add (nodes, n, N_("CTO"), org_note (r, ai_work), 0);
    }
  if (r->primary == PRIMARY_CIO || r->primary == PRIMARY_BOTH)
    {
      cio = (int) n;
      /* TRANSLATORS: a box of the structure chart; keep it short. */
      n = org_add (nodes, n, N_("CIO"), r->primary == PRIMARY_CIO
                   ? org_note (r, ai_work) : NULL, 0);
    }
  if (r->primary == PRIMARY_UNDECIDED)
    /* TRANSLATORS: a box of the structure chart: whoever will lead
       technology, not decided yet; keep it short. */
    n = org_add (nodes, n, N_("Technology leader"), N_("to decide"), 0);
  if (r->caio == CAIO_DEDICATED)
    /* TRANSLATORS: a box of the structure chart; keep it short. */
    n = org_add (nodes, n, N_("Chief AI Officer"), NULL,
                 r->reports_to == REPORTS_CTO && cto >= 0 ? cto : 0);
  if ((r->delivery == DELIVERY_HEAD || r->delivery == DELIVERY_HEAD_LATER
       || r->delivery == DELIVERY_VP) && cto >= 0)
    n = org_add (nodes, n, r->delivery == DELIVERY_VP
                 /* TRANSLATORS: a box of the structure chart. */
                 ? N_("VP of Engineering") : N_("Head of Engineering"),
                 /* TRANSLATORS: a note in a box of the structure chart:
                    a role for when the first engineers join. */
                 r->delivery == DELIVERY_HEAD_LATER
                 ? N_("when engineers join") : NULL, cto);
  else if (r->delivery == DELIVERY_UNDER_CIO && cio >= 0)
    /* TRANSLATORS: a box of the structure chart: who runs the delivery
       of technology projects under the CIO. */
    n = org_add (nodes, n, N_("Delivery lead"), NULL, cio);
  return n;
}
