#!/usr/bin/env bash
# The test command (README): install dependencies, build with warnings as
# errors, run every test (unit, fuzz-corpus replay), then the unit tests again
# under ASan+UBSan and under valgrind. Ends with "N passed, N failed".
#   scripts/test.sh            everything
#   QUICK=1 scripts/test.sh    plain build only (no sanitizer, no valgrind pass)
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

scripts/install-deps.sh || { echo "0 passed, 1 failed"; exit 1; }

passed=0
failed=0

# Run one meson test pass and add its counts. $1 = build dir, rest = meson test args.
run_pass() {
  local dir=$1; shift
  local log
  log=$(mktemp)
  meson test -C "$dir" --print-errorlogs "$@" 2>&1 | tee "$log" | grep -E '^ *[0-9]+/[0-9]+ |^(Ok|Fail|Timeout|Expected Fail|Unexpected Pass|Skipped):' || true
  local ok fail timeout
  ok=$(awk '/^Ok:/{print $2}' "$log"); fail=$(awk '/^Fail:/{print $2}' "$log")
  timeout=$(awk '/^Timeout:/{print $2}' "$log")
  if [ -z "$ok" ]; then
    echo "test.sh: meson test in $dir did not run" >&2
    failed=$((failed + 1))
  else
    passed=$((passed + ok)); failed=$((failed + ${fail:-0} + ${timeout:-0}))
  fi
  rm -f "$log"
}

build() {
  local dir=$1; shift
  if [ ! -d "$dir" ]; then
    meson setup "$dir" -Dwerror=true "$@" >/dev/null || return 1
  fi
  ninja -C "$dir" >/dev/null || ninja -C "$dir"
}

echo "== build (warnings as errors) and test"
if build build-test; then
  run_pass build-test
else
  echo "test.sh: build failed"; failed=$((failed + 1))
fi

if [ "${QUICK:-0}" != 1 ]; then
  echo "== unit tests and fuzz corpora under ASan+UBSan"
  if build build-asan -Db_sanitize=address,undefined -Dc_args=-fno-sanitize-recover=all -Db_lundef=false; then
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
      run_pass build-asan
  else
    echo "test.sh: sanitizer build failed"; failed=$((failed + 1))
  fi
  echo "== unit tests and fuzz corpora under valgrind"
  run_pass build-test --setup=valgrind --suite unit --suite fuzz
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
