#!/usr/bin/env bash
# How fast a relay started late catches up on a long log, on 127.0.0.1: a
# nats-server with JetStream (the deployment's users), the server with
# --nats filled with EVENTS check-ins through its own /join (`assembly
# rehearse --phones 0 --check-ins N`, in rounds of 100,000), published to
# the stream; then a relay is started and timed until its /healthz seq is
# the server's.
#
#   bash scripts/bench-relay-catchup.sh
#   EVENTS=1000000 bash scripts/bench-relay-catchup.sh
#
# Also: PORT (default 19865; the relay and NATS take the next two ports),
# TIME_LIMIT for each wait in seconds (default 300), BUILD=no to use the
# binary as it is, BIN (default target/release/assembly) to bench another build.
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in cargo curl awk date timeout mktemp sed; do
    command -v "$tool" >/dev/null || { echo "bench-relay-catchup.sh needs $tool" >&2; exit 1; }
done
NATS_SERVER=$(command -v nats-server || { [ -x /usr/sbin/nats-server ] && echo /usr/sbin/nats-server; } || true)
if [ -z "$NATS_SERVER" ]; then
    echo "bench-relay-catchup.sh needs nats-server (apt-get install nats-server)" >&2
    exit 1
fi

EVENTS=${EVENTS:-100000}
PORT=${PORT:-19865}
TIME_LIMIT=${TIME_LIMIT:-300}
URL="http://127.0.0.1:$PORT"
RELAY_URL="http://127.0.0.1:$((PORT + 1))"
NATS_PORT=$((PORT + 2))
BIN=${BIN:-target/release/assembly}

if [ "${BUILD:-yes}" != no ]; then
    echo "==> cargo build --release" >&2
    cargo build --release --quiet
fi

WORK=$(mktemp -d)
PIDS=""
cleanup() {
    local pid
    for pid in $PIDS; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A field of `url`/healthz, or nothing while it does not answer.
health() {
    curl -sS --max-time 2 "$1/healthz" 2>/dev/null | sed -n "s/.*\"$2\":\([0-9]*\).*/\1/p"
}

# Wait (at most TIME_LIMIT s) until `cmd` prints `want`; fail with `log`.
wait_for() {
    local what=$1 want=$2 log=$3
    shift 3
    local deadline=$((SECONDS + TIME_LIMIT))
    until [ "$("$@")" = "$want" ]; do
        if [ "$SECONDS" -ge "$deadline" ]; then
            echo "timed out waiting for $what (want $want, have $("$@"))" >&2
            cat "$log" >&2
            exit 1
        fi
        sleep 0.02
    done
}

sed -e "s#/var/lib/nats#$WORK/nats#" -e "s#^listen: .*#listen: 127.0.0.1:$NATS_PORT#" \
    scripts/deploy/nats-server.conf >"$WORK/nats.conf"
"$NATS_SERVER" -c "$WORK/nats.conf" >"$WORK/nats.log" 2>&1 &
PIDS="$!"
for _ in $(seq 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$NATS_PORT") 2>/dev/null && break
    sleep 0.1
done

RUST_LOG=warn NO_COLOR=1 "$BIN" serve --bind "127.0.0.1:$PORT" --data "$WORK/data" --join-rate 0 \
    --nats "nats://venue:CHANGE-ME-venue@127.0.0.1:$NATS_PORT" --assembly catchup \
    >"$WORK/server.log" 2>&1 &
PIDS="$PIDS $!"
wait_for "the server" 0 "$WORK/server.log" health "$URL" seq

# In rounds of at most 100,000 check-ins until the log has EVENTS; each
# round's verdict is beside the point here (a busy machine may miss a rate
# target or time out a few), what counts is that the log has the events.
seq=0
while [ "$seq" -lt "$EVENTS" ]; do
    round=$((EVENTS - seq < 100000 ? EVENTS - seq : 100000))
    echo "==> filling the log ($seq of $EVENTS): assembly rehearse --phones 0 --check-ins $round" >&2
    timeout --foreground "$TIME_LIMIT" "$BIN" rehearse --url "$URL" --phones 0 --actions 0 \
        --check-ins "$round" >"$WORK/fill.out" 2>&1 || true
    before=$seq
    seq=$(health "$URL" seq)
    if [ "${seq:-0}" -le "$before" ]; then
        echo "the log stays at ${seq:-no} events:" >&2
        cat "$WORK/fill.out" >&2
        exit 1
    fi
done
wait_for "the stream to have every event" "$seq" "$WORK/server.log" health "$URL" published
echo "==> the server has $seq events, all in the stream; starting a relay" >&2

started=$(date +%s.%N)
RUST_LOG=warn NO_COLOR=1 "$BIN" relay --bind "127.0.0.1:$((PORT + 1))" --join-rate 0 \
    --nats "nats://relay:CHANGE-ME-relay@127.0.0.1:$NATS_PORT" --assembly catchup \
    >"$WORK/relay.log" 2>&1 &
PIDS="$PIDS $!"
wait_for "the relay to catch up" "$seq" "$WORK/relay.log" health "$RELAY_URL" seq
ended=$(date +%s.%N)
awk -v n="$seq" -v a="$started" -v b="$ended" \
    'BEGIN { printf "a relay caught up %d events in %.2f s (%.0f events/s)\n", n, b - a, n / (b - a) }'
