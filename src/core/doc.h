/* doc.h: a report as a list of blocks (headings, paragraphs, score bars,
   check lists ...), built once from a result and rendered by each format.
   Texts in a doc are final: translated, and in UTF-8. */
#ifndef LEADWISE_DOC_H
#define LEADWISE_DOC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

enum block_kind
{
  B_TITLE,      /* the report's title */
  B_DATE,       /* the line under it: when the report was prepared */
  B_HEADING,    /* a section */
  B_SUBHEADING, /* a part of a section (one AI tool) */
  B_LEAD,       /* the paragraph that matters most: the recommendation */
  B_PARA,       /* a paragraph */
  B_FOOTER,     /* where the report came from */
  B_FIELDS,     /* label: value pairs */
  B_BARS,       /* label and a score 0..100; a negative score is not
                   known, and shown as the item's text */
  B_CHECKS,     /* a mark, a label, and a state in words */
  B_LIST,       /* bullet points */
  B_STEPS,      /* numbered points: an item's value is its number, or
                   0 to count from 1 within the block */
  B_TABLE,      /* rows of cells: each item's label holds its cells
                   separated by tabs; the first item is the header */
  B_ORG,        /* a structure chart: each item a box, its label the
                   role, its text a note or NULL, its value the item it
                   reports to (-1 for the top one, which comes first;
                   each item after the one it reports to) */
  B_RATINGS,    /* a chart of ratings from 1 to 5: each item's label
                   the thing rated, its value the rating (0: not rated)
                   with RATING_STRONG or RATING_WEAK added, its text
                   that mark in words or NULL */
  B_CHART,      /* a bar chart of shares: each item's label, its value
                   out of the block's total, and its text (the figure
                   in words: "12 (40%)") after the bar */
  B_HISTOGRAM,  /* counts by range, a row a thing counted: a table whose
                   first item is the header (the ranges), each other
                   item the thing and its counts, separated by tabs */
  B_PAGEBREAK   /* the summary ends: the details start on a new page */
};

/* Marks on a rating of a B_RATINGS item. */
#define RATING_STRONG 8
#define RATING_WEAK 16
#define RATING_OF(v) ((v) & 7)

/* The marks of a check list. */
enum mark { MARK_YES, MARK_NO, MARK_PARTIAL, MARK_NA, MARK_UNKNOWN };

struct doc_item
{
  char *label;
  char *text;    /* may be NULL */
  int value;     /* a score, or an enum mark */
};

struct doc_block
{
  enum block_kind kind;
  bool keep;                 /* a subheading whose part is printed on one
                                page (a tool) */
  char *text;                /* headings and paragraphs */
  int total;                 /* what a B_CHART's values are out of */
  struct doc_item *items;
  size_t n_items, cap_items;
};

struct doc
{
  struct doc_block *blocks;
  size_t n, cap;
  bool paged;                /* text: a form feed at each page break */
  char *running;             /* printed at the foot of every page (the
                                company's name), or NULL */
};

void doc_init (struct doc *d);
void doc_free (struct doc *d);

/* Start a block; TEXT (copied) may be NULL for list-like blocks. */
void doc_block (struct doc *d, enum block_kind kind, const char *text);

/* The last block, a subheading, starts a part that is printed on one
   page. */
void doc_keep (struct doc *d);

/* What every printed page carries at its foot (copied). */
void doc_running (struct doc *d, const char *text);

/* Start a B_CHART whose values are out of TOTAL. */
void doc_chart (struct doc *d, int total);

/* Add to the last block, a B_CHART, COUNT under LABEL, its text the
   count and its share of the block's total: "12 (40%)". */
void doc_chart_count (struct doc *d, const char *label, size_t count);

/* Add an item to the last block; TEXT may be NULL. */
void doc_item (struct doc *d, const char *label, const char *text, int value);

struct buf;

/* A B_ORG block as lines of text, each after INDENT: the top box, then
   a tree drawn with "├─", "└─" and "│" (for text and Markdown). */
void doc_org_lines (const struct doc_block *b, struct buf *out,
                    const char *indent);

/* The items of a B_RATINGS block as lines of text, each after INDENT:
   the labels aligned, a bar of ten cells, the rating, the mark. */
void doc_rating_lines (const struct doc_block *b, struct buf *out,
                       const char *indent);

/* The items of a B_CHART block as lines of text of at most WIDTH
   columns, each after INDENT: the labels aligned (each on a line of its
   own when one is too long to share a line with its bar), a bar, the
   item's text. */
void doc_chart_lines (const struct doc_block *b, struct buf *out,
                      const char *indent, size_t width);

/* The renderers: return 0, or -1 when FP had a write error. */
int doc_write_text (const struct doc *d, FILE *fp);
int doc_write_markdown (const struct doc *d, FILE *fp);
int doc_write_html (const struct doc *d, FILE *fp, const char *lang);

#endif
