#!/bin/sh
# The JSON report is valid JSON and has the members, types and values
# INTERFACE.md fixes, for every profile; and its verdicts are right.
. "${top_srcdir:-..}/tests/testlib.sh"

command -v jq >/dev/null 2>&1 \
  || { echo "SKIP: jq not found (Debian package jq)"; exit 77; }

data="$top_srcdir/tests/data"

# The schema of INTERFACE.md, as a jq expression that must be true.
schema='
  def oneof($xs): . as $v | $xs | index([$v]) != null;
  def subset($xs): all(.[]; oneof($xs)) and (length == (unique | length));
  def step: . == null or oneof(["done", "in_progress", "not_started", "na"]);
  (.format == 1)
  and (.complete | type == "boolean")
  and (.leadership.primary | oneof(["cto", "cio", "both", "undecided"]))
  and (.leadership.caio | oneof(["dedicated", "cto_absorbs", "watch", "undecided"]))
  and (.leadership.caio_reports_to | oneof(["cto", "ceo", null]))
  and (.leadership.cto_kind | oneof(["startup", "scaleup", "enterprise",
        "product", "platform", "transformation", "fractional", "ai", null]))
  and (.scores | (keys == ["caio", "cio", "cto"])
        and all(.[]; type == "number" and . >= 0 and . <= 100 and . == floor))
  and (.caio_indicators | subset(["ai_spend", "ai_people", "ai_regulation",
        "cto_stretched", "ai_core_product"]))
  and (.absorb_conditions | subset(["few_use_cases", "under_500",
        "ai_internal_only", "low_regulation"]))
  and (.reasons | all(.[]; (.id | type == "string")
        and (.answer | type == "string") and (.effect | type == "string")))
  and (.tools | all(.[];
        (.name | type == "string" or . == null)
        and (.steps | keys == ["goal", "measure", "review", "security",
                               "test", "users"])
        and all(.steps[]; step)
        and (.steps_done == ([.steps[] | select(. == "done")] | length))
        and (.verdict | oneof(["ready", "pilot", "not_ready"]))
        and (.next | all(.[]; type == "string"))))
  # The caio rule of INTERFACE.md, checked against the lists themselves.
  and (if .leadership.caio == "dedicated" then (.caio_indicators | length) >= 2
       elif .leadership.caio == "cto_absorbs" then
         (.caio_indicators | length) == 0 and (.absorb_conditions | length) >= 3
       else true end)
  # A tool is never ready without its security check.
  and all(.tools[]; .verdict != "ready"
        or (.steps.security | oneof(["done", "na"])))
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
  '{"primary":"cto","caio":"watch","caio_reports_to":null,"cto_kind":"startup"}'
check saas-12 '.caio_indicators' '["cto_stretched"]'
check saas-12 '.absorb_conditions' '["few_use_cases","under_500","low_regulation"]'
check saas-12 '[.tools[] | .verdict]' '["pilot"]'
check logistics-4000 '.leadership' \
  '{"primary":"cio","caio":"watch","caio_reports_to":null,"cto_kind":null}'
check logistics-4000 '.company' '"Nordlicht Logistik GmbH"'
check logistics-4000 '[.tools[] | .name]' '["Routenplaner KI für Lagerhäuser","Chatbot"]'
check logistics-4000 '[.tools[] | .verdict]' '["ready","not_ready"]'
check ai-fintech '.leadership' \
  '{"primary":"cto","caio":"dedicated","caio_reports_to":"ceo","cto_kind":"scaleup"}'
check ai-fintech '.company' '"Quillon \"AI\" Payments"'
check ai-fintech '.caio_indicators | length' '5'
check ai-fintech '[.tools[] | .verdict]' '["pilot","ready"]'
check agency-8 '.leadership' \
  '{"primary":"cto","caio":"cto_absorbs","caio_reports_to":null,"cto_kind":"fractional"}'
check agency-8 '.company' '"Señora Pérez & Hijos"'
check partial '.leadership.primary' '"undecided"'
check partial '.leadership.caio' '"dedicated"'
check partial '.complete' 'false'

# Standard input works as well as a file.
"$LEADWISE" report --format json - <"$data/saas-12.answers" >"$tmp/stdin.json"
"$LEADWISE" report --format json "$data/saas-12.answers" >"$tmp/file.json"
expect_diff "$tmp/file.json" "$tmp/stdin.json"
exit 0
