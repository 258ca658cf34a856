#!/usr/bin/env bash
# Makes the translation screenshots (issue 14) in docs/screenshots/: the Review page showing a German
# translation beside its English source, marked outdated after the source was edited, and the Translate
# dialog, in English and Chinese, as real windows under Xvfb. The demo store: the sample catalog,
# TEA-EG-004's description written and approved, translated into German and Japanese through the local
# test server (answering with docs/screenshots/translation-replies.json: the Japanese reply writes the
# brand in katakana, which the glossary check flags), the translations submitted, then the source edited.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/screenshot-common.sh"

start_test_server "$here/docs/screenshots/translation-replies.json"

db="$work/translations.db"
ids() { cli drafts --json "$@" | python3 -c 'import json,sys; print("\n".join(str(d["id"]) for d in json.load(sys.stdin)))'; }
cli import "$here/resources/catalog/sample_products.json" >/dev/null
cli generate --template description-en --products TEA-EG-004 "${test_model[@]}" >/dev/null
source_id="$(ids)"
cli review "$source_id" --submit --reviewer "Lin Wei" >/dev/null
cli review "$source_id" --approve --reviewer "Lin Wei" >/dev/null
cli translate --drafts "$source_id" --to de,ja "${test_model[@]}" >/dev/null
for id in $(ids --status draft); do cli review "$id" --submit --reviewer "Lin Wei" >/dev/null; done
cli edit "$source_id" --text "Harbour Leaf Earl Grey: Assam and Ceylon black tea scented with cold-pressed bergamot oil. 100 g in a resealable pouch; steep 3–4 minutes at 95 °C, or 2 minutes for iced tea." >/dev/null

for lang in en zh_CN; do
  short="${lang%%_*}"
  shot "$out/review-translation-$short.png" "$lang" light review
  shot "$out/translate-dialog-$short.png" "$lang" light review --screenshot-dialog translateAction
done
