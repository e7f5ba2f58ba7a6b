/* cli.c: getopt_long parsing and the GNU-style --help and --version. */
#include "system.h"

#include <getopt.h>

#include "core/cli.h"
#include "core/error.h"
#include "core/exitcode.h"

static const struct option cli_long_options[] = {
  { "help", no_argument, NULL, 'h' },
  { "version", no_argument, NULL, 'V' },
  { NULL, 0, NULL, 0 }
};

void
cli_print_usage (FILE *out)
{
  fprintf (out, _("Usage: %s [OPTION]...\n"), error_program_name);
  fprintf (out, _("Try '%s --help' for more information.\n"),
           error_program_name);
}

void
cli_print_help (FILE *out)
{
  fprintf (out, _("Usage: %s [OPTION]...\n"), error_program_name);
  fputs (_("\
Help a founder decide who should lead technology and AI in the company\n\
(a CTO, a CIO, a Chief AI Officer, or a CTO who takes on AI), and check\n\
whether an AI tool is ready to adopt.\n"), out);
  fputs ("\n", out);
  fputs (_("\
  -h, --help     display this help and exit\n\
  -V, --version  output version information and exit\n"), out);
  fputs ("\n", out);
  fputs (_("\
Exit status: 0 on success, 64 for a bad command line, 74 when output\n\
could not be written.\n"), out);
  fputs ("\n", out);
  fputs (_("Full documentation: man leadwise\n"), out);
}

void
cli_print_version (FILE *out)
{
  fprintf (out, "%s %s\n", PACKAGE, VERSION);
  fputs ("Copyright (C) 2026 the leadwise authors.\n", out);
  fputs (_("\
License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>\n\
This is free software: you are free to change and redistribute it.\n\
There is NO WARRANTY, to the extent permitted by law.\n"), out);
}

/* Say what getopt_long rejected, in our own words and with our own name
   (getopt would use argv[0], which may be a path). */
static void
cli_report_bad_option (int c, char **argv)
{
  const char *arg = argv[optind - 1];

  bool is_long = strncmp (arg, "--", 2) == 0;

  if (c == ':')
    error_print (_("option '%s' requires an argument"), arg);
  else if (is_long && optopt != 0)
    error_print (_("option '%.*s' doesn't allow an argument"),
                 (int) strcspn (arg, "="), arg);
  else if (is_long)
    error_print (_("unrecognized option '%s'"), arg);
  else
    error_print (_("invalid option -- '%c'"), optopt);
}

int
cli_parse (struct cli *cli, int argc, char **argv)
{
  int c;

  cli->command = CLI_WIZARD;
  optind = 0;   /* glibc: start afresh, so parsing can be repeated */
  opterr = 0;
  while ((c = getopt_long (argc, argv, "+:hV", cli_long_options, NULL)) != -1)
    switch (c)
      {
      case 'h':
        cli->command = CLI_HELP;
        return EXIT_OK;
      case 'V':
        cli->command = CLI_VERSION;
        return EXIT_OK;
      default:
        cli_report_bad_option (c, argv);
        cli_print_usage (stderr);
        return EXIT_USAGE;
      }

  if (optind < argc)
    {
      error_print (_("unexpected argument '%s'"), argv[optind]);
      cli_print_usage (stderr);
      return EXIT_USAGE;
    }
  return EXIT_OK;
}
