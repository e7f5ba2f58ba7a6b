/* words.c: the sentences behind the verdicts. */
#include "system.h"

#include "core/rules.h"
#include "core/util.h"
#include "core/words.h"

/* Indexed [primary][caio], in the order of the enums. */
static const char *const headlines[4][4] = {
  { /* undecided */
    N_("There are not enough answers yet for a recommendation."),
    N_("AI needs a dedicated Chief AI Officer; answer the remaining "
       "questions to see who should lead the rest of technology."),
    N_("Whoever leads technology can carry AI as well; answer the "
       "remaining questions to see whether that should be a CTO or a "
       "CIO."),
    N_("Keep AI with technology leadership for now; answer the remaining "
       "questions to see who should lead technology."),
  },
  { /* cto */
    N_("Put a CTO in charge of technology; whether AI needs a leader of its "
       "own depends on answers still missing."),
    N_("Put a CTO in charge of technology, with a dedicated Chief AI "
       "Officer beside them."),
    N_("Put a CTO in charge of technology, and let the same person lead "
       "AI."),
    N_("Put a CTO in charge of technology and keep AI with them for now, "
       "watching whether it outgrows the role."),
  },
  { /* cio */
    N_("Put a CIO in charge of the company's internal technology; whether "
       "AI needs a leader of its own depends on answers still missing."),
    N_("Put a CIO in charge of the company's internal technology, with a "
       "dedicated Chief AI Officer beside them."),
    N_("Put a CIO in charge of the company's internal technology; AI does "
       "not need a leader of its own yet."),
    N_("Put a CIO in charge of the company's internal technology, and "
       "watch whether AI needs a leader of its own."),
  },
  { /* both */
    N_("Have a CTO and a CIO side by side; whether AI needs a leader of its "
       "own depends on answers still missing."),
    N_("Have a CTO and a CIO side by side, and a dedicated Chief AI Officer "
       "as well."),
    N_("Have a CTO and a CIO side by side, and let the CTO lead AI."),
    N_("Have a CTO and a CIO side by side; keep AI with the CTO for now and "
       "watch whether it outgrows the role."),
  },
};

/* A CIO-led company too small for a full-time executive, by caio. */
static const char *const headlines_part_time[4] = {
  N_("Bring in part-time senior leadership for internal technology (a "
     "fractional CIO or an experienced IT lead); whether AI needs a leader "
     "of its own depends on answers still missing."),
  NULL,
  N_("Bring in part-time senior leadership for internal technology (a "
     "fractional CIO or an experienced IT lead), who can carry AI as well "
     "for now."),
  N_("Bring in part-time senior leadership for internal technology (a "
     "fractional CIO or an experienced IT lead), keep AI with them for now, "
     "and watch whether it needs a leader of its own."),
};

/* A small company that does not sell technology, without a CTO. */
static const char *const headlines_fractional_cto[4] = {
  N_("Bring in a fractional CTO for part-time senior technology "
     "leadership; whether AI needs a leader of its own depends on answers "
     "still missing."),
  NULL,
  N_("Bring in a fractional CTO for part-time senior technology "
     "leadership, who can carry AI as well for now."),
  N_("Bring in a fractional CTO for part-time senior technology "
     "leadership, keep AI with them for now, and watch whether it needs a "
     "leader of its own."),
};

const char *
words_headline (const struct result *r)
{
  if (r->primary == PRIMARY_CIO && r->form == FORM_FRACTIONAL
      && headlines_part_time[r->caio] != NULL)
    return headlines_part_time[r->caio];
  if (r->primary == PRIMARY_CTO && r->cto_kind == KIND_FRACTIONAL
      && headlines_fractional_cto[r->caio] != NULL)
    return headlines_fractional_cto[r->caio];
  return headlines[r->primary][r->caio];
}

const char *
words_primary_why (const struct result *r)
{
  if (r->primary == PRIMARY_CTO && r->facts[F_OFFERING] == OFF_SERVICE)
    return N_("Your services are turning into AI that you sell, and a "
              "company that sells technology needs a leader who looks "
              "outward: someone who shapes the product's architecture and "
              "platform, leads the engineers and explains technology "
              "choices to the board. That is a CTO.");
  static const char *const why[] = {
    N_("Who should lead technology depends on what the company sells, how "
       "large it is and how complex its internal systems are; some of "
       "those answers are missing."),
    N_("A company that sells technology, alone or beside services, needs a "
       "leader who looks outward: someone who shapes the product's "
       "architecture and platform, leads the engineers and explains "
       "technology choices to the board. That is a CTO."),
    N_("A company whose technology mainly runs the business behind its "
       "services needs a leader who looks inward: business systems, IT "
       "operations, data, security, compliance and the cost of cloud and "
       "software. That is a CIO."),
    N_("At this size the company needs both views: a CIO who keeps the "
       "organisation's systems running reliably, and a CTO who decides how "
       "its technology should evolve. The two roles are converging, since "
       "a data breach in the CIO's systems hurts customers' trust in the "
       "CTO's product, so they must work closely together."),
  };
  return why[r->primary];
}

const char *
words_leader (const struct result *r)
{
  bool missing = result_leader_missing (r);

  /* TRANSLATORS: the leader the advice speaks of, at the start of a
     sentence, as its subject ("... takes AI on when it comes"). */
  if (result_has_cto (r))
    return missing ? N_("The CTO you appoint") : N_("The CTO");
  if (r->primary == PRIMARY_CIO && r->form == FORM_FRACTIONAL)
    return missing ? N_("The CIO or IT lead you bring in")
                   : N_("The CIO or IT lead");
  if (r->primary == PRIMARY_CIO)
    return missing ? N_("The CIO you appoint") : N_("The CIO");
  return missing ? N_("The technology leader you appoint")
                 : N_("Whoever leads technology");
}

static struct msg
words_about_leader (const struct result *r, const char *text)
{
  struct msg m = msg_make (text);

  msg_add_words (&m, words_leader (r));
  return m;
}

/* Watching, between the two ends: the one sign that holds, or how few
   of the conditions do. */
static struct msg
words_watch (const struct result *r)
{
  struct msg m;
  int i;

  for (i = 0; i < IND_COUNT && r->indicators_met == 1; i++)
    if (r->indicators[i] == TRI_YES)
      {
        /* TRANSLATORS: the first %s is a leader ("The CTO"), the second
           a sign such as "The technology leader is already stretched". */
        m = words_about_leader (r,
          N_("%s keeps AI for now. One sign points to an AI leader of its "
             "own, which is not enough for one: %s. While it holds, though, "
             "AI cannot simply be added to the role either; review the "
             "question as AI grows."));
        msg_add_words (&m, words_indicator ((enum indicator) i));
        return m;
      }
  /* TRANSLATORS: the first %s is a leader ("The CTO"), the second
     "only 2 of the four conditions ... hold". */
  m = words_about_leader (r,
    N_("%s keeps AI for now: no sign calls for an AI executive of its own, "
       "but %s. Review the question as AI grows."));
  msg_add_noun (&m, "only %s of the four conditions for one leader to "
                    "carry AI holds",
                "only %s of the four conditions for one leader to carry AI "
                "hold", r->absorb_met);
  return m;
}

struct msg
words_caio_why (const struct result *r)
{
  struct msg m;

  switch (r->caio)
    {
    case CAIO_DEDICATED:
      return msg_make (N_("Two or more signs point to a dedicated Chief AI "
                          "Officer: someone who ties AI to business "
                          "results, governs models and vendors, handles AI "
                          "regulation, and helps every department adopt AI "
                          "without dictating its tools."));
    case CAIO_CTO_ABSORBS:
      return words_about_leader (r, r->gate == GATE_NO_AI
        ? N_("%s takes AI on when it comes: the company has no AI work "
             "yet, so there is nothing for an AI leader to lead.")
        : N_("%s can take on AI strategy and governance as part of the "
             "role: no sign calls for a separate AI executive, and the "
             "conditions for one leader to carry AI are met."));
    case CAIO_WATCH:
      break;
    default:
      return msg_make (N_("Whether AI needs its own executive depends on AI "
                          "spending, the number of people working on AI, "
                          "regulation, how stretched the technology leader "
                          "is and AI's place in the product; some of those "
                          "answers are missing."));
    }
  switch (r->gate)
    {
    case GATE_SIZE:
      m = words_about_leader (r,
        N_("%s carries AI for now. Two or more signs point to an AI leader "
           "of its own, but with %s employees the company is below %s, the "
           "size from which leadwise advises one (a line of its own: the "
           "articles draw none)."));
      msg_add_count (&m, r->facts[F_EMPLOYEES]);
      msg_add_count (&m, SIZE_CAIO_FROM);
      return m;
    case GATE_BOTH_LISTS:
      return words_about_leader (r,
        N_("%s carries AI for now. Two or more signs point to an AI leader "
           "of its own, but three or more of the conditions for one leader "
           "to carry AI hold as well: there is still too little AI for an "
           "executive of its own."));
    case GATE_INTERNAL:
      return words_about_leader (r,
        N_("%s carries AI for now. The only signs are heavy regulation and "
           "a stretched leader, and AI serves internal tools with at most "
           "two use cases: still too little AI for an executive of its "
           "own."));
    default:
      return words_watch (r);
    }
}

bool
words_small_team (const struct result *r)
{
  return r->facts[F_EMPLOYEES] >= 0
         && r->facts[F_EMPLOYEES] < SIZE_FRACTIONAL_BELOW;
}

size_t
words_caio_notes (const struct result *r, struct msg *notes)
{
  size_t n = 0;

  if (r->caio != CAIO_WATCH || r->gate == GATE_NONE)
    return 0;
  if (r->indicators[IND_CTO_STRETCHED] == TRI_YES && result_has_cto (r))
    notes[n++] = msg_make (words_small_team (r)
      ? N_("The CTO is already stretched: when the first engineers join, "
           "hand day-to-day delivery to one of them as Head of "
           "Engineering.")
      : N_("The CTO is already stretched: hand day-to-day delivery to a VP "
           "or Head of Engineering before AI is added to the role."));
  else if (r->indicators[IND_CTO_STRETCHED] == TRI_YES
           && r->primary == PRIMARY_CIO)
    notes[n++] = msg_make (N_("The CIO is already stretched: first hand "
                              "day-to-day operations to someone else, and "
                              "only then add AI to the role."));
  if (r->indicators[IND_AI_REGULATION] == TRI_YES)
    notes[n++] = words_about_leader (r,
      N_("%s also owns AI compliance, which needs executive attention "
         "here."));
  notes[n++] = msg_make (N_("The signs to revisit are listed under \"What "
                            "would change this advice\"."));
  return n;
}

const char *
words_caio_split (const struct result *r)
{
  static const char *const split[] = {
    N_("The Chief AI Officer owns AI outcomes and governance; whoever leads "
       "technology owns the platforms they run on."),
    N_("The Chief AI Officer owns AI outcomes and governance; the CTO owns "
       "the platforms they run on."),
    N_("The Chief AI Officer owns AI outcomes and governance; the CIO owns "
       "the systems and data they run on."),
    N_("The Chief AI Officer owns AI outcomes and governance; the CTO owns "
       "the platforms they run on, the CIO the internal systems and data "
       "they draw on."),
  };
  return r->caio == CAIO_DEDICATED ? split[r->primary] : NULL;
}

const char *
words_primary (enum primary p)
{
  static const char *const names[] = {
    /* TRANSLATORS: the abbreviation of Chief Technology Officer; also a
       score's label. Most languages keep it. */
    N_("not decided yet"), N_("CTO"), N_("CIO"), N_("CTO and CIO")
  };
  return names[p];
}

const char *
words_form (enum form f)
{
  return f == FORM_FRACTIONAL ? N_("part-time (fractional)")
                              : N_("a full-time executive");
}

const char *
words_caio (enum caio_verdict c)
{
  static const char *const names[] = {
    N_("not decided yet"),
    N_("a dedicated Chief AI Officer"),
    N_("the technology leader takes on AI"),
    N_("not yet: keep watching"),
  };
  return names[c];
}

const char *
words_caio_short (enum caio_verdict c)
{
  /* TRANSLATORS: the Chief AI Officer verdicts in a table's column:
     keep each under 20 characters. */
  static const char *const names[] = {
    N_("not decided yet"), N_("a dedicated CAIO"), N_("leader takes on AI"),
    N_("keep watching"),
  };
  return names[c];
}

const char *
words_caio_in (enum caio_verdict c, enum primary primary, bool missing)
{
  if (c != CAIO_CTO_ABSORBS)
    return words_caio (c);
  if (primary == PRIMARY_CTO || primary == PRIMARY_BOTH)
    return missing ? N_("the CTO you appoint takes on AI")
                   : N_("the CTO takes on AI");
  if (primary == PRIMARY_CIO)
    return missing ? N_("the CIO or IT lead you appoint takes on AI")
                   : N_("the CIO (or IT lead) takes on AI");
  return missing ? N_("the technology leader you appoint takes on AI")
                 : words_caio (c);
}

const char *
words_reports_to (enum reports_to r)
{
  static const char *const names[] = {
    N_("no separate AI executive"), N_("the CTO"), N_("the CEO")
  };
  return names[r];
}

const char *
words_kind (enum cto_kind k)
{
  static const char *const names[] = {
    N_("not decided yet"), N_("startup CTO"), N_("scale-up CTO"),
    N_("enterprise CTO"), N_("product-led CTO"), N_("platform CTO"),
    N_("transformation CTO"), N_("fractional CTO"), N_("AI-focused CTO"),
  };
  return names[k];
}

const char *
words_kind_why (enum cto_kind k)
{
  static const char *const why[] = {
    NULL,
    N_("A startup CTO lays the first technical foundation and builds the "
       "first team, often acting as architect, hiring lead and head of "
       "delivery at once."),
    N_("A scale-up CTO builds the systems, processes and leadership "
       "layers that let the company grow without breaking."),
    N_("An enterprise CTO aligns a complex technology estate with the "
       "company's strategy and governance."),
    N_("A product-led CTO (sometimes a CPTO) keeps product and technology "
       "decisions in one hand."),
    N_("A platform CTO runs the infrastructure or platform that others "
       "build on."),
    N_("A transformation CTO modernises: legacy systems, cloud migration, "
       "data and AI adoption."),
    N_("A fractional CTO gives part-time senior technology leadership: "
       "enough while technology is only part of what a small company "
       "sells."),
    N_("An AI-focused CTO leads a company whose product is becoming AI, "
       "carrying AI strategy as part of the technology role."),
  };
  return why[k];
}

const char *
words_indicator (enum indicator i)
{
  static const char *const names[IND_COUNT] = {
    N_("AI spending exceeds $5 million a year"),
    N_("More than 20 people work on AI projects"),
    N_("AI regulation needs dedicated executive attention"),
    N_("The technology leader is already stretched"),
    N_("AI is becoming the core of the product"),
  };
  return names[i];
}

const char *
words_absorb (enum absorb a)
{
  static const char *const names[ABS_COUNT] = {
    N_("No more than one or two AI use cases"),
    N_("Fewer than 500 employees"),
    N_("AI is not part of the product: internal use only, or none"),
    N_("Little AI-specific regulation applies"),
  };
  return names[a];
}

const char *
words_role (enum role r)
{
  static const char *const names[ROLE_COUNT] = {
    /* TRANSLATORS: the abbreviation of Chief Technology Officer; also a
       score's label. Most languages keep it. */
    N_("CTO"),
    /* TRANSLATORS: the abbreviation of Chief Information Officer; also a
       score's label. Most languages keep it. */
    N_("CIO"),
    /* TRANSLATORS: the abbreviation of Chief AI Officer; also a score's
       label. Most languages keep it. */
    N_("CAIO")
  };
  return names[r];
}

static bool
words_any_unknown (const enum tri *held, int n)
{
  int i;

  for (i = 0; i < n; i++)
    if (held[i] == TRI_UNKNOWN)
      return true;
  return false;
}

const char *
words_signs_title (const struct result *r)
{
  return words_any_unknown (r->indicators, IND_COUNT)
    /* TRANSLATORS: %d is how many of the five signs surely hold. */
    ? N_("Signs that AI needs its own leader: %d of 5 so far")
    /* TRANSLATORS: %d is how many of the five signs hold. */
    : N_("Signs that AI needs its own leader: %d of 5");
}

const char *
words_conditions_title (const struct result *r)
{
  return words_any_unknown (r->absorb, ABS_COUNT)
    /* TRANSLATORS: %d is how many of the four conditions surely hold. */
    ? N_("Conditions for one leader to carry AI: %d of 4 so far")
    /* TRANSLATORS: %d is how many of the four conditions hold. */
    : N_("Conditions for one leader to carry AI: %d of 4");
}

const char *
words_decision (enum decision d)
{
  static const char *const names[DEC_COUNT] = {
    N_("Who leads technology"), N_("Does AI need its own leader"),
    N_("Which kind of CTO"), N_("The AI tools"), N_("AI governance"),
  };
  return names[d];
}

/* ------------------------------------------------------- turning points */

/* What a number crossing a threshold would be, upward and downward; the
   figure quoted is the threshold itself where the sources state it
   strictly ("passes US$5,000,000"), else the first value across. */
struct turn_words
{
  enum fact fact;
  bool from_zero;          /* the threshold between none and some */
  const char *up, *down;
};

static const struct turn_words number_words[] = {
  { F_EMPLOYEES, false,
    N_("If the company grows to %s people (now %s)"),
    N_("If the company shrinks to %s people (now %s)") },
  { F_SPEND, false,
    N_("If AI spending passes %s a year (now %s)"),
    N_("If AI spending falls to %s a year (now %s)") },
  { F_SPEND, true,
    N_("If the company starts spending on AI (now %s)"),
    N_("If the company stops spending on AI (now %s)") },
  { F_PEOPLE, false,
    N_("If more than %s people work on AI (now %s)"),
    N_("If %s people or fewer work on AI (now %s)") },
  { F_PEOPLE, true,
    N_("If people start working on AI (now %s)"),
    N_("If nobody works on AI any more (now %s)") },
  { F_USE_CASES, false,
    N_("If there are more than %s AI use cases (now %s)"),
    N_("If AI use cases fall to %s (now %s)") },
  { F_USE_CASES, true,
    N_("If a first AI use case starts (now %s)"),
    N_("If no AI use case is left (now %s)") },
};

/* Indexed by fact, then option: the change, as a clause after "If",
   and the option's short name for "(now: ...)". */
static const char *const choice_if[F_COUNT][4] = {
  [F_IN_PRODUCT] = { N_("the company used no AI"),
                     N_("AI were used for internal tools only"),
                     N_("AI were a feature of the product"),
                     N_("AI became the core of the product") },
  [F_OFFERING] = { N_("the company sold a technology product"),
                   N_("the company sold services, with technology running "
                      "the business behind them"),
                   N_("the company sold both a product and services") },
  [F_COMPLEXITY] = { N_("internal systems were simple"),
                     N_("internal systems were moderately complex"),
                     N_("internal systems were highly complex") },
  [F_REGULATION] = { N_("hardly any AI regulation applied"),
                     N_("some AI rules applied"),
                     N_("AI compliance needed dedicated executive "
                        "attention") },
  [F_STRETCHED] = { N_("the technology leader were stretched"),
                    N_("the technology leader had room for more"),
                    N_("nobody led technology") },
};

static const char *const choice_now[F_COUNT][4] = {
  [F_IN_PRODUCT] = { N_("no AI"), N_("internal tools only"), N_("a feature"),
                     N_("the core of the product") },
  [F_OFFERING] = { N_("a technology product"), N_("services"),
                   N_("a product and services") },
  [F_COMPLEXITY] = { N_("simple"), N_("moderately complex"),
                     N_("highly complex") },
  [F_REGULATION] = { N_("minimal"), N_("moderate"), N_("heavy") },
  [F_STRETCHED] = { N_("stretched"), N_("room for more"),
                    N_("nobody leads technology") },
};

static bool
turn_is_number (enum fact f)
{
  return f == F_EMPLOYEES || f == F_SPEND || f == F_PEOPLE
         || f == F_USE_CASES;
}

/* A number's change across a threshold, in words. */
static char *
turn_number_when (const struct turning_point *t, bool for_people)
{
  bool up = t->at > t->now, zero = up ? t->at == 1 : t->at == 0;
  bool strict = t->fact != F_EMPLOYEES && !zero;
  struct msg m;
  size_t i;

  for (i = 0; i < sizeof number_words / sizeof number_words[0]; i++)
    if (number_words[i].fact == t->fact
        && (number_words[i].from_zero == zero || t->fact == F_EMPLOYEES))
      break;
  m = msg_make (up ? number_words[i].up : number_words[i].down);
  /* Upward across a strict threshold, the threshold is the value below;
     between none and some, only the answer now is quoted. */
  if (!zero)
    (t->fact == F_SPEND ? msg_add_money : msg_add_count)
      (&m, strict && up ? t->at - 1 : t->at);
  (t->fact == F_SPEND ? msg_add_money : msg_add_count) (&m, t->now);
  return msg_format (&m, for_people);
}

/* The changes to options AT[0..N) of a choice, now NOW, in words. */
static char *
turn_choice_when (enum fact f, const long long *at, size_t n, long long now,
                  bool for_people)
{
  struct msg m;
  char *clauses, *text;
  size_t i;

  /* A leader in post, stretched or not: said once. */
  if (f == F_STRETCHED && n == 2 && at[0] == STRETCHED_YES
      && at[1] == STRETCHED_NO)
    clauses = xstrdup (for_people ? _("someone led technology")
                                  : "someone led technology");
  else
    {
      clauses = xstrdup (for_people ? _(choice_if[f][at[0]])
                                    : choice_if[f][at[0]]);
      for (i = 1; i < n; i++)
        {
          /* TRANSLATORS: two changes of one answer, either of which
             would do ("the company sold a product or the company sold
             both ..."). */
          m = msg_make (N_("%s or %s"));
          msg_add_text (&m, clauses);
          msg_add_words (&m, choice_if[f][at[i]]);
          text = msg_format (&m, for_people);
          free (clauses);
          clauses = text;
        }
    }
  /* TRANSLATORS: a changed answer as a clause, then what it is now. */
  m = msg_make (N_("If %s (now: %s)"));
  msg_add_text (&m, clauses);
  msg_add_words (&m, choice_now[f][now]);
  text = msg_format (&m, for_people);
  free (clauses);
  return text;
}

static const char *
turn_outcome (const struct turning_point *t)
{
  static const char *const primary[] = {
    NULL, N_("a CTO leads technology"), N_("a CIO leads technology"),
    N_("a CTO and a CIO side by side"),
  };
  static const char *const reports[] = {
    NULL, N_("the Chief AI Officer reports to the CTO"),
    N_("the Chief AI Officer reports to the CEO"),
  };

  if (t->decision == TURN_PRIMARY)
    return primary[t->to];
  if (t->decision == TURN_REPORTS)
    return reports[t->to];
  return t->to == CAIO_WATCH ? N_("keep watching whether AI needs a leader "
                                  "of its own")
                             : words_caio_in (t->to, t->primary_then,
                                              t->leader_missing_then);
}

/* What the N turning points from T (one change) turn, in words. */
static char *
turn_outcomes (const struct turning_point *t, size_t n, bool for_people)
{
  struct buf out;
  size_t i;

  buf_init (&out);
  for (i = 0; i < n; i++)
    {
      if (i > 0)
        buf_add (&out, "; ");
      buf_add (&out, for_people ? _(turn_outcome (&t[i]))
                                : turn_outcome (&t[i]));
    }
  return buf_take (&out);
}

/* How many turning points from T on (LEFT in all) are the same change. */
static size_t
turn_change (const struct turning_point *t, size_t left)
{
  size_t n = 1;

  while (n < left && t[n].fact == t[0].fact && t[n].at == t[0].at)
    n++;
  return n;
}

size_t
words_turn_lines (const struct result *r, bool for_people, char ***lines)
{
  const struct turning_point *t = r->turns;
  size_t n = 0, i = 0, k, cap = 0;
  char **out = NULL;

  while (i < r->n_turns)
    {
      long long at[4];
      size_t run = turn_change (&t[i], r->n_turns - i), n_at = 1, next;
      char *outcome = turn_outcomes (&t[i], run, for_people), *when, *line;
      struct msg m;

      at[0] = t[i].at;
      next = i + run;
      /* Other options of the same choice that turn the advice alike. */
      while (!turn_is_number (t[i].fact) && next < r->n_turns
             && t[next].fact == t[i].fact && n_at < 4)
        {
          size_t more = turn_change (&t[next], r->n_turns - next);
          char *same = turn_outcomes (&t[next], more, for_people);
          bool alike = strcmp (same, outcome) == 0;

          free (same);
          if (!alike)
            break;
          at[n_at++] = t[next].at;
          next += more;
        }
      when = turn_is_number (t[i].fact)
             ? turn_number_when (&t[i], for_people)
             : turn_choice_when (t[i].fact, at, n_at, t[i].now, for_people);
      /* TRANSLATORS: a change of one answer, then what the advice
         becomes. */
      m = msg_make (N_("%s: %s"));
      msg_add_text (&m, when);
      msg_add_text (&m, outcome);
      line = msg_format (&m, for_people);
      free (when);
      free (outcome);
      out = xgrow (out, &cap, n + 1, sizeof *out);
      out[n++] = line;
      i = next;
    }
  for (k = n; k < cap; k++)
    out[k] = NULL;
  *lines = out;
  return n;
}

/* ------------------------------------------------------- owners, times */

const char *
words_owner (enum role owner, const struct result *r)
{
  bool missing = result_leader_missing (r);

  if (owner == ROLE_CAIO)
    return N_("the Chief AI Officer");
  if (owner == ROLE_CTO)
    return missing ? N_("the CTO you appoint") : N_("the CTO");
  if (r->primary != PRIMARY_CIO)
    return missing ? N_("the technology leader you appoint")
                   : N_("whoever leads technology");
  if (r->form == FORM_FRACTIONAL)
    return missing ? N_("the CIO or IT lead you bring in")
                   : N_("the CIO or IT lead");
  return missing ? N_("the CIO you appoint") : N_("the CIO");
}

const char *
words_when (enum when w)
{
  static const char *const names[] = {
    N_("Now"), N_("In the first 90 days"), N_("Later"),
  };
  return names[w];
}

/* ---------------------------------------------------------------- tools */

const char *
words_step (enum tool_step s)
{
  static const char *const names[TS_COUNT] = {
    /* TRANSLATORS: a step of the checklist, also a table row heading; keep
       it short. */
    N_("Goal"), N_("Daily users"), N_("Test"),
    /* TRANSLATORS: a step of the checklist, also a table row heading; keep
       it short. */
    N_("Security and integration"), N_("Measure"), N_("Re-evaluate"),
  };
  return names[s];
}

const char *
words_step_state (int state)
{
  static const char *const names[STEP_STATE_COUNT] = {
    N_("done"), N_("in progress"), N_("not started"), N_("not applicable"),
  };
  return state < 0 ? N_("not answered") : names[state];
}

char *
words_tool_title (const struct tool_result *t)
{
  /* TRANSLATORS: a tool's heading: its number, name and verdict, and
     how many of its six steps are done. */
  return xasprintf (_("%d. %s: %s (%d of 6 steps done)"), t->number,
                    t->name != NULL ? t->name : _("(no name)"),
                    _(words_tool_verdict (t)), t->steps_done);
}

const char *
words_tool_verdict (const struct tool_result *t)
{
  return t->verdict == TOOL_READY && t->in_use == 1 ? N_("cleared for use")
                                                     : words_verdict (t->verdict);
}

const char *
words_verdict (enum tool_verdict v)
{
  static const char *const names[] = {
    N_("ready to deploy"), N_("ready for a pilot"), N_("not ready"),
  };
  return names[v];
}
