/* watch.c: the summary, live. */
#include "system.h"

#include <signal.h>
#include <time.h>

#include <cdk.h>

#include "core/diag.h"
#include "core/exitcode.h"
#include "core/summary.h"
#include "core/util.h"
#include "tui/key.h"
#include "tui/watch.h"

/* The text summary of DIR, as screen lines. */
static char **
watch_lines (const struct bank *bank, const char *dir, int *n)
{
  struct summary s;
  struct diag d;
  char *text = NULL, *shown, **lines;
  size_t size = 0;
  FILE *fp = open_memstream (&text, &size);

  diag_init (&d);
  if (summary_load (&s, bank, dir, &d) == EXIT_OK)
    {
      summary_write (fp, SUMMARY_TEXT, &s);
      summary_free (&s);
    }
  else
    fprintf (fp, "%s\n", d.count > 0 ? d.messages[0] : dir);
  fclose (fp);
  diag_free (&d);
  shown = screen_text (text);
  lines = screen_wrap (shown, COLS - 2, n);
  free (shown);
  free (text);
  return lines;
}

/* One screenful until the next refresh; false to stop. */
static bool
watch_once (const struct bank *bank, const char *dir, unsigned seconds,
            int *top)
{
  CDKSCREEN *cdk = initCDKScreen (stdscr);
  CDKSWINDOW *win;
  char **lines, *title;
  int n, key, i;
  bool go_on = true;

  lines = watch_lines (bank, dir, &n);
  /* TRANSLATORS: the live summary's title; %u is seconds. */
  title = xasprintf (_("Workshop summary: refreshed every %u seconds; "
                       "arrows scroll, q quits"), seconds);
  {
    char *shown = screen_text (title);

    free (title);
    title = xasprintf ("%s%s%s", screen_bar_on (), shown, screen_bar_off ());
    free (shown);
  }
  win = newCDKSwindow (cdk, 0, 0, LINES, COLS, title, n + 10, TRUE, FALSE);
  if (win != NULL)
    {
      setCDKSwindowContents (win, lines, n);
      for (i = 0; i < *top; i++)
        injectCDKSwindow (win, KEY_DOWN);
      refreshCDKScreen (cdk);
      timeout ((int) seconds * 1000);
      for (;;)
        {
          key = key_read (stdscr);
          if (key_stopped () != 0 || key == 'q' || key == 'Q')
            {
              go_on = false;
              break;
            }
          if (key == ERR || key == KEY_RESIZE)
            break;   /* time to refresh, or a new size */
          if (key == KEY_DOWN)
            (*top)++;
          else if (key == KEY_UP && *top > 0)
            (*top)--;
          injectCDKSwindow (win, (chtype) key);
        }
      timeout (-1);
      destroyCDKSwindow (win);
    }
  destroyCDKScreen (cdk);
  screen_free_lines (lines, n);
  free (title);
  erase ();
  return go_on && win != NULL;
}

int
watch_run (const struct bank *bank, const char *dir, unsigned seconds,
           const struct screen_options *opts)
{
  int top = 0;

  if (!screen_begin (opts))
    return EXIT_IOERR;
  while ((screen_big_enough () || screen_wait_big_enough ())
         && watch_once (bank, dir, seconds, &top))
    continue;
  screen_end ();
  return key_stopped () != 0 && key_stopped () != SIGALRM
         ? EXIT_INTERRUPTED : EXIT_OK;
}
