#!/usr/bin/env bash
# scripts/fuzz.sh [SECONDS] — builds the libFuzzer targets of fuzz/ with clang-14 (ASan + UBSan) in
# build-fuzz/ and runs each for SECONDS (default 60), up to nproc at once. New corpus entries go to
# build-fuzz/corpus-new/NAME (never into the repository); crash, leak and timeout inputs are kept in
# build-fuzz/crashes/NAME/ and logs in build-fuzz/logs/. Prints one line per target and exits
# non-zero when any target crashed, leaked, timed out or printed a sanitizer report.
# A crash input belongs in fuzz/regressions/NAME/ once the bug is fixed (docs/reliability.md).
set -euo pipefail

seconds="${1:-60}"
case "$seconds" in '' | *[!0-9]*) echo "usage: scripts/fuzz.sh [SECONDS]" >&2; exit 2 ;; esac
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$here/build-fuzz"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# clang-14 and its libFuzzer runtime (libclang-rt-14-dev on Debian 12), installed when missing.
ensure_clang() {
  local missing=()
  command -v clang++-14 >/dev/null || missing+=(clang-14)
  if ! command -v clang++-14 >/dev/null || [ ! -f "$(clang++-14 -print-file-name=libclang_rt.fuzzer-x86_64.a)" ]; then
    missing+=(libclang-rt-14-dev)
  fi
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "fuzz: installing: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-upgrade --no-install-recommends "${missing[@]}" >/dev/null
}

configure_and_build() {
  bash "$here/scripts/setup.sh" >/dev/null
  source "$here/scripts/env.sh"
  local launcher=()
  if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
  fi
  # -O1 without NDEBUG: asserts stay on, so a broken invariant is a crash too.
  CC=clang-14 CXX=clang++-14 cmake -S "$here" -B "$build" -G Ninja -DCOPYDESK_FUZZ=ON \
    -DCOPYDESK_BUILD_GUI=OFF -DCOPYDESK_BUILD_TESTS=OFF -DCOPYDESK_BUILD_BENCH=OFF \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1 -g" \
    -DCMAKE_PREFIX_PATH="$COPYDESK_DEPS_PREFIX" "${launcher[@]}" >/dev/null
  cmake --build "$build" --target copydesk_fuzzers
}

# The dictionary a target uses, if any (some share one).
dictionary_for() {
  local name="$1" dict
  case "$name" in
    html_sanitizer | html_to_text) dict=html ;;
    rule_file | glossary) dict=checks_toml ;;
    *) dict="$name" ;;
  esac
  [ -f "$here/fuzz/dict/$dict.dict" ] && echo "-dict=$here/fuzz/dict/$dict.dict"
  return 0
}

run_target() {
  local name="$1"
  local log="$build/logs/$name.log"
  mkdir -p "$build/corpus-new/$name" "$build/crashes/$name" "$scratch/$name"
  local seeds=("$here/fuzz/corpus/$name")
  [ -d "$here/fuzz/regressions/$name" ] && seeds+=("$here/fuzz/regressions/$name")
  local rc=0
  # Targets that read files write them under TMPDIR; each target gets its own.
  TMPDIR="$scratch/$name" \
  ASAN_OPTIONS="detect_leaks=1" \
  UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
    "$build/bin/fuzz_$name" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
      -artifact_prefix="$build/crashes/$name/" $(dictionary_for "$name") \
      "$build/corpus-new/$name" "${seeds[@]}" >"$log" 2>&1 || rc=$?
  echo "$rc" >"$build/logs/$name.rc"
}

# "NAME  runs N  cov N  ft N  corpus N  ok" — or the kind of failure and the kept input.
# Every grep here may match nothing (a target that crashed on its first input prints no cov:),
# hence the `|| true`: under set -e and pipefail a failed substitution would end the script unsummarized.
summarize() {
  local name="$1" log="$build/logs/$name.log" rc runs cov ft units result
  rc=$(cat "$build/logs/$name.rc")
  runs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | awk '{print $2}' | tail -n1 || true)
  [ -n "$runs" ] || runs=$(grep -oE '^#[0-9]+' "$log" | tail -n1 | tr -d '#' || true)
  cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -n1 | awk '{print $2}' || true)
  ft=$(grep -oE 'ft: [0-9]+' "$log" | tail -n1 | awk '{print $2}' || true)
  units=$(find "$build/corpus-new/$name" -type f | wc -l)
  result=ok
  if grep -q 'ERROR: LeakSanitizer' "$log"; then result=LEAK
  elif grep -q 'ERROR: AddressSanitizer' "$log"; then result="ASAN($(grep -oE 'AddressSanitizer: [a-z-]+' "$log" | head -n1 | cut -d' ' -f2))"
  elif grep -q 'runtime error:' "$log"; then result=UBSAN
  elif grep -q 'ALARM: working on the last Unit' "$log"; then result=TIMEOUT
  elif grep -q 'out-of-memory' "$log"; then result=OOM
  elif grep -q 'fuzz check failed' "$log"; then result="CHECK($(grep -m1 'fuzz check failed' "$log" | cut -d: -f2- | cut -c2-60))"
  elif [ "$rc" -ne 0 ]; then result="CRASH(rc $rc)"
  fi
  local artifact=""
  if [ "$result" != ok ]; then
    artifact=$(grep -oE "Test unit written to [^ ]+" "$log" | tail -n1 | cut -d' ' -f5 || true)
    failed=1
  fi
  printf '%-18s runs %-10s cov %-6s ft %-6s new corpus %-6s %s %s\n' "$name" "${runs:-?}" "${cov:-?}" "${ft:-?}" \
    "$units" "$result" "$artifact"
}

ensure_clang
configure_and_build
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$build/logs"
targets=()
for source in "$here"/fuzz/targets/*.cpp; do targets+=("$(basename "$source" .cpp)"); done

echo "fuzz: ${#targets[@]} targets, ${seconds}s each, $(nproc) at a time (logs in $build/logs)"
running=0
for name in "${targets[@]}"; do
  if [ "$running" -ge "$(nproc)" ]; then
    wait -n || true
    running=$((running - 1))
  fi
  run_target "$name" &
  running=$((running + 1))
done
wait

failed=0
for name in "${targets[@]}"; do summarize "$name"; done
if [ "$failed" -ne 0 ]; then
  echo "fuzz: FAILED — inputs kept in $build/crashes/ (replay: $build/bin/fuzz_NAME FILE)" >&2
  exit 1
fi
echo "fuzz: all ${#targets[@]} targets ran ${seconds}s clean"
