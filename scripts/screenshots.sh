#!/usr/bin/env bash
# Makes the README's screenshots (docs/screenshots/): a studio database with the sample catalog,
# drafts generated through the local test server (answering with the written demo copy in
# docs/screenshots/demo-replies.json), some of them submitted, approved or rejected; then each
# workspace page in English and Chinese, light and dark, as real windows under Xvfb, and the checks'
# dialogs (Preferences -> Checks and Glossary, Similar drafts, the approval override) in both languages.
set -euo pipefail
pages="${PAGES:-write prompt review audit history trends experiments questions}"
# NAME=PAGE:ACTION[:TAB] — the action (by object name) opens the dialog, TAB picks its tab.
dialogs="${DIALOGS:-prefs-checks=write:preferencesAction:4 prefs-glossary=write:preferencesAction:5 similar-drafts=review:similarDraftsAction::similarScan override=review:reviewApprove}"
source "$(dirname "${BASH_SOURCE[0]}")/screenshot-common.sh"

start_test_server "$here/docs/screenshots/demo-replies.json" --stream-ms 100

# The studio's settings and checks folder live in $work, not in the user's: a glossary to show.
mkdir -p "$XDG_DATA_HOME/copydesk/checks"
{
  sed '/^# \[\[brand\]\]/,$d' "$here/resources/checks/glossary.toml"
  printf '%s\n' '[[brand]]' 'name = ""' 'banned = ["cheap", "便宜", "山寨"]' 'required = []' \
    'preferred = [["wifi", "Wi-Fi"], ["bluetooth", "Bluetooth"], ["e-mail", "email"]]' \
    '[[brand]]' 'name = "山宾茶舍"' 'banned = ["特供"]' 'required = ["山宾茶舍"]' 'preferred = [["龙井茶", "西湖龙井"]]'
} >"$XDG_DATA_HOME/copydesk/checks/glossary.toml"

db="$work/studio.db"
generate() {
  cli generate "${test_model[@]}" --template "$1" --products "$2" --variants "$3" >/dev/null
}
cli import "$here/resources/catalog/sample_products.json" >/dev/null
cli trends import "$here/resources/trends/sample_trends.csv" >/dev/null  # the Trends page (issue 13)
generate description-zh TEA-LJ-001 3
generate description-zh TEA-PE-002,TEA-BH-003 1  # two teas, one boilerplate paragraph: a pair for Similar drafts
generate bullets-en TEA-LJ-001 3
generate description-en KIT-PAN-001,TEA-EG-004 3
generate bullets-en KIT-PAN-001 1
# Its demo reply claims 全网第一: an error for the Checks box. Made first, it heads the review queue.
generate title-zh TEA-LJ-001 1
generate title-en TEA-EG-004,KIT-PAN-001,KIT-BRD-003,KIT-JAR-005,APP-TEE-001,OUT-CHR-004 1
# A review queue with some history: every title submitted, a few decided.
mapfile -t titles < <(cli drafts --json | python3 -c 'import json,sys; d=[x for x in json.load(sys.stdin) if x["field"] == "title"]; d.sort(key=lambda x: x["template"] != "title-zh"); print("\n".join(str(x["id"]) for x in d))')
for id in "${titles[@]}"; do cli review "$id" --submit --reviewer "Lin Wei" >/dev/null; done
cli check --all >/dev/null || true  # exit 4: the Chinese title's error; the queue's Checks column is filled either way
titles=("${titles[@]:1}")
cli review "${titles[0]}" --approve --reviewer "Sam Taylor" --comment "Good, within the limit." >/dev/null
cli review "${titles[1]}" --reject --reviewer "Sam Taylor" --comment "Reads like a keyword list; keep the key facts." >/dev/null

# A/B tests (issue 13): a second version of bullets-en and its bullets for two products, experiments
# between the versions' bullets and among the Chinese descriptions, and the shop's results for them.
cli templates show bullets-en | python3 -c 'import json,sys; t=json.load(sys.stdin); t["user"] += "\nLead each bullet with what the shopper gets, not with the material."; json.dump(t, sys.stdout)' >"$work/bullets-en.json"
cli templates save "$work/bullets-en.json" --name bullets-en --note "bullets lead with the benefit" >/dev/null
generate bullets-en TEA-LJ-001,KIT-PAN-001 1
drafts_of() {  # draft ids of one SKU and field by template version: drafts_of SKU FIELD VERSION [COUNT]
  cli drafts --json --sku "$1" --field "$2" | python3 -c "import json,sys; d=[str(x['id']) for x in json.load(sys.stdin) if x['template_version'] == $3]; print(','.join(d[:${4:-9}]))"
}
cli experiments create --drafts "$(drafts_of TEA-LJ-001 bullets 1 2),$(drafts_of TEA-LJ-001 bullets 2)" >/dev/null
cli experiments create --drafts "$(drafts_of KIT-PAN-001 bullets 1),$(drafts_of KIT-PAN-001 bullets 2)" >/dev/null
cli experiments create --drafts "$(drafts_of TEA-LJ-001 description 1)" >/dev/null
cli experiments create --drafts "$(drafts_of TEA-EG-004 description 1 2)" >/dev/null
cli experiments import "$here/docs/screenshots/demo-ab-results.csv" >/dev/null

# Customer questions (issue 14): the sample questions; TEA-LJ-001's (the studio opens on it) and
# TEA-EG-004's answered from the demo replies, the first of TEA-LJ-001's approved.
cli questions import "$here/resources/questions/sample_questions.csv" >/dev/null
for answers in answer-zh:TEA-LJ-001 answer-en:TEA-EG-004; do
  cli generate "${test_model[@]}" --template "${answers%%:*}" --questions --products "${answers#*:}" >/dev/null
done
first_answer="$(cli drafts --json --sku TEA-LJ-001 --field answer | python3 -c 'import json,sys; print(min(x["id"] for x in json.load(sys.stdin) if x["question"] == "这款龙井是明前茶吗？"))')"
cli review "$first_answer" --submit --reviewer "Lin Wei" >/dev/null
cli review "$first_answer" --approve --reviewer "Sam Taylor" >/dev/null

for lang in en zh_CN; do
  for palette in light dark; do
    for page in $pages; do
      shot "$out/$page-${lang%%_*}-$palette.png" "$lang" "$palette" "$page"
    done
  done
done

# Related products (issue 14): the sample catalog's links and the writer's choice for the first tea, which
# the Write page lists with their reasons (the page shots above show the catalog's suggestions).
cli related TEA-LJ-001 --drop KIT-JAR-005 --add KIT-PRS-004 >/dev/null
for lang in en zh_CN; do
  shot "$out/related-${lang%%_*}.png" "$lang" light write
done

for lang in en zh_CN; do
  for entry in $dialogs; do
    name="${entry%%=*}"
    target="${entry#*=}"
    shot "$out/$name-${lang%%_*}.png" "$lang" light "${target%%:*}" --screenshot-dialog "${target#*:}"
  done
done
