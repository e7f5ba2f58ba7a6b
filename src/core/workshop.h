/* workshop.h: participants' names in a workshop, and the files they
   become.  A name is whatever a stranger types; the file name made from
   it never leaves the workshop directory, never starts with a dot, and
   is the same for the same name, so a returning participant finds their
   answers.  Curses-free, and takes no paths from anyone. */
#ifndef LEADWISE_WORKSHOP_H
#define LEADWISE_WORKSHOP_H

#include <stddef.h>

#include "core/bank.h"
#include "core/diag.h"
#include "core/session.h"

/* A temporary file older than this is left from a killed session. */
#define WORKSHOP_STALE_SECONDS 3600

/* Names longer than this (in bytes) are refused. */
#define WORKSHOP_NAME_MAX 60

/* Check NAME (as typed, UTF-8) and return it tidied (spaces trimmed and
   collapsed; free it), or NULL with *WHY set to an untranslated reason:
   empty, too long, not text. */
char *workshop_name_clean (const char *name, const char **why);

/* What the name is for, as help at the name prompt (untranslated). */
const char *workshop_name_help (void);

/* The file name (no directory) for a clean NAME: lower-case ASCII
   letters, digits and hyphens, then 128 bits of the SHA-256 of the
   exact name in hex, then ".answers" -- for example
   "acme-team-0d4b...9e1f.answers". */
char *workshop_file_name (const char *name);

/* Claim participant NAME (clean) in workshop directory DIR (first
   removing what killed sessions left there, see atomic_remove_stale):
   *PATH gets
   the answers file, *LOCK an open descriptor holding an advisory lock
   (keep it open while the session runs).  Returns 0; EXIT_TEMPFAIL-like
   1 when another connection holds the name; 2 when the room is closed
   and the name is new; or an exit status with the reason in D. */
int workshop_claim (const char *dir, const char *name, char **path,
                    int *lock, struct diag *d);

/* Where the report of the participant whose answers are at PATH is kept
   in the workshop directory: PATH with ".answers" replaced by ".report.EXT". */
char *workshop_report_path (const char *path, const char *ext);

/* What a participant is told when their report could not be saved
   (untranslated). */
const char *workshop_report_failed (void);

/* Save the text report of SESSION, kept at PATH, next to its answers
   for the facilitator, when the session is finished.  Returns 0, or an
   exit status with the reason in D (which names server paths: not for
   the participant's eyes). */
int workshop_save_report (const struct bank *bank,
                          const struct session *session, const char *path,
                          struct diag *d);

/* The file whose presence closes a room to new names (hidden: the
   summary leaves it out). */
#define WORKSHOP_CLOSED ".closed"

/* Whether DIR is closed to new names. */
bool workshop_closed (const char *dir);

/* Close DIR to new names (those with answers in it go on), or open it
   again.  0, or an exit status with the reason in D. */
int workshop_set_closed (const char *dir, bool closed, struct diag *d);

/* What a new name is told in a closed room (a msgid). */
const char *workshop_closed_message (void);

#endif
