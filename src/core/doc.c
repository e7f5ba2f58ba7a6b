/* doc.c: building a document. */
#include "system.h"

#include "core/doc.h"
#include "core/util.h"

void
doc_init (struct doc *d)
{
  d->blocks = NULL;
  d->n = d->cap = 0;
}

void
doc_free (struct doc *d)
{
  size_t i, j;

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
