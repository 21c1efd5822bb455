#!/usr/bin/env bash
# Issue 11's server bench (docs/performance.md, "PostgreSQL server"): builds bilan_bench and
# bilan in Release, then inside one throwaway PostgreSQL 15 cluster (pg_virtualenv) measures
# the figures beside psql, saving one entry, the import beside psql's \copy, and `bilan demo`
# on the server beside the same on a file.
#   scripts/bench-server.sh [ENTRIES] [IMPORT_ROWS] [RUNS]     (defaults 1000000 1000000 7)
set -euo pipefail
cd "$(dirname "$0")/.."
entries=${1:-1000000}
import_rows=${2:-1000000}
runs=${3:-7}
build=build-bench
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBILAN_BUILD_BENCH=ON >/dev/null
cmake --build "$build" --target bilan_bench bilan >/dev/null
bench=$PWD/$build/bench/bilan_bench
bilan=$PWD/$build/src/app/bilan
demo_file=$(mktemp -d)/demo.sqlite
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
  "load $(cut -d' ' -f1-3 /proc/loadavg)"
# pg_virtualenv exports PGHOST, PGPORT, PGUSER (the superuser postgres) and PGPASSWORD.
pg_virtualenv -t bash -c "
  set -euo pipefail
  psql -X -A -t -c 'SELECT version()'
  '$bench' server $entries $import_rows $runs
  createdb bilan_bench_demo
  start=\$(date +%s.%N)
  '$bilan' demo --db postgresql:///bilan_bench_demo >/dev/null
  echo \"bilan demo on the server: \$(echo \"\$(date +%s.%N) - \$start\" | bc) s\"
  start=\$(date +%s.%N)
  '$bilan' demo --db '$demo_file' >/dev/null
  echo \"bilan demo on a file: \$(echo \"\$(date +%s.%N) - \$start\" | bc) s\"
"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -rf "$(dirname "$demo_file")"
