#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds and runs the benchmarks; each bench_* program prints one "name value unit" line per figure.
#   scripts/bench.sh [--check] [--no-build] [bench_program...]
#   --check     compare each figure with its target in bench/targets.txt, print ok or MISS for each, and exit 1
#               when one is missed or a program fails (then it says which)
#   --no-build  run the programs already in build/bench, built with any preset (the ci one, say)
#   programs    run only these, e.g. bench_models; --check then skips the targets of figures none of them printed
# Not part of .ci/run: a benchmark is not a test, and its figures depend on the machine and its load, which is
# printed before and after (run it on a quiet machine).
set -euo pipefail
cd "$(dirname "$0")/.."

check=0
build=1
programs=()
for argument in "$@"; do
    case "$argument" in
    --check) check=1 ;;
    --no-build) build=0 ;;
    -h | --help)
        sed -n '3,10p' "$0"
        exit 0
        ;;
    -*)
        echo "bench.sh: unknown option $argument" >&2
        exit 2
        ;;
    *) programs+=("$argument") ;;
    esac
done
all_programs=$([ ${#programs[@]} -eq 0 ] && echo 1 || echo 0)

if [ "$build" = 1 ]; then
    scripts/dev.sh setup
    cmake --preset default >/dev/null
    cmake --build --preset default --target bench >/dev/null
fi
if [ "$all_programs" = 1 ]; then
    for program in build/bench/bench_*; do
        # Files only: AUTOMOC leaves bench_*_autogen folders beside the programs, which -x alone takes in.
        [ -f "$program" ] && [ -x "$program" ] && programs+=("$(basename "$program")")
    done
fi

figures=$(mktemp)
trap 'rm -f "$figures"' EXIT
failed=()
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
for program in "${programs[@]}"; do
    if [ ! -x "build/bench/$program" ]; then
        echo "bench.sh: build/bench/$program is not built" >&2
        failed+=("$program")
    elif ! "build/bench/$program" | tee -a "$figures"; then
        failed+=("$program")
    fi
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
[ "$check" = 1 ] || exit 0

echo "--- bench/targets.txt"
misses=0
# The figures first (name value unit), then the targets (name comparator target unit).
awk -v all="$all_programs" '
    FNR == NR { if (NF >= 3) { value[$1] = $2; unit[$1] = $3 } next }
    /^[[:space:]]*(#|$)/ { next }
    {
        name = $1; comparator = $2; target = $3; wanted = $4
        if (!(name in value)) {
            if (all) { printf "MISS %s: no program printed it (target %s %s %s)\n", name, comparator, target, wanted; missed++ }
            else printf "skip %s: not printed by the programs run\n", name
            next
        }
        if (unit[name] != wanted) {
            printf "MISS %s: printed in %s, the target is in %s\n", name, unit[name], wanted; missed++; next
        }
        v = value[name] + 0; t = target + 0
        if (comparator == "<") met = v < t
        else if (comparator == "<=") met = v <= t
        else if (comparator == ">") met = v > t
        else if (comparator == ">=") met = v >= t
        else { printf "MISS %s: unknown comparator %s in bench/targets.txt\n", name, comparator; missed++; next }
        printf "%s %s: %s %s, target %s %s\n", met ? "ok  " : "MISS", name, value[name], wanted, comparator, target
        if (!met) missed++
    }
    END { exit missed > 0 ? 1 : 0 }
' "$figures" bench/targets.txt || misses=1
if [ ${#failed[@]} -gt 0 ]; then
    echo "bench.sh: these programs failed or are missing: ${failed[*]}" >&2
fi
if [ "$misses" = 1 ] || [ ${#failed[@]} -gt 0 ]; then
    echo "bench.sh --check: targets missed (MISS above)" >&2
    exit 1
fi
echo "bench.sh --check: every target met"
