#!/usr/bin/env bash
# Sets up, builds (warnings are errors) and runs the whole test suite through ctest.
# Arguments are passed to ctest (e.g. -R Csv).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build-test Debug -DBILAN_WERROR=ON
echo "Building (log: build-test/build.log)..."
if ! cmake --build build-test -- -j"$(nproc)" >build-test/build.log 2>&1; then
  grep -E 'error|Error|FAILED' -A3 build-test/build.log | head -100
  exit 1
fi
cd build-test
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"$(nproc)" "$@"
