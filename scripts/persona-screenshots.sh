#!/usr/bin/env bash
# Makes the audience persona screenshots (issue 13) in docs/screenshots/: the Write page's persona
# comparison (Generate -> Compare personas...) and the Review page with its persona filter and column,
# in English (the English example personas) and Chinese (the Chinese ones), as real windows under Xvfb.
# Each language has a demo store of its own: the sample catalog, the example personas, TEA-LJ-001's
# bullets written for three personas through the local test server (answering with the copy in
# docs/screenshots/persona-replies.json) and submitted for review.
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
"$build/bin/fake-llm-server" --replies "$here/docs/screenshots/persona-replies.json" --stream-ms 50 >"$work/port" &
server_pid=$!
read -r port <"$work/port"
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"

# The studio opens on the first product (TEA-LJ-001) and the first template (bullets-en).
for lang in en zh_CN; do
  short="${lang%%_*}"
  db="$work/personas-$short.db"
  cli() { "$build/bin/copydesk-cli" --db "$db" "$@"; }
  cli import "$here/resources/catalog/sample_products.json" >/dev/null
  cli personas add-examples --language "$short" >/dev/null
  if [[ "$short" == en ]]; then personas="budget-students,gift-buyers,parents"; else personas="学生党,送礼人群,宝爸宝妈"; fi
  cli generate --provider openai --base-url "http://127.0.0.1:$port/v1" --model demo-writer --api-key-env NO_KEY_NEEDED \
    --template bullets-en --products TEA-LJ-001 --personas "$personas" >/dev/null
  mapfile -t ids < <(cli drafts --json | python3 -c 'import json,sys; print("\n".join(str(d["id"]) for d in json.load(sys.stdin)))')
  for id in "${ids[@]}"; do cli review "$id" --submit --reviewer "Lin Wei" >/dev/null; done

  file="$out/persona-compare-$short.png"
  xvfb-run -a -s "-screen 0 1600x1000x24" "$build/bin/copydesk" --db "$db" --no-provider-check \
    --lang "$lang" --palette light --page write --screenshot "$file" --screenshot-dialog comparePersonasAction 2>/dev/null
  echo "$file"
  file="$out/review-personas-$short.png"
  xvfb-run -a -s "-screen 0 1600x1000x24" "$build/bin/copydesk" --db "$db" --no-provider-check \
    --lang "$lang" --palette light --page review --screenshot "$file" 2>/dev/null
  echo "$file"
done
