#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Long fuzz runs: builds the fuzz preset (clang-14, ASan + UBSan) and runs each libFuzzer target for RUNS
# executions (default 10 000 000) from the golden-seeded corpus in build-fuzz/fuzz-corpus/.
#   scripts/fuzz.sh                      every target
#   scripts/fuzz.sh json_frame payloads  only these (json_frame msgpack_frame payloads client_router)
#   RUNS=1000000 scripts/fuzz.sh         fewer executions
# A finding stops that target with a report and leaves the input in build-fuzz/fuzz-artifacts/; replay it with
# build-fuzz/fuzz/fuzz_<target> <file>. The script fails if any target found something.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
runs=${RUNS:-10000000}
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(json_frame msgpack_frame payloads client_router)

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -- -j"$(nproc)"
build-fuzz/fuzz/fuzz_seed_corpus build-fuzz/fuzz-corpus
mkdir -p build-fuzz/fuzz-artifacts

failed=()
for target in "${targets[@]}"; do
    echo "== fuzz_$target: $runs executions"
    mkdir -p "build-fuzz/fuzz-corpus/$target"
    if ! UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 "build-fuzz/fuzz/fuzz_$target" -runs="$runs" \
        -timeout=10 -rss_limit_mb=2048 -dict=fuzz/dwp.dict -print_final_stats=1 \
        -artifact_prefix="build-fuzz/fuzz-artifacts/fuzz_$target-" "build-fuzz/fuzz-corpus/$target" \
        2> >(grep -v -E '^#[0-9]+\s+(NEW|REDUCE|pulse)' >&2); then
        failed+=("$target")
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz findings in: ${failed[*]} (inputs in build-fuzz/fuzz-artifacts/)" >&2
    exit 1
fi
echo "no findings in: ${targets[*]}"
