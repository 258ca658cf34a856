#!/usr/bin/env bash
# Makes the audience persona screenshots (issue 13) in docs/screenshots/: the Write page's persona
# comparison (Generate -> Compare personas...) and the Review page with its persona filter and column,
# in English (the English example personas) and Chinese (the Chinese ones), as real windows under Xvfb.
# Each language has a demo store of its own: the sample catalog, the example personas, TEA-LJ-001's
# bullets written for three personas through the local test server (answering with the copy in
# docs/screenshots/persona-replies.json) and submitted for review.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/screenshot-common.sh"

start_test_server "$here/docs/screenshots/persona-replies.json" --stream-ms 50

# The studio opens on the first product (TEA-LJ-001) and the first template (bullets-en).
for lang in en zh_CN; do
  short="${lang%%_*}"
  db="$work/personas-$short.db"
  cli import "$here/resources/catalog/sample_products.json" >/dev/null
  cli personas add-examples --language "$short" >/dev/null
  if [[ "$short" == en ]]; then personas="budget-students,gift-buyers,parents"; else personas="学生党,送礼人群,宝爸宝妈"; fi
  cli generate "${test_model[@]}" --template bullets-en --products TEA-LJ-001 --personas "$personas" >/dev/null
  mapfile -t ids < <(cli drafts --json | python3 -c 'import json,sys; print("\n".join(str(d["id"]) for d in json.load(sys.stdin)))')
  for id in "${ids[@]}"; do cli review "$id" --submit --reviewer "Lin Wei" >/dev/null; done

  shot "$out/persona-compare-$short.png" "$lang" light write --screenshot-dialog comparePersonasAction
  shot "$out/review-personas-$short.png" "$lang" light review
done
