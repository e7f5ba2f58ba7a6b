/* rusage.c: run a program and write its CPU time and peak RSS to a file:
   "USER_US SYSTEM_US MAXRSS_KB STATUS".  The benchmark starts programs
   through this small process because a child's peak RSS counts the
   memory of the process it was forked from: forked from Python, every
   program would seem to take Python's megabytes.

   Usage: rusage OUTFILE PROGRAM [ARG]... */
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int
main (int argc, char **argv)
{
  struct rusage ru;
  pid_t pid;
  int status;
  FILE *out;

  if (argc < 3)
    {
      fputs ("usage: rusage OUTFILE PROGRAM [ARG]...\n", stderr);
      return 64;
    }
  pid = fork ();
  if (pid == 0)
    {
      execvp (argv[2], argv + 2);
      _exit (127);
    }
  if (pid < 0 || wait4 (pid, &status, 0, &ru) != pid)
    return 71;
  out = fopen (argv[1], "w");
  if (out == NULL)
    return 73;
  fprintf (out, "%ld %ld %ld %d\n",
           (long) ru.ru_utime.tv_sec * 1000000L + (long) ru.ru_utime.tv_usec,
           (long) ru.ru_stime.tv_sec * 1000000L + (long) ru.ru_stime.tv_usec,
           ru.ru_maxrss, status);
  return fclose (out) == 0 && WIFEXITED (status) ? WEXITSTATUS (status) : 1;
}
