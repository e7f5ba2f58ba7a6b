/* date.h: the date a report is prepared on, and how a reader writes it.
   SOURCE_DATE_EPOCH, where set, stands for now (reproducible reports,
   and tests that do not change with the day).  It draws nothing. */
#ifndef LEADWISE_DATE_H
#define LEADWISE_DATE_H

#include <time.h>

/* Now, or SOURCE_DATE_EPOCH when it holds a number of seconds. */
time_t date_now (void);

/* T as the reader's language writes a day ("December 1, 2026",
   "1. Dezember 2026", "1 de diciembre de 2026"), in UTC.  Free the
   result. */
char *date_words (time_t t);

/* T as an ISO date, "2026-12-01", into BUF (11 bytes at least). */
void date_iso (time_t t, char *buf, size_t size);

#endif
