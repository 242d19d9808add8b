#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# One entry point for a fresh Debian 12 machine:
#   scripts/dev.sh app    install what is missing, build, open the app against the embedded demo server
#   scripts/dev.sh test   install what is missing, build with warnings as errors (the ci preset), run every
#                         test, then build the fuzz preset and run each fuzz target briefly (what .ci/run does)
#   scripts/dev.sh asan   install what is missing, build the asan preset (GCC ASan + UBSan, build-asan/) and run
#                         the whole suite under it; slow, so not part of test (run it before landing risky work)
#   scripts/dev.sh setup  only install what is missing
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

install_packages() {
    mapfile -t wanted < <(grep -v -E '^\s*(#|$)' scripts/debian-packages.txt)
    missing=()
    for package in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# ccache when there is one, with paths taken relative to this checkout: then any clone, wherever it lies (CI's
# fresh one among them), reuses what another compiled. The sanitizer + fuzzer objects are slow to compile cold.
launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    export CCACHE_BASEDIR="$root"
    # Builds with debug info hash the working directory by default (ccache's hash_dir), which made every clone a
    # different cache: 0 hits across eight worktrees on 2026-12-06. Objects then name another checkout's paths in
    # their debug info, which only matters to a debugger following sources.
    export CCACHE_NOHASHDIR=1
fi

# build [preset]: the default preset for the app; `test` (CI) uses ci, the same tree with warnings as errors.
build() {
    local preset=${1:-default}
    cmake --preset "$preset" "${launcher[@]}" >/dev/null
    cmake --build --preset "$preset" -- -j"$(nproc)"
}

case "${1:-}" in
setup)
    install_packages
    ;;
app)
    install_packages
    build
    shift
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "No display found: starting the app under xvfb-run (nothing will be visible)." >&2
        exec xvfb-run -a build/src/app/dispatch-monitor --demo "$@"
    fi
    exec build/src/app/dispatch-monitor --demo "$@"
    ;;
test)
    install_packages
    build ci
    ctest --preset ci -j"$(nproc)"
    # libFuzzer targets (clang, ASan + UBSan) over the decoders, payload parsers and client routing, each for
    # DM_FUZZ_SECONDS (fuzz/CMakeLists.txt); scripts/fuzz.sh runs them for much longer.
    cmake --preset fuzz "${launcher[@]}" >/dev/null
    cmake --build --preset fuzz -- -j"$(nproc)"
    ctest --preset fuzz -j"$(nproc)"
    ;;
asan)
    install_packages
    cmake --preset asan "${launcher[@]}" >/dev/null
    cmake --build --preset asan -- -j"$(nproc)"
    ctest --preset asan -j"$(nproc)"
    ;;
*)
    echo "usage: scripts/dev.sh app|test|asan|setup" >&2
    exit 64
    ;;
esac
