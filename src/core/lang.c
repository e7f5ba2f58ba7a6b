/* lang.c: which language messages are in, and in which character set. */
#include "system.h"

#include <langinfo.h>
#include <locale.h>
#include <strings.h>

#include "core/lang.h"
#include "core/util.h"

/* Each language with the locale whose conventions it brings along
   (numbers typed), when the system has it, and how its reports group
   digits: reports are written the language's way whatever locales the
   system has. */
static const struct lang langs[] = {
  { "en", "English", "en_US.UTF-8", ",", "." },
  { "de", "Deutsch", "de_DE.UTF-8", ".", "," },
  { "es", "Espa\xc3\xb1ol", "es_ES.UTF-8", ".", "," },
};
#define N_LANGS (sizeof langs / sizeof langs[0])

static const struct lang *lang_chosen;
static int lang_utf8_depth;

const struct lang *
lang_list (size_t *n)
{
  *n = N_LANGS;
  return langs;
}

const struct lang *
lang_english (void)
{
  return &langs[0];
}

const struct lang *
lang_find (const char *name)
{
  size_t i;

  if (name == NULL)
    return NULL;
  for (i = 0; i < N_LANGS; i++)
    if (strncasecmp (name, langs[i].code, 2) == 0
        && strchr ("_-.@", name[2]) != NULL)     /* "" matches too */
      return &langs[i];
  return NULL;
}

static bool
lang_is_c (const char *locale)
{
  return locale == NULL || strcmp (locale, "C") == 0
         || strcmp (locale, "POSIX") == 0;
}

static bool
lang_utf8_ctype (void)
{
  return strcmp (nl_langinfo (CODESET), "UTF-8") == 0;
}

/* Ask gettext for the character set the current use calls for. */
static void
lang_apply (void)
{
  const char *codeset = nl_langinfo (CODESET);

  if (lang_utf8_depth > 0)
    codeset = "UTF-8";
  bind_textdomain_codeset (PACKAGE, codeset);
}

/* Set CATEGORY to LOCALE if the system has it; else to FALLBACK (if not
   NULL).  Either way gettext forgets the translations it looked up. */
static void
lang_setlocale (int category, const char *locale, const char *fallback)
{
  char *now;

  if (setlocale (category, locale) != NULL)
    return;
  if (fallback != NULL && setlocale (category, fallback) != NULL)
    return;
  now = xstrdup (setlocale (category, NULL));
  setlocale (category, now);
  free (now);
}

/* Put the locale now in force into the environment.  CDK's
   initCDKScreen calls setlocale (LC_ALL, ""), which would otherwise undo
   the choice at every screen; programs started from here (lp) get it
   too. */
static void
lang_export (void)
{
  static const char *const others[] = {
    "LC_COLLATE", "LC_TIME", "LC_MONETARY", "LC_PAPER", "LC_NAME",
    "LC_ADDRESS", "LC_TELEPHONE", "LC_MEASUREMENT", "LC_IDENTIFICATION",
  };
  const char *all = getenv ("LC_ALL");
  size_t i;

  if (all != NULL && *all != '\0')
    {
      /* LC_ALL overrode everything: keep that for the categories not
         chosen here, through LANG. */
      setenv ("LANG", all, 1);
      for (i = 0; i < sizeof others / sizeof others[0]; i++)
        unsetenv (others[i]);
      unsetenv ("LC_ALL");
    }
  setenv ("LC_CTYPE", setlocale (LC_CTYPE, NULL), 1);
  setenv ("LC_NUMERIC", setlocale (LC_NUMERIC, NULL), 1);
  setenv ("LC_MESSAGES", setlocale (LC_MESSAGES, NULL), 1);
}

/* Whether the environment leadwise started in said UTF-8, before any
   choice of language changed the locale: 1, -1 for no, 0 until known. */
static int lang_terminal;

bool
lang_terminal_utf8 (void)
{
  if (lang_terminal == 0)
    lang_terminal = lang_utf8_ctype () ? 1 : -1;
  return lang_terminal > 0;
}

void
lang_set (const struct lang *l)
{
  bool c_messages = lang_is_c (setlocale (LC_MESSAGES, NULL));

  lang_terminal_utf8 ();

  lang_chosen = l;
  setenv ("LANGUAGE", l->code, 1);
  /* gettext ignores LANGUAGE in the C locale: leave it, for the
     language's own locale or at least C.UTF-8. */
  lang_setlocale (LC_MESSAGES, l->locale, c_messages ? "C.UTF-8" : NULL);
  lang_setlocale (LC_NUMERIC, l->locale, "C");
  /* German and Spanish need more than ASCII: where the environment said
     nothing of a character set (the C locale, as often over SSH), take
     UTF-8 rather than print question marks.  Within UTF-8, the
     language's own locale transliterates best for the screen ("ä" as
     "ae" in German).  Any other character set is the terminal's: kept. */
  if (lang_utf8_ctype ())
    lang_setlocale (LC_CTYPE, l->locale, NULL);
  else if (lang_is_c (setlocale (LC_CTYPE, NULL)))
    lang_setlocale (LC_CTYPE, l->locale, "C.UTF-8");
  lang_export ();
  lang_apply ();
}

const struct lang *
lang_current (void)
{
  const char *language = getenv ("LANGUAGE");
  const struct lang *l;
  char *list, *part, *save = NULL;

  if (lang_chosen != NULL)
    return lang_chosen;
  if (lang_is_c (setlocale (LC_MESSAGES, NULL)))
    return &langs[0];
  if (language == NULL || *language == '\0')
    {
      l = lang_find (setlocale (LC_MESSAGES, NULL));
      return l != NULL ? l : &langs[0];
    }
  /* As gettext does: the first in the list that has a catalog. */
  list = xstrdup (language);
  l = NULL;
  for (part = strtok_r (list, ":", &save); part != NULL && l == NULL;
       part = strtok_r (NULL, ":", &save))
    {
      l = lang_find (part);
      if (l == &langs[0])
        l = NULL;
    }
  free (list);
  return l != NULL ? l : &langs[0];
}

void
lang_utf8_begin (void)
{
  if (lang_utf8_depth++ == 0)
    lang_apply ();
}

void
lang_utf8_end (void)
{
  if (--lang_utf8_depth == 0)
    lang_apply ();
}
