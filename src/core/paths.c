/* paths.c: the installed data, or the source tree's when uninstalled;
   a home directory in a typed name. */
#include "system.h"

#include <limits.h>
#include <pwd.h>
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

char *
paths_expand_home (const char *path)
{
  const char *rest, *home = NULL;
  struct passwd *pw;
  char *user;

  if (path[0] != '~')
    return xstrdup (path);
  rest = strchr (path, '/');
  if (rest == NULL)
    rest = path + strlen (path);
  user = xstrndup (path + 1, (size_t) (rest - path - 1));
  if (user[0] == '\0')
    {
      home = getenv ("HOME");
      if (home == NULL || home[0] == '\0')
        home = (pw = getpwuid (getuid ())) != NULL ? pw->pw_dir : NULL;
    }
  else if ((pw = getpwnam (user)) != NULL)
    home = pw->pw_dir;
  free (user);
  return home != NULL ? xasprintf ("%s%s", home, rest) : xstrdup (path);
}
