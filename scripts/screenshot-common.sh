# Sourced by the screenshot scripts (screenshots.sh, persona-, questions- and translation-screenshots.sh),
# after their `set -euo pipefail`: what they share. It builds the studio, the CLI and the local test
# server in $build (BUILD_DIR, else build/), writes to $out (OUT_DIR, else docs/screenshots/), and
# makes a scratch folder $work, removed on exit with the test server.
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

# start_test_server REPLIES [fake-llm-server options]: the local test server, answering with the demo
# copy in REPLIES. Sets $port and test_model (the generate and translate options that write through
# it), and moves the studio's settings and data folders into $work, away from the user's.
start_test_server() {
  mkfifo "$work/port"
  "$build/bin/fake-llm-server" --replies "$1" "${@:2}" >"$work/port" &
  server_pid=$!
  read -r port <"$work/port"
  test_model=(--provider openai --base-url "http://127.0.0.1:$port/v1" --model demo-writer --api-key-env NO_KEY_NEEDED)
  export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
}

# cli ARGS...: copydesk-cli on the demo store $db (read at each call: a script may switch stores).
cli() { "$build/bin/copydesk-cli" --db "$db" "$@"; }

# shot FILE LANG PALETTE PAGE [studio options]: the studio on $db as a real window under Xvfb, saved as
# FILE, whose name is printed.
shot() {
  xvfb-run -a -s "-screen 0 1600x1000x24" "$build/bin/copydesk" --db "$db" --no-provider-check \
    --lang "$2" --palette "$3" --page "$4" --screenshot "$1" "${@:5}" 2>/dev/null
  echo "$1"
}
