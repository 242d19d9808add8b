#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Soak run (see bench/soak_client.cpp): scripts/soak.sh [--minutes M] [--rate N] [--restarts N] [--tolerance-mb MB]
# Defaults: 30 minutes at 2 000 events/s with two forced server restarts. Bounded: it ends after M minutes plus
# at most a minute per restart. Exit status 0 when memory plateaus and the client is connected at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/dev.sh setup
cmake --preset default >/dev/null
cmake --build --preset default --target soak_client >/dev/null
exec build/bench/soak_client "$@"
