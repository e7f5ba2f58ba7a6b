/* check_owner.c: a workshop name opens nothing without its key or PIN;
   and the hashes under it, against their standards' vectors. */
#include "system.h"

#include <dirent.h>
#include <time.h>
#include <unistd.h>

#include "core/owner.h"
#include "core/sha256.h"
#include "core/util.h"
#include "core/workshop.h"
#include "testutil.h"

static void
assert_hex (const unsigned char *bytes, size_t n, const char *hex)
{
  char got[256];
  size_t i;

  for (i = 0; i < n; i++)
    snprintf (got + 2 * i, 3, "%02x", bytes[i]);
  ck_assert_str_eq (got, hex);
}

START_TEST (test_sha256)
{
  unsigned char out[SHA256_SIZE];
  struct sha256 c;
  char *million = xmalloc (1000000);
  size_t i;

  sha256 ("abc", 3, out);
  assert_hex (out, sizeof out, "ba7816bf8f01cfea414140de5dae2223b00361a3961"
                               "77a9cb410ff61f20015ad");
  sha256 ("", 0, out);
  assert_hex (out, sizeof out, "e3b0c44298fc1c149afbf4c8996fb92427ae41e464"
                               "9b934ca495991b7852b855");
  sha256 ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 56, out);
  assert_hex (out, sizeof out, "248d6a61d20638b8e5c026930c3e6039a33ce45964"
                               "ff2167f6ecedd419db06c1");
  /* A million a's, added in uneven pieces. */
  memset (million, 'a', 1000000);
  sha256_init (&c);
  for (i = 0; i < 1000000; i += 997)
    sha256_add (&c, million + i, 1000000 - i < 997 ? 1000000 - i : 997);
  sha256_end (&c, out);
  assert_hex (out, sizeof out, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a4"
                               "97200e046d39ccc7112cd0");
  free (million);
}
END_TEST

/* RFC 4231, test cases 2 and 6 (a key longer than a block). */
START_TEST (test_hmac)
{
  unsigned char out[SHA256_SIZE], key[131];

  hmac_sha256 ("Jefe", 4, "what do ya want for nothing?", 28, out);
  assert_hex (out, sizeof out, "5bdcc146bf60754e6a042426089575c75a003f089d"
                               "2739839dec58b964ec3843");
  memset (key, 0xaa, sizeof key);
  hmac_sha256 (key, sizeof key,
               "Test Using Larger Than Block-Size Key - Hash Key First", 54,
               out);
  assert_hex (out, sizeof out, "60e431591ee0b67f0d8a26aacbf5b77f8e0bc62137"
                               "28c5140546040f0ee37f54");
}
END_TEST

/* RFC 7914, section 11. */
START_TEST (test_pbkdf2)
{
  unsigned char out[64];

  pbkdf2_sha256 ("passwd", 6, "salt", 4, 1, out, sizeof out);
  assert_hex (out, sizeof out,
              "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dac"
              "bc49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a1"
              "9783");
  pbkdf2_sha256 ("Password", 8, "NaCl", 4, 80000, out, sizeof out);
  assert_hex (out, sizeof out,
              "4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab"
              "56a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f3"
              "3c8d");
}
END_TEST

START_TEST (test_base64)
{
  unsigned char bytes[10], back[16];
  char text[32];
  size_t i;

  for (i = 0; i < sizeof bytes; i++)
    bytes[i] = (unsigned char) i;
  base64_encode (bytes, sizeof bytes, text);
  ck_assert_str_eq (text, "AAECAwQFBgcICQ");
  ck_assert_int_eq (base64_decode ("AAECAwQFBgcICQ==", back, sizeof back), 10);
  ck_assert_int_eq (memcmp (back, bytes, 10), 0);
  ck_assert_int_eq (base64_decode ("AAECAwQFBgcICQ", back, sizeof back), 10);
  ck_assert_int_eq (base64_decode ("AA*C", back, sizeof back), -1);
  ck_assert_int_eq (base64_decode ("AAECAwQFBgcICQ", back, 4), -1);
  ck_assert_int_eq (base64_decode ("AA==x", back, sizeof back), -1);
}
END_TEST

/* -------------------------------------------------- signing names in */

static char dir[64], answers[128], owner[128];

/* What a scripted participant types, one answer an ask; "<back>" and
   "<quit>" go back and leave. */
struct script
{
  const char *const *typed;
  int at, asked;
  enum owner_prompt last;
  const char *last_error;
};

static char *
script_ask (void *ctx, enum owner_prompt prompt, const char *error,
            bool *quit)
{
  struct script *s = ctx;
  const char *next = s->typed[s->at];

  s->asked++;
  s->last = prompt;
  s->last_error = error;
  ck_assert_msg (next != NULL, "asked more than the script says");
  s->at++;
  *quit = strcmp (next, "<quit>") == 0;
  if (*quit || strcmp (next, "<back>") == 0)
    return NULL;
  return xstrdup (next);
}

static enum owner_result
sign_in (const char *name, enum owner_way way, const char *const *typed,
         struct script *s, const char **why)
{
  struct diag d;
  enum owner_result r;

  memset (s, 0, sizeof *s);
  s->typed = typed;
  diag_init (&d);
  r = owner_sign_in (answers, name, way, script_ask, s, why, &d);
  if (r != OWNER_ERROR)
    ck_assert_int_eq (d.count, 0);
  diag_free (&d);
  return r;
}

static void
setup (void)
{
  strcpy (dir, "/tmp/check_owner.XXXXXX");
  ck_assert_ptr_nonnull (mkdtemp (dir));
  snprintf (answers, sizeof answers, "%s/ann-1.answers", dir);
  snprintf (owner, sizeof owner, "%s/.ann-1.owner", dir);
  unsetenv ("SSH_USER_AUTH");
}

static void
teardown (void)
{
  DIR *dp = opendir (dir);
  struct dirent *e;
  char path[512];

  while (dp != NULL && (e = readdir (dp)) != NULL)
    if (strcmp (e->d_name, ".") != 0 && strcmp (e->d_name, "..") != 0)
      {
        snprintf (path, sizeof path, "%s/%s", dir, e->d_name);
        unlink (path);
      }
  if (dp != NULL)
    closedir (dp);
  rmdir (dir);
}

START_TEST (test_pin_chosen_and_checked)
{
  static const char *const first[] = { "12", "3141", "3142", "3141", "3141",
                                       NULL };
  static const char *const right[] = { "3141", NULL };
  static const char *const wrong[] = { "0000", "1111", "2222", NULL };
  struct script s;
  const char *why;

  /* A first visit: a PIN of the right form, typed twice alike. */
  ck_assert_int_eq (sign_in ("Ann", OWNER_BY_PIN, first, &s, &why),
                    OWNER_SIGNED_IN);
  ck_assert_int_eq (s.asked, 5);
  ck_assert_ptr_nonnull (strstr (test_read_file (owner), "name = Ann\n"));
  ck_assert_ptr_nonnull (strstr (test_read_file (owner),
                                 "pin = pbkdf2-sha256$"));
  ck_assert_ptr_null (strstr (test_read_file (owner), "3141"));
  /* A return: the PIN, once. */
  ck_assert_int_eq (sign_in ("Ann", OWNER_BY_PIN, right, &s, &why),
                    OWNER_SIGNED_IN);
  ck_assert_int_eq (s.asked, 1);
  ck_assert_int_eq (s.last, OWNER_PIN);
  /* Three wrong ones: refused, each counted in the file. */
  ck_assert_int_eq (sign_in ("Ann", OWNER_BY_PIN, wrong, &s, &why),
                    OWNER_REFUSED);
  ck_assert_int_eq (s.asked, 3);
  ck_assert_ptr_nonnull (s.last_error);
  ck_assert_ptr_nonnull (why);
  ck_assert_ptr_nonnull (strstr (test_read_file (owner), "failures = 3\n"));
  /* The right one resets the count. */
  ck_assert_int_eq (sign_in ("Ann", OWNER_BY_PIN, right, &s, &why),
                    OWNER_SIGNED_IN);
  ck_assert_ptr_nonnull (strstr (test_read_file (owner), "failures = 0\n"));
}
END_TEST

/* Five wrong PINs in a row, over two connections, lock the name: even
   the right PIN is refused until the time is up. */
START_TEST (test_pin_lock)
{
  static const char *const first[] = { "97531", "97531", NULL };
  static const char *const wrong[] = { "0000", "1111", "2222", NULL };
  static const char *const right[] = { "97531", NULL };
  struct script s;
  const char *why, *locked;
  char *text;
  FILE *fp;

  ck_assert_int_eq (sign_in ("Ann", OWNER_BY_PIN, first, &s, &why),
                    OWNER_SIGNED_IN);
  ck_assert_int_eq (sign_in ("Ann", OWNER_BY_PIN, wrong, &s, &why),
                    OWNER_REFUSED);
  ck_assert_int_eq (sign_in ("Ann", OWNER_BY_PIN, wrong, &s, &why),
                    OWNER_REFUSED);
  ck_assert_int_eq (s.asked, 2);          /* the fifth locked it */
  locked = why;
  ck_assert_int_eq (sign_in ("Ann", OWNER_BY_PIN, right, &s, &why),
                    OWNER_REFUSED);
  ck_assert_int_eq (s.asked, 0);
  ck_assert_str_eq (why, locked);
  /* A quarter of an hour later (the lock moved back), it opens. */
  text = xstrdup (test_read_file (owner));
  *strstr (text, "locked_until = ") = '\0';
  fp = fopen (owner, "w");
  fprintf (fp, "%slocked_until = %lld\n", text, (long long) time (NULL) - 1);
  fclose (fp);
  free (text);
  ck_assert_int_eq (sign_in ("Ann", OWNER_BY_PIN, right, &s, &why),
                    OWNER_SIGNED_IN);
}
END_TEST

START_TEST (test_back_quit_and_other_names)
{
  static const char *const back[] = { "<back>", NULL };
  static const char *const quit[] = { "3141", "<quit>", NULL };
  static const char *const first[] = { "4391", "4391", NULL };
  static const char *const none[] = { NULL };
  struct script s;
  const char *why;

  ck_assert_int_eq (sign_in ("Ann", OWNER_BY_PIN, back, &s, &why),
                    OWNER_BACK);
  ck_assert_int_eq (sign_in ("Ann", OWNER_BY_PIN, quit, &s, &why),
                    OWNER_QUIT);
  ck_assert_int_eq (access (owner, F_OK), -1);    /* nothing bound */
  ck_assert_int_eq (sign_in ("Ann", OWNER_BY_PIN, first, &s, &why),
                    OWNER_SIGNED_IN);
  /* Another name that came to the same file is told apart. */
  ck_assert_int_eq (sign_in ("ann", OWNER_BY_PIN, none, &s, &why),
                    OWNER_REFUSED);
  ck_assert_ptr_nonnull (why);
}
END_TEST

/* A fake SSH_USER_AUTH file for a key of BLOB (any bytes). */
static void
key_file (const char *path, const char *blob)
{
  char b64[256];
  FILE *fp = fopen (path, "w");

  base64_encode ((const unsigned char *) blob, strlen (blob), b64);
  fprintf (fp, "publickey ssh-ed25519 %s\n", b64);
  fclose (fp);
  setenv ("SSH_USER_AUTH", path, 1);
}

START_TEST (test_keys)
{
  static const char *const none[] = { NULL };
  static const char *const pin[] = { "2468", "2468", NULL };
  struct script s;
  const char *why;
  char auth[128], *fp;
  unsigned char hash[SHA256_SIZE];
  char want[64] = "SHA256:";

  snprintf (auth, sizeof auth, "%s/auth", dir);
  key_file (auth, "key of Ann");
  fp = owner_connection_key ();
  sha256 ("key of Ann", 10, hash);
  base64_encode (hash, sizeof hash, want + 7);
  ck_assert_str_eq (fp, want);
  free (fp);
  /* Bound to the key without a question, and opened by it alone. */
  ck_assert_int_eq (sign_in ("Ann", OWNER_BY_KEY, none, &s, &why),
                    OWNER_SIGNED_IN);
  ck_assert_int_eq (s.asked, 0);
  ck_assert_ptr_nonnull (strstr (test_read_file (owner), want));
  ck_assert_int_eq (sign_in ("Ann", OWNER_BY_KEY, none, &s, &why),
                    OWNER_SIGNED_IN);
  key_file (auth, "key of Bob");
  ck_assert_int_eq (sign_in ("Ann", OWNER_BY_KEY, none, &s, &why),
                    OWNER_REFUSED);
  unsetenv ("SSH_USER_AUTH");
  ck_assert_int_eq (sign_in ("Ann", OWNER_BY_KEY, none, &s, &why),
                    OWNER_REFUSED);
  ck_assert_int_eq (sign_in ("Ann", OWNER_BY_PIN, none, &s, &why),
                    OWNER_REFUSED);
  /* Without a key (a password, or no ExposeAuthInfo), a PIN. */
  unlink (owner);
  ck_assert_int_eq (sign_in ("Ann", OWNER_BY_KEY, pin, &s, &why),
                    OWNER_SIGNED_IN);
  ck_assert_int_eq (s.asked, 2);
  /* No publickey line: no key. */
  fp = NULL;
  {
    FILE *f = fopen (auth, "w");

    fputs ("password\nkeyboard-interactive\n", f);
    fclose (f);
  }
  setenv ("SSH_USER_AUTH", auth, 1);
  ck_assert_ptr_null (owner_connection_key ());
}
END_TEST

START_TEST (test_broken_owner_file)
{
  static const char *const none[] = { NULL };
  struct script s;
  const char *why;
  FILE *fp = fopen (owner, "w");

  fputs ("name = Ann\nsomething = else\n", fp);
  fclose (fp);
  ck_assert_int_eq (sign_in ("Ann", OWNER_BY_PIN, none, &s, &why),
                    OWNER_ERROR);
  fp = fopen (owner, "w");
  fputs ("name = Ann\n", fp);         /* bound to nothing */
  fclose (fp);
  ck_assert_int_eq (sign_in ("Ann", OWNER_BY_PIN, none, &s, &why),
                    OWNER_ERROR);
  unlink (owner);
  ck_assert_int_eq (symlink ("/etc/passwd", owner), 0);
  ck_assert_int_eq (sign_in ("Ann", OWNER_BY_PIN, none, &s, &why),
                    OWNER_ERROR);
}
END_TEST

/* The PINs a stranger tries first are refused when chosen. */
START_TEST (test_pin_easy)
{
  static const char *const easy[] = { "1111", "1234", "98765", "3210",
                                      "1212", "123123", "1987", "2024",
                                      "2580", "5283", "5283", NULL };
  struct script s;
  const char *why;

  ck_assert_int_eq (sign_in ("Ann", OWNER_BY_PIN, easy, &s, &why),
                    OWNER_SIGNED_IN);
  ck_assert_int_eq (s.asked, 11);
  ck_assert_ptr_nonnull (strstr (test_read_file (owner), "pin = "));
}
END_TEST

START_TEST (test_pin_form)
{
  ck_assert (owner_pin_ok ("0000"));
  ck_assert (owner_pin_ok ("123456789012"));
  ck_assert (!owner_pin_ok ("123"));
  ck_assert (!owner_pin_ok ("1234567890123"));
  ck_assert (!owner_pin_ok ("12a4"));
  ck_assert (!owner_pin_ok (" 1234"));
}
END_TEST

/* File names: 128 bits of SHA-256 of the exact name. */
START_TEST (test_file_name_hash)
{
  char *f = workshop_file_name ("Acme Team");
  unsigned char hash[SHA256_SIZE];
  char want[128];
  size_t i;

  sha256 ("Acme Team", 9, hash);
  strcpy (want, "acme-team-");
  for (i = 0; i < 16; i++)
    snprintf (want + 10 + 2 * i, 3, "%02x", hash[i]);
  strcat (want, ".answers");
  ck_assert_str_eq (f, want);
  free (f);
}
END_TEST

static Suite *
owner_suite (void)
{
  Suite *s = suite_create ("owner");
  TCase *tc = tcase_create ("hashes");

  tcase_add_test (tc, test_sha256);
  tcase_add_test (tc, test_hmac);
  tcase_add_test (tc, test_pbkdf2);
  tcase_add_test (tc, test_base64);
  tcase_add_test (tc, test_file_name_hash);
  tcase_add_test (tc, test_pin_form);
  tcase_set_timeout (tc, 60);
  suite_add_tcase (s, tc);
  tc = tcase_create ("sign in");
  tcase_add_checked_fixture (tc, setup, teardown);
  tcase_add_test (tc, test_pin_chosen_and_checked);
  tcase_add_test (tc, test_pin_lock);
  tcase_add_test (tc, test_back_quit_and_other_names);
  tcase_add_test (tc, test_pin_easy);
  tcase_add_test (tc, test_keys);
  tcase_add_test (tc, test_broken_owner_file);
  tcase_set_timeout (tc, 60);
  suite_add_tcase (s, tc);
  return s;
}

TEST_MAIN (owner_suite)
