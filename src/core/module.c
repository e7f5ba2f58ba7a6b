/* module.c: choosing the optional modules. */
#include "system.h"

#include "core/hire.h"
#include "core/module.h"
#include "core/score.h"
#include "core/util.h"

#define MODULE_BITS (sizeof (unsigned long) * 8)

int
module_find (const struct bank *bank, const char *id)
{
  size_t i;

  for (i = 0; i < bank->n_sections; i++)
    if (bank->sections[i].module && strcmp (bank->sections[i].id, id) == 0)
      return (int) i;
  return -1;
}

bool
module_started (const struct bank *bank, const struct session *session,
                size_t s)
{
  const struct section *sec = &bank->sections[s];
  size_t i;

  for (i = sec->first; i < sec->first + sec->count; i++)
    if (session_get (session, bank->questions[i].id) != NULL)
      return true;
  return false;
}

bool
module_core_chosen (const struct session *session)
{
  const char *list = session_get (session, "meta.modules");

  return list == NULL || bank_multi_has (list, MODULE_CORE);
}

bool
module_chosen (const struct bank *bank, const struct session *session,
               size_t s)
{
  const char *list = session_get (session, "meta.modules");

  if (!bank->sections[s].module)
    return module_core_chosen (session);
  return list != NULL ? bank_multi_has (list, bank->sections[s].id)
                      : module_started (bank, session, s);
}

void
module_choose (struct session *session, const struct bank *bank,
               bool core, unsigned long modules)
{
  struct buf b;
  size_t i;

  buf_init (&b);
  if (core)
    buf_add (&b, MODULE_CORE);
  for (i = 0; i < bank->n_sections && i < MODULE_BITS; i++)
    if (bank->sections[i].module && (modules & (1UL << i)) != 0)
      buf_addf (&b, "%s%s", b.len > 0 ? "," : "", bank->sections[i].id);
  session_set (session, "meta.modules", b.data);
  buf_free (&b);
}

bool
module_offered (const struct bank *bank, const struct session *session,
                size_t s)
{
  struct result r;
  bool offered;

  if (!bank->sections[s].module)
    return false;
  if (strcmp (bank->sections[s].id, "hire") != 0)
    return true;
  score_run (bank, session, &r);
  offered = hire_role (&r) != HIRE_NONE;
  result_free (&r);
  return offered;
}

unsigned long
module_mask (const struct bank *bank, const struct session *session)
{
  unsigned long mask = 0;
  size_t s;

  for (s = 0; s < bank->n_sections && s < MODULE_BITS; s++)
    if (module_chosen (bank, session, s)
        && (!bank->sections[s].module || module_offered (bank, session, s)))
      mask |= 1UL << s;
  return mask;
}

bool
module_asked (size_t s, unsigned long mask)
{
  return s < MODULE_BITS && (mask & (1UL << s)) != 0;
}

size_t
module_count (const struct bank *bank)
{
  size_t s, n = 0;

  for (s = 0; s < bank->n_sections; s++)
    n += bank->sections[s].module;
  return n;
}
