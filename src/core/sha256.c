/* sha256.c: SHA-256, HMAC, PBKDF2 and base64, as their standards
   define them. */
#include "system.h"

#include "core/sha256.h"

/* The first 32 bits of the fractional parts of the cube roots of the
   first 64 primes (FIPS 180-4, 4.2.2). */
static const uint32_t sha256_k[64] = {
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1,
  0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
  0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
  0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
  0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
};

static uint32_t
sha256_rotr (uint32_t x, int n)
{
  return (x >> n) | (x << (32 - n));
}

/* One 64-byte block into the state. */
static void
sha256_block (uint32_t h[8], const unsigned char *p)
{
  uint32_t w[64], a, b, c, d, e, f, g, k, t1, t2;
  int i;

  for (i = 0; i < 16; i++)
    w[i] = (uint32_t) p[4 * i] << 24 | (uint32_t) p[4 * i + 1] << 16
           | (uint32_t) p[4 * i + 2] << 8 | (uint32_t) p[4 * i + 3];
  for (i = 16; i < 64; i++)
    {
      uint32_t s0 = sha256_rotr (w[i - 15], 7) ^ sha256_rotr (w[i - 15], 18)
                    ^ (w[i - 15] >> 3);
      uint32_t s1 = sha256_rotr (w[i - 2], 17) ^ sha256_rotr (w[i - 2], 19)
                    ^ (w[i - 2] >> 10);

      w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
  a = h[0], b = h[1], c = h[2], d = h[3];
  e = h[4], f = h[5], g = h[6], k = h[7];
  for (i = 0; i < 64; i++)
    {
      t1 = k + (sha256_rotr (e, 6) ^ sha256_rotr (e, 11) ^ sha256_rotr (e, 25))
           + ((e & f) ^ (~e & g)) + sha256_k[i] + w[i];
      t2 = (sha256_rotr (a, 2) ^ sha256_rotr (a, 13) ^ sha256_rotr (a, 22))
           + ((a & b) ^ (a & c) ^ (b & c));
      k = g, g = f, f = e, e = d + t1;
      d = c, c = b, b = a, a = t1 + t2;
    }
  h[0] += a, h[1] += b, h[2] += c, h[3] += d;
  h[4] += e, h[5] += f, h[6] += g, h[7] += k;
}

void
sha256_init (struct sha256 *c)
{
  /* The fractional parts of the square roots of the first 8 primes. */
  static const uint32_t start[8] = {
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
    0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19
  };

  memcpy (c->h, start, sizeof start);
  c->length = 0;
  c->used = 0;
}

void
sha256_add (struct sha256 *c, const void *data, size_t n)
{
  const unsigned char *p = data;
  size_t take;

  c->length += n;
  while (n > 0)
    {
      if (c->used == 0 && n >= SHA256_BLOCK)
        {
          sha256_block (c->h, p);
          p += SHA256_BLOCK;
          n -= SHA256_BLOCK;
          continue;
        }
      take = SHA256_BLOCK - c->used < n ? SHA256_BLOCK - c->used : n;
      memcpy (c->block + c->used, p, take);
      c->used += take;
      p += take;
      n -= take;
      if (c->used == SHA256_BLOCK)
        {
          sha256_block (c->h, c->block);
          c->used = 0;
        }
    }
}

void
sha256_end (struct sha256 *c, unsigned char out[SHA256_SIZE])
{
  uint64_t bits = c->length * 8;
  unsigned char pad[SHA256_BLOCK + 8] = { 0x80 };
  unsigned char len[8];
  size_t n = (c->used < 56 ? 56 : 120) - c->used;
  int i;

  for (i = 0; i < 8; i++)
    len[i] = (unsigned char) (bits >> (56 - 8 * i));
  sha256_add (c, pad, n);
  sha256_add (c, len, 8);
  for (i = 0; i < 8; i++)
    {
      out[4 * i] = (unsigned char) (c->h[i] >> 24);
      out[4 * i + 1] = (unsigned char) (c->h[i] >> 16);
      out[4 * i + 2] = (unsigned char) (c->h[i] >> 8);
      out[4 * i + 3] = (unsigned char) c->h[i];
    }
}

void
sha256 (const void *data, size_t n, unsigned char out[SHA256_SIZE])
{
  struct sha256 c;

  sha256_init (&c);
  sha256_add (&c, data, n);
  sha256_end (&c, out);
}

/* The inner and outer contexts of an HMAC key, ready to add to. */
static void
hmac_start (const void *key, size_t key_n, struct sha256 *inner,
            struct sha256 *outer)
{
  unsigned char k[SHA256_BLOCK] = { 0 }, pad[SHA256_BLOCK];
  int i;

  if (key_n > SHA256_BLOCK)
    sha256 (key, key_n, k);
  else
    memcpy (k, key, key_n);
  for (i = 0; i < SHA256_BLOCK; i++)
    pad[i] = k[i] ^ 0x36;
  sha256_init (inner);
  sha256_add (inner, pad, SHA256_BLOCK);
  for (i = 0; i < SHA256_BLOCK; i++)
    pad[i] = k[i] ^ 0x5c;
  sha256_init (outer);
  sha256_add (outer, pad, SHA256_BLOCK);
}

/* The HMAC of DATA from the started contexts (copies: they are kept). */
static void
hmac_finish (const struct sha256 *inner, const struct sha256 *outer,
             const void *data, size_t n, unsigned char out[SHA256_SIZE])
{
  struct sha256 in = *inner, ou = *outer;
  unsigned char mid[SHA256_SIZE];

  sha256_add (&in, data, n);
  sha256_end (&in, mid);
  sha256_add (&ou, mid, SHA256_SIZE);
  sha256_end (&ou, out);
}

void
hmac_sha256 (const void *key, size_t key_n, const void *data, size_t n,
             unsigned char out[SHA256_SIZE])
{
  struct sha256 inner, outer;

  hmac_start (key, key_n, &inner, &outer);
  hmac_finish (&inner, &outer, data, n, out);
}

void
pbkdf2_sha256 (const void *password, size_t password_n, const void *salt,
               size_t salt_n, unsigned long rounds, unsigned char *out,
               size_t out_n)
{
  struct sha256 inner, outer, first;
  unsigned char u[SHA256_SIZE], t[SHA256_SIZE], count[4];
  uint32_t block;
  unsigned long r;
  size_t i, take;

  hmac_start (password, password_n, &inner, &outer);
  for (block = 1; out_n > 0; block++)
    {
      count[0] = (unsigned char) (block >> 24);
      count[1] = (unsigned char) (block >> 16);
      count[2] = (unsigned char) (block >> 8);
      count[3] = (unsigned char) block;
      first = inner;
      sha256_add (&first, salt, salt_n);
      hmac_finish (&first, &outer, count, 4, u);
      memcpy (t, u, SHA256_SIZE);
      for (r = 1; r < rounds; r++)
        {
          hmac_finish (&inner, &outer, u, SHA256_SIZE, u);
          for (i = 0; i < SHA256_SIZE; i++)
            t[i] ^= u[i];
        }
      take = out_n < SHA256_SIZE ? out_n : SHA256_SIZE;
      memcpy (out, t, take);
      out += take;
      out_n -= take;
    }
}

static const char base64_digits[] =
  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

void
base64_encode (const unsigned char *data, size_t n, char *out)
{
  size_t i;
  unsigned long v;

  for (i = 0; i + 2 < n; i += 3)
    {
      v = (unsigned long) data[i] << 16 | (unsigned long) data[i + 1] << 8
          | data[i + 2];
      *out++ = base64_digits[v >> 18 & 63];
      *out++ = base64_digits[v >> 12 & 63];
      *out++ = base64_digits[v >> 6 & 63];
      *out++ = base64_digits[v & 63];
    }
  if (i < n)
    {
      v = (unsigned long) data[i] << 16
          | (i + 1 < n ? (unsigned long) data[i + 1] << 8 : 0);
      *out++ = base64_digits[v >> 18 & 63];
      *out++ = base64_digits[v >> 12 & 63];
      if (i + 1 < n)
        *out++ = base64_digits[v >> 6 & 63];
    }
  *out = '\0';
}

long
base64_decode (const char *text, unsigned char *out, size_t size)
{
  unsigned long v = 0;
  size_t n = 0;
  int bits = 0;
  const char *p, *at;

  for (p = text; *p != '\0' && *p != '='; p++)
    {
      at = strchr (base64_digits, *p);
      if (at == NULL)
        return -1;
      v = (v << 6 | (unsigned long) (at - base64_digits)) & 0xffffff;
      bits += 6;
      if (bits >= 8)
        {
          bits -= 8;
          if (n == size)
            return -1;
          out[n++] = (unsigned char) (v >> bits);
        }
    }
  while (*p == '=')
    p++;
  return *p == '\0' ? (long) n : -1;
}

bool
bytes_equal (const void *a, const void *b, size_t n)
{
  const unsigned char *x = a, *y = b;
  unsigned char diff = 0;
  size_t i;

  for (i = 0; i < n; i++)
    diff |= x[i] ^ y[i];
  return diff == 0;
}
