/* main.c: locale set-up, the command line, and dispatch to a frontend. */
#include "system.h"

#include <locale.h>

#include "core/cli.h"
#include "core/error.h"
#include "core/exitcode.h"
#include "tui/screen.h"

/* Until the wizard exists, say so: on a terminal in a CDK box, elsewhere
   as a line on standard output. */
static int
main_wizard (void)
{
  static const char *const lines[] = {
    N_("The leadwise wizard is not available in this version yet."),
    "",
    N_("Press any key to quit.")
  };

  if (screen_available () && screen_notice (lines, 3) == 0)
    return EXIT_OK;
  printf ("%s\n", _(lines[0]));
  return EXIT_OK;
}

/* Where the message catalogs are: the installed place, unless
   LEADWISE_LOCALEDIR names another (tests use it on the build tree). */
static const char *
main_localedir (void)
{
  const char *dir = getenv ("LEADWISE_LOCALEDIR");

  return dir != NULL && *dir != '\0' ? dir : LOCALEDIR;
}

int
main (int argc, char **argv)
{
  struct cli cli;
  int status;

  setlocale (LC_ALL, "");
  bindtextdomain (PACKAGE, main_localedir ());
  textdomain (PACKAGE);
  atexit (error_close_stdout);

  status = cli_parse (&cli, argc, argv);
  if (status != EXIT_OK)
    return status;

  switch (cli.command)
    {
    case CLI_HELP:
      cli_print_help (stdout);
      return EXIT_OK;
    case CLI_VERSION:
      cli_print_version (stdout);
      return EXIT_OK;
    case CLI_WIZARD:
    default:
      return main_wizard ();
    }
}
