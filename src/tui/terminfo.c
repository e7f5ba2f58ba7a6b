/* terminfo.c: is this terminal type known?  What it must not be asked
   to do. */
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

void
screen_term_no_repeat (void)
{
  /* A run of one character may go out as the character and "repeat it
     N times" (rep), and some terminals (tmux) repeat only ASCII: a byte
     that stands for a letter (letters.c) must go out each time. */
  if (cur_term != NULL)
    repeat_char = NULL;
}
