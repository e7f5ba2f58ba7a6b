/* terminfo.c: is this terminal type known? */
#include "system.h"

#include <unistd.h>

#include <curses.h>
#include <term.h>

#include "tui/terminfo.h"

bool
screen_term_known (void)
{
  int err = 0;

  if (setupterm (NULL, STDOUT_FILENO, &err) != OK)
    return false;
  del_curterm (cur_term);
  return true;
}
