/* screen.c: CDK start-up and teardown, and the boxed notice. */
#include "system.h"

#include <langinfo.h>
#include <unistd.h>

#include <cdk.h>

#include "tui/screen.h"

bool
screen_available (void)
{
  const char *term = getenv ("TERM");

  return isatty (STDIN_FILENO) && isatty (STDOUT_FILENO)
         && term != NULL && *term != '\0' && strcmp (term, "dumb") != 0;
}

/* This CDK is built on the narrow ncurses, which shows the bytes of a
   UTF-8 character as "M-x" garbage.  While the screen is up, ask gettext
   for translations transliterated to ASCII; files keep UTF-8. */
static void
screen_set_codeset (bool for_screen)
{
  if (strcmp (nl_langinfo (CODESET), "UTF-8") == 0)
    bind_textdomain_codeset (PACKAGE, for_screen ? "ASCII//TRANSLIT" : "UTF-8");
}

int
screen_notice (const char *const *msgids, int n)
{
  CDKSCREEN *cdkscreen;
  CDKLABEL *label;
  const char *lines[8];
  int i;

  if (n > 8)
    n = 8;
  screen_set_codeset (true);
  for (i = 0; i < n; i++)
    lines[i] = *msgids[i] != '\0' ? _(msgids[i]) : "";
  cdkscreen = initCDKScreen (NULL);
  if (cdkscreen == NULL)
    {
      screen_set_codeset (false);
      return -1;
    }
  curs_set (0);
  label = newCDKLabel (cdkscreen, CENTER, CENTER, (CDK_CSTRING2) lines, n,
                       TRUE, FALSE);
  if (label == NULL)
    {
      destroyCDKScreen (cdkscreen);
      endCDK ();
      screen_set_codeset (false);
      return -1;
    }
  drawCDKLabel (label, TRUE);
  waitCDKLabel (label, 0);
  destroyCDKLabel (label);
  destroyCDKScreen (cdkscreen);
  endCDK ();
  screen_set_codeset (false);
  return 0;
}
