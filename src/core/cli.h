/* cli.h: the command line of leadwise (see INTERFACE.md and leadwise(1)).
   Parsing only: it decides what to run, never runs it, and never touches
   the terminal beyond printing usage errors on stderr (in the language
   of --lang, which it sets). */
#ifndef LEADWISE_CLI_H
#define LEADWISE_CLI_H

#include <stdbool.h>
#include <stdio.h>

#include "core/lang.h"
#include "core/owner.h"
#include "core/report.h"
#include "core/summary.h"

enum cli_command
{
  CLI_WIZARD,     /* the interactive wizard (the default) */
  CLI_HELP,       /* --help */
  CLI_VERSION,    /* --version */
  CLI_CHECK_BANK, /* --check-bank FILE */
  CLI_BANK_POT,   /* --bank-pot FILE */
  CLI_REPORT,     /* report [--format F] [-o OUT] ANSWERS */
  CLI_SUMMARY,    /* summary [--format F] [-o OUT] DIR */
  CLI_COMPARE,    /* compare [--format F] [-o OUT] [--label L]... A B... */
  CLI_ROOM        /* room open|close|status [--format F] DIR */
};

enum cli_room { ROOM_OPEN, ROOM_CLOSE, ROOM_STATUS, ROOM_ARCHIVE };

#define CLI_COMPARE_MAX 8

struct cli
{
  enum cli_command command;
  const char *bank;          /* --bank FILE, or NULL for the default */
  const char *check_bank;    /* --check-bank or --bank-pot FILE */
  enum report_format format; /* report --format */
  enum summary_format summary_format;   /* summary --format */
  const char *output;        /* report -o FILE, or NULL for stdout */
  const char *answers;       /* report's ANSWERS ("-" is stdin), the
                                wizard's --answers FILE, or summary's DIR */
  const char *save;          /* --save FILE for the wizard's answers */
  bool plain;                /* --plain */
  bool no_color;             /* --no-color */
  bool ascii_lines;          /* --ascii-lines */
  const char *workshop;      /* --workshop DIR */
  bool teams;                /* --teams: ask a workshop participant's team */
  int idle_minutes;          /* --idle-timeout, or -1 for the default */
  enum owner_way sign_in;    /* --sign-in: how a workshop name is bound */
  bool watch;                /* summary --watch */
  bool paged;                /* report --paged */
  const struct lang *lang;   /* --lang, or NULL for the locale's */
  char **files;              /* compare's answers files (or its DIR) */
  int n_files;
  const char *labels[CLI_COMPARE_MAX];   /* compare --label, in order */
  int n_labels;
  const char *team;          /* compare and summary --team */
  bool by_team;              /* summary --by-team */
  enum cli_room room;        /* room's action */
  bool empty;                /* room archive --empty */
};

/* Parse ARGV into CLI.  Returns EXIT_OK, or EXIT_USAGE after printing
   what was wrong and a short usage to stderr.  --lang takes effect as
   soon as it is read (lang_set), so what follows speaks that language. */
int cli_parse (struct cli *cli, int argc, char **argv);

/* The full --help text on OUT. */
void cli_print_help (FILE *out);

/* The --version text on OUT; its first line is "leadwise VERSION". */
void cli_print_version (FILE *out);

/* The short usage shown after a command-line error. */
void cli_print_usage (FILE *out);

#endif
