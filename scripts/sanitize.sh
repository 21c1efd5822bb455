#!/usr/bin/env bash
# Builds the whole project with AddressSanitizer (leaks included) and UndefinedBehaviorSanitizer
# (gcc, Debug, warnings are errors) in build-asan and runs the whole ctest suite on it. Any
# sanitizer report fails the test that triggered it. Quiet on success: the build log goes to
# build-asan/build.log, the ctest output to build-asan/ctest.log; a summary is printed.
# Arguments are passed to ctest (e.g. -R Csv).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build_dir=build-asan
start=$(date +%s)

scripts/setup.sh "$build_dir" Debug -DBILAN_WERROR=ON "-DBILAN_SANITIZE=address;undefined"
# Also when build-asan already existed: make sure it is the sanitizer configuration.
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=Debug -DBILAN_WERROR=ON \
  "-DBILAN_SANITIZE=address;undefined" >"$build_dir/configure.log" 2>&1 \
  || { cat "$build_dir/configure.log"; exit 1; }

# The same options for the test discovery that runs at build time (gtest_discover_tests) and
# for ctest. Leaks are reported, minus the few of Qt's and fontconfig's own that the file
# below lists with the reason for each.
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1
export LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export QT_QPA_PLATFORM=offscreen

echo "Building with ASan+UBSan (log: $build_dir/build.log)..."
if ! cmake --build "$build_dir" -- -j"$(nproc)" >"$build_dir/build.log" 2>&1; then
  grep -E 'error|Error|FAILED|ERROR' -A5 "$build_dir/build.log" | head -120
  exit 1
fi
built=$(date +%s)

status=0
# The PostgreSQL run of the suites (label postgresql) needs the server that scripts/test.sh
# starts; here the file run is the one under the sanitizers.
(cd "$build_dir" && ctest --output-on-failure -LE postgresql -j"$(nproc)" "$@") >"$build_dir/ctest.log" 2>&1 \
  || status=$?
end=$(date +%s)
if [ $status -ne 0 ]; then
  # The failing tests' output holds the sanitizer report (stack, file:line).
  grep -E -B2 -A40 'ERROR: (Address|Leak)Sanitizer|runtime error:|\*\*\*Failed|Failed +[0-9]' \
    "$build_dir/ctest.log" | head -300
  tail -n 30 "$build_dir/ctest.log"
  echo "sanitize: FAILED (build $((built - start)) s, tests $((end - built)) s; full output: $build_dir/ctest.log)"
  exit $status
fi
summary=$(grep -E 'tests passed' "$build_dir/ctest.log" || true)
echo "sanitize: ${summary:-ok} (build $((built - start)) s, tests $((end - built)) s)"
