#!/bin/sh
# The JSON report is valid JSON and has the members, types and values
# INTERFACE.md fixes, for every profile; and its verdicts are right.
. "${top_srcdir:-..}/tests/testlib.sh"

command -v jq >/dev/null 2>&1 \
  || { echo "SKIP: jq not found (Debian package jq)"; exit 77; }

data="$top_srcdir/tests/data"

# The schema of INTERFACE.md (with the rules of version 2), as a jq
# expression that must be true.
schema='
  def oneof($xs): . as $v | $xs | index([$v]) != null;
  def subset($xs): all(.[]; oneof($xs)) and (length == (unique | length));
  def step: . == null or oneof(["done", "in_progress", "not_started", "na"]);
  def score: . == null or (type == "number" and . >= 0 and . <= 100
                           and . == floor);
  def within($lo; $hi): . != null and . >= $lo and . <= $hi;
  (.format == 1) and (.rules == 2)
  and (.complete | type == "boolean")
  and (.leadership.primary | oneof(["cto", "cio", "both", "undecided"]))
  and (.leadership.caio | oneof(["dedicated", "cto_absorbs", "watch", "undecided"]))
  and (.leadership.caio_reports_to | oneof(["cto", "ceo", null]))
  and (.leadership.cto_kind | oneof(["startup", "scaleup", "enterprise",
        "product", "platform", "transformation", "fractional", "ai", null]))
  and (.leadership.form | oneof(["executive", "fractional"]))
  and (.scores | (keys == ["caio", "cio", "cto"]) and all(.[]; score))
  # Scores agree with the verdicts; null where a verdict is undecided.
  and (.leadership.caio as $c | .scores.caio |
        if $c == "dedicated" then within(60; 100)
        elif $c == "watch" then within(30; 59)
        elif $c == "cto_absorbs" then within(0; 29) else . == null end)
  and (.leadership.primary as $p | .scores |
        if $p == "cto" then (.cto | within(50; 100)) and (.cio | within(0; 39))
        elif $p == "cio" then (.cio | within(50; 100)) and (.cto | within(0; 39))
        elif $p == "both" then (.cto | within(40; 100)) and (.cio | within(40; 100))
        else .cto == null and .cio == null end)
  and (.caio_indicators | subset(["ai_spend", "ai_people", "ai_regulation",
        "cto_stretched", "ai_core_product"]))
  and (.absorb_conditions | subset(["few_use_cases", "under_500",
        "ai_internal_only", "low_regulation"]))
  and (.reasons | all(.[]; (.id | type == "string")
        and (.answer | type == "string") and (.effect | type == "string")
        and (.decision | oneof(["primary", "caio", "kind", "tools",
                                "governance"]))
        and (.weighs | oneof(["for", "against"]))))
  and (.turning_points | all(.[]; (.id | type == "string")
        and (.now | type == "string") and (.at | type == "string")
        and (.now != .at)
        and (.decision | oneof(["primary", "caio", "caio_reports_to"]))
        and (.to | type == "string")))
  and (.governance | all(.[]; (.risk | type == "string")
        and (.owner | oneof(["caio", "cto", "cio"]))
        and (.action | type == "string")))
  and (.plan | all(.[]; (.when | oneof(["now", "first_90_days", "later"]))
        and (.action | type == "string")))
  # The plan holds every action, once, in time order.
  and ([.plan[] | .action] == .actions)
  and (.actions | length == (unique | length))
  and ([.plan[] | {"now": 0, "first_90_days": 1, "later": 2}[.when]]
       | . == sort)
  and (.tools | all(.[];
        (.name | type == "string" or . == null)
        and (.in_use | oneof([true, false, null]))
        and (.steps | keys == ["goal", "measure", "review", "security",
                               "test", "users"])
        and all(.steps[]; step)
        and (.steps_done == ([.steps[] | select(. == "done")] | length))
        and (.verdict | oneof(["ready", "pilot", "not_ready"]))
        and (.next | all(.[]; type == "string"))
        and (.note | type == "string" or . == null)))
  # The caio rule, checked against the lists themselves.
  and (if .leadership.caio == "dedicated" then (.caio_indicators | length) >= 2
       elif .leadership.caio == "cto_absorbs" and (.caio_indicators | length) > 0
       then false
       else true end)
  # A CAIO reports to the CTO only where the CTO alone is recommended.
  and (if .leadership.caio_reports_to == "cto"
       then .leadership.primary == "cto" else true end)
  and (if .leadership.caio != "dedicated"
       then .leadership.caio_reports_to == null else true end)
  and (if .leadership.primary == "cio" then .leadership.cto_kind == null
       else true end)
  # A tool is never ready without its security check, nor in use
  # unchecked; only security may be "na".
  and all(.tools[]; .verdict != "ready"
        or (.steps.security | oneof(["done", "na"])))
  and all(.tools[]; .in_use != true or .verdict != "ready"
        or (.steps.security | oneof(["done", "na"])))
  and all(.tools[]; [.steps.goal, .steps.users, .steps.test, .steps.measure,
                     .steps.review] | index("na") == null)
  # Governance: the CAIO, else the CTO where recommended, else the CIO.
  and (.leadership as $l | all(.governance[]; .owner ==
        (if $l.caio == "dedicated" then "caio"
         elif ($l.primary | oneof(["cto", "both"])) then "cto"
         else "cio" end)))
  # The modules (leadwise(1), JSON REPORT): each null, or its members.
  and (.modules | keys == ["governance", "hire", "readiness"])
  and (.modules.readiness | . == null or (
        (.subject | oneof(["current", "founder", "candidate", null]))
        and (.fit | oneof(["build", "scale", "steer"]))
        and (.ratings | keys == ["ai_fluency", "business", "communication",
              "governance", "maturity", "stakeholders", "strategy", "team",
              "uncertainty"])
        and all(.ratings[]; . == null or (. >= 1 and . <= 5 and . == floor))
        and (.rated == ([.ratings[] | select(. != null)] | length))
        and (.mean == null or (.mean >= 1 and .mean <= 5))
        and ((.mean == null) == (.rated == 0))
        and (.strongest | length <= 3) and (.priorities | length <= 3)
        and (.ratings as $r | all(.strongest[]; $r[.] >= 3)
             and all(.priorities[]; .rating == $r[.area] and .rating <= 4
                     and (.step | type == "string")))
        and ((.strongest + [.priorities[].area]) | length
             == (unique | length))))
  and (.modules.governance | . == null or (
        (.items | length == 18)
        and all(.items[]; . == null or oneof(["in_place", "partly", "not_yet"]))
        and (.answered == ([.items[] | select(. != null)] | length))
        and (.score | score)
        and ((.score == null) == (.answered == 0))
        and (.band == (if .score == null then null elif .score < 25 then "ad_hoc"
                       elif .score < 50 then "emerging" elif .score < 75
                       then "defined" else "managed" end))
        and (.items as $i | [.gaps[].item] | sort
             == ([$i | to_entries[] | select(.value == "partly"
                  or .value == "not_yet") | .key] | sort))
        and (.items as $i | all(.gaps[]; .state == $i[.item]
             and (.owner | oneof(["caio", "cto", "cio"]))
             and (.why | type == "string" or . == null)
             and (.action | type == "string")))))
  and (.modules.hire | . == null or (
        (.role | oneof(["technology_leader", "cto", "fractional_cto", "cio",
                        "fractional_cio", "caio", "vp_engineering",
                        "head_of_engineering", null]))
        and (.reports_to | oneof(["ceo", "cto", null]))
        and (.source | oneof(["internal", "external", "open", null]))
        and (if .role == null then (.first_90_days | length) == 0
                                   and .mandate == null
             else (.first_90_days | length) >= 6 and (.mandate | type == "string")
             end)
        and ([.first_90_days[].month] | . == sort
             and all(.[]; . >= 1 and . <= 3))))
  # The gaps are owned as the risks are.
  and (.leadership as $l | (.modules.governance // {gaps: []})
       | all(.gaps[]; .owner ==
        (if $l.caio == "dedicated" then "caio"
         elif ($l.primary | oneof(["cto", "both"])) then "cto"
         else "cio" end)))
'

for answers in "$data"/*.answers; do
  "$LEADWISE" report --format json "$answers" >"$tmp/out.json" \
    || fail "report failed for $answers"
  jq -e . "$tmp/out.json" >/dev/null || fail "invalid JSON for $answers"
  jq -e "$schema" "$tmp/out.json" >/dev/null \
    || { cat "$tmp/out.json" >&2; fail "$answers: JSON does not follow INTERFACE.md"; }
done

# Verdicts of the hand-written profiles.
check ()
{
  got=$("$LEADWISE" report --format json "$data/$1.answers" | jq -c "$2")
  [ "$got" = "$3" ] || fail "$1: $2 is $got, expected $3"
}
check saas-12 '.leadership' \
  '{"primary":"cto","caio":"watch","caio_reports_to":null,"cto_kind":"startup","form":"executive"}'
check saas-12 '.caio_indicators' '["cto_stretched"]'
check saas-12 '.absorb_conditions' '["few_use_cases","under_500","low_regulation"]'
check saas-12 '[.tools[] | .verdict]' '["pilot"]'
check logistics-4000 '.leadership' \
  '{"primary":"cio","caio":"watch","caio_reports_to":null,"cto_kind":null,"form":"executive"}'
check logistics-4000 '.company' '"Nordlicht Logistik GmbH"'
check logistics-4000 '[.tools[] | .name]' '["Routenplaner KI für Lagerhäuser","Chatbot"]'
check logistics-4000 '[.tools[] | .verdict]' '["ready","not_ready"]'
check ai-fintech '.leadership' \
  '{"primary":"cto","caio":"dedicated","caio_reports_to":"ceo","cto_kind":"scaleup","form":"executive"}'
check ai-fintech '.company' '"Quillon \"AI\" Payments"'
check ai-fintech '.caio_indicators | length' '5'
check ai-fintech '[.tools[] | .verdict]' '["pilot","ready"]'
check agency-8 '.leadership' \
  '{"primary":"cto","caio":"cto_absorbs","caio_reports_to":null,"cto_kind":"fractional","form":"fractional"}'
check agency-8 '.company' '"Señora Pérez & Hijos"'
check agency-8 '.absorb_conditions' '["few_use_cases","under_500","ai_internal_only","low_regulation"]'
check agency-8 '.plan[0]' '{"when":"now","action":"Bring in a fractional CTO: part-time senior technology leadership is enough while technology is only part of what the company sells."}'
# The modules of the three profiles that take them.
check saas-12 '.modules' '{"readiness":null,"governance":null,"hire":null}'
check fintech-modules '.modules.readiness | [.fit, .mean, .strongest]' \
  '["scale",3.2,["team","strategy","uncertainty"]]'
check fintech-modules '[.modules.readiness.priorities[].area]' \
  '["communication","stakeholders","governance"]'
check fintech-modules '.modules.governance | [.score, .band, .gaps[0].item, .gaps[0].owner]' \
  '[47,"emerging","review","caio"]'
check fintech-modules '.modules.hire | [.role, .reports_to, .source]' \
  '["caio","ceo","external"]'
check agency-modules '.modules.readiness | [.subject, .fit]' '["founder","build"]'
check agency-modules '.modules.governance | [.answered, .score, .gaps[0].owner]' \
  '[5,20,"cto"]'
check agency-modules '.modules.hire | [.role, .kind, .first_90_days[1].month]' \
  '["fractional_cto","fractional",1]'
check logistics-modules '.modules.hire | [.role, .source, (.first_90_days | length)]' \
  '[null,"internal",0]'
check logistics-modules '.modules.governance.gaps[0] | [.item, .owner]' \
  '["monitoring","cio"]'
# Two signs are not enough without knowing the size and the AI work.
check partial '.leadership.primary' '"undecided"'
check partial '.leadership.caio' '"undecided"'
check partial '.scores' '{"cto":null,"cio":null,"caio":null}'
check partial '.complete' 'false'
check partial '.turning_points' '[]'
# The profiles of the issue on rules version 2.
check startup-3 '.leadership' \
  '{"primary":"cto","caio":"watch","caio_reports_to":null,"cto_kind":"ai","form":"executive"}'
check startup-3 '.caio_indicators' '["cto_stretched","ai_core_product"]'
check startup-3 '[.turning_points[] | select(.decision == "caio")][0]' \
  '{"id":"company.employees","now":"3","at":"500","decision":"caio","to":"dedicated"}'
check startup-3 '[.tools[] | {verdict, in_use}]' '[{"verdict":"not_ready","in_use":true}]'
check services-15 '.leadership' \
  '{"primary":"cio","caio":"cto_absorbs","caio_reports_to":null,"cto_kind":null,"form":"fractional"}'
check services-15 '[.governance[] | .owner] | unique' '["cio"]'
check bank-300 '.leadership' \
  '{"primary":"cio","caio":"dedicated","caio_reports_to":"ceo","cto_kind":null,"form":"executive"}'
check bank-300 '.caio_indicators' '["ai_spend","ai_regulation","cto_stretched"]'
check bank-300 '[.governance[] | .owner] | unique' '["caio"]'
check bank-300 '[.reasons[] | select(.id == "ai.annual_spend_usd") | .effect]' \
  '["US$5,100,000 a year on AI: above US$5,000,000, one of the signs that AI needs its own leader."]'
check logistics-5000 '.leadership' \
  '{"primary":"both","caio":"dedicated","caio_reports_to":"ceo","cto_kind":"transformation","form":"executive"}'
check no-ai '.leadership' \
  '{"primary":"cio","caio":"cto_absorbs","caio_reports_to":null,"cto_kind":null,"form":"fractional"}'
check no-ai '.caio_indicators' '[]'
check no-ai '[.turning_points[] | .id] | unique' '["ai.in_product","company.offering"]'

# Standard input works as well as a file.
"$LEADWISE" report --format json - <"$data/saas-12.answers" >"$tmp/stdin.json"
"$LEADWISE" report --format json "$data/saas-12.answers" >"$tmp/file.json"
expect_diff "$tmp/file.json" "$tmp/stdin.json"
exit 0
