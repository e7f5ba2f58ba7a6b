/* owner.c: names bound to a key or a PIN. */
#include "system.h"

#include <ctype.h>
#include <fcntl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "core/atomic.h"
#include "core/exitcode.h"
#include "core/owner.h"
#include "core/sha256.h"
#include "core/util.h"

/* An owner file is a few short lines; anything bigger is not one. */
#define OWNER_FILE_MAX 4096
#define OWNER_SALT 16
/* A file naming more rounds than this is refused: checking a PIN must
   not take minutes. */
#define OWNER_ROUNDS_MAX 1000000

struct owner
{
  char *path;                /* DIR/.BASE.owner */
  char *name;                /* the exact name; NULL: nobody's yet */
  char *key;                 /* "SHA256:...", or NULL */
  char *pin;                 /* "pbkdf2-sha256$ROUNDS$SALT$HASH", or NULL */
  unsigned long failures;    /* wrong PINs in a row */
  long long locked_until;    /* no PIN taken before this time */
};

const char *
owner_prompt_text (enum owner_prompt prompt)
{
  switch (prompt)
    {
    case OWNER_NEW_PIN:
      return N_("Choose a PIN of 4 to 12 digits for this name.");
    case OWNER_REPEAT_PIN:
      return N_("Type the same PIN again.");
    case OWNER_PIN:
    default:
      return N_("This name has a PIN. Type it.");
    }
}

const char *
owner_prompt_help (enum owner_prompt prompt)
{
  if (prompt == OWNER_PIN)
    return N_("The PIN was chosen on the first visit with this name. If "
              "it is forgotten, the facilitator can free the name; or go "
              "back and choose another name.");
  return N_("With the PIN, only you can come back to the answers kept "
            "under this name; nobody else can open them by typing it. "
            "It is kept only as a one-way hash, never as typed.");
}

bool
owner_pin_ok (const char *text)
{
  size_t n = strlen (text), i;

  if (n < OWNER_PIN_MIN || n > OWNER_PIN_MAX)
    return false;
  for (i = 0; i < n; i++)
    if (!isdigit ((unsigned char) text[i]))
      return false;
  return true;
}

/* Whether PIN (of the right form) is among the first a stranger would
   try: one digit repeated, a run up or down the digits, a half typed
   twice, a year, or a pattern of the keypad. */
static bool
owner_pin_easy (const char *pin)
{
  static const char *const common[] = { "2580", "0852", "1004", "6969",
                                        "1122", "1313", "5683", "0007" };
  size_t n = strlen (pin), i, up = 0, down = 0, same = 0;

  for (i = 1; i < n; i++)
    {
      same += pin[i] == pin[i - 1];
      up += pin[i] == pin[i - 1] + 1;
      down += pin[i] == pin[i - 1] - 1;
    }
  if (same == n - 1 || up == n - 1 || down == n - 1)
    return true;
  if (n % 2 == 0 && memcmp (pin, pin + n / 2, n / 2) == 0)
    return true;
  if (n == 4 && (strncmp (pin, "19", 2) == 0 || strncmp (pin, "20", 2) == 0))
    return true;
  for (i = 0; i < sizeof common / sizeof common[0]; i++)
    if (strcmp (pin, common[i]) == 0)
      return true;
  return false;
}

/* ----------------------------------------------------------- the file */

/* DIR/.BASE.owner for the answers at DIR/BASE.answers. */
static char *
owner_path (const char *answers)
{
  const char *slash = strrchr (answers, '/');
  const char *base = slash != NULL ? slash + 1 : answers;
  size_t n = strlen (base);

  if (n > 8 && strcmp (base + n - 8, ".answers") == 0)
    n -= 8;
  return xasprintf ("%.*s.%.*s.owner", (int) (base - answers), answers,
                    (int) n, base);
}

static void
owner_free (struct owner *o)
{
  free (o->path);
  free (o->name);
  free (o->key);
  free (o->pin);
}

/* Read a file of at most MAX bytes, never through a link, never waiting
   on a pipe; NULL with errno set (ENOENT: there is none). */
static char *
owner_slurp (const char *path, size_t max, size_t *len)
{
  struct stat st;
  char *text;
  ssize_t got;
  int fd = open (path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);

  if (fd < 0)
    return NULL;
  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode)
      || st.st_size > (off_t) max)
    {
      close (fd);
      errno = EINVAL;
      return NULL;
    }
  text = xmalloc ((size_t) st.st_size + 1);
  got = read (fd, text, (size_t) st.st_size);
  close (fd);
  if (got < 0)
    {
      free (text);
      return NULL;
    }
  text[got] = '\0';
  *len = (size_t) got;
  return text;
}

/* Fill O from its file; false (with the reason in D) when it is there
   but is not an owner file. */
static bool
owner_load (struct owner *o, const char *answers, struct diag *d)
{
  struct lines lines;
  const char *why;
  char *text, *line, *eq;
  size_t len;

  memset (o, 0, sizeof *o);
  o->path = owner_path (answers);
  text = owner_slurp (o->path, OWNER_FILE_MAX, &len);
  if (text == NULL)
    {
      if (errno == ENOENT)
        return true;
      diag_add (d, EXIT_DATAERR, o->path, 0, "%s", strerror (errno));
      return false;
    }
  lines_init (&lines, text, len);
  while ((line = lines_next (&lines, &len, &why)) != NULL)
    {
      if (*line == '#' || *str_trim (line) == '\0')
        continue;
      eq = strchr (line, '=');
      if (eq == NULL || why != NULL)
        break;
      *eq = '\0';
      str_trim (line);
      str_trim (eq + 1);
      if (strcmp (line, "name") == 0 && o->name == NULL)
        o->name = xstrdup (eq + 1);
      else if (strcmp (line, "key") == 0 && o->key == NULL)
        o->key = xstrdup (eq + 1);
      else if (strcmp (line, "pin") == 0 && o->pin == NULL)
        o->pin = xstrdup (eq + 1);
      else if (strcmp (line, "failures") == 0)
        o->failures = strtoul (eq + 1, NULL, 10);
      else if (strcmp (line, "locked_until") == 0)
        o->locked_until = strtoll (eq + 1, NULL, 10);
      else
        break;
    }
  free (text);
  if (line == NULL && o->name != NULL && (o->key != NULL || o->pin != NULL))
    return true;
  diag_add (d, EXIT_DATAERR, o->path, lines.number, "%s",
            _("not an owner file"));
  return false;
}

static int
owner_writer (FILE *fp, void *ctx)
{
  const struct owner *o = ctx;

  fprintf (fp, "# leadwise: whose this name is in the workshop; remove "
               "this file to free the name\nname = %s\n", o->name);
  if (o->key != NULL)
    fprintf (fp, "key = %s\n", o->key);
  if (o->pin != NULL)
    fprintf (fp, "pin = %s\nfailures = %lu\nlocked_until = %lld\n", o->pin,
             o->failures, o->locked_until);
  return ferror (fp) ? -1 : 0;
}

static bool
owner_save (const struct owner *o, struct diag *d)
{
  return atomic_write (o->path, owner_writer, (void *) o, d) == EXIT_OK;
}

/* ------------------------------------------------------------ the PIN */

static void
owner_random (unsigned char *buf, size_t n)
{
  struct timespec ts;
  size_t i;

  if (getrandom (buf, n, 0) == (ssize_t) n)
    return;
  /* No kernel randomness: a salt still differs from name to name. */
  clock_gettime (CLOCK_REALTIME, &ts);
  for (i = 0; i < n; i++)
    buf[i] = (unsigned char) ((ts.tv_nsec >> (i % 4 * 8)) ^ (getpid () >> i)
                              ^ (ts.tv_sec >> i));
}

/* "pbkdf2-sha256$ROUNDS$SALT$HASH" for PIN with SALT. */
static char *
owner_pin_record (const char *pin, const unsigned char *salt, size_t salt_n,
                  unsigned long rounds)
{
  unsigned char hash[SHA256_SIZE];
  char salt64[64], hash64[64];

  pbkdf2_sha256 (pin, strlen (pin), salt, salt_n, rounds, hash, sizeof hash);
  base64_encode (salt, salt_n, salt64);
  base64_encode (hash, sizeof hash, hash64);
  return xasprintf ("pbkdf2-sha256$%lu$%s$%s", rounds, salt64, hash64);
}

static char *
owner_pin_new (const char *pin)
{
  unsigned char salt[OWNER_SALT];

  owner_random (salt, sizeof salt);
  return owner_pin_record (pin, salt, sizeof salt, OWNER_ROUNDS);
}

/* Whether PIN is the one RECORD was made from. */
static bool
owner_pin_matches (const char *record, const char *pin)
{
  unsigned char salt[64];
  char *copy = xstrdup (record), *rounds_s, *salt_s, *end, *again;
  unsigned long rounds;
  long salt_n;
  bool ok = false;

  rounds_s = strchr (copy, '$');
  salt_s = rounds_s != NULL ? strchr (rounds_s + 1, '$') : NULL;
  end = salt_s != NULL ? strchr (salt_s + 1, '$') : NULL;
  if (end != NULL && strncmp (copy, "pbkdf2-sha256$", 14) == 0)
    {
      *salt_s++ = '\0';
      *end = '\0';
      rounds = strtoul (rounds_s + 1, NULL, 10);
      salt_n = base64_decode (salt_s, salt, sizeof salt);
      if (rounds >= 1 && rounds <= OWNER_ROUNDS_MAX && salt_n > 0)
        {
          again = owner_pin_record (pin, salt, (size_t) salt_n, rounds);
          ok = strlen (again) == strlen (record)
               && bytes_equal (again, record, strlen (record));
          free (again);
        }
    }
  free (copy);
  return ok;
}

/* -------------------------------------------------------- the SSH key */

char *
owner_connection_key (void)
{
  const char *file = getenv ("SSH_USER_AUTH");
  unsigned char blob[16384];
  unsigned char hash[SHA256_SIZE];
  char *text, *line, *fields[3], *save = NULL, *result = NULL;
  char hash64[64];
  struct lines lines;
  const char *why;
  size_t len;
  long n;
  int k;

  if (file == NULL || *file == '\0'
      || (text = owner_slurp (file, 65536, &len)) == NULL)
    return NULL;
  lines_init (&lines, text, len);
  /* "publickey ssh-ed25519 AAAA...": the method, the type, the key. */
  while (result == NULL && (line = lines_next (&lines, &len, &why)) != NULL)
    {
      for (k = 0; k < 3; k++)
        fields[k] = strtok_r (k == 0 ? line : NULL, " \t", &save);
      if (why != NULL || fields[2] == NULL
          || strcmp (fields[0], "publickey") != 0)
        continue;
      n = base64_decode (fields[2], blob, sizeof blob);
      if (n <= 0)
        continue;
      sha256 (blob, (size_t) n, hash);
      base64_encode (hash, sizeof hash, hash64);
      result = xasprintf ("SHA256:%s", hash64);
    }
  free (text);
  return result;
}

/* ------------------------------------------------------------ sign in */

/* A new name: bound to KEY, or to a PIN chosen twice. */
static enum owner_result
owner_bind (struct owner *o, const char *name, char *key, owner_ask_fn ask,
            void *ctx, struct diag *d)
{
  const char *error = NULL;
  char *pin, *again;
  bool quit = false;

  o->name = xstrdup (name);
  if (key != NULL)
    o->key = key;
  while (o->key == NULL && o->pin == NULL)
    {
      pin = ask (ctx, OWNER_NEW_PIN, error, &quit);
      if (pin == NULL)
        return quit ? OWNER_QUIT : OWNER_BACK;
      if (!owner_pin_ok (pin) || owner_pin_easy (pin))
        {
          error = !owner_pin_ok (pin) ? N_("A PIN is 4 to 12 digits.")
                  : N_("That PIN is among the first anyone would try; "
                       "choose another.");
          free (pin);
          continue;
        }
      again = ask (ctx, OWNER_REPEAT_PIN, NULL, &quit);
      if (again == NULL)
        {
          free (pin);
          return quit ? OWNER_QUIT : OWNER_BACK;
        }
      if (strcmp (pin, again) == 0)
        o->pin = owner_pin_new (pin);
      else
        error = N_("The two PINs differ; choose one again.");
      free (pin);
      free (again);
    }
  return owner_save (o, d) ? OWNER_SIGNED_IN : OWNER_ERROR;
}

/* A name with a PIN: at most OWNER_TRIES wrong ones here, and a lock
   after OWNER_LOCK_AFTER in a row, however many connections try.  Each
   try is counted in the file before the PIN is checked: a try that
   cannot be counted (a full disk) is not checked at all. */
static enum owner_result
owner_check_pin (struct owner *o, owner_ask_fn ask, void *ctx,
                 const char **why, struct diag *d)
{
  const char *error = NULL;
  bool quit = false, ok;
  char *pin;
  int tries;

  for (tries = 0; tries < OWNER_TRIES; tries++)
    {
      if ((long long) time (NULL) < o->locked_until
          || o->failures >= OWNER_LOCK_AFTER)
        {
          *why = N_("Too many wrong PINs were typed for this name; try "
                    "again in a quarter of an hour, or ask the "
                    "facilitator.");
          if (o->failures >= OWNER_LOCK_AFTER)
            {
              /* The lock was not written last time: write it now. */
              o->failures = 0;
              o->locked_until = (long long) time (NULL) + OWNER_LOCK_SECONDS;
              owner_save (o, d);
            }
          return OWNER_REFUSED;
        }
      pin = ask (ctx, OWNER_PIN, error, &quit);
      if (pin == NULL)
        return quit ? OWNER_QUIT : OWNER_BACK;
      o->failures++;
      if (!owner_save (o, d))
        {
          free (pin);
          return OWNER_ERROR;
        }
      ok = owner_pin_matches (o->pin, pin);
      free (pin);
      if (ok)
        {
          o->failures = 0;
          owner_save (o, d);   /* if this fails, one try fewer next time */
          return OWNER_SIGNED_IN;
        }
      if (o->failures >= OWNER_LOCK_AFTER)
        {
          o->failures = 0;
          o->locked_until = (long long) time (NULL) + OWNER_LOCK_SECONDS;
          if (!owner_save (o, d))
            return OWNER_ERROR;
        }
      error = N_("That is not the PIN of this name.");
    }
  *why = N_("That is not the PIN of this name. Choose another name, or ask "
            "the facilitator to free this one.");
  return OWNER_REFUSED;
}

enum owner_result
owner_sign_in (const char *path, const char *name, enum owner_way way,
               owner_ask_fn ask, void *ctx, const char **why, struct diag *d)
{
  struct owner o;
  enum owner_result r;
  char *key = way == OWNER_BY_KEY ? owner_connection_key () : NULL;

  *why = NULL;
  if (!owner_load (&o, path, d))
    r = OWNER_ERROR;
  else if (o.name == NULL)
    {
      r = owner_bind (&o, name, key, ask, ctx, d);
      key = NULL;               /* O's now */
    }
  else if (strcmp (o.name, name) != 0
           || (o.key != NULL && (key == NULL || strcmp (key, o.key) != 0)))
    {
      /* Another name of the same file (were one ever found), or a name
         bound to another key. */
      *why = N_("This name is kept for someone else; please choose "
                "another.");
      r = OWNER_REFUSED;
    }
  else if (o.key != NULL)
    r = OWNER_SIGNED_IN;
  else
    r = owner_check_pin (&o, ask, ctx, why, d);
  free (key);
  owner_free (&o);
  return r;
}
