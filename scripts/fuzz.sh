#!/usr/bin/env bash
# Builds the CSV import fuzzer (clang, libFuzzer, ASan+UBSan, optimised with debug info) in
# build-fuzz and runs it for a bounded time on a copy of the seed corpus (tests/fuzz-corpus).
# Fails on a crash, a hang (> 10 s on one input), a leak, running out of memory, or a broken
# import contract (fuzz/CsvImportFuzzer.cpp); the input that did it is kept in
# build-fuzz/artifacts/. Quiet on success: logs in build-fuzz/*.log, a summary is printed.
#   scripts/fuzz.sh [SECONDS] [extra libFuzzer options...]   (default 60 s; FUZZ_SECONDS too)
#   Reproduce a failure: build-fuzz/fuzz/bilan_csv_import_fuzzer build-fuzz/artifacts/crash-...
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=build-fuzz
seconds=${1:-${FUZZ_SECONDS:-60}}
shift $(( $# >= 1 ? 1 : 0 ))
start=$(date +%s)

# clang 14 and its runtime (libFuzzer, sanitizers) come from Debian, installed only if missing.
options=(-DCMAKE_CXX_COMPILER=clang++ -DBILAN_BUILD_FUZZ=ON -DBILAN_BUILD_TESTS=OFF
  "-DBILAN_SANITIZE=address;undefined")
BILAN_EXTRA_PACKAGES="clang libclang-rt-14-dev" \
  scripts/setup.sh "$build_dir" RelWithDebInfo "${options[@]}"
# Also when build-fuzz already existed: make sure it is the fuzzing configuration.
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "${options[@]}" \
  >"$build_dir/configure.log" 2>&1 || { cat "$build_dir/configure.log"; exit 1; }

echo "Building the fuzzer (log: $build_dir/build.log)..."
if ! cmake --build "$build_dir" --target bilan_csv_import_fuzzer -- -j"$(nproc)" \
  >"$build_dir/build.log" 2>&1; then
  grep -E 'error|Error|FAILED' -A5 "$build_dir/build.log" | head -120
  exit 1
fi
built=$(date +%s)

# The seeds are plain CSV files, one folder per kind; the fuzzer's first input byte picks the
# kind (its index in CsvFormat::kinds()) and a dry run (index) or a real import (index plus the
# number of kinds).
corpus=$build_dir/corpus
artifacts=$build_dir/artifacts
rm -rf "$corpus" "$artifacts"
mkdir -p "$corpus" "$artifacts"
kinds=(organisations memberships experts hours board meetings attendance resolutions finances
  surveys activities)
for index in "${!kinds[@]}"; do
  folder=tests/fuzz-corpus/${kinds[$index]}
  [ -d "$folder" ] || { echo "missing seed folder $folder"; exit 1; }
  for seed in "$folder"/*.csv; do
    name=$(basename "$seed" .csv)
    for mode in 0 "${#kinds[@]}"; do
      { printf "\\x$(printf '%02x' $((index + mode)))"; cat "$seed"; } \
        >"$corpus/${kinds[$index]}-$name-$mode"
    done
  done
done

status=0
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
ASAN_OPTIONS=detect_leaks=1 \
  "$build_dir/fuzz/bilan_csv_import_fuzzer" "$corpus" -dict=fuzz/csv.dict \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
  -artifact_prefix="$artifacts/" -print_final_stats=1 "$@" >"$build_dir/fuzz.log" 2>&1 \
  || status=$?
end=$(date +%s)
runs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$build_dir/fuzz.log" | grep -Eo '[0-9]+$' || true)
cov=$(grep -Eo 'cov: [0-9]+' "$build_dir/fuzz.log" | tail -n 1 || true)
if [ $status -ne 0 ]; then
  grep -E -A40 'ERROR: |runtime error:|CsvImportFuzzer:|Test unit written' "$build_dir/fuzz.log" \
    | head -150
  echo "fuzz: FAILED (exit $status; build $((built - start)) s, fuzzing $((end - built)) s;" \
    "log: $build_dir/fuzz.log; inputs: $artifacts/)"
  exit $status
fi
echo "fuzz: ok, ${runs:-?} inputs in $((end - built)) s, ${cov:-cov ?} edges, corpus $(ls "$corpus" | wc -l) files (build $((built - start)) s)"
