#!/bin/sh
# Builds and runs bench/batch_bench (2,000 streamed generations, concurrency 100) with the openai
# Node SDK baseline, which it installs into bench/node/node_modules (never at build or test time).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
if [ ! -d "$root/bench/node/node_modules/openai" ]; then
  npm install --prefix "$root/bench/node" --no-audit --no-fund
fi
cmake --build "$build" --target batch_bench fake-llm-server
"$build/bin/batch_bench" --node-dir "$root/bench/node" "$@"
