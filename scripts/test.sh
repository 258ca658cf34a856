#!/usr/bin/env bash
# Sets up (apt, Qt 6 KSyntaxHighlighting), builds everything and runs every test through ctest.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$here/scripts/setup.sh"
source "$here/scripts/env.sh"
cmake -S "$here" -B "$here/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_PREFIX_PATH="$COPYDESK_DEPS_PREFIX" >/dev/null
cmake --build "$here/build"
cd "$here/build"
ctest --output-on-failure -j"$(nproc)" "$@"
