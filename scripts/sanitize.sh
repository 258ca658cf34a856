#!/usr/bin/env bash
# Builds and tests Copydesk under the sanitizers (what ran and what it found: docs/reliability.md):
#   asan  AddressSanitizer + UndefinedBehaviorSanitizer (leaks included): everything, in build-asan,
#         then the whole ctest suite;
#   tsan  ThreadSanitizer: the core library and its multi-threaded tests (store, the similarity scan,
#         llm, batch), in build-tsan.
# Every process reports into a log folder of its own build folder, the CLI and the fake server the
# tests start included, so a report from a child whose exit code nobody looks at still counts.
# Exits non-zero when a test fails or any process reported anything.
#
# Usage: scripts/sanitize.sh [asan|tsan|all]   (default all)
#   SANITIZE_JOBS=N   parallel compile and test jobs (default: the number of cores)
#   ccache is used when it is installed (CCACHE_* from the environment apply).
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
which="${1:-all}"
case "$which" in asan|tsan|all) ;; *) echo "usage: scripts/sanitize.sh [asan|tsan|all]" >&2; exit 2 ;; esac
jobs="${SANITIZE_JOBS:-$(nproc)}"

bash "$here/scripts/setup.sh" || exit 1
source "$here/scripts/env.sh"

launcher=()
if command -v ccache >/dev/null 2>&1; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi

# configure DIR "FLAGS" [cmake options…]: a RelWithDebInfo build with FLAGS on every compile and link.
configure() {
  local dir=$1 flags=$2
  shift 2
  cmake -S "$here" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_PREFIX_PATH="$COPYDESK_DEPS_PREFIX" "${launcher[@]}" -DCOPYDESK_BUILD_BENCH=OFF \
    "-DCMAKE_C_FLAGS=$flags" "-DCMAKE_CXX_FLAGS=$flags" \
    "-DCMAKE_EXE_LINKER_FLAGS=$flags" "-DCMAKE_SHARED_LINKER_FLAGS=$flags" "$@" >/dev/null
}

# fresh_logs DIR: an empty folder for this run's reports.
fresh_logs() {
  rm -rf "$1"
  mkdir -p "$1"
}

# reports DIR NAME: prints every report in DIR; fails when there is one.
reports() {
  local dir=$1 name=$2 found=0 log
  for log in "$dir"/*; do
    [ -s "$log" ] || continue
    found=1
    echo "---- $name report: $log"
    cat "$log"
  done
  return "$found"
}

status=0
summary=()

run_asan() {
  local build="$here/build-asan" logs="$here/build-asan/sanitizer-logs" start=$SECONDS
  echo "== ASan + UBSan: building everything in $build"
  configure "$build" "-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined" \
    || return 1
  cmake --build "$build" -j "$jobs" || return 1
  fresh_logs "$logs"
  echo "== ASan + UBSan: ctest"
  local tests=0
  (
    cd "$build" &&
      ASAN_OPTIONS="detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1:log_path=$logs/asan" \
      LSAN_OPTIONS="suppressions=$here/scripts/sanitize-lsan.supp:print_suppressions=0" \
      UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:log_path=$logs/ubsan" \
      ctest --output-on-failure -j "$jobs"
  ) || tests=1
  reports "$logs" "ASan/UBSan/LSan" || tests=1
  summary+=("asan+ubsan: $([ $tests = 0 ] && echo clean || echo FAILED) in $((SECONDS - start)) s")
  return "$tests"
}

run_tsan() {
  local build="$here/build-tsan" logs="$here/build-tsan/sanitizer-logs" start=$SECONDS
  # The multi-threaded parts of core: the store (concurrent writers), the similarity scan (worker
  # threads), the LLM client (its network thread) and the batch runner (writer thread).
  local targets=(store_tests checks_similarity_tests llm_tests batch_tests)
  echo "== TSan: building ${targets[*]} in $build"
  configure "$build" "-fsanitize=thread -fno-omit-frame-pointer" -DCOPYDESK_BUILD_GUI=OFF || return 1
  cmake --build "$build" -j "$jobs" --target "${targets[@]}" || return 1
  fresh_logs "$logs"
  echo "== TSan: ctest"
  local tests=0 pattern
  # catch_discover_tests names them "TARGET:CASE" (the prefix's trailing space does not survive).
  pattern="^($(IFS='|'; echo "${targets[*]}")):"
  (
    cd "$build" &&
      TSAN_OPTIONS="halt_on_error=0:second_deadlock_stack=1:history_size=4:suppressions=$here/scripts/sanitize-tsan.supp:log_path=$logs/tsan" \
      ctest --output-on-failure -j "$jobs" -R "$pattern"
  ) || tests=1
  reports "$logs" "TSan" || tests=1
  summary+=("tsan: $([ $tests = 0 ] && echo clean || echo FAILED) in $((SECONDS - start)) s")
  return "$tests"
}

if [ "$which" = asan ] || [ "$which" = all ]; then run_asan || status=1; fi
if [ "$which" = tsan ] || [ "$which" = all ]; then run_tsan || status=1; fi
printf '%s\n' "${summary[@]}"
exit "$status"
