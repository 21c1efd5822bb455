#!/usr/bin/env bash
# Sets up, builds (warnings are errors) and runs the whole test suite through ctest, inside a
# throwaway PostgreSQL server (pg_virtualenv) for the tests labelled `postgresql`: the storage
# and command-line suites run on a file and on the server. Arguments are passed to ctest
# (e.g. -R Csv).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build-test Debug -DBILAN_WERROR=ON
echo "Building (log: build-test/build.log)..."
if ! cmake --build build-test -- -j"$(nproc)" >build-test/build.log 2>&1; then
  grep -E 'error|Error|FAILED' -A3 build-test/build.log | head -100
  exit 1
fi
cd build-test
# pg_virtualenv makes a new cluster, exports PGHOST, PGPORT, PGUSER, PGPASSWORD and PGDATABASE
# to the command, and drops the cluster after it; it works as root.
QT_QPA_PLATFORM=offscreen pg_virtualenv -t ctest --output-on-failure -j"$(nproc)" "$@"
