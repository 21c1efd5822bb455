#!/usr/bin/env bash
# Sets up, builds in Release and starts Bilan's window. Arguments are passed to bilan
# (e.g. --db FILE); without --db it opens the database in your data folder, created if new.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build-release Release
if ! cmake --build build-release --target bilan -- -j"$(nproc)" >build-release/build.log 2>&1; then
  cat build-release/build.log
  exit 1
fi
exec build-release/src/app/bilan "$@"
