/* doc_html.c: a doc as one self-contained HTML page: no scripts, no
   external fonts, images or style sheets; score bars drawn with CSS; a
   print style that fits both A4 and US Letter. */
#include "system.h"

#include "core/doc.h"
#include "core/util.h"

static const char html_style[] =
  "body{font:11pt/1.45 Georgia,'Times New Roman',serif;color:#1a1a1a;"
  "margin:0;background:#fff}\n"
  "main{max-width:46em;margin:2em auto;padding:0 1.2em}\n"
  "h1{font-size:1.7em;margin:0 0 .6em;border-bottom:3px solid #24527a;"
  "padding-bottom:.3em}\n"
  "h2{font-size:1.25em;color:#24527a;margin:1.6em 0 .4em}\n"
  "h3{font-size:1.05em;margin:1.2em 0 .3em}\n"
  "p.lead{font-size:1.2em;font-weight:bold}\n"
  "p.date{color:#555;margin-top:-.5em}\n"
  "svg.org{display:block;max-width:100%;height:auto;margin:.6em 0}\n"
  "svg.org rect{fill:#eef3f8;stroke:#24527a;stroke-width:1.5}\n"
  "svg.org path{fill:none;stroke:#24527a;stroke-width:1.5}\n"
  "svg.org text{text-anchor:middle;font:13px sans-serif;fill:#1a1a1a}\n"
  "svg.org text.role{font-weight:bold}\n"
  "svg.org text.note{font-size:11px;fill:#444}\n"
  "svg.ratings{display:block;max-width:100%;height:auto;margin:.6em 0}\n"
  "svg.ratings text{font:13px sans-serif;fill:#1a1a1a}\n"
  "svg.ratings .grid{stroke:#b8c7d6;stroke-width:1}\n"
  "svg.ratings .fill{fill:#24527a}svg.ratings .strong{fill:#1b7a3a}"
  "svg.ratings .weak{fill:#b5651d}\n"
  "svg.chart,svg.histogram{display:block;max-width:100%;height:auto;"
  "margin:.6em 0}\n"
  "svg.chart text,svg.histogram text{font:14px sans-serif;fill:#1a1a1a}\n"
  "svg.histogram text{text-anchor:middle}"
  "svg.histogram text.name{font-weight:bold}"
  "svg.histogram text.range{font-size:11px;fill:#444}\n"
  "svg .track{fill:#eef3f8;stroke:#24527a;stroke-width:1}"
  "svg.chart .fill,svg.histogram .fill{fill:#24527a}"
  "svg .base{stroke:#24527a;stroke-width:1}\n"
  ".pagebreak{break-after:page}\n"
  ".summary h2{font-size:1.1em;margin:1em 0 .3em}\n"
  ".summary dl{gap:.1em 1em}\n"
  "dl{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}\n"
  "dt{font-weight:bold}dd{margin:0}\n"
  "dl.long{display:block}dl.long dd{margin:0 0 .5em 1.5em}\n"
  ".bar{display:flex;align-items:center;gap:.6em;margin:.25em 0}\n"
  ".bar .label{width:4em;font-weight:bold}\n"
  ".bar .track{flex:1;height:1em;border:1px solid #24527a;background:#eef3f8}\n"
  ".bar .fill{display:block;height:100%;background:#24527a}\n"
  ".bar .value{width:2.5em;text-align:right}\n"
  ".bar .unknown{font-style:italic;color:#555}\n"
  "ul.checks{list-style:none;padding-left:0}\n"
  "ul.checks li{margin:.15em 0}\n"
  ".mark{display:inline-block;width:1.4em;font-weight:bold}\n"
  ".mark-yes .mark{color:#1b7a3a}.mark-no .mark{color:#9a1b1b}\n"
  ".state{color:#555}\n"
  "footer{margin-top:2em;font-size:.9em;color:#555}\n"
  "table{border-collapse:collapse;margin:.5em 0}\n"
  "th,td{border:1px solid #b8c7d6;padding:.2em .6em;text-align:left}\n"
  "th{background:#eef3f8}\n"
  /* Printed: the paper the printer has (A4 or Letter), page numbers and
     the company's name in the running footer (added after this), no
     part split over two pages, dark on white whatever the theme. */
  "@page{size:auto;margin:15mm 15mm 18mm;"
  "@bottom-right{content:counter(page) \" / \" counter(pages);"
  "font:9pt sans-serif;color:#555}}\n"
  "@media print{:root{color-scheme:light}"
  "body{font-size:10pt;color:#000;background:#fff}"
  ".summary{font-size:9.5pt}.summary svg.org{max-height:62mm;width:auto}"
  "main{max-width:none;margin:0;padding:0}"
  "h2,h3{break-after:avoid}"
  "li,.bar,dd,ul,table,svg,.keep{break-inside:avoid}dt{break-after:avoid}"
  ".bar .track,.bar .fill,svg rect{-webkit-print-color-adjust:exact;"
  "print-color-adjust:exact}}\n"
  /* On a screen in a dark theme: light on dark; never on paper. */
  "@media screen and (prefers-color-scheme:dark){"
  "body{background:#15181d;color:#e4e6ea}"
  "h1{border-color:#6f9fce}h2{color:#8db8e3}"
  "p.date,.state,footer,.bar .unknown{color:#a9b0ba}"
  "th{background:#22303f}th,td{border-color:#3b4b5c}"
  ".bar .track{background:#22303f;border-color:#6f9fce}"
  ".bar .fill{background:#6f9fce}"
  "svg.org rect{fill:#22303f;stroke:#6f9fce}svg.org path{stroke:#6f9fce}"
  "svg.org text{fill:#e4e6ea}svg.org text.note{fill:#a9b0ba}"
  "svg.ratings text{fill:#e4e6ea}svg.ratings .fill{fill:#6f9fce}"
  "svg.chart text,svg.histogram text{fill:#e4e6ea}"
  "svg.histogram text.range{fill:#a9b0ba}svg .track{fill:#22303f}"
  "svg.chart .fill,svg.histogram .fill{fill:#6f9fce}}\n";

/* A CSS string holding TEXT: quotes, backslashes and line ends escaped,
   and "<" too, so that nothing closes the style element. */
static void
html_css_string (struct buf *out, const char *text)
{
  const unsigned char *p;

  buf_addc (out, '"');
  for (p = (const unsigned char *) text; *p != '\0'; p++)
    if (*p == '"' || *p == '\\' || *p == '<' || *p == '>' || *p < 0x20
        || *p == 0x7f)
      buf_addf (out, "\\%x ", *p);
    else
      buf_addc (out, (char) *p);
  buf_addc (out, '"');
}

static void
html_escape (struct buf *out, const char *text)
{
  const char *p;

  for (p = text; *p != '\0'; p++)
    switch (*p)
      {
      case '&': buf_add (out, "&amp;"); break;
      case '<': buf_add (out, "&lt;"); break;
      case '>': buf_add (out, "&gt;"); break;
      case '"': buf_add (out, "&quot;"); break;
      case '\'': buf_add (out, "&#39;"); break;
      default: buf_addc (out, *p); break;
      }
}

static void
html_element (struct buf *out, const char *open, const char *text,
              const char *close)
{
  buf_add (out, open);
  html_escape (out, text);
  buf_add (out, close);
}

static void
html_fields (struct buf *out, const struct doc_block *b)
{
  size_t i;
  bool long_labels = false;

  for (i = 0; i < b->n_items; i++)
    long_labels |= strlen (b->items[i].label) > 40;
  buf_add (out, long_labels ? "<dl class=\"long\">\n" : "<dl>\n");
  for (i = 0; i < b->n_items; i++)
    {
      html_element (out, "<dt>", b->items[i].label, "</dt>");
      html_element (out, "<dd>", b->items[i].text, "</dd>\n");
    }
  buf_add (out, "</dl>\n");
}

static void
html_bars (struct buf *out, const struct doc_block *b)
{
  size_t i;

  for (i = 0; i < b->n_items; i++)
    {
      html_element (out, "<div class=\"bar\"><span class=\"label\">",
                    b->items[i].label, "</span>");
      if (b->items[i].value < 0)
        {
          html_element (out, "<span class=\"unknown\">", b->items[i].text,
                        "</span></div>\n");
          continue;
        }
      buf_addf (out, "<span class=\"track\"><span class=\"fill\" "
                "style=\"width:%d%%\"></span></span>"
                "<span class=\"value\">%d</span></div>\n",
                b->items[i].value, b->items[i].value);
    }
}

static void
html_items (struct buf *out, const struct doc_block *b)
{
  static const char *const classes[] = { "yes", "no", "partial", "na",
                                         "unknown" };
  static const char *const marks[] = {
    "\xe2\x9c\x93", "\xe2\x9c\x97", "\xe2\x80\xa6", "\xe2\x80\x93", "?"
  };
  size_t i;

  buf_add (out, b->kind == B_STEPS ? "<ol>\n"
                : b->kind == B_CHECKS ? "<ul class=\"checks\">\n" : "<ul>\n");
  for (i = 0; i < b->n_items; i++)
    {
      const struct doc_item *it = &b->items[i];

      if (b->kind == B_CHECKS)
        buf_addf (out, "<li class=\"mark-%s\"><span class=\"mark\">%s</span>",
                  classes[it->value], marks[it->value]);
      else if (b->kind == B_STEPS && it->value > 0)
        buf_addf (out, "<li value=\"%d\">", it->value);
      else
        buf_add (out, "<li>");
      html_escape (out, it->label);
      if (it->text != NULL)
        html_element (out, " <span class=\"state\">(", it->text, ")</span>");
      buf_add (out, "</li>\n");
    }
  buf_add (out, b->kind == B_STEPS ? "</ol>\n" : "</ul>\n");
}

static void
html_table (struct buf *out, const struct doc_block *b)
{
  size_t i;

  buf_add (out, "<table>\n");
  for (i = 0; i < b->n_items; i++)
    {
      char *row = xstrdup (b->items[i].label), *cell, *save = NULL;
      const char *tag = i == 0 ? "th" : "td";

      buf_add (out, "<tr>");
      for (cell = strtok_r (row, "\t", &save); cell != NULL;
           cell = strtok_r (NULL, "\t", &save))
        {
          buf_addf (out, "<%s>", tag);
          html_escape (out, cell);
          buf_addf (out, "</%s>", tag);
        }
      buf_add (out, "</tr>\n");
      free (row);
    }
  buf_add (out, "</table>\n");
}

/* Box I of a chart and those under it, leaves side by side: X gets the
   centre of each, in slots of one box; *NEXT is the next free slot. */
static double
html_org_place (const struct doc_block *b, int i, double *x, int *next)
{
  double sum = 0;
  int k, children = 0;

  for (k = i + 1; k < (int) b->n_items; k++)
    if (b->items[k].value == i)
      {
        sum += html_org_place (b, k, x, next);
        children++;
      }
  x[i] = children > 0 ? sum / children : (double) (*next)++;
  return x[i];
}

/* A structure chart as SVG, boxes joined by lines, drawn here and self
   contained. */
static void
html_org (struct buf *out, const struct doc_block *b)
{
  enum { BOX_W = 180, BOX_H = 46, SLOT = 200, LEVEL = 74, MAX = 16 };
  double x[MAX];
  int depth[MAX], n = (int) b->n_items < MAX ? (int) b->n_items : MAX;
  int i, slots = 0, deepest = 0, width, height;

  if (n == 0)
    return;
  for (i = 0; i < n; i++)
    {
      int parent = b->items[i].value;

      depth[i] = parent >= 0 && parent < i ? depth[parent] + 1 : 0;
      if (depth[i] > deepest)
        deepest = depth[i];
    }
  html_org_place (b, 0, x, &slots);
  width = (slots > 0 ? slots : 1) * SLOT;
  height = (deepest + 1) * LEVEL - (LEVEL - BOX_H) + 2;
  buf_addf (out, "<svg class=\"org\" role=\"img\" viewBox=\"0 0 %d %d\" "
            "width=\"%d\" height=\"%d\">"
            "\n", width, height, width, height);
  for (i = 1; i < n; i++)
    {
      int p = b->items[i].value;
      double cx = x[i] * SLOT + SLOT / 2.0, px = x[p] * SLOT + SLOT / 2.0;
      double top = depth[i] * LEVEL + 1, bottom = depth[p] * LEVEL + BOX_H + 1;
      double mid = (top + bottom) / 2;

      buf_addf (out, "<path d=\"M%.0f %.0fV%.0fH%.0fV%.0f\"/>\n", px, bottom,
                mid, cx, top);
    }
  for (i = 0; i < n; i++)
    {
      double cx = x[i] * SLOT + SLOT / 2.0, top = depth[i] * LEVEL + 1;
      const struct doc_item *it = &b->items[i];

      buf_addf (out, "<rect x=\"%.0f\" y=\"%.0f\" width=\"%d\" height=\"%d\" "
                "rx=\"6\"/>\n", cx - BOX_W / 2.0, top, BOX_W, BOX_H);
      buf_addf (out, "<text x=\"%.0f\" y=\"%.0f\" class=\"role\">", cx,
                top + (it->text != NULL ? 20 : 28));
      html_escape (out, it->label);
      buf_add (out, "</text>\n");
      if (it->text != NULL)
        {
          buf_addf (out, "<text x=\"%.0f\" y=\"%.0f\" class=\"note\">", cx,
                    top + 36);
          html_escape (out, it->text);
          buf_add (out, "</text>\n");
        }
    }
  buf_add (out, "</svg>\n");
}

/* Ratings from 1 to 5 as a bar chart in SVG: a row an item, the label
   on the left, a grid line at each point, the mark after the value. */
static void
html_ratings (struct buf *out, const struct doc_block *b)
{
  enum { LABEL_W = 250, UNIT = 56, ROW = 26, BAR_H = 16, TAIL = 150 };
  int width = LABEL_W + 5 * UNIT + TAIL, height = (int) b->n_items * ROW + 22;
  size_t i;
  int k;

  buf_addf (out, "<svg class=\"ratings\" role=\"img\" viewBox=\"0 0 %d %d\" "
            "width=\"%d\" height=\"%d\">\n", width, height, width, height);
  for (k = 0; k <= 5; k++)
    buf_addf (out, "<path class=\"grid\" d=\"M%d 0V%d\"/>"
              "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%d</text>\n",
              LABEL_W + k * UNIT, height - 18, LABEL_W + k * UNIT, height - 4,
              k);
  for (i = 0; i < b->n_items; i++)
    {
      const struct doc_item *it = &b->items[i];
      int rating = RATING_OF (it->value), y = (int) i * ROW;
      const char *cls = (it->value & RATING_STRONG) ? "strong"
                        : (it->value & RATING_WEAK) ? "weak" : "fill";

      buf_addf (out, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">",
                LABEL_W - 8, y + 17);
      html_escape (out, it->label);
      buf_add (out, "</text>\n");
      if (rating > 0)
        buf_addf (out, "<rect class=\"%s\" x=\"%d\" y=\"%d\" width=\"%d\" "
                  "height=\"%d\"/>\n", cls, LABEL_W, y + 5, rating * UNIT,
                  BAR_H);
      buf_addf (out, "<text x=\"%d\" y=\"%d\">", LABEL_W + 5 * UNIT + 8,
                y + 17);
      if (rating > 0)
        buf_addf (out, "%d/5", rating);
      else
        buf_add (out, "&#8211;");
      if (it->text != NULL)
        {
          buf_add (out, " ");
          html_escape (out, it->text);
        }
      buf_add (out, "</text>\n");
    }
  buf_add (out, "</svg>\n");
}

/* A B_CHART as an SVG bar chart: each label above its bar, the bar's
   share of the block's total filled, the figure after it.  Long labels
   never collide with their bars, in any language. */
static void
html_chart (struct buf *out, const struct doc_block *b)
{
  enum { WIDTH = 600, BAR_W = 440, ROW = 42, BAR_H = 16 };
  int height = (int) b->n_items * ROW + 4;
  size_t i;

  buf_addf (out, "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 %d %d\" "
            "width=\"%d\" height=\"%d\">\n", WIDTH, height, WIDTH, height);
  for (i = 0; i < b->n_items; i++)
    {
      const struct doc_item *it = &b->items[i];
      int y = (int) i * ROW, fill = 0;

      if (b->total > 0 && it->value > 0)
        fill = (int) ((long) it->value * BAR_W / b->total);
      fill = it->value > 0 && fill < 2 ? 2 : fill > BAR_W ? BAR_W : fill;
      buf_add (out, "<g><title>");
      html_escape (out, it->label);
      if (it->text != NULL)
        {
          buf_add (out, ": ");
          html_escape (out, it->text);
        }
      buf_addf (out, "</title><text x=\"0\" y=\"%d\">", y + 15);
      html_escape (out, it->label);
      buf_addf (out, "</text><rect class=\"track\" x=\"0\" y=\"%d\" "
                "width=\"%d\" height=\"%d\"/>", y + 21, BAR_W, BAR_H);
      if (fill > 0)
        buf_addf (out, "<rect class=\"fill\" x=\"0\" y=\"%d\" width=\"%d\" "
                  "height=\"%d\"/>", y + 21, fill, BAR_H);
      buf_addf (out, "<text x=\"%d\" y=\"%d\">", BAR_W + 10, y + 34);
      if (it->text != NULL)
        html_escape (out, it->text);
      buf_add (out, "</text></g>\n");
    }
  buf_add (out, "</svg>\n");
}

/* The tab-separated cells of LABEL into CELLS (at most MAX); returns
   how many.  CELLS point into COPY, which the caller frees. */
static size_t
html_cells (const char *label, char **copy, char **cells, size_t max)
{
  char *save = NULL, *cell;
  size_t n = 0;

  *copy = xstrdup (label);
  for (cell = strtok_r (*copy, "\t", &save); cell != NULL && n < max;
       cell = strtok_r (NULL, "\t", &save))
    cells[n++] = cell;
  return n;
}

/* A B_HISTOGRAM as SVG: a column chart for each row, side by side, all
   to one scale, each column's count above it and its range below. */
static void
html_histogram (struct buf *out, const struct doc_block *b)
{
  enum { MAXC = 12, COL = 38, GAP = 30, TOP = 40, CH = 110 };
  char *head_copy, *head[MAXC];
  size_t n_head, r, k, rows = b->n_items > 0 ? b->n_items - 1 : 0;
  long most = 1;
  int gw, width, height = TOP + CH + 22;

  if (rows == 0)
    return;
  n_head = html_cells (b->items[0].label, &head_copy, head, MAXC);
  for (r = 1; r < b->n_items; r++)
    {
      char *copy, *cells[MAXC];
      size_t n = html_cells (b->items[r].label, &copy, cells, MAXC);

      for (k = 1; k < n; k++)
        most = strtol (cells[k], NULL, 10) > most ? strtol (cells[k], NULL, 10)
                                                   : most;
      free (copy);
    }
  gw = (int) (n_head > 1 ? n_head - 1 : 1) * COL;
  width = (int) rows * gw + (int) (rows - 1) * GAP;
  buf_addf (out, "<svg class=\"histogram\" role=\"img\" viewBox=\"0 0 %d %d\" "
            "width=\"%d\" height=\"%d\">\n", width, height, width, height);
  for (r = 1; r < b->n_items; r++)
    {
      char *copy, *cells[MAXC];
      size_t n = html_cells (b->items[r].label, &copy, cells, MAXC);
      int x0 = (int) (r - 1) * (gw + GAP);

      buf_addf (out, "<g><text class=\"name\" x=\"%d\" y=\"14\">",
                x0 + gw / 2);
      html_escape (out, n > 0 ? cells[0] : "");
      buf_addf (out, "</text><path class=\"base\" d=\"M%d %dH%d\"/>\n", x0,
                TOP + CH, x0 + gw);
      for (k = 1; k < n && k < n_head; k++)
        {
          long count = strtol (cells[k], NULL, 10);
          int h = (int) (count * CH / most), x = x0 + (int) (k - 1) * COL;

          if (count > 0 && h < 2)
            h = 2;
          buf_add (out, "<g><title>");
          html_escape (out, head[k]);
          buf_addf (out, ": %ld</title>", count);
          if (h > 0)
            buf_addf (out, "<rect class=\"fill\" x=\"%d\" y=\"%d\" "
                      "width=\"%d\" height=\"%d\"/>", x + 4, TOP + CH - h,
                      COL - 8, h);
          buf_addf (out, "<text x=\"%d\" y=\"%d\">%ld</text>"
                    "<text class=\"range\" x=\"%d\" y=\"%d\">", x + COL / 2,
                    TOP + CH - h - 4, count, x + COL / 2, TOP + CH + 15);
          html_escape (out, head[k]);
          buf_add (out, "</text></g>\n");
        }
      buf_add (out, "</g>\n");
      free (copy);
    }
  free (head_copy);
  buf_add (out, "</svg>\n");
}

static void
html_block (struct buf *out, const struct doc_block *b)
{
  switch (b->kind)
    {
    case B_TITLE:
      html_element (out, "<h1>", b->text, "</h1>\n");
      break;
    case B_HEADING:
      html_element (out, "<h2>", b->text, "</h2>\n");
      break;
    case B_SUBHEADING:
      html_element (out, "<h3>", b->text, "</h3>\n");
      break;
    case B_DATE:
      html_element (out, "<p class=\"date\">", b->text, "</p>\n");
      break;
    case B_LEAD:
      html_element (out, "<p class=\"lead\">", b->text, "</p>\n");
      break;
    case B_PARA:
      html_element (out, "<p>", b->text, "</p>\n");
      break;
    case B_FOOTER:
      html_element (out, "<footer>", b->text, "</footer>\n");
      break;
    case B_FIELDS:
      html_fields (out, b);
      break;
    case B_BARS:
      html_bars (out, b);
      break;
    case B_TABLE:
      html_table (out, b);
      break;
    case B_ORG:
      html_org (out, b);
      break;
    case B_RATINGS:
      html_ratings (out, b);
      break;
    case B_CHART:
      html_chart (out, b);
      break;
    case B_HISTOGRAM:
      html_histogram (out, b);
      break;
    case B_PAGEBREAK:
      buf_add (out, "<div class=\"pagebreak\"></div>\n");
      break;
    default:
      html_items (out, b);
      break;
    }
}

int
doc_write_html (const struct doc *d, FILE *fp, const char *lang)
{
  struct buf out;
  size_t i;
  bool keep = false, summary;

  buf_init (&out);
  buf_add (&out, "<!DOCTYPE html>\n<html lang=\"");
  html_escape (&out, lang);
  buf_add (&out, "\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, "
           "initial-scale=1\">\n");
  html_element (&out, "<title>", d->n > 0 ? d->blocks[0].text : "", "</title>\n");
  buf_add (&out, "<style>\n");
  buf_add (&out, html_style);
  if (d->running != NULL)
    {
      buf_add (&out, "@page{@bottom-left{content:");
      html_css_string (&out, d->running);
      buf_add (&out, ";font:9pt sans-serif;color:#555}}\n");
    }
  buf_add (&out, "</style>\n</head>\n<body>\n<main>\n");
  /* What comes before the page break is the summary: a page of its
     own. */
  for (i = 0; i < d->n && d->blocks[i].kind != B_PAGEBREAK; i++)
    continue;
  summary = i < d->n;
  for (i = 0; i < d->n; i++)
    {
      const struct doc_block *b = &d->blocks[i];

      if (summary && i == 1)
        buf_add (&out, "<section class=\"summary\">\n");
      if (summary && b->kind == B_PAGEBREAK)
        buf_add (&out, "</section>\n");

      /* A tool kept on one page. */
      if (keep && (b->kind == B_HEADING || b->kind == B_SUBHEADING
                   || b->kind == B_PAGEBREAK || b->kind == B_FOOTER))
        {
          buf_add (&out, "</div>\n");
          keep = false;
        }
      if (b->kind == B_SUBHEADING && b->keep)
        {
          buf_add (&out, "<div class=\"keep\">\n");
          keep = true;
        }
      html_block (&out, b);
    }
  if (keep)
    buf_add (&out, "</div>\n");
  buf_add (&out, "</main>\n</body>\n</html>\n");
  fwrite (out.data, 1, out.len, fp);
  buf_free (&out);
  return ferror (fp) ? -1 : 0;
}
