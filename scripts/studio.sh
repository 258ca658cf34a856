#!/usr/bin/env bash
# Sets up, builds and starts the studio on its own database (build/studio/copydesk.db),
# which the studio seeds with the sample catalog and default templates on first run.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$here/scripts/setup.sh"
source "$here/scripts/env.sh"
cmake -S "$here" -B "$here/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_PREFIX_PATH="$COPYDESK_DEPS_PREFIX" >/dev/null
cmake --build "$here/build" --target copydesk copydesk-cli
mkdir -p "$here/build/studio"
exec "$here/build/bin/copydesk" --db "$here/build/studio/copydesk.db" "$@"
