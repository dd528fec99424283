#!/usr/bin/env bash
# Runs every check CI runs: formatting, lints and the whole test suite,
# installing what the browser tests need first.
set -euo pipefail
cd "$(dirname "$0")/.."

# Browser tests drive Debian's chromium-headless-shell (Chromium's engine
# without the desktop browser: a third of the CPU per session) through
# chromedriver, and print reports to PDF with it; `chromium` is there for
# ASSEMBLY_CHROMIUM=/usr/bin/chromium, to run them in the desktop browser's
# headless mode. The report test reads the printed PDF back with pdftotext (poppler-utils); the crash
# and browser tests signal processes with kill (procps); the proxy test
# runs the server behind a real nginx; the screenshots of Urdu, Arabic and
# Punjabi pages need fonts with those scripts (fonts-noto-core); the relay
# tests link a primary and relays through a real nats-server (JetStream),
# and the deployment test puts Caddy in front of a relay (curl speaks HTTPS).
#
# The install waits on the network and the compiler on the CPU, so the
# install runs in the background while the code is checked and built.
install() {
    if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq \
        chromium chromium-headless-shell chromium-driver poppler-utils procps iproute2 nginx nats-server caddy curl fonts-noto-core >/dev/null
}
INSTALL_PID=""
INSTALL_LOG="$(mktemp)"
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null \
    || ! [ -x /usr/lib/chromium/chromium-headless-shell ] \
    || ! [ -d /usr/share/fonts/truetype/noto ] \
    || ! command -v pdftotext >/dev/null || ! [ -x /usr/bin/kill ] \
    || ! { command -v nginx >/dev/null || [ -x /usr/sbin/nginx ]; } \
    || ! { command -v nats-server >/dev/null || [ -x /usr/sbin/nats-server ]; } \
    || ! command -v caddy >/dev/null || ! command -v curl >/dev/null \
    || ! { command -v ss >/dev/null || [ -x /usr/bin/ss ]; }; then
    echo "==> installing chromium, chromium-headless-shell, chromium-driver, poppler-utils, iproute2, nginx, nats-server, caddy, curl and fonts-noto-core for the tests (in the background)"
    install >"$INSTALL_LOG" 2>&1 &
    INSTALL_PID=$!
fi

echo "==> cargo fmt --check"
cargo fmt --check
# Clippy's lints run while the tests are built: clippy-driver wraps the
# compiler for this package's own crates, as `cargo clippy` itself does,
# so the library, the binary and every test target are linted with
# `-D warnings` without a second, check-only build of every dependency
# (two minutes on two cores). The tests then run under the same wrapper,
# so they find the build fresh.
# A fresh clone has no earlier build to reuse, so incremental compilation
# would only write state nobody reads (about 15 s of the cold build).
if ! [ -d target/debug/deps ]; then
    export CARGO_INCREMENTAL=0
fi
if command -v clippy-driver >/dev/null; then
    RUSTC_WORKSPACE_WRAPPER="$(command -v clippy-driver)"
    export RUSTC_WORKSPACE_WRAPPER
    export CLIPPY_ARGS="-D__CLIPPY_HACKERY__warnings__CLIPPY_HACKERY__"
    echo "==> building the tests, linted by clippy (-D warnings, every target)"
    cargo test --no-run
else
    echo "==> cargo clippy --all-targets -- -D warnings"
    cargo clippy --all-targets -- -D warnings
    echo "==> building the tests"
    cargo test --no-run
fi
if [ -n "$INSTALL_PID" ]; then
    echo "==> waiting for the install"
    if ! wait "$INSTALL_PID"; then
        cat "$INSTALL_LOG" >&2
        echo "installing the test tools failed (see above)" >&2
        exit 1
    fi
fi
rm -f "$INSTALL_LOG"

# The tests wait on browsers, servers and sockets far more than they
# compute, so they run several at a time (TEST_THREADS, default 4 on two
# cores). cargo-nextest runs each test in its own process and reports the
# slow ones; plain `cargo test` does the same work where it is missing.
THREADS="${TEST_THREADS:-4}"
if cargo nextest --version >/dev/null 2>&1; then
    echo "==> cargo nextest run (${THREADS} at a time)"
    # A test that fails and then passes is reported as FLAKY in the summary
    # (one retry): look at those, do not let them hide.
    NO_COLOR=1 cargo nextest run --no-fail-fast --retries 1 --test-threads "$THREADS"
else
    echo "==> cargo test (${THREADS} at a time)"
    NO_COLOR=1 cargo test --no-fail-fast -- --test-threads "$THREADS"
fi
