#!/usr/bin/env bash
# The full crash test: SIGKILL the real server ROUNDS times (default 100)
# under chair commands and check-ins, restarting it each time, and check
# that every acknowledged change is in the log with no seq gap.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${1:-100}"
ASSEMBLY_CRASH_ROUNDS="$ROUNDS" cargo test --test it crash::sigkill -- --nocapture
