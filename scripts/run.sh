#!/usr/bin/env bash
# Sets up, builds in Release and starts Bilan's window. Arguments are passed to bilan
# (e.g. --db FILE). Without arguments it opens the database in your data folder; the first
# time, when there is none yet, that database is created with the demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build-release Release
if ! cmake --build build-release --target bilan -- -j"$(nproc)" >build-release/build.log 2>&1; then
  cat build-release/build.log
  exit 1
fi
if [ $# -eq 0 ]; then
  database="${XDG_DATA_HOME:-$HOME/.local/share}/bilan/bilan.sqlite"
  if [ ! -e "$database" ]; then
    echo "No database yet: creating the demo database $database (delete it to start empty)."
    build-release/src/app/bilan demo --db "$database"
  fi
fi
exec build-release/src/app/bilan "$@"
