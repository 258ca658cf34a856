#!/usr/bin/env bash
# Makes the translation screenshots (issue 14) in docs/screenshots/: the Review page showing a German
# translation beside its English source, marked outdated after the source was edited, and the Translate
# dialog, in English and Chinese, as real windows under Xvfb. The demo store: the sample catalog,
# TEA-EG-004's description written and approved, translated into German and Japanese through the local
# test server (answering with docs/screenshots/translation-replies.json: the Japanese reply writes the
# brand in katakana, which the glossary check flags), the translations submitted, then the source edited.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$here/build}"
out="${OUT_DIR:-$here/docs/screenshots}"
source "$here/scripts/env.sh"
if [[ ! -f "$build/build.ninja" ]]; then
  cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_PREFIX_PATH="$COPYDESK_DEPS_PREFIX" >/dev/null
fi
cmake --build "$build" --target copydesk copydesk-cli fake-llm-server

work="$(mktemp -d)"
server_pid=""
cleanup() { [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
mkfifo "$work/port"
"$build/bin/fake-llm-server" --replies "$here/docs/screenshots/translation-replies.json" >"$work/port" &
server_pid=$!
read -r port <"$work/port"
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
model=(--provider openai --base-url "http://127.0.0.1:$port/v1" --model demo-writer --api-key-env NO_KEY_NEEDED)

db="$work/translations.db"
cli() { "$build/bin/copydesk-cli" --db "$db" "$@"; }
ids() { cli drafts --json "$@" | python3 -c 'import json,sys; print("\n".join(str(d["id"]) for d in json.load(sys.stdin)))'; }
cli import "$here/resources/catalog/sample_products.json" >/dev/null
cli generate --template description-en --products TEA-EG-004 "${model[@]}" >/dev/null
source_id="$(ids)"
cli review "$source_id" --submit --reviewer "Lin Wei" >/dev/null
cli review "$source_id" --approve --reviewer "Lin Wei" >/dev/null
cli translate --drafts "$source_id" --to de,ja "${model[@]}" >/dev/null
for id in $(ids --status draft); do cli review "$id" --submit --reviewer "Lin Wei" >/dev/null; done
cli edit "$source_id" --text "Harbour Leaf Earl Grey: Assam and Ceylon black tea scented with cold-pressed bergamot oil. 100 g in a resealable pouch; steep 3–4 minutes at 95 °C, or 2 minutes for iced tea." >/dev/null

for lang in en zh_CN; do
  short="${lang%%_*}"
  file="$out/review-translation-$short.png"
  xvfb-run -a -s "-screen 0 1600x1000x24" "$build/bin/copydesk" --db "$db" --no-provider-check \
    --lang "$lang" --palette light --page review --screenshot "$file" 2>/dev/null
  echo "$file"
  file="$out/translate-dialog-$short.png"
  xvfb-run -a -s "-screen 0 1600x1000x24" "$build/bin/copydesk" --db "$db" --no-provider-check \
    --lang "$lang" --palette light --page review --screenshot "$file" --screenshot-dialog translateAction 2>/dev/null
  echo "$file"
done
