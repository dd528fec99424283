#!/usr/bin/env bash
# Runs every check CI runs: formatting, lints and the whole test suite,
# installing what the browser tests need first.
set -euo pipefail
cd "$(dirname "$0")/.."

# Browser tests drive Debian's chromium through chromedriver; the report
# test reads the printed PDF back with pdftotext (poppler-utils); the crash
# and browser tests signal processes with kill (procps).
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null \
    || ! command -v pdftotext >/dev/null || ! [ -x /usr/bin/kill ]; then
    echo "==> installing chromium, chromium-driver and poppler-utils for the browser tests"
    if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq \
        chromium chromium-driver poppler-utils procps >/dev/null
fi

echo "==> cargo fmt --check"
cargo fmt --check
echo "==> cargo clippy --all-targets -- -D warnings"
cargo clippy --all-targets -- -D warnings
echo "==> cargo test"
NO_COLOR=1 cargo test
