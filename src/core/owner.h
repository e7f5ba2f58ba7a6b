/* owner.h: whose a name is in a workshop.  A name alone opens nothing:
   the first visit binds it to the SSH key the participant connected
   with (where each has a key of their own and sshd says which,
   ExposeAuthInfo) or to a PIN they choose, kept hashed; a return must
   show the same key or PIN, with a limit on wrong PINs.  What the name
   is bound to is kept beside the answers, in DIR/.BASE.owner (hidden:
   summaries leave it out).  Curses-free: the frontends only ask. */
#ifndef LEADWISE_OWNER_H
#define LEADWISE_OWNER_H

#include <stdbool.h>

#include "core/diag.h"

/* How a first visit binds a name: to the connection's SSH key when it
   has one (else a PIN), or always to a PIN. */
enum owner_way { OWNER_BY_PIN, OWNER_BY_KEY };

#define OWNER_PIN_MIN 4
#define OWNER_PIN_MAX 12
#define OWNER_TRIES 3              /* wrong PINs before the name is asked again */
#define OWNER_LOCK_AFTER 5         /* wrong PINs in a row, over all connections */
#define OWNER_LOCK_SECONDS 900     /* ... lock the name this long */
#define OWNER_ROUNDS 20000         /* PBKDF2 rounds for a PIN */

enum owner_prompt
{
  OWNER_NEW_PIN,        /* the first visit: choose a PIN */
  OWNER_REPEAT_PIN,     /* the same again */
  OWNER_PIN             /* a return: the PIN */
};

/* What the frontend shows for PROMPT: its question and its help
   (untranslated). */
const char *owner_prompt_text (enum owner_prompt prompt);
const char *owner_prompt_help (enum owner_prompt prompt);

/* How a frontend asks: PROMPT (with ERROR, untranslated, or NULL),
   never echoing what is typed.  Returns the text (free it), or NULL
   with *QUIT false to go back to the name, true to leave. */
typedef char *(*owner_ask_fn) (void *ctx, enum owner_prompt prompt,
                               const char *error, bool *quit);

enum owner_result
{
  OWNER_SIGNED_IN,      /* the name is theirs: go on */
  OWNER_REFUSED,        /* not theirs, or locked: ask for a name again */
  OWNER_BACK,           /* they went back to the name */
  OWNER_QUIT,           /* they left */
  OWNER_ERROR           /* the owner file cannot be read or written (D) */
};

/* Sign the participant NAME in to the answers at PATH (DIR/BASE.answers,
   claimed and locked): bind a new name as WAY says, or check a known one.
   On OWNER_REFUSED, *WHY says why (untranslated). */
enum owner_result owner_sign_in (const char *path, const char *name,
                                 enum owner_way way, owner_ask_fn ask,
                                 void *ctx, const char **why,
                                 struct diag *d);

/* The fingerprint ("SHA256:...", as ssh-keygen -l prints it) of the
   public key this connection authenticated with, from the file sshd
   names in SSH_USER_AUTH (ExposeAuthInfo yes); NULL without one.  Free
   it. */
char *owner_connection_key (void);

/* Whether TEXT has the form of a PIN: OWNER_PIN_MIN to OWNER_PIN_MAX
   digits. */
bool owner_pin_ok (const char *text);

#endif
