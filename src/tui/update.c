/* update.c: one terminal update for each screen, made when a key is read.

   CDK refreshes the terminal at every step of drawing: a widget's box,
   then its text, and when it is destroyed, the blanked window.  One
   screen of the wizard was a dozen updates, each a pass of ncurses over
   the screen and a write to the terminal (a packet, over SSH), and the
   old screen was blanked on the terminal before the new one was drawn.

   The program is linked with --wrap=wrefresh and --wrap=wgetch (see
   configure.ac), which sends the calls of leadwise and of the statically
   linked CDK here.  A refresh only marks what is to go out; reading a
   key first sends it, in one update that carries only the difference
   from what the terminal shows.  Every screen waits for a key, so
   nothing drawn is left unshown.  ncurses' own calls inside its shared
   library are not affected.  Reading a key goes to key.c, the one key
   reader, CDK's reads included. */
#include "system.h"

#include <curses.h>

#include "tui/key.h"

#ifdef HAVE_LD_WRAP

int __wrap_wrefresh (WINDOW *win);
int __wrap_wgetch (WINDOW *win);
int __real_wgetch (WINDOW *win);

int
__wrap_wrefresh (WINDOW *win)
{
  return wnoutrefresh (win);
}

/* CDK's widgets read their keys through the one key reader too. */
int
__wrap_wgetch (WINDOW *win)
{
  return key_read (win);
}

int
key_raw (WINDOW *win)
{
  doupdate ();
  return __real_wgetch (win);
}

#else

int
key_raw (WINDOW *win)
{
  return wgetch (win);
}

#endif
