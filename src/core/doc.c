/* doc.c: building a document. */
#include "system.h"

#include "core/doc.h"
#include "core/utf8.h"
#include "core/util.h"

void
doc_init (struct doc *d)
{
  d->blocks = NULL;
  d->n = d->cap = 0;
  d->paged = false;
  d->running = NULL;
}

void
doc_keep (struct doc *d)
{
  if (d->n > 0)
    d->blocks[d->n - 1].keep = true;
}

void
doc_running (struct doc *d, const char *text)
{
  free (d->running);
  d->running = text != NULL ? xstrdup (text) : NULL;
}

void
doc_free (struct doc *d)
{
  size_t i, j;

  free (d->running);
  d->running = NULL;
  for (i = 0; i < d->n; i++)
    {
      for (j = 0; j < d->blocks[i].n_items; j++)
        {
          free (d->blocks[i].items[j].label);
          free (d->blocks[i].items[j].text);
        }
      free (d->blocks[i].items);
      free (d->blocks[i].text);
    }
  free (d->blocks);
  doc_init (d);
}

void
doc_block (struct doc *d, enum block_kind kind, const char *text)
{
  struct doc_block *b;

  d->blocks = xgrow (d->blocks, &d->cap, d->n + 1, sizeof *d->blocks);
  b = &d->blocks[d->n++];
  memset (b, 0, sizeof *b);
  b->kind = kind;
  b->text = text != NULL ? xstrdup (text) : NULL;
}

void
doc_item (struct doc *d, const char *label, const char *text, int value)
{
  struct doc_block *b = &d->blocks[d->n - 1];
  struct doc_item *it;

  b->items = xgrow (b->items, &b->cap_items, b->n_items + 1, sizeof *b->items);
  it = &b->items[b->n_items++];
  it->label = xstrdup (label);
  it->text = text != NULL ? xstrdup (text) : NULL;
  it->value = value;
}

/* The boxes reporting to box PARENT of the chart, and theirs, under
   PREFIX: "├─ CTO (also leads AI)", "│  └─ VP of Engineering". */
static void
doc_org_children (struct buf *out, const struct doc_block *b, int parent,
                   const char *prefix)
{
  size_t i, last = 0;
  bool any = false;

  for (i = 0; i < b->n_items; i++)
    if (b->items[i].value == parent)
      last = i, any = true;
  for (i = 0; any && i <= last; i++)
    {
      const struct doc_item *it = &b->items[i];
      char *deeper;

      if (it->value != parent)
        continue;
      buf_addf (out, "%s%s %s", prefix, i == last ? "└─" : "├─", it->label);
      if (it->text != NULL)
        buf_addf (out, " (%s)", it->text);
      buf_addc (out, '\n');
      deeper = xasprintf ("%s%s", prefix, i == last ? "   " : "│  ");
      doc_org_children (out, b, (int) i, deeper);
      free (deeper);
    }
}

void
doc_org_lines (const struct doc_block *b, struct buf *out, const char *indent)
{
  if (b->n_items == 0)
    return;
  buf_addf (out, "%s%s", indent, b->items[0].label);
  if (b->items[0].text != NULL)
    buf_addf (out, " (%s)", b->items[0].text);
  buf_addc (out, '\n');
  doc_org_children (out, b, 0, indent);
}

void
doc_rating_lines (const struct doc_block *b, struct buf *out,
                  const char *indent)
{
  size_t i, width = 0, w;
  int k, rating;

  for (i = 0; i < b->n_items; i++)
    {
      w = utf8_width (b->items[i].label, strlen (b->items[i].label));
      width = w > width ? w : width;
    }
  for (i = 0; i < b->n_items; i++)
    {
      const struct doc_item *it = &b->items[i];

      rating = RATING_OF (it->value);
      w = utf8_width (it->label, strlen (it->label));
      buf_addf (out, "%s%s%*s [", indent, it->label, (int) (width - w), "");
      for (k = 0; k < 10; k++)
        buf_addc (out, k < rating * 2 ? '#' : '.');
      if (rating > 0)
        buf_addf (out, "] %d/5", rating);
      else
        buf_add (out, "]  -/5");
      if (it->text != NULL)
        buf_addf (out, "  %s", it->text);
      buf_addc (out, '\n');
    }
}

void
doc_chart (struct doc *d, int total)
{
  doc_block (d, B_CHART, NULL);
  d->blocks[d->n - 1].total = total;
}

void
doc_chart_count (struct doc *d, const char *label, size_t count)
{
  int total = d->blocks[d->n - 1].total;
  int share = total > 0 ? (int) ((count * 200 + (size_t) total)
                                 / (2 * (size_t) total)) : 0;
  /* TRANSLATORS: how many, and their share of all in per cent: "12
     (40%)". */
  char *text = xasprintf (_("%zu (%d%%)"), count, share);

  doc_item (d, label, text, (int) count);
  free (text);
}

/* How many of WIDTH cells a value of VALUE out of TOTAL fills: rounded,
   and at least one for any value above nought. */
static size_t
doc_chart_fill (int value, int total, size_t width)
{
  size_t fill;

  if (value <= 0 || total <= 0)
    return 0;
  fill = ((size_t) value * width * 2 + (size_t) total) / (2 * (size_t) total);
  return fill < 1 ? 1 : fill > width ? width : fill;
}

void
doc_chart_lines (const struct doc_block *b, struct buf *out,
                 const char *indent, size_t width)
{
  size_t i, label = 0, w, text = 0, bar, k, fill, room;
  bool apart;

  for (i = 0; i < b->n_items; i++)
    {
      const struct doc_item *it = &b->items[i];

      w = utf8_width (it->label, strlen (it->label));
      label = w > label ? w : label;
      w = it->text != NULL ? utf8_width (it->text, strlen (it->text)) : 0;
      text = w > text ? w : text;
    }
  /* A bar of 16 to 30 cells; labels too long to leave it 16 go above
     their bars, which then take the line. */
  room = width - strlen (indent);
  apart = label + 1 + 2 + 16 + 1 + text > room;
  bar = apart ? room - 4 - 3 - text : room - label - 1 - 3 - text;
  bar = bar > 30 ? 30 : bar < 16 ? 16 : bar;
  for (i = 0; i < b->n_items; i++)
    {
      const struct doc_item *it = &b->items[i];

      w = utf8_width (it->label, strlen (it->label));
      if (apart)
        buf_addf (out, "%s%s\n%s    [", indent, it->label, indent);
      else
        buf_addf (out, "%s%s%*s [", indent, it->label, (int) (label - w), "");
      fill = doc_chart_fill (it->value, b->total, bar);
      for (k = 0; k < bar; k++)
        buf_addc (out, k < fill ? '#' : '.');
      buf_addf (out, "] %s\n", it->text != NULL ? it->text : "");
    }
}
