/* key.h: the one key reader of the full screen.  Every loop reads its
   keys here, CDK's widgets too (through update.c's wgetch wrapper).  A
   wait ends when the terminal is gone (end of file, EIO), on SIGINT,
   SIGTERM or SIGHUP, and when the idle time runs out; from then on every
   read returns KEY_STOP at once, so that each loop, a widget's or ours,
   unwinds, and key_stopped says why.  Window-size changes are taken here
   too, clamped to a size the screen can hold: no size a client reports
   (40000x1, 12000x12000) reaches ncurses. */
#ifndef LEADWISE_KEY_H
#define LEADWISE_KEY_H

#include <curses.h>

/* What every read returns once stopped: Escape, which ends every CDK
   widget's own loop. */
#define KEY_STOP 27

/* The largest screen leadwise draws on; a larger terminal is used in
   part. */
#define KEY_MAX_COLS 500
#define KEY_MAX_ROWS 200

/* Before initscr: catch the signals and window-size changes, and keep a
   terminal size too large to draw out of the environment ncurses reads.
   IDLE: seconds without a key before stopping (0: never). */
void key_begin (unsigned idle);

/* A key from W; ERR only when W has a timeout (wtimeout) and it ran
   out; KEY_RESIZE when the size changed (LINES and COLS are then the new
   size, clamped). */
int key_read (WINDOW *w);

/* The signal that stopped the reading (SIGALRM for the idle time,
   SIGHUP for a terminal gone), or 0. */
int key_stopped (void);

/* The same read without the key reader, for update.c's wrapper. */
int key_raw (WINDOW *w);

#endif
