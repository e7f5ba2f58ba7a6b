/* doc_text.c: a doc as plain text for a terminal or paper: at most 78
   columns, counted in display columns, so it fits any 80-column page. */
#include "system.h"

#include "core/doc.h"
#include "core/utf8.h"
#include "core/util.h"

#define TEXT_WIDTH 78
#define BAR_WIDTH 40

/* The bytes of S that fit in WIDTH columns (at least one character). */
static size_t
text_fit (const char *s, size_t n, size_t width)
{
  size_t used = 0, i = 0, len, w;
  unsigned long cp;

  while (i < n)
    {
      len = utf8_decode (s + i, n - i, &cp);
      w = len != 0 ? (size_t) utf8_cp_width (cp) : 1;
      len = len != 0 ? len : 1;
      if (used + w > width && i > 0)
        break;
      used += w;
      i += len;
    }
  return i;
}

/* Write TEXT wrapped to TEXT_WIDTH: the first line starts with FIRST
   (already counted as FIRST_WIDTH columns), the others with INDENT
   spaces.  A newline in TEXT starts a new line. */
static void
text_wrap (struct buf *out, const char *first, size_t first_width,
           size_t indent, const char *text)
{
  size_t col = first_width, avail;
  bool line_empty = true;
  const char *p = text;

  buf_add (out, first);
  while (*p != '\0')
    {
      size_t n = strcspn (p, " \n"), w = utf8_width (p, n);

      if (n > 0 && !line_empty && col + 1 + w > TEXT_WIDTH)
        {
          buf_addc (out, '\n');
          buf_addf (out, "%*s", (int) indent, "");
          col = indent;
          line_empty = true;
        }
      while (n > 0)
        {
          /* A word wider than the line is cut where it must be. */
          avail = TEXT_WIDTH - col - (line_empty ? 0 : 1);
          if (w > avail && line_empty)
            {
              size_t cut = text_fit (p, n, avail);

              buf_addn (out, p, cut);
              buf_addc (out, '\n');
              buf_addf (out, "%*s", (int) indent, "");
              col = indent;
              p += cut;
              n -= cut;
              w = utf8_width (p, n);
              continue;
            }
          if (!line_empty)
            buf_addc (out, ' '), col++;
          buf_addn (out, p, n);
          col += w;
          p += n;
          n = 0;
          line_empty = false;
        }
      if (*p == '\n')
        {
          buf_addc (out, '\n');
          buf_addf (out, "%*s", (int) indent, "");
          col = indent;
          line_empty = true;
        }
      if (*p != '\0')
        p++;
    }
  buf_addc (out, '\n');
}

static void
text_underline (struct buf *out, const char *text, char c)
{
  size_t w = utf8_width (text, strlen (text)), i;

  text_wrap (out, "", 0, 0, text);
  for (i = 0; i < w && i < TEXT_WIDTH; i++)
    buf_addc (out, c);
  buf_addc (out, '\n');
}

static const char *
text_mark (int mark)
{
  static const char *const marks[] = { "[x]", "[ ]", "[~]", "[-]", "[?]" };
  return marks[mark];
}

/* Label/value pairs: labels in a column, values wrapped beside them. */
static void
text_fields (struct buf *out, const struct doc_block *b)
{
  size_t i, width = 0, w;

  for (i = 0; i < b->n_items; i++)
    {
      w = utf8_width (b->items[i].label, strlen (b->items[i].label));
      width = w > width ? w : width;
    }
  /* Long labels (questions) go on a line of their own. */
  if (width > 30)
    {
      for (i = 0; i < b->n_items; i++)
        {
          const char *label = b->items[i].label;
          size_t digits = strspn (label, "0123456789");
          /* "1. A long name: ..." goes on under the name. */
          int hang = digits > 0 && strncmp (label + digits, ". ", 2) == 0
                     ? 2 + (int) digits + 2 : 2;

          text_wrap (out, "  ", 2, hang, label);
          text_wrap (out, "      ", 6, 6, b->items[i].text);
        }
      return;
    }
  for (i = 0; i < b->n_items; i++)
    {
      char *first;

      w = utf8_width (b->items[i].label, strlen (b->items[i].label));
      first = xasprintf ("  %s:%*s", b->items[i].label,
                         (int) (width - w + 1), "");
      text_wrap (out, first, width + 4, width + 4, b->items[i].text);
      free (first);
    }
}

static void
text_bars (struct buf *out, const struct doc_block *b)
{
  size_t i, width = 0, w, fill, k;

  for (i = 0; i < b->n_items; i++)
    {
      w = utf8_width (b->items[i].label, strlen (b->items[i].label));
      width = w > width ? w : width;
    }
  for (i = 0; i < b->n_items; i++)
    {
      w = utf8_width (b->items[i].label, strlen (b->items[i].label));
      buf_addf (out, "  %s%*s ", b->items[i].label, (int) (width - w), "");
      if (b->items[i].value < 0)
        {
          buf_addf (out, "%s\n", b->items[i].text);
          continue;
        }
      fill = (size_t) (b->items[i].value * BAR_WIDTH + 50) / 100;
      buf_addc (out, '[');
      for (k = 0; k < BAR_WIDTH; k++)
        buf_addc (out, k < fill ? '#' : '.');
      buf_addf (out, "] %3d\n", b->items[i].value);
    }
}

static void
text_items (struct buf *out, const struct doc_block *b)
{
  size_t i;
  char *first;

  for (i = 0; i < b->n_items; i++)
    {
      const struct doc_item *it = &b->items[i];

      if (b->kind == B_CHECKS)
        {
          first = xasprintf ("  %s ", text_mark (it->value));
          if (it->text != NULL)
            {
              char *line = xasprintf ("%s (%s)", it->label, it->text);

              text_wrap (out, first, 6, 6, line);
              free (line);
            }
          else
            text_wrap (out, first, 6, 6, it->label);
        }
      else if (b->kind == B_STEPS)
        {
          first = xasprintf ("  %2zu. ", it->value > 0 ? (size_t) it->value
                                                        : i + 1);
          text_wrap (out, first, 6, 6, it->label);
        }
      else
        {
          first = xstrdup ("  - ");
          text_wrap (out, first, 4, 4, it->label);
        }
      free (first);
    }
}

/* A table: columns as wide as their widest cell, numbers and text both
   left-aligned, the header underlined. */
static void
text_table (struct buf *out, const struct doc_block *b)
{
  size_t widths[16] = { 0 }, i, c;

  for (i = 0; i < b->n_items; i++)
    {
      const char *p = b->items[i].label;

      for (c = 0; c < 16 && *p != '\0'; c++)
        {
          size_t n = strcspn (p, "\t"), w = utf8_width (p, n);

          widths[c] = w > widths[c] ? w : widths[c];
          p += n + (p[n] == '\t');
        }
    }
  for (i = 0; i < b->n_items; i++)
    {
      const char *p = b->items[i].label;

      buf_add (out, " ");
      for (c = 0; c < 16 && *p != '\0'; c++)
        {
          size_t n = strcspn (p, "\t"), w = utf8_width (p, n);

          buf_addc (out, ' ');
          buf_addn (out, p, n);
          p += n + (p[n] == '\t');
          if (*p != '\0')
            buf_addf (out, "%*s", (int) (widths[c] - w + 1), "");
        }
      buf_addc (out, '\n');
      if (i == 0)
        {
          size_t total = 1, k;

          for (k = 0; k < c; k++)
            total += widths[k] + 2;
          buf_add (out, "  ");
          for (k = 2; k < total; k++)
            buf_addc (out, '-');
          buf_addc (out, '\n');
        }
    }
}

static void
text_block (struct buf *out, const struct doc_block *b, bool first,
            bool paged)
{
  if (b->kind == B_PAGEBREAK)
    {
      /* On paper the details start on a sheet of their own. */
      if (paged)
        buf_addc (out, '\f');
      return;
    }
  if (!first)
    buf_addc (out, '\n');
  switch (b->kind)
    {
    case B_ORG:
      doc_org_lines (b, out, "  ");
      break;
    case B_RATINGS:
      doc_rating_lines (b, out, "  ");
      break;
    case B_CHART:
      doc_chart_lines (b, out, "  ", TEXT_WIDTH);
      break;
    case B_PAGEBREAK:
      break;
    case B_TITLE:
      text_underline (out, b->text, '=');
      break;
    case B_HEADING:
      text_underline (out, b->text, '-');
      break;
    case B_DATE:
    case B_SUBHEADING:
    case B_LEAD:
    case B_PARA:
    case B_FOOTER:
      text_wrap (out, "", 0, 0, b->text);
      break;
    case B_FIELDS:
      text_fields (out, b);
      break;
    case B_BARS:
      text_bars (out, b);
      break;
    case B_CHECKS:
    case B_LIST:
    case B_STEPS:
      text_items (out, b);
      break;
    case B_TABLE:
    case B_HISTOGRAM:
      text_table (out, b);
      break;
    }
}

int
doc_write_text (const struct doc *d, FILE *fp)
{
  struct buf out;
  size_t i;

  buf_init (&out);
  for (i = 0; i < d->n; i++)
    text_block (&out, &d->blocks[i], i == 0, d->paged);
  fwrite (out.data != NULL ? out.data : "", 1, out.len, fp);
  buf_free (&out);
  return ferror (fp) ? -1 : 0;
}
