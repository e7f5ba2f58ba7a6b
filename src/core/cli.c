/* cli.c: getopt_long parsing and the GNU-style --help and --version. */
#include "system.h"

#include <getopt.h>

#include "core/cli.h"
#include "core/error.h"
#include "core/exitcode.h"
#include "core/compare.h"
#include "core/lang.h"
#include "core/paths.h"
#include "core/util.h"
#include "core/utf8.h"
#include "core/value.h"

enum { OPT_BANK = 256, OPT_CHECK_BANK, OPT_BANK_POT, OPT_PLAIN, OPT_NO_COLOR,
       OPT_ASCII_LINES, OPT_WORKSHOP, OPT_IDLE, OPT_LANG, OPT_SIGN_IN,
       OPT_PAGED, OPT_LABEL, OPT_TEAM, OPT_BY_TEAM, OPT_TEAMS,
       OPT_DISTRIBUTIONS };

static const struct option cli_long_options[] = {
  { "answers", required_argument, NULL, 'a' },
  { "ascii-lines", no_argument, NULL, OPT_ASCII_LINES },
  { "bank", required_argument, NULL, OPT_BANK },
  { "check-bank", required_argument, NULL, OPT_CHECK_BANK },
  { "bank-pot", required_argument, NULL, OPT_BANK_POT },
  { "help", no_argument, NULL, 'h' },
  { "idle-timeout", required_argument, NULL, OPT_IDLE },
  { "lang", required_argument, NULL, OPT_LANG },
  { "no-color", no_argument, NULL, OPT_NO_COLOR },
  { "plain", no_argument, NULL, OPT_PLAIN },
  { "save", required_argument, NULL, 'o' },
  { "sign-in", required_argument, NULL, OPT_SIGN_IN },
  { "teams", no_argument, NULL, OPT_TEAMS },
  { "version", no_argument, NULL, 'V' },
  { "workshop", required_argument, NULL, OPT_WORKSHOP },
  { NULL, 0, NULL, 0 }
};

static const struct option cli_report_options[] = {
  { "bank", required_argument, NULL, OPT_BANK },
  { "watch", no_argument, NULL, 'w' },
  { "format", required_argument, NULL, 'f' },
  { "output", required_argument, NULL, 'o' },
  { "help", no_argument, NULL, 'h' },
  { "lang", required_argument, NULL, OPT_LANG },
  { "paged", no_argument, NULL, OPT_PAGED },
  { "label", required_argument, NULL, OPT_LABEL },
  { "team", required_argument, NULL, OPT_TEAM },
  { "by-team", no_argument, NULL, OPT_BY_TEAM },
  { "distributions", no_argument, NULL, OPT_DISTRIBUTIONS },
  { NULL, 0, NULL, 0 }
};

/* --lang LANG: one of the languages leadwise speaks.  It is spoken from
   here on, so that a mistake later on the command line is explained in
   it. */
static bool
cli_lang (struct cli *cli, const char *name)
{
  cli->lang = lang_find (name);
  if (cli->lang != NULL)
    {
      char *problem = paths_catalog_problem (cli->lang->code);

      /* A warning, not an error: the program still does its work. */
      if (problem != NULL)
        error_print ("%s", problem);
      free (problem);
      lang_set (cli->lang);
      return true;
    }
  /* TRANSLATORS: %s is what was given to --lang; keep the codes. */
  error_print (_("unknown language '%s' (use en, de or es)"), name);
  cli_print_usage (stderr);
  return false;
}

void
cli_print_usage (FILE *out)
{
  /* TRANSLATORS: %s is the program's name. Keep OPTION in capitals,
     translated or not, as in the option list. */
  fprintf (out, _("Usage: %s [OPTION]...\n"), error_program_name);
  /* TRANSLATORS: %s is the program's name; 'report' and the options stay
     as they are. Align 'or:' under 'Usage:'. */
  fprintf (out, _("   or: %s report [--format FORMAT] [-o FILE] ANSWERS\n"),
           error_program_name);
  fprintf (out, _("   or: %s compare [OPTION]... ANSWERS ANSWERS...\n"),
           error_program_name);
  /* TRANSLATORS: %s is the program's name. */
  fprintf (out, _("Try '%s --help' for more information.\n"),
           error_program_name);
}

void
cli_print_help (FILE *out)
{
  /* TRANSLATORS: %s is the program's name. Keep OPTION in capitals,
     translated or not, as in the option list. */
  fprintf (out, _("Usage: %s [OPTION]...\n"), error_program_name);
  /* TRANSLATORS: %s is the program's name; 'report' and the options stay
     as they are. Align 'or:' under 'Usage:'. */
  fprintf (out, _("   or: %s report [--format FORMAT] [-o FILE] ANSWERS\n"),
           error_program_name);
  /* TRANSLATORS: %s is the program's name; 'summary' and the options stay
     as they are. Align 'or:' under 'Usage:'. */
  fprintf (out, _("   or: %s summary [--format FORMAT] [-o FILE] DIR\n"),
           error_program_name);
  /* TRANSLATORS: %s is the program's name; 'compare' and the options stay
     as they are. Align 'or:' under 'Usage:'. */
  fprintf (out, _("   or: %s compare [OPTION]... ANSWERS ANSWERS...\n"),
           error_program_name);
  /* TRANSLATORS: --help text: keep every line under 80 columns. */
  fputs (_("\
Help a founder decide who should lead technology and AI in the company\n\
(a CTO, a CIO, a Chief AI Officer, or a CTO who takes on AI), and check\n\
whether an AI tool is ready to adopt.\n"), out);
  fputs ("\n", out);
  /* TRANSLATORS: --help text: keep every line under 80 columns. */
  fputs (_("\
Without a command, leadwise asks its questions: full screen on a terminal,\n\
line by line otherwise.  Answers are saved after each one, and an\n\
unfinished session can be resumed.\n"), out);
  fputs ("\n", out);
  fputs (_("\
Options:\n\
  -a, --answers FILE     start the wizard with the answers in FILE\n\
  -o, --save FILE        save the wizard's answers in FILE\n\
      --plain            ask line by line, even on a terminal\n\
      --no-color         use no colours on the screen\n\
      --ascii-lines      draw borders with + - | instead of line graphics\n\
      --workshop DIR     kiosk mode for a workshop: ask the participant's\n\
                         name and keep the answers in DIR\n\
      --sign-in WAY      in workshop mode, bind each name on its first\n\
                         visit to a PIN the participant chooses (pin, the\n\
                         default) or to their own SSH key (key: needs\n\
                         sshd's ExposeAuthInfo; a PIN where there is none)\n\
      --teams            in workshop mode, ask each new participant's team\n\
                         (which they may leave empty) after the name\n\
      --idle-timeout MINUTES\n\
                         save and stop after MINUTES without a key\n\
                         (0: never; 30 in workshop mode, else never)\n\
      --lang LANG        speak LANG: en (English), de (German) or es\n\
                         (Spanish), whatever the locale says\n\
      --bank FILE        use the question bank in FILE\n\
      --check-bank FILE  check the question bank in FILE and exit\n\
      --bank-pot FILE    print the texts of the bank in FILE to translate,\n\
                         as a PO template, and exit\n\
  -h, --help             display this help and exit\n\
  -V, --version          output version information and exit\n"), out);
  fputs ("\n", out);
  fputs (_("\
The report command writes the report for an answers file (\"-\" reads\n\
standard input):\n\
  -f, --format FORMAT    text (the default), markdown, html or json\n\
  -o, --output FILE      write to FILE instead of standard output\n\
      --lang LANG        write the report in LANG (en, de or es)\n\
      --paged            text for a printer: a form feed after the one-page\n\
                         summary, so that the details start a new sheet\n"), out);
  fputs ("\n", out);
  fputs (_("\
The summary command counts the verdicts and scores of every answers file\n\
in a workshop's directory; it takes the same options, and also the format\n\
csv.  Files that cannot be read are listed and skipped.\n\
  -w, --watch            show the summary on the screen, refreshed as\n\
                         results arrive\n\
      --distributions    with --format csv: the room's distributions, a\n\
                         count a line, instead of a line a participant\n"), out);
  fputs ("\n", out);
  fputs (_("\
The compare command puts two to eight answers files side by side (or,\n\
with --team, the members of a workshop's team), in the same formats:\n\
      --label NAME       name the next file NAME (once per file)\n\
      --team TEAM        compare the members of TEAM in a workshop's\n\
                         directory; with summary, that team alone\n\
      --by-team          summary: the verdicts and disagreements of each\n\
                         team\n"), out);
  fputs ("\n", out);
  fputs (_("\
The room command runs a workshop's directory: room close DIR tells new\n\
names that the workshop is closed (those in it go on), room open DIR\n\
opens it again, room status DIR lists each participant's state and last\n\
answer (--format text or json), room archive DIR writes a dated tar.gz\n\
of the answers and the summary in every format (-o FILE to name it;\n\
--empty then empties the room).\n"), out);
  fputs ("\n", out);
  /* TRANSLATORS: --help text: keep every line under 80 columns and the
     numbers as they are. */
  fputs (_("\
Exit status: 0 on success, 64 for a bad command line, 65 for a malformed\n\
answers file or bank, 66 when an input file cannot be read, 73 when an\n\
output file cannot be created, 74 for an input or output error.\n"), out);
  fputs ("\n", out);
  fputs (_("Full documentation: man leadwise\n"), out);
  /* TRANSLATORS: %s is an e-mail address; a line, as GNU programs have
     it.  Add where translation problems go, if your team has one. */
  fprintf (out, _("Report bugs to: %s\n"), PACKAGE_BUGREPORT);
  /* TRANSLATORS: %s is the program's name, then its web address. */
  fprintf (out, _("%s home page: <%s>\n"), PACKAGE_NAME, PACKAGE_URL);
}

void
cli_print_version (FILE *out)
{
  fprintf (out, "%s %s\n", PACKAGE, VERSION);
  fputs ("Copyright (C) 2026 the leadwise authors.\n", out);
  /* TRANSLATORS: --version text: keep every line under 80 columns and the
     URL as it is. */
  fputs (_("\
License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>\n\
This is free software: you are free to change and redistribute it.\n\
There is NO WARRANTY, to the extent permitted by law.\n"), out);
}

/* The edit distance of A and B (insertions, deletions, changes and
   swaps of neighbours), up to 9: for "did you mean". */
static int
cli_distance (const char *a, const char *b)
{
  enum { MAX = 32 };
  int d[MAX + 1][MAX + 1], i, j;
  int n = (int) strlen (a), m = (int) strlen (b);

  if (n > MAX || m > MAX)
    return 9;
  for (i = 0; i <= n; i++)
    d[i][0] = i;
  for (j = 0; j <= m; j++)
    d[0][j] = j;
  for (i = 1; i <= n; i++)
    for (j = 1; j <= m; j++)
      {
        int cost = a[i - 1] != b[j - 1], best = d[i - 1][j - 1] + cost;

        if (d[i - 1][j] + 1 < best)
          best = d[i - 1][j] + 1;
        if (d[i][j - 1] + 1 < best)
          best = d[i][j - 1] + 1;
        if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]
            && d[i - 2][j - 2] + 1 < best)
          best = d[i - 2][j - 2] + 1;
        d[i][j] = best;
      }
  return d[n][m] < 9 ? d[n][m] : 9;
}

/* The one of NAMES[0..N) nearest WORD, if near enough to be what was
   meant (two edits at most, one for a short word); else NULL. */
static const char *
cli_nearest (const char *word, const char *const *names, size_t n)
{
  const char *best = NULL;
  int best_d = strlen (word) <= 4 ? 2 : 3;
  size_t i;

  for (i = 0; i < n; i++)
    {
      int dist = cli_distance (word, names[i]);

      if (dist < best_d)
        best = names[i], best_d = dist;
    }
  return best;
}

/* Say what getopt_long rejected, in our own words and with our own name
   (getopt would use argv[0], which may be a path): an abbreviation of
   several of OPTIONS lists them; a mistyped one names the nearest. */
static void
cli_report_bad_option (int c, char **argv, const struct option *options)
{
  const char *arg = argv[optind - 1];
  bool is_long = strncmp (arg, "--", 2) == 0;
  size_t len = strcspn (arg, "="), k, n = 0;
  const char *names[64];
  struct buf b;

  if (c == ':')
    {
      /* TRANSLATORS: %s is an option as typed, such as --bank. */
      error_print (_("option '%s' requires an argument"), arg);
      return;
    }
  if (is_long && optopt != 0)
    {
      /* TRANSLATORS: %.*s is an option as typed, such as --plain. */
      error_print (_("option '%.*s' doesn't allow an argument"), (int) len,
                   arg);
      return;
    }
  if (!is_long)
    {
      /* TRANSLATORS: %c is the letter of a short option as typed. */
      error_print (_("invalid option -- '%c'"), optopt);
      return;
    }
  buf_init (&b);
  for (k = 0; options[k].name != NULL && n < 64; k++)
    {
      names[n++] = options[k].name;
      if (strncmp (options[k].name, arg + 2, len - 2) == 0)
        buf_addf (&b, " '--%s'", options[k].name);
    }
  if (b.len > 0 && strchr (b.data + 1, ' ') != NULL)
    /* TRANSLATORS: %.*s is an option as typed, %s the options it could
       be, each quoted. */
    error_print (_("option '%.*s' is ambiguous; possibilities:%s"),
                 (int) len, arg, b.data);
  else
    {
      char *typed = xstrndup (arg + 2, len - 2);
      const char *near = cli_nearest (typed, names, n);

      if (near != NULL)
        /* TRANSLATORS: %s is an option as typed, then the option most
           like it. */
        error_print (_("unrecognized option '%s'; did you mean '--%s'?"),
                     arg, near);
      else
        /* TRANSLATORS: %s is an option as typed. */
        error_print (_("unrecognized option '%s'"), arg);
      free (typed);
    }
  buf_free (&b);
}

/* The format named by NAME for the current command; false if unknown. */
static bool
cli_format (struct cli *cli, const char *name)
{
  if (cli->command == CLI_SUMMARY)
    return summary_format_parse (name, &cli->summary_format) == 0;
  return report_format_parse (name, &cli->format) == 0;
}

/* The files of "leadwise compare": two to eight, or one directory with
   --team; a label, if any, for each. */
static int
cli_compare_files (struct cli *cli, int argc, char **argv)
{
  int n = argc - optind;

  if (cli->team != NULL && cli->n_labels > 0)
    error_print (_("compare: --team names each member; --label is for "
                   "files"));
  else if (cli->team != NULL ? n != 1 : n < 2)
    error_print (cli->team != NULL
                 ? _("compare --team: which workshop directory?")
                 : _("compare: which answers files? Give two or more"));
  else if (n > CLI_COMPARE_MAX)
    /* TRANSLATORS: %d is the most files compare takes. */
    error_print (_("compare: at most %d answers files"), CLI_COMPARE_MAX);
  else if (cli->n_labels > 0 && cli->n_labels != n && cli->team == NULL)
    error_print (_("compare: give --label once for each file, or not at "
                   "all"));
  else
    {
      cli->files = argv + optind;
      cli->n_files = n;
      cli->answers = argv[optind];
      return EXIT_OK;
    }
  cli_print_usage (stderr);
  return EXIT_USAGE;
}

/* The options of "leadwise report", "summary" and "compare", from
   argv[optind] on. */
static int
cli_parse_report (struct cli *cli, int argc, char **argv)
{
  int c;
  bool distributions = false;

  cli->command = strcmp (argv[0], "summary") == 0 ? CLI_SUMMARY
                 : strcmp (argv[0], "compare") == 0 ? CLI_COMPARE : CLI_REPORT;
  while ((c = getopt_long (argc, argv, ":f:o:hw", cli_report_options, NULL))
         != -1)
    switch (c)
      {
      case OPT_BANK:
        cli->bank = optarg;
        break;
      case 'f':
        if (!cli_format (cli, optarg))
          {
            if (cli->command == CLI_SUMMARY)
              /* TRANSLATORS: %s is what was given to --format; the format
                 names stay in English. */
              error_print (_("unknown summary format '%s' (use text, "
                             "markdown, html, json or csv)"), optarg);
            else
              /* TRANSLATORS: %s is what was given to --format; the format
                 names stay in English. */
              error_print (_("unknown report format '%s' (use text, "
                             "markdown, html or json)"), optarg);
            cli_print_usage (stderr);
            return EXIT_USAGE;
          }
        break;
      case 'o':
        cli->output = optarg;
        break;
      case OPT_LANG:
        if (!cli_lang (cli, optarg))
          return EXIT_USAGE;
        break;
      case OPT_PAGED:
        if (cli->command != CLI_REPORT)
          {
            error_print (_("--paged belongs to the report command"));
            cli_print_usage (stderr);
            return EXIT_USAGE;
          }
        cli->paged = true;
        break;
      case 'w':
        if (cli->command != CLI_SUMMARY)
          {
            error_print (_("--watch belongs to the summary command"));
            cli_print_usage (stderr);
            return EXIT_USAGE;
          }
        cli->watch = true;
        break;
      case OPT_LABEL:
        if (cli->command != CLI_COMPARE || cli->n_labels >= CLI_COMPARE_MAX)
          {
            error_print (cli->command != CLI_COMPARE
                         ? _("--label belongs to the compare command")
                         : _("compare: more labels than files"));
            cli_print_usage (stderr);
            return EXIT_USAGE;
          }
        if (*optarg == '\0' || strchr (optarg, '\t') != NULL
            || !value_text_ok (optarg, strlen (optarg))
            || utf8_width (optarg, strlen (optarg)) > COMPARE_LABEL_MAX)
          {
            /* TRANSLATORS: %d is the most characters a label may have. */
            error_print (_("--label takes a name: text of 1 to %d "
                           "characters, no tabs or control characters"),
                         COMPARE_LABEL_MAX);
            cli_print_usage (stderr);
            return EXIT_USAGE;
          }
        cli->labels[cli->n_labels++] = optarg;
        break;
      case OPT_TEAM:
        if (cli->command == CLI_REPORT)
          {
            error_print (_("--team belongs to the compare and summary "
                           "commands"));
            cli_print_usage (stderr);
            return EXIT_USAGE;
          }
        cli->team = optarg;
        break;
      case OPT_BY_TEAM:
        if (cli->command != CLI_SUMMARY)
          {
            error_print (_("--by-team belongs to the summary command"));
            cli_print_usage (stderr);
            return EXIT_USAGE;
          }
        cli->by_team = true;
        break;
      case OPT_DISTRIBUTIONS:
        if (cli->command != CLI_SUMMARY)
          {
            error_print (_("--distributions belongs to the summary "
                           "command"));
            cli_print_usage (stderr);
            return EXIT_USAGE;
          }
        distributions = true;
        break;
      case 'h':
        cli->command = CLI_HELP;
        return EXIT_OK;
      default:
        cli_report_bad_option (c, argv, cli_report_options);
        cli_print_usage (stderr);
        return EXIT_USAGE;
      }
  if (distributions && cli->summary_format != SUMMARY_CSV)
    {
      /* The other formats carry the distributions already. */
      error_print (_("--distributions goes with --format csv"));
      cli_print_usage (stderr);
      return EXIT_USAGE;
    }
  if (distributions)
    cli->summary_format = SUMMARY_CSV_DISTRIBUTIONS;
  if (cli->command == CLI_COMPARE)
    return cli_compare_files (cli, argc, argv);
  if (optind != argc - 1)
    {
      if (optind >= argc && cli->command == CLI_SUMMARY)
        error_print (_("summary: which directory?"));
      else if (optind >= argc)
        error_print (_("report: which answers file? (\"-\" reads standard "
                       "input)"));
      else
        /* TRANSLATORS: %s is a word on the command line that no option
           takes. */
        error_print (_("unexpected argument '%s'"), argv[optind + 1]);
      cli_print_usage (stderr);
      return EXIT_USAGE;
    }
  cli->answers = argv[optind];
  return EXIT_OK;
}

/* "leadwise room ACTION [--format F] DIR": ARGV[0] is "room". */
static int
cli_parse_room (struct cli *cli, int argc, char **argv)
{
  static const char *const actions[] = { "open", "close", "status",
                                         "archive" };
  int i, k;

  cli->command = CLI_ROOM;
  for (k = 0; argc > 1 && k < 4 && strcmp (argv[1], actions[k]) != 0; k++)
    continue;
  if (argc < 2 || k == 4)
    {
      error_print (_("room: open, close, status or archive?"));
      cli_print_usage (stderr);
      return EXIT_USAGE;
    }
  cli->room = (enum cli_room) k;
  for (i = 2; i < argc; i++)
    if ((strcmp (argv[i], "-f") == 0 || strcmp (argv[i], "--format") == 0)
        && i + 1 < argc && cli->room == ROOM_STATUS)
      {
        if (summary_format_parse (argv[++i], &cli->summary_format) != 0
            || (cli->summary_format != SUMMARY_TEXT
                && cli->summary_format != SUMMARY_JSON))
          {
            /* TRANSLATORS: %s is what was given to --format. */
            error_print (_("unknown room status format '%s' (use text or "
                           "json)"), argv[i]);
            cli_print_usage (stderr);
            return EXIT_USAGE;
          }
      }
    else if (strcmp (argv[i], "--bank") == 0 && i + 1 < argc)
      cli->bank = argv[++i];
    else if ((strcmp (argv[i], "-o") == 0 || strcmp (argv[i], "--output") == 0)
             && i + 1 < argc && cli->room == ROOM_ARCHIVE)
      cli->output = argv[++i];
    else if (strcmp (argv[i], "--empty") == 0 && cli->room == ROOM_ARCHIVE)
      cli->empty = true;
    else if (cli->answers == NULL && argv[i][0] != '-')
      cli->answers = argv[i];
    else
      {
        error_print (_("unexpected argument '%s'"), argv[i]);
        cli_print_usage (stderr);
        return EXIT_USAGE;
      }
  if (cli->answers == NULL)
    {
      error_print (_("room: which workshop directory?"));
      cli_print_usage (stderr);
      return EXIT_USAGE;
    }
  return EXIT_OK;
}

static int
cli_parse_all (struct cli *cli, int argc, char **argv)
{
  int c;

  memset (cli, 0, sizeof *cli);
  cli->command = CLI_WIZARD;
  cli->idle_minutes = -1;
  cli->format = REPORT_TEXT;
  optind = 0;   /* glibc: start afresh, so parsing can be repeated */
  opterr = 0;
  while ((c = getopt_long (argc, argv, "+:a:o:hV", cli_long_options, NULL))
         != -1)
    switch (c)
      {
      case 'a':
        cli->answers = optarg;
        break;
      case 'o':
        cli->save = optarg;
        break;
      case OPT_PLAIN:
        cli->plain = true;
        break;
      case OPT_NO_COLOR:
        cli->no_color = true;
        break;
      case OPT_ASCII_LINES:
        cli->ascii_lines = true;
        break;
      case OPT_WORKSHOP:
        cli->workshop = optarg;
        break;
      case OPT_TEAMS:
        cli->teams = true;
        break;
      case OPT_SIGN_IN:
        if (strcmp (optarg, "key") == 0 || strcmp (optarg, "pin") == 0)
          cli->sign_in = optarg[0] == 'k' ? OWNER_BY_KEY : OWNER_BY_PIN;
        else
          {
            /* TRANSLATORS: %s is what was given to --sign-in; keep the
               words key and pin. */
            error_print (_("--sign-in takes key or pin, not '%s'"), optarg);
            cli_print_usage (stderr);
            return EXIT_USAGE;
          }
        break;
      case OPT_LANG:
        if (!cli_lang (cli, optarg))
          return EXIT_USAGE;
        break;
      case OPT_IDLE:
        {
          char *end;
          long n = strtol (optarg, &end, 10);

          if (*optarg == '\0' || *end != '\0' || n < 0 || n > 1440)
            {
              error_print (_("--idle-timeout takes minutes, from 0 (never) "
                             "to 1440"));
              cli_print_usage (stderr);
              return EXIT_USAGE;
            }
          cli->idle_minutes = (int) n;
        }
        break;
      case 'h':
        cli->command = CLI_HELP;
        return EXIT_OK;
      case 'V':
        cli->command = CLI_VERSION;
        return EXIT_OK;
      case OPT_BANK:
        cli->bank = optarg;
        break;
      case OPT_CHECK_BANK:
      case OPT_BANK_POT:
        cli->command = c == OPT_CHECK_BANK ? CLI_CHECK_BANK : CLI_BANK_POT;
        cli->check_bank = optarg;
        break;
      default:
        cli_report_bad_option (c, argv, cli_long_options);
        cli_print_usage (stderr);
        return EXIT_USAGE;
      }

  if (optind < argc && cli->command == CLI_WIZARD
      && (cli->answers != NULL || cli->workshop != NULL))
    {
      /* TRANSLATORS: %s is a command (report); keep -a and --workshop. */
      error_print (_("-a and --workshop are the wizard's, not the %s "
                     "command's"), argv[optind]);
      cli_print_usage (stderr);
      return EXIT_USAGE;
    }
  /* -o is where the output goes, before a command as after it. */
  if (optind < argc && cli->command == CLI_WIZARD && cli->save != NULL)
    {
      cli->output = cli->save;
      cli->save = NULL;
    }
  if (optind < argc && cli->command == CLI_WIZARD
      && strcmp (argv[optind], "room") == 0)
    return cli_parse_room (cli, argc - optind, argv + optind);
  if (optind < argc && cli->command == CLI_WIZARD
      && (strcmp (argv[optind], "report") == 0
          || strcmp (argv[optind], "summary") == 0
          || strcmp (argv[optind], "compare") == 0))
    {
      int first = optind;

      optind = 0;   /* parse again, with "report" as the program name */
      return cli_parse_report (cli, argc - first, argv + first);
    }
  if (optind < argc)
    {
      static const char *const commands[] = { "report", "summary",
                                              "compare", "room" };
      const char *near = cli->command == CLI_WIZARD
                         ? cli_nearest (argv[optind], commands, 4) : NULL;

      if (near != NULL)
        /* TRANSLATORS: %s is a word as typed, then the command most like
           it. */
        error_print (_("unknown command '%s'; did you mean '%s'?"),
                     argv[optind], near);
      else
        /* TRANSLATORS: %s is a word on the command line that no option
           takes. */
        error_print (_("unexpected argument '%s'"), argv[optind]);
      cli_print_usage (stderr);
      return EXIT_USAGE;
    }
  return EXIT_OK;
}

/* Standard input is read once: a bank given as "--bank -" cannot share
   it with the answers, nor with the keys of the wizard. */
static int
cli_check_stdin (const struct cli *cli)
{
  bool bank = cli->bank != NULL && strcmp (cli->bank, "-") == 0;
  bool answers = cli->command == CLI_REPORT && cli->answers != NULL
                 && strcmp (cli->answers, "-") == 0;
  int i;

  for (i = 0; cli->command == CLI_COMPARE && i < cli->n_files; i++)
    answers |= strcmp (cli->files[i], "-") == 0;
  if (bank && answers)
    error_print (_("standard input can hold the bank or the answers, not "
                   "both"));
  else if (bank && cli->command == CLI_WIZARD)
    error_print (_("--bank -: the wizard reads its keys from standard "
                   "input; give the bank's file"));
  else
    return EXIT_OK;
  cli_print_usage (stderr);
  return EXIT_USAGE;
}

int
cli_parse (struct cli *cli, int argc, char **argv)
{
  int status = cli_parse_all (cli, argc, argv);

  return status == EXIT_OK && cli->command != CLI_HELP
         && cli->command != CLI_VERSION ? cli_check_stdin (cli) : status;
}
