/* sha256.h: SHA-256 (FIPS 180-4), HMAC-SHA-256 (RFC 2104) and
   PBKDF2-HMAC-SHA-256 (RFC 8018), for the file names made from
   participants' names and the PINs that guard them; and base64
   (RFC 4648), in which SSH writes keys and their fingerprints.
   Curses-free, no allocation. */
#ifndef LEADWISE_SHA256_H
#define LEADWISE_SHA256_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define SHA256_SIZE 32
#define SHA256_BLOCK 64

struct sha256
{
  uint32_t h[8];
  uint64_t length;              /* bytes hashed so far */
  unsigned char block[SHA256_BLOCK];
  size_t used;                  /* bytes waiting in BLOCK */
};

void sha256_init (struct sha256 *c);
void sha256_add (struct sha256 *c, const void *data, size_t n);
void sha256_end (struct sha256 *c, unsigned char out[SHA256_SIZE]);

/* The digest of DATA[0..N) at once. */
void sha256 (const void *data, size_t n, unsigned char out[SHA256_SIZE]);

void hmac_sha256 (const void *key, size_t key_n, const void *data,
                  size_t n, unsigned char out[SHA256_SIZE]);

/* OUT_N bytes derived from PASSWORD and SALT in ROUNDS iterations. */
void pbkdf2_sha256 (const void *password, size_t password_n,
                    const void *salt, size_t salt_n, unsigned long rounds,
                    unsigned char *out, size_t out_n);

/* DATA[0..N) in base64 without padding (as ssh-keygen prints
   fingerprints), into OUT of at least 4 * (N + 2) / 3 + 1 bytes. */
void base64_encode (const unsigned char *data, size_t n, char *out);

/* Decode base64 TEXT (padding optional) into OUT of SIZE bytes; the
   length, or -1 when TEXT is not base64 or does not fit. */
long base64_decode (const char *text, unsigned char *out, size_t size);

/* Whether A and B, N bytes each, are equal, in a time that does not
   depend on where they differ. */
bool bytes_equal (const void *a, const void *b, size_t n);

#endif
