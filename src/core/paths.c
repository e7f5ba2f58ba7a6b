/* paths.c: the installed data and catalogs, or the build tree's when
   run uninstalled; a home directory in a typed name. */
#include "system.h"

#include <limits.h>
#include <pwd.h>
#include <unistd.h>

#include "core/paths.h"
#include "core/util.h"

/* The build tree of a program run uninstalled: src/leadwise-tree beside
   it (made by "make", never installed) names the source tree on its
   first line and the catalogs built on its second.  LINE 0 or 1 of it,
   or NULL when the program is an installed one. */
static const char *
paths_tree (int line)
{
  static bool read_once;
  static char *lines[2];
  char self[PATH_MAX + 16];
  ssize_t n;
  FILE *fp;
  int k;

  if (!read_once)
    {
      read_once = true;
      n = readlink ("/proc/self/exe", self, PATH_MAX);
      if (n > 0 && n < PATH_MAX)
        {
          char *slash;

          self[n] = '\0';
          slash = strrchr (self, '/');
          if (slash != NULL)
            {
              strcpy (slash + 1, "leadwise-tree");
              if ((fp = fopen (self, "r")) != NULL)
                {
                  for (k = 0; k < 2; k++)
                    {
                      char buf[PATH_MAX + 2];

                      if (fgets (buf, sizeof buf, fp) == NULL)
                        break;
                      buf[strcspn (buf, "\n")] = '\0';
                      if (buf[0] == '/')
                        lines[k] = xstrdup (buf);
                    }
                  fclose (fp);
                }
            }
        }
    }
  return lines[line];
}

char *
paths_default_bank (void)
{
  if (paths_tree (0) != NULL)
    return xasprintf ("%s/data/leadwise.bank", paths_tree (0));
  return xstrdup (PKGDATADIR "/leadwise.bank");
}

const char *
paths_localedir (void)
{
  const char *dir = getenv ("LEADWISE_LOCALEDIR");

  if (dir != NULL && *dir != '\0')
    return dir;
  return paths_tree (1) != NULL ? paths_tree (1) : LOCALEDIR;
}

bool
paths_catalog_found (const char *lang)
{
  char *path;
  bool found;

  if (strcmp (lang, "en") == 0)
    return true;
  path = xasprintf ("%s/%s/LC_MESSAGES/%s.mo", paths_localedir (), lang,
                    PACKAGE);
  found = access (path, R_OK) == 0;
  free (path);
  return found;
}

char *
paths_catalog_problem (const char *lang)
{
  if (paths_catalog_found (lang))
    return NULL;
  /* TRANSLATORS: %s is a language's code (de), then a directory. */
  return xasprintf (_("the '%s' translation is not installed (nothing in "
                      "%s); the text stays in English"), lang,
                    paths_localedir ());
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
