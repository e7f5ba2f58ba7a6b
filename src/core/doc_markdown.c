/* doc_markdown.c: a doc as GitHub-flavoured Markdown.  Every text is
   escaped, so a company called "*Acme* | <b>" prints as written. */
#include "system.h"

#include "core/doc.h"
#include "core/util.h"

/* TEXT with Markdown's special characters escaped; newlines become
   spaces (paragraph breaks inside items are not needed). */
static void
md_escape (struct buf *out, const char *text)
{
  const char *p = text;

  /* What would start a list at the beginning of a line: "-", "+", "1." */
  if (*p == '-' || *p == '+')
    buf_addc (out, '\\');
  while (*p >= '0' && *p <= '9')
    buf_addc (out, *p++);
  if (p > text && (*p == '.' || *p == ')'))
    buf_addc (out, '\\');
  for (; *p != '\0'; p++)
    if (*p == '\n')
      buf_addc (out, ' ');
    else if (*p == '&')
      buf_add (out, "&amp;");
    else if (*p == '<')
      buf_add (out, "&lt;");
    else if (*p == '>')
      buf_add (out, "&gt;");
    else
      {
        if (strchr ("\\`*_[]#|~$", *p) != NULL)
          buf_addc (out, '\\');
        buf_addc (out, *p);
      }
}

static void
md_line (struct buf *out, const char *prefix, const char *text)
{
  buf_add (out, prefix);
  md_escape (out, text);
  buf_addc (out, '\n');
}

static const char *
md_mark (int mark)
{
  /* GitHub task lists know only done and not done; the state in words
     follows each item. */
  return mark == MARK_YES ? "- [x] " : "- [ ] ";
}

static void
md_bars (struct buf *out, const struct doc_block *b)
{
  size_t i;
  int k, fill;

  for (i = 0; i < b->n_items; i++)
    {
      if (b->items[i].value < 0)
        {
          buf_add (out, "- **");
          md_escape (out, b->items[i].label);
          buf_add (out, "** ");
          md_escape (out, b->items[i].text);
          buf_addc (out, '\n');
          continue;
        }
      buf_add (out, "- `");
      fill = (b->items[i].value * 20 + 50) / 100;
      for (k = 0; k < 20; k++)
        buf_add (out, k < fill ? "\xe2\x96\x88" : "\xe2\x96\x91");
      buf_add (out, "` **");
      md_escape (out, b->items[i].label);
      buf_addf (out, "** %d/100\n", b->items[i].value);
    }
}

static void
md_items (struct buf *out, const struct doc_block *b)
{
  size_t i;

  for (i = 0; i < b->n_items; i++)
    {
      const struct doc_item *it = &b->items[i];

      if (b->kind == B_FIELDS)
        {
          buf_add (out, "- **");
          md_escape (out, it->label);
          buf_add (out, ":** ");
          md_escape (out, it->text);
          buf_addc (out, '\n');
          continue;
        }
      if (b->kind == B_CHECKS)
        buf_add (out, md_mark (it->value));
      else if (b->kind == B_STEPS)
        buf_addf (out, "%zu. ", it->value > 0 ? (size_t) it->value : i + 1);
      else
        buf_add (out, "- ");
      md_escape (out, it->label);
      if (it->text != NULL)
        {
          buf_add (out, " (");
          md_escape (out, it->text);
          buf_addc (out, ')');
        }
      buf_addc (out, '\n');
    }
}

static void
md_table (struct buf *out, const struct doc_block *b)
{
  size_t i, c, cols = 0;

  for (i = 0; i < b->n_items; i++)
    {
      char *row = xstrdup (b->items[i].label), *cell, *save = NULL;

      buf_add (out, "|");
      c = 0;
      for (cell = strtok_r (row, "\t", &save); cell != NULL;
           cell = strtok_r (NULL, "\t", &save), c++)
        {
          buf_addc (out, ' ');
          md_escape (out, cell);
          buf_add (out, " |");
        }
      buf_addc (out, '\n');
      free (row);
      if (i == 0)
        {
          cols = c;
          buf_add (out, "|");
          for (c = 0; c < cols; c++)
            buf_add (out, "---|");
          buf_addc (out, '\n');
        }
    }
}

int
doc_write_markdown (const struct doc *d, FILE *fp)
{
  struct buf out;
  size_t i;

  buf_init (&out);
  for (i = 0; i < d->n; i++)
    {
      const struct doc_block *b = &d->blocks[i];

      if (i > 0)
        buf_addc (&out, '\n');
      if (b->kind == B_TITLE)
        md_line (&out, "# ", b->text);
      else if (b->kind == B_HEADING)
        md_line (&out, "## ", b->text);
      else if (b->kind == B_SUBHEADING)
        md_line (&out, "### ", b->text);
      else if (b->kind == B_DATE)
        {
          buf_addc (&out, '*');
          md_escape (&out, b->text);
          buf_add (&out, "*\n");
        }
      else if (b->kind == B_LEAD)
        {
          buf_add (&out, "**");
          md_escape (&out, b->text);
          buf_add (&out, "**\n");
        }
      else if (b->kind == B_PARA)
        md_line (&out, "", b->text);
      else if (b->kind == B_FOOTER)
        md_line (&out, "---\n\n", b->text);
      else if (b->kind == B_BARS)
        md_bars (&out, b);
      else if (b->kind == B_TABLE || b->kind == B_HISTOGRAM)
        md_table (&out, b);
      else if (b->kind == B_ORG)
        {
          /* The chart as the text report draws it, kept as it is. */
          buf_add (&out, "```\n");
          doc_org_lines (b, &out, "");
          buf_add (&out, "```\n");
        }
      else if (b->kind == B_RATINGS)
        {
          buf_add (&out, "```\n");
          doc_rating_lines (b, &out, "");
          buf_add (&out, "```\n");
        }
      else if (b->kind == B_CHART)
        {
          buf_add (&out, "```\n");
          doc_chart_lines (b, &out, "", 78);
          buf_add (&out, "```\n");
        }
      else if (b->kind == B_PAGEBREAK)
        buf_add (&out, "---\n");
      else
        md_items (&out, b);
    }
  fwrite (out.data != NULL ? out.data : "", 1, out.len, fp);
  buf_free (&out);
  return ferror (fp) ? -1 : 0;
}
