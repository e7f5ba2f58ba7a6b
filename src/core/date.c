/* date.c: the date of a report (see date.h). */
#include "system.h"

#include "core/date.h"
#include "core/util.h"

time_t
date_now (void)
{
  const char *epoch = getenv ("SOURCE_DATE_EPOCH");
  char *end;
  long long n;

  if (epoch != NULL && *epoch != '\0')
    {
      errno = 0;
      n = strtoll (epoch, &end, 10);
      if (errno == 0 && *end == '\0' && n >= 0)
        return (time_t) n;
    }
  return time (NULL);
}

/* The day of T in UTC (a report's date is the same wherever it is
   read). */
static void
date_tm (time_t t, struct tm *tm)
{
  if (gmtime_r (&t, tm) == NULL)
    memset (tm, 0, sizeof *tm);
}

char *
date_words (time_t t)
{
  static const char *const months[12] = {
    /* TRANSLATORS: a month's name, in a date such as "December 1, 2026";
       as the language writes it there (lower case in Spanish). */
    N_("January"), N_("February"), N_("March"), N_("April"), N_("May"),
    N_("June"), N_("July"), N_("August"), N_("September"), N_("October"),
    N_("November"), N_("December"),
  };
  struct tm tm;

  date_tm (t, &tm);
  /* TRANSLATORS: a date: %1$s is the month's name, %2$d the day, %3$d
     the year ("December 1, 2026"); reorder them as the language does
     ("1. Dezember 2026": "%2$d. %1$s %3$d"). */
  return xasprintf (_("%1$s %2$d, %3$d"), _(months[tm.tm_mon % 12]),
                    tm.tm_mday, tm.tm_year + 1900);
}

void
date_iso (time_t t, char *buf, size_t size)
{
  struct tm tm;

  date_tm (t, &tm);
  snprintf (buf, size, "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1,
            tm.tm_mday);
}
