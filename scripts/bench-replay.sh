#!/usr/bin/env bash
# How long does a restart take on a long record? Writes a log of EVENTS
# events once (default 1,000,000: `assembly bench-log`, a night of a full
# hall), then starts the release server on it RUNS times (default 3) and
# reads, from each, the server's own "replayed the event log" line (ms=,
# events=) and its peak memory (VmHWM) once /healthz answers. Prints each
# run and the median. With BASE=path/to/another/assembly, runs that binary
# on the same log too, alternating with this one, and prints the ratio of
# the medians (this / BASE): on a busy machine the ratio is what holds.
#
#   bash scripts/bench-replay.sh
#   EVENTS=100000 RUNS=5 BASE=/tmp/assembly-before bash scripts/bench-replay.sh
#
# Loopback only, on a port the system picks; every wait is bounded and
# each server is stopped before the next starts.
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in cargo curl sort awk od mktemp grep sed; do
    command -v "$tool" >/dev/null || { echo "bench-replay.sh needs $tool" >&2; exit 1; }
done

EVENTS=${EVENTS:-1000000}
RUNS=${RUNS:-3}
BASE=${BASE:-}
BIN=target/release/assembly
# Seconds to wait for a server to answer /healthz.
WAIT=${WAIT:-120}

if [ -n "$BASE" ] && [ ! -x "$BASE" ]; then
    echo "BASE=$BASE is not an executable" >&2
    exit 1
fi

echo "==> cargo build --release" >&2
nice -n 15 cargo build --release --quiet

WORK=$(mktemp -d)
SERVER_PID=""
# Stop the server: SIGTERM, then SIGKILL if it is not gone in 10 s.
stop() {
    if [ -n "$SERVER_PID" ]; then
        kill "$SERVER_PID" 2>/dev/null || true
        for _ in $(seq 100); do
            kill -0 "$SERVER_PID" 2>/dev/null || break
            sleep 0.1
        done
        kill -9 "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
        SERVER_PID=""
    fi
}
trap 'stop; rm -rf "$WORK"' EXIT

echo "==> writing $EVENTS events" >&2
"$BIN" bench-log --data "$WORK/log" --events "$EVENTS"
KEY=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')

# One start of binary $1 on a copy of the log: writes "ms events rss_mb"
# to $WORK/result.
run() {
    local bin=$1 data="$WORK/data" out="$WORK/server.out" err="$WORK/server.err"
    rm -rf "$data"
    cp -r "$WORK/log" "$data"
    # The copy is in the page cache for every run alike.
    cat "$data"/* >/dev/null
    RUST_LOG=assembly=info "$bin" serve --data "$data" --bind 127.0.0.1:0 \
        --chair-key "$KEY" >"$out" 2>"$err" &
    SERVER_PID=$!
    local url="" up=""
    for _ in $(seq $((WAIT * 10))); do
        if [ -z "$url" ]; then
            url=$(sed -n 's|^listening on \(http://[0-9.:]*\).*|\1|p' "$out" | head -1)
        fi
        if [ -n "$url" ] && curl -sf --max-time 2 "$url/healthz" >/dev/null; then
            up=1
            break
        fi
        kill -0 "$SERVER_PID" 2>/dev/null || break
        sleep 0.1
    done
    if [ -z "$up" ]; then
        echo "$bin did not answer /healthz within ${WAIT}s (at ${url:-no address yet}):" >&2
        cat "$out" "$err" >&2
        exit 1
    fi
    local rss line
    rss=$(awk '/^VmHWM:/ { printf "%.0f", $2 / 1024 }' "/proc/$SERVER_PID/status")
    stop
    line=$(grep 'replayed the event log' "$err" | head -1)
    local ms events
    ms=$(sed -n 's/.*ms=\([0-9]*\).*/\1/p' <<<"$line")
    events=$(sed -n 's/.*events=\([0-9]*\).*/\1/p' <<<"$line")
    if [ -z "$ms" ] || [ -z "$events" ]; then
        echo "no 'replayed the event log' line with ms= and events= from $bin:" >&2
        cat "$err" >&2
        exit 1
    fi
    echo "$ms $events $rss" >"$WORK/result"
}

# The median of the numbers on stdin.
median() {
    sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

: >"$WORK/this"
: >"$WORK/base"
for n in $(seq "$RUNS"); do
    run "$BIN"
    read -r ms events rss <"$WORK/result"
    echo "run $n: this  ${ms} ms  ${events} events  ${rss} MB peak"
    echo "$ms $rss" >>"$WORK/this"
    if [ -n "$BASE" ]; then
        run "$BASE"
        read -r ms events rss <"$WORK/result"
        echo "run $n: base  ${ms} ms  ${events} events  ${rss} MB peak"
        echo "$ms $rss" >>"$WORK/base"
    fi
done

this_ms=$(awk '{ print $1 }' "$WORK/this" | median)
this_rss=$(awk '{ print $2 }' "$WORK/this" | median)
echo "median: this  ${this_ms} ms  ${this_rss} MB peak  ($EVENTS events, $RUNS runs)"
if [ -n "$BASE" ]; then
    base_ms=$(awk '{ print $1 }' "$WORK/base" | median)
    base_rss=$(awk '{ print $2 }' "$WORK/base" | median)
    echo "median: base  ${base_ms} ms  ${base_rss} MB peak  ($BASE)"
    awk -v a="$this_ms" -v b="$base_ms" -v c="$this_rss" -v d="$base_rss" \
        'BEGIN { printf "this / base: time %.2f, memory %.2f\n", a / b, c / d }'
fi
