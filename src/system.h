/* system.h: what every leadwise source file includes first.
   Configuration, the standard headers we always use, and the gettext
   shorthands _() and N_().  No curses here: the core includes this too. */
#ifndef LEADWISE_SYSTEM_H
#define LEADWISE_SYSTEM_H

#include <config.h>

#include <errno.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if ENABLE_NLS
# include <libintl.h>
# define _(msgid) gettext (msgid)
#else
# define _(msgid) (msgid)
# define ngettext(one, many, n) ((n) == 1 ? (one) : (many))
# define textdomain(domain) ((void) (domain))
# define bindtextdomain(domain, dir) ((void) (domain), (void) (dir))
# define bind_textdomain_codeset(domain, codeset) ((void) (domain), (void) (codeset))
#endif
/* Marks a string for extraction; it is translated where it is used. */
#define N_(msgid) (msgid)

#endif
