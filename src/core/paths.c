/* paths.c: the installed data, or the source tree's when uninstalled. */
#include "system.h"

#include <limits.h>
#include <unistd.h>

#include "core/paths.h"
#include "core/util.h"

/* Whether the running program is the one in the build tree. */
static bool
paths_running_uninstalled (void)
{
  char self[PATH_MAX];
  ssize_t n = readlink ("/proc/self/exe", self, sizeof self - 1);

  if (n < 0)
    return false;
  self[n] = '\0';
  return strcmp (self, ABS_TOP_BUILDDIR "/src/leadwise") == 0;
}

char *
paths_default_bank (void)
{
  if (paths_running_uninstalled ())
    return xstrdup (ABS_TOP_SRCDIR "/data/leadwise.bank");
  return xstrdup (PKGDATADIR "/leadwise.bank");
}
