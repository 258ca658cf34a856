#!/usr/bin/env bash
# Makes the Review page screenshots of an answer to a customer question (issue 14) in docs/screenshots/
# (review-answer-{en,zh}.png): the question stands above the answer draft. The Questions page itself
# is one of scripts/screenshots.sh's pages (PAGES=questions DIALOGS=" " scripts/screenshots.sh makes
# only it). The demo store: the sample catalog and resources/questions/sample_questions.csv,
# TEA-LJ-001's questions (the studio opens on it) answered through the local test server with the
# answers in docs/screenshots/demo-replies.json, the first approved and the second submitted, so that
# it heads the review queue.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/screenshot-common.sh"

start_test_server "$here/docs/screenshots/demo-replies.json" --stream-ms 50

db="$work/questions.db"
cli import "$here/resources/catalog/sample_products.json" >/dev/null
cli questions import "$here/resources/questions/sample_questions.csv" >/dev/null
cli generate "${test_model[@]}" --template answer-zh --questions --products TEA-LJ-001 >/dev/null
# In question order: the first approved, the second in review.
mapfile -t ids < <(cli drafts --json --sku TEA-LJ-001 | python3 -c 'import json,sys; d=json.load(sys.stdin); order={"这款龙井是明前茶吗？": 0, "开封后怎么保存？": 1, "有没有有机认证？": 2}; d.sort(key=lambda x: order[x["question"]]); print("\n".join(str(x["id"]) for x in d))')
cli review "${ids[0]}" --submit --reviewer "Lin Wei" >/dev/null
cli review "${ids[0]}" --approve --reviewer "Sam Taylor" >/dev/null
cli review "${ids[1]}" --submit --reviewer "Lin Wei" >/dev/null

for lang in en zh_CN; do
  shot "$out/review-answer-${lang%%_*}.png" "$lang" light review
done
