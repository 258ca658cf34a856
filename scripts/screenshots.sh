#!/usr/bin/env bash
# Makes the README's screenshots (docs/screenshots/): a studio database with the sample catalog,
# drafts generated through the local test server (answering with the written demo copy in
# docs/screenshots/demo-replies.json), some of them submitted, approved or rejected; then each
# workspace page in English and Chinese, light and dark, as real windows under Xvfb.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$here/build}"
out="${OUT_DIR:-$here/docs/screenshots}"
pages="${PAGES:-write prompt review audit history}"
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
"$build/bin/fake-llm-server" --replies "$here/docs/screenshots/demo-replies.json" --stream-ms 100 >"$work/port" &
server_pid=$!
read -r port <"$work/port"

db="$work/studio.db"
cli() { "$build/bin/copydesk-cli" --db "$db" "$@"; }
generate() {
  cli generate --provider openai --base-url "http://127.0.0.1:$port/v1" --model demo-writer --api-key-env NO_KEY_NEEDED \
    --template "$1" --products "$2" --variants "$3" >/dev/null
}
cli import "$here/resources/catalog/sample_products.json" >/dev/null
generate description-zh TEA-LJ-001 3
generate bullets-en TEA-LJ-001 3
generate description-en KIT-PAN-001,TEA-EG-004 3
generate bullets-en KIT-PAN-001 1
generate title-en TEA-EG-004,KIT-PAN-001,KIT-BRD-003,KIT-JAR-005,APP-TEE-001,OUT-CHR-004 1
# A review queue with some history: every title submitted, a few decided.
mapfile -t titles < <(cli drafts --json | python3 -c 'import json,sys; print("\n".join(str(d["id"]) for d in json.load(sys.stdin) if d["field"] == "title"))')
for id in "${titles[@]}"; do cli review "$id" --submit --reviewer "Lin Wei" >/dev/null; done
cli review "${titles[0]}" --approve --reviewer "Sam Taylor" --comment "Good, within the limit." >/dev/null
cli review "${titles[1]}" --reject --reviewer "Sam Taylor" --comment "Reads like a keyword list; keep the key facts." >/dev/null

for lang in en zh_CN; do
  for palette in light dark; do
    for page in $pages; do
      file="$out/$page-${lang%%_*}-$palette.png"
      xvfb-run -a -s "-screen 0 1600x1000x24" "$build/bin/copydesk" --db "$db" --no-provider-check \
        --lang "$lang" --palette "$palette" --page "$page" --screenshot "$file" 2>/dev/null
      echo "$file"
    done
  done
done
