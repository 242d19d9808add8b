#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Instructions per frame of the protocol's hot paths, counted by callgrind: the figures the README's Performance
# table quotes beside bench_protocol's rates. Unlike a rate they do not depend on the machine's load, so they
# compare a change with the code before it on any machine.
#   scripts/callgrind.sh [--no-build] [iterations]     (default 20000 frames of each kind)
# Prints "name value unit" lines like the bench_* programs. Needs valgrind (apt-get install valgrind).
set -euo pipefail
cd "$(dirname "$0")/.."

build=1
iterations=20000
for argument in "$@"; do
    case "$argument" in
    --no-build) build=0 ;;
    -h | --help)
        sed -n '3,8p' "$0"
        exit 0
        ;;
    *[!0-9]* | '')
        echo "callgrind.sh: unknown argument $argument" >&2
        exit 2
        ;;
    *) iterations=$argument ;;
    esac
done
if ! command -v valgrind >/dev/null || ! command -v callgrind_annotate >/dev/null; then
    echo "callgrind.sh: valgrind is not installed (apt-get install valgrind)" >&2
    exit 2
fi
if [ "$build" = 1 ]; then
    scripts/dev.sh setup
    cmake --preset default >/dev/null
    cmake --build --preset default --target bench_protocol >/dev/null
fi
program=build/bench/bench_protocol
if [ ! -x "$program" ]; then
    echo "callgrind.sh: $program is not built (leave out --no-build)" >&2
    exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# --iterations makes bench_protocol run each of its four measurements exactly that many times.
valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" "$program" --iterations "$iterations" \
    >"$work/stdout" 2>"$work/valgrind.log" || {
    echo "callgrind.sh: bench_protocol failed under valgrind; its log:" >&2
    cat "$work/valgrind.log" >&2
    exit 1
}
callgrind_annotate --inclusive=yes "$work/callgrind.out" >"$work/annotated"

# The inclusive count of one function (all it calls included), divided by the frames it handled.
per_frame() {
    local name=$1 function=$2
    local total
    total=$(grep -F "$function(" "$work/annotated" | head -n 1 | awk '{ gsub(",", "", $1); print $1 }')
    if [ -z "$total" ]; then
        echo "callgrind.sh: $function not found in the profile" >&2
        exit 1
    fi
    echo "$name $((total / iterations)) instructions/frame"
}
per_frame callgrind_decode_json_event 'dwp::JsonCodec::decodeEvent'
per_frame callgrind_decode_msgpack_event 'dwp::MsgpackCodec::decodeEvent'
per_frame callgrind_encode_json_request 'dwp::JsonCodec::encode'
per_frame callgrind_encode_msgpack_request 'dwp::MsgpackCodec::encode'
