/* signin.c: a workshop participant's name, and the PIN that makes it
   theirs, on the screen. */
#include "system.h"

#include <strings.h>
#include <unistd.h>

#include "core/diag.h"
#include "core/lang.h"
#include "core/owner.h"
#include "core/util.h"
#include "core/workshop.h"
#include "tui/ask.h"
#include "tui/key.h"
#include "tui/screen.h"
#include "tui/signin.h"

/* How owner_sign_in asks for a PIN on the screen: stars for what is
   typed; Esc goes back to the name, F10 leaves. */
static char *
signin_ask_pin (void *ctx, enum owner_prompt prompt, const char *error,
                  bool *quit)
{
  struct question q;
  struct ask_info info;
  enum ask_action action;
  char *value = NULL, *draft = NULL;

  (void) ctx;
  memset (&q, 0, sizeof q);
  q.id = (char *) "pin";
  q.type = QT_TEXT;
  *quit = false;
  for (;;)
    {
      if (!screen_big_enough () && !screen_wait_big_enough ())
        break;
      memset (&info, 0, sizeof info);
      info.section = _("Workshop");
      info.prompt = _(owner_prompt_text (prompt));
      info.help = _(owner_prompt_help (prompt));
      info.error = error != NULL ? _(error) : NULL;
      /* TRANSLATORS: key hints on the PIN screen; keep under 78
         columns. */
      info.keys = _("Enter OK  Esc back  F1 help  F10 quit");
      info.secret = true;
      action = ask_question (&info, &q, NULL, draft, &value);
      free (draft);
      draft = NULL;
      if (action == ASK_ANSWER)
        return value;
      if (action == ASK_REDRAW || action == ASK_MENU || action == ASK_SKIP)
        {
          draft = value;
          value = NULL;
          continue;
        }
      free (value);
      if (action == ASK_BACK)
        return NULL;
      break;
    }
  free (draft);
  *quit = true;
  return NULL;
}

/* Ask the participant's name until it is valid, nobody else holds it
   and it is theirs (signed in as WAY says); NULL when they leave.  *PATH
   and *LOCK as workshop_claim. */
char *
signin_name (const char *dir, enum owner_way way, char **path, int *lock)
{
  struct question q;
  struct ask_info info;
  const char *why = NULL;
  char *value = NULL, *name, *draft = NULL;
  struct diag d;
  enum ask_action action;
  enum owner_result signed_in;
  int rc;

  memset (&q, 0, sizeof q);
  q.id = (char *) "participant";
  q.type = QT_TEXT;
  for (;;)
    {
      char *keys;

      if (!screen_big_enough () && !screen_wait_big_enough ())
        return NULL;
      memset (&info, 0, sizeof info);
      /* TRANSLATORS: the title in the header bar of the name screen; keep
         it short. */
      info.section = _("Workshop");
      info.prompt = _("Your name, or your team's name?");
      info.help = _(workshop_name_help ());
      info.error = why != NULL ? _(why) : NULL;
      /* TRANSLATORS: key hints on the name screen; the hint for the
         language follows, in every language. */
      keys = xasprintf ("%s  F2 %s", _("Enter confirm  F1 help  F10 quit"),
                        LANG_CHOICE);
      info.keys = keys;
      action = ask_question (&info, &q, NULL, draft, &value);
      free (keys);
      free (draft);
      draft = NULL;
      if (action == ASK_REDRAW || action == ASK_MENU)
        {
          if (action == ASK_MENU)
            screen_language ();
          draft = value;
          continue;
        }
      if (action != ASK_ANSWER)
        {
          free (value);
          return NULL;
        }
      name = workshop_name_clean (value, &why);
      free (value);
      if (name == NULL)
        continue;
      /* The word quit leaves, here as at the line-by-line prompt: nobody
         becomes a participant called "quit". */
      if (strcasecmp (name, "quit") == 0 || strcasecmp (name, _("quit")) == 0)
        {
          free (name);
          return NULL;
        }
      diag_init (&d);     /* server paths: never for the participant */
      rc = workshop_claim (dir, name, path, lock, &d);
      if (rc == 0)
        {
          signed_in = owner_sign_in (*path, name, way, signin_ask_pin,
                                     NULL, &why, &d);
          diag_free (&d);
          if (signed_in == OWNER_SIGNED_IN)
            return name;
          close (*lock);
          free (*path);
          *path = NULL;
          free (name);
          if (signed_in == OWNER_QUIT)
            return NULL;
          if (signed_in == OWNER_ERROR)
            why = N_("Your answers cannot be kept in the workshop's "
                     "directory; please tell the facilitator.");
          continue;
        }
      diag_free (&d);
      free (name);
      why = rc == 2 ? workshop_closed_message ()
            : rc == 1 ? N_("That name is in use in another session right now; "
                         "please choose another.")
                    : N_("Your answers cannot be kept in the workshop's "
                         "directory; please tell the facilitator.");
    }
}

char *
signin_team (void)
{
  struct question q;
  struct ask_info info;
  enum ask_action action;
  const char *why = NULL;
  char *value = NULL, *draft = NULL, *team;

  memset (&q, 0, sizeof q);
  q.id = (char *) "team";
  q.type = QT_TEXT;
  for (;;)
    {
      if (!screen_big_enough () && !screen_wait_big_enough ())
        break;
      memset (&info, 0, sizeof info);
      info.section = _("Workshop");
      /* TRANSLATORS: the prompt after the name in a workshop. */
      info.prompt = _("Team (optional): which team are you in?");
      info.help = _("If the facilitator has split the room into teams, type "
                    "yours; otherwise leave it empty and press Enter. The "
                    "summary compares each team's answers; nobody sees "
                    "another person's.");
      info.error = why != NULL ? _(why) : NULL;
      /* TRANSLATORS: key hints on the team screen; keep under 78
         columns. */
      info.keys = _("Enter confirm (empty: no team)  F1 help");
      action = ask_question (&info, &q, NULL, draft, &value);
      free (draft);
      draft = NULL;
      if (action == ASK_REDRAW || action == ASK_MENU)
        {
          draft = value;
          value = NULL;
          continue;
        }
      if (action != ASK_ANSWER || *str_trim (value) == '\0')
        break;
      team = workshop_name_clean (value, &why);
      free (value);
      value = NULL;
      if (team != NULL)
        return team;
    }
  free (value);
  free (draft);
  return NULL;
}
