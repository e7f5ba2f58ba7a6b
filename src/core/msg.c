/* msg.c: sentences with figures, put into words when written. */
#include "system.h"

#include "core/lang.h"
#include "core/msg.h"
#include "core/util.h"

struct msg
msg_make (const char *id)
{
  struct msg m;

  memset (&m, 0, sizeof m);
  m.id = id;
  return m;
}

static void
msg_add (struct msg *m, enum msg_arg_kind kind, long long n, const char *s,
         const char *plural)
{
  if (m->n_args >= MSG_MAX_ARGS)
    return;
  m->args[m->n_args].kind = kind;
  m->args[m->n_args].n = n;
  m->args[m->n_args].s = s;
  m->args[m->n_args].plural = plural;
  m->n_args++;
}

void msg_add_count (struct msg *m, long long n) { msg_add (m, ARG_COUNT, n, NULL, NULL); }
void msg_add_money (struct msg *m, long long n) { msg_add (m, ARG_MONEY, n, NULL, NULL); }
void msg_add_text (struct msg *m, const char *s) { msg_add (m, ARG_TEXT, 0, s, NULL); }
void msg_add_words (struct msg *m, const char *id) { msg_add (m, ARG_WORDS, 0, id, NULL); }

void
msg_add_noun (struct msg *m, const char *one, const char *many, long long n)
{
  msg_add (m, ARG_NOUN, n, one, many);
}

/* N with the digits grouped in threes by SEP. */
static void
number_grouped (struct buf *out, long long n, const char *sep)
{
  char digits[STR_LL_SIZE];
  size_t len = str_of_ll (digits, n), i, start = digits[0] == '-';

  buf_addn (out, digits, start);
  for (i = start; i < len; i++)
    {
      if (i > start && (len - i) % 3 == 0)
        buf_add (out, sep);
      buf_addc (out, digits[i]);
    }
}

char *
msg_number (long long n, bool money, bool for_people)
{
  const struct lang *l = for_people ? lang_current () : lang_english ();
  struct buf digits;
  char *text;

  buf_init (&digits);
  number_grouped (&digits, n, l->thousands);
  if (!money)
    return buf_take (&digits);
  /* TRANSLATORS: an amount of US dollars; %s is the number. */
  text = xasprintf (for_people ? _("US$%s") : "US$%s", digits.data);
  buf_free (&digits);
  return text;
}

char *
msg_tenths (int tenths, bool for_people)
{
  const struct lang *l = for_people ? lang_current () : lang_english ();

  return xasprintf ("%d%s%d", tenths / 10, l->decimal, tenths % 10);
}

static char *msg_substitute (const char *format, const struct msg_arg *args,
                             int n_args, bool for_people);

static char *
msg_arg_text (const struct msg_arg *a, bool for_people)
{
  struct msg_arg number = { ARG_COUNT, a->n, NULL, NULL };

  switch (a->kind)
    {
    case ARG_NOUN:
      return msg_substitute (for_people ? ngettext (a->s, a->plural,
                                                    (unsigned long) a->n)
                             : a->n == 1 ? a->s : a->plural,
                             &number, 1, for_people);
    case ARG_COUNT:
    case ARG_MONEY:
      return msg_number (a->n, a->kind == ARG_MONEY, for_people);
    case ARG_WORDS:
      return xstrdup (for_people ? _(a->s) : a->s);
    case ARG_TEXT:
    default:
      return xstrdup (a->s != NULL ? a->s : "");
    }
}

/* The argument a conversion at P ("%s", "%2$s") stands for, and the
   length of the conversion; -1 when P is not one. */
static int
msg_conversion (const char *p, int *next, size_t *len)
{
  if (p[1] == 's')
    {
      *len = 2;
      return (*next)++;
    }
  if (p[1] >= '1' && p[1] <= '9' && p[2] == '$' && p[3] == 's')
    {
      *len = 4;
      return p[1] - '1';
    }
  return -1;
}

/* FORMAT with its conversions replaced by the N_ARGS arguments. */
static char *
msg_substitute (const char *format, const struct msg_arg *args, int n_args,
                bool for_people)
{
  const char *p = format;
  struct buf out;
  int next = 0, k;
  size_t len;

  buf_init (&out);
  buf_add (&out, "");
  for (; *p != '\0'; p++)
    {
      if (*p != '%')
        {
          buf_addc (&out, *p);
          continue;
        }
      if (p[1] == '%')
        {
          buf_addc (&out, '%');
          p++;
          continue;
        }
      k = msg_conversion (p, &next, &len);
      if (k < 0)
        {
          buf_addc (&out, *p);
          continue;
        }
      if (k < n_args)
        {
          char *arg = msg_arg_text (&args[k], for_people);

          buf_add (&out, arg);
          free (arg);
        }
      p += len - 1;
    }
  return buf_take (&out);
}

char *
msg_format (const struct msg *m, bool for_people)
{
  return msg_substitute (for_people ? _(m->id) : m->id, m->args, m->n_args,
                         for_people);
}
