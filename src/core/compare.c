/* compare.c: several people's answers, compared. */
#include "system.h"

#include <sys/stat.h>

#include "core/compare.h"
#include "core/exitcode.h"
#include "core/rules.h"
#include "core/utf8.h"
#include "core/util.h"
#include "core/value.h"

/* ------------------------------------------------------------ loading */

/* The label of a file: its name without the directory and ".answers",
   as text. */
static char *
compare_file_label (const char *file)
{
  const char *base = strrchr (file, '/');
  size_t n;
  char *name, *label;

  base = base != NULL ? base + 1 : file;
  n = strlen (base);
  if (n > 8 && strcmp (base + n - 8, ".answers") == 0)
    n -= 8;
  name = xstrndup (base, n);
  label = utf8_quotable (name, COMPARE_LABEL_MAX);
  free (name);
  return label;
}

/* Two people of the same name: each told apart by a number. */
static void
compare_labels_apart (struct compare *c)
{
  size_t i, k, same;

  for (i = 0; i < c->n; i++)
    {
      for (k = 0, same = 0; k < i; k++)
        same += strcmp (c->people[k].label, c->people[i].label) == 0;
      if (same > 0)
        {
          char *apart = xasprintf ("%s (%zu)", c->people[i].label, same + 1);

          free (c->people[i].label);
          c->people[i].label = apart;
        }
    }
}

/* Whether FILES[I] can be compared: standard input once, else a regular
   file of at most SESSION_OWN_MAX bytes (never a FIFO, which would
   block, nor a device).  0, or the status with the reason in D. */
static int
compare_readable (const char *const *files, size_t i, struct diag *d)
{
  struct stat st;
  size_t k;

  if (strcmp (files[i], "-") == 0)
    {
      for (k = 0; k < i; k++)
        if (strcmp (files[k], "-") == 0)
          {
            diag_add (d, EXIT_USAGE, NULL, 0,
                      _("compare: standard input (-) can be read once"));
            return EXIT_USAGE;
          }
      return EXIT_OK;
    }
  if (stat (files[i], &st) != 0)
    {
      diag_add (d, EXIT_NOINPUT, files[i], 0, "%s", strerror (errno));
      return EXIT_NOINPUT;
    }
  if (!S_ISREG (st.st_mode))
    {
      diag_add (d, EXIT_NOINPUT, files[i], 0, _("not a regular file"));
      return EXIT_NOINPUT;
    }
  if (st.st_size > SESSION_OWN_MAX)
    {
      /* TRANSLATORS: %d is a size in megabytes. */
      diag_add (d, EXIT_DATAERR, files[i], 0,
                _("larger than %d MB: not an answers file"),
                SESSION_OWN_MAX / (1024 * 1024));
      return EXIT_DATAERR;
    }
  return EXIT_OK;
}

/* The repeated section (the tools), or NULL. */
static const struct section *
compare_repeated (const struct bank *bank)
{
  size_t s;

  for (s = 0; s < bank->n_sections; s++)
    if (bank->sections[s].repeat != NULL && bank->sections[s].count > 0)
      return &bank->sections[s];
  return NULL;
}

/* Gather the tools of every person, matched by name. */
static void
compare_tools (struct compare *c)
{
  const struct section *sec = compare_repeated (c->bank);
  size_t p, t, cap = 0;
  int i;

  if (sec == NULL)
    return;
  for (p = 0; p < c->n; p++)
    for (i = 1; i <= sec->limit; i++)
      {
        char *id = bank_instance_id (&c->bank->questions[sec->first], i);
        const char *name = session_get (&c->people[p].session, id);
        char *key;

        free (id);
        if (name == NULL)
          continue;
        key = str_match_key (name);
        for (t = 0; t < c->n_tools; t++)
          if (strcmp (key, c->tools[t].key) == 0 && c->tools[t].instance[p] == 0)
            break;
        if (t == c->n_tools)
          {
            size_t twins = 0, k;

            /* A second tool of a name already met: numbered. */
            for (k = 0; k < c->n_tools; k++)
              twins += strcmp (c->tools[k].key, key) == 0;
            c->tools = xgrow (c->tools, &cap, c->n_tools + 1,
                              sizeof *c->tools);
            memset (&c->tools[t], 0, sizeof c->tools[t]);
            c->tools[t].name = twins > 0 ? xasprintf ("%s (%zu)", name, twins + 1)
                                         : xstrdup (name);
            c->tools[t].key = xstrdup (key);
            c->n_tools++;
          }
        c->tools[t].instance[p] = i;
        free (key);
      }
}

char *
compare_row_id (const struct compare *c, const struct compare_row *row, int p)
{
  if (row->tool < 0)
    return xstrdup (row->q->id);
  return bank_instance_id (row->q, p >= 0 ? c->tools[row->tool].instance[p]
                                          : row->tool + 1);
}

/* Everyone's answers to Q (of TOOL, or -1) into ROW. */
static void
compare_fill (struct compare *c, struct compare_row *row,
              const struct question *q, int tool)
{
  size_t p;
  const char *first = NULL;
  bool all = true, differ = false;

  memset (row, 0, sizeof *row);
  row->q = q;
  row->tool = tool;
  for (p = 0; p < c->n; p++)
    {
      const struct session *s = &c->people[p].session;

      if (tool < 0)
        row->values[p] = score_answer (c->bank, s, q->id);
      else if (c->tools[tool].instance[p] != 0)
        {
          char *id = compare_row_id (c, row, (int) p);

          row->values[p] = session_get (s, id);
          free (id);
        }
      if (row->values[p] == NULL)
        {
          all = false;
          continue;
        }
      if (first == NULL)
        first = row->values[p];
      else if (strcmp (first, row->values[p]) != 0)
        differ = true;
    }
  row->state = differ ? CMP_DIFFER : all ? CMP_AGREE : CMP_OPEN;
}

static bool
compare_row_empty (const struct compare *c, const struct compare_row *row)
{
  size_t p;

  for (p = 0; p < c->n; p++)
    if (row->values[p] != NULL)
      return false;
  return true;
}

/* A row for every question someone answered, in bank order; a tool's
   questions (but its name, which matched it) for each tool. */
static void
compare_rows (struct compare *c)
{
  size_t s, i, cap = 0;
  int t;

  for (s = 0; s < c->bank->n_sections; s++)
    {
      const struct section *sec = &c->bank->sections[s];
      int tools = sec->repeat != NULL ? (int) c->n_tools : 0;

      for (t = sec->repeat != NULL ? 0 : -1; t < tools; t++)
        for (i = sec->first; i < sec->first + sec->count; i++)
          {
            struct compare_row row;

            if (sec->repeat != NULL && i == sec->first)
              continue;
            compare_fill (c, &row, &c->bank->questions[i], t);
            if (compare_row_empty (c, &row))
              continue;
            c->rows = xgrow (c->rows, &cap, c->n_rows + 1, sizeof *c->rows);
            c->rows[c->n_rows++] = row;
          }
    }
}

/* ------------------------------------------------------------ merging */

/* The answers they agree on (every tool by its first name), alone. */
static void
compare_shared (const struct compare *c, struct session *out)
{
  const struct section *sec = compare_repeated (c->bank);
  size_t r, p;
  int t;

  session_init (out);
  for (t = 0; sec != NULL && t < (int) c->n_tools; t++)
    {
      char *id = bank_instance_id (&c->bank->questions[sec->first], t + 1);

      session_set (out, id, c->tools[t].name);
      free (id);
    }
  for (r = 0; r < c->n_rows; r++)
    {
      const struct compare_row *row = &c->rows[r];
      const char *v = NULL;
      char *id;

      /* Only what everyone answered alike. */
      if (row->state != CMP_AGREE)
        continue;
      for (p = 0; p < c->n && v == NULL; p++)
        v = row->values[p];
      id = compare_row_id (c, row, -1);
      session_set (out, id, v);
      free (id);
    }
}

/* --------------------------------------------------- what it changes */

/* Where R, person P's verdicts with the answer of SIDE, leads. */
static void
compare_side_set (const struct compare *c, const struct compare_row *row,
                  size_t p, const struct result *r, struct compare_side *side)
{
  size_t i;

  side->primary = r->primary;
  side->caio = r->caio;
  side->reports = r->caio == CAIO_DEDICATED ? r->reports_to : REPORTS_NONE;
  side->leader_missing = result_leader_missing (r);
  side->tool_verdict = -1;
  for (i = 0; row->tool >= 0 && i < r->n_tools; i++)
    if (r->tools[i].number == c->tools[row->tool].instance[p])
      side->tool_verdict = (int) r->tools[i].verdict;
}

/* Person P's answers with ROW set to SIDE's answer, scored into SIDE;
   their own verdicts where it is their own answer. */
static void
compare_side_score (const struct compare *c, const struct compare_row *row,
                    size_t p, struct compare_side *side)
{
  const struct session *own = &c->people[p].session;
  struct session s;
  struct result r;
  char *id;
  size_t i;

  if (side->people & (1U << p))
    {
      compare_side_set (c, row, p, &c->people[p].result, side);
      return;
    }
  session_init (&s);
  /* What the person's own answers hide (the AI figures of a company
     with no AI) stays out: it was never shown, nor compared. */
  for (i = 0; i < own->n; i++)
    {
      int instance;
      const struct question *q = bank_find (c->bank, own->answers[i].id,
                                            &instance);

      if (q != NULL && instance == 0 && !score_visible (c->bank, own, q, 0))
        continue;
      session_set (&s, own->answers[i].id, own->answers[i].value);
    }
  id = compare_row_id (c, row, (int) p);
  session_set (&s, id, side->value);
  free (id);
  score_verdicts (c->bank, &s, &r);
  compare_side_set (c, row, p, &r, side);
  result_free (&r);
  session_free (&s);
}

/* The decisions on which any two sides of CH differ. */
static unsigned
compare_decisions (const struct compare_change *ch)
{
  unsigned decisions = 0;
  size_t j, k;

  for (j = 0; j < ch->n_sides; j++)
    for (k = j + 1; k < ch->n_sides; k++)
      {
        const struct compare_side *a = &ch->sides[j], *b = &ch->sides[k];

        if (a->primary != b->primary)
          decisions |= CMP_PRIMARY;
        if (a->caio != b->caio)
          decisions |= CMP_CAIO;
        else if (a->reports != b->reports)
          decisions |= CMP_REPORTS;
        if (a->tool_verdict != b->tool_verdict)
          decisions |= CMP_TOOL;
      }
  return decisions;
}

/* The sides of the disagreement in ROW, and what differs between them:
   each answer put in turn into each person's answers, the first person
   in whose answers the advice turns. */
static bool
compare_change (const struct compare *c, size_t r, struct compare_change *ch)
{
  const struct compare_row *row = &c->rows[r];
  size_t p, k, context;

  memset (ch, 0, sizeof *ch);
  ch->row = r;
  for (p = 0; p < c->n; p++)
    {
      if (row->values[p] == NULL)
        continue;
      for (k = 0; k < ch->n_sides; k++)
        if (strcmp (ch->sides[k].value, row->values[p]) == 0)
          break;
      if (k == ch->n_sides)
        ch->sides[ch->n_sides++].value = row->values[p];
      ch->sides[k].people |= 1U << p;
    }
  /* Only what the rules read turns a verdict (and a tool's answers,
     its own). */
  if (row->tool < 0 && !rules_read_question (row->q->id))
    return false;
  for (context = 0; context < c->n && ch->decisions == 0; context++)
    {
      if (row->tool >= 0 && c->tools[row->tool].instance[context] == 0)
        continue;
      for (k = 0; k < ch->n_sides; k++)
        compare_side_score (c, row, context, &ch->sides[k]);
      ch->decisions = compare_decisions (ch);
      ch->context = context;
    }
  ch->weight = ((ch->decisions & CMP_PRIMARY) ? 8 : 0)
               + ((ch->decisions & CMP_CAIO) ? 4 : 0)
               + ((ch->decisions & CMP_REPORTS) ? 2 : 0)
               + ((ch->decisions & CMP_TOOL) ? 1 : 0);
  return ch->decisions != 0;
}

static int
compare_by_weight (const void *a, const void *b)
{
  const struct compare_change *x = a, *y = b;

  if (x->weight != y->weight)
    return x->weight > y->weight ? -1 : 1;
  return x->row < y->row ? -1 : x->row > y->row;
}

/* What to talk through: what changes the advice, heaviest first, then
   the other disagreements, the core's before the modules'. */
static void
compare_agenda (struct compare *c)
{
  size_t i, r, pass;

  c->agenda = xcalloc (c->n_rows + 1, sizeof *c->agenda);
  for (i = 0; i < c->n_changes; i++)
    c->agenda[c->n_agenda++] = c->changes[i].row;
  for (pass = 0; pass < 2; pass++)
    for (r = 0; r < c->n_rows; r++)
      {
        const struct compare_row *row = &c->rows[r];
        bool module = c->bank->sections[row->q->section].module;

        if (row->state != CMP_DIFFER || module != (pass == 1))
          continue;
        for (i = 0; i < c->n_changes && c->changes[i].row != r; i++)
          continue;
        if (i == c->n_changes)
          c->agenda[c->n_agenda++] = r;
      }
}

void
compare_run (struct compare *c)
{
  size_t r;
  struct compare_change ch;

  compare_tools (c);
  compare_rows (c);
  compare_shared (c, &c->shared);
  score_verdicts (c->bank, &c->shared, &c->shared_result);
  c->changes = xcalloc (c->n_rows + 1, sizeof *c->changes);
  for (r = 0; r < c->n_rows; r++)
    if (c->rows[r].state == CMP_DIFFER && compare_change (c, r, &ch))
      c->changes[c->n_changes++] = ch;
  qsort (c->changes, c->n_changes, sizeof *c->changes, compare_by_weight);
  compare_agenda (c);
}

int
compare_load (struct compare *c, const struct bank *bank,
              const char *const *files, const char *const *labels,
              size_t n, bool own, struct diag *d)
{
  size_t i;
  int status = EXIT_OK;

  memset (c, 0, sizeof *c);
  c->bank = bank;
  if (n < COMPARE_MIN || n > COMPARE_MAX)
    {
      diag_add (d, EXIT_USAGE, NULL, 0,
                _("compare takes from %d to %d answers files"), COMPARE_MIN,
                COMPARE_MAX);
      return EXIT_USAGE;
    }
  for (i = 0; i < n; i++)
    {
      struct compare_person *p = &c->people[i];
      const char *who, *version;
      int one;

      session_init (&p->session);
      c->n++;
      p->file = utf8_quotable (files[i], 255);
      one = compare_readable (files, i, d);
      if (one == EXIT_OK)
        one = own ? session_load_own (&p->session, bank, files[i], d)
                  : session_load (&p->session, bank, files[i], d);
      /* Every file's problems are told, the first one's status kept. */
      if (one != EXIT_OK)
        {
          status = status != EXIT_OK ? status : one;
          continue;
        }
      version = session_get (&p->session, "meta.bank");
      if (version != NULL && bank->version != NULL
          && strcmp (version, bank->version) != 0)
        {
          /* TRANSLATORS: the first %s is the bank version the answers
             were saved with, the second this bank's. */
          diag_add (d, EXIT_DATAERR, files[i], 0,
                    _("these answers are of version %s of the questions; "
                      "this bank is version %s"), version, bank->version);
          status = status != EXIT_OK ? status : EXIT_DATAERR;
          continue;
        }
      who = session_get (&p->session, "meta.respondent");
      if (who == NULL)
        who = session_get (&p->session, "meta.participant");
      p->label = labels != NULL && labels[i] != NULL ? xstrdup (labels[i])
                 : who != NULL ? utf8_quotable (who, COMPARE_LABEL_MAX)
                 : compare_file_label (files[i]);
      score_verdicts (bank, &p->session, &p->result);
    }
  if (status != EXIT_OK)
    return status;
  compare_labels_apart (c);
  compare_run (c);
  return EXIT_OK;
}

void
compare_free (struct compare *c)
{
  size_t i;

  for (i = 0; i < c->n; i++)
    {
      free (c->people[i].label);
      free (c->people[i].file);
      session_free (&c->people[i].session);
      result_free (&c->people[i].result);
    }
  for (i = 0; i < c->n_tools; i++)
    {
      free (c->tools[i].name);
      free (c->tools[i].key);
    }
  free (c->tools);
  free (c->rows);
  free (c->changes);
  free (c->agenda);
  session_free (&c->shared);
  result_free (&c->shared_result);
  memset (c, 0, sizeof *c);
}
