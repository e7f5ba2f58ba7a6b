/* comparing.h: comparing answers on the screen (the results screen's
   Compare): with another answers file, typed with Tab completing the
   *.answers files of a directory, shown in the viewer. */
#ifndef LEADWISE_COMPARING_H
#define LEADWISE_COMPARING_H

#include "core/bank.h"

/* Compare FILES[0..N) (labelled LABELS, entries may be NULL) and show
   the comparison, or why it cannot be made. */
void comparing_show (const struct bank *bank, const char *const *files,
                     const char *const *labels, size_t n);

/* Ask for another answers file and compare MINE (labelled MY_LABEL)
   with it. */
void comparing_with_file (const struct bank *bank, const char *mine,
                          const char *my_label);

struct session;

/* Hand over to a second person: their name (and the first's, for the
   comparison), their answers into a file of their own beside
   FIRST_PATH (taken up again if it is there), then both compared. */
void comparing_hand_over (const struct bank *bank,
                          const struct session *first,
                          const char *first_path);

/* The completion of TYPED among the directory's *.answers files (and
   its directories): the longest common start of the matches; *MATCHES
   gets their names, joined, when there are several (free both). */
char *comparing_complete (const char *typed, char **matches);

#endif
