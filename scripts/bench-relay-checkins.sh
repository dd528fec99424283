#!/usr/bin/env bash
# Check-ins through two relays against check-ins on the server itself, in
# one run on 127.0.0.1: a nats-server with JetStream (the deployment's
# users and permissions), the server with --nats, two relays, then
#
#   assembly rehearse --url PRIMARY --relay R1,R2 --phones 2000 --check-ins 10000
#
# and the same without --relay against a fresh server alone. Prints both
# rates and their ratio (the target: relays at >= 0.7x the server's own).
#
#   bash scripts/bench-relay-checkins.sh
#
# Also: PHONES (default 2000), CHECK_INS (default 10000), PORT (default
# 19765; the relays and NATS take the next three ports), TIME_LIMIT per
# rehearsal in seconds (default 120), BUILD=no to use the binary as it is, BIN
# (default target/release/assembly) to bench another build.
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in cargo curl awk timeout mktemp sed; do
    command -v "$tool" >/dev/null || { echo "bench-relay-checkins.sh needs $tool" >&2; exit 1; }
done
NATS_SERVER=$(command -v nats-server || { [ -x /usr/sbin/nats-server ] && echo /usr/sbin/nats-server; } || true)
if [ -z "$NATS_SERVER" ]; then
    echo "bench-relay-checkins.sh needs nats-server (apt-get install nats-server)" >&2
    exit 1
fi

PHONES=${PHONES:-2000}
CHECK_INS=${CHECK_INS:-10000}
PORT=${PORT:-19765}
TIME_LIMIT=${TIME_LIMIT:-120}
URL="http://127.0.0.1:$PORT"
NATS_PORT=$((PORT + 3))
RELAY_URLS="http://127.0.0.1:$((PORT + 1)),http://127.0.0.1:$((PORT + 2))"
BIN=${BIN:-target/release/assembly}

# The server and the rehearsal each hold one file per phone.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt $((PHONES + 1000)) ]; then
    echo "$PHONES phones need $((PHONES + 1000)) open files; this shell allows $(ulimit -n)" >&2
    exit 1
fi

if [ "${BUILD:-yes}" != no ]; then
    echo "==> cargo build --release" >&2
    cargo build --release --quiet
fi

WORK=$(mktemp -d)
PIDS=""

stop_all() {
    local pid
    for pid in $PIDS; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    PIDS=""
}
cleanup() {
    stop_all
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Wait (at most 15 s) until `url`/healthz answers; show `log` if it never does.
wait_up() {
    local url=$1 pid=$2 log=$3
    for _ in $(seq 150); do
        curl -fsS "$url/healthz" >/dev/null 2>&1 && return 0
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    echo "$url did not come up:" >&2
    cat "$log" >&2
    exit 1
}

# A fresh server (with RELAYS=yes: a fresh NATS and two relays too).
start() {
    local data link=()
    data=$(mktemp -d "$WORK/data.XXXXXX")
    if [ "${RELAYS:-}" = yes ]; then
        sed -e "s#/var/lib/nats#$data/nats#" -e "s#^listen: .*#listen: 127.0.0.1:$NATS_PORT#" \
            scripts/deploy/nats-server.conf >"$WORK/nats.conf"
        "$NATS_SERVER" -c "$WORK/nats.conf" >"$WORK/nats.log" 2>&1 &
        PIDS="$!"
        for _ in $(seq 100); do
            (exec 3<>"/dev/tcp/127.0.0.1/$NATS_PORT") 2>/dev/null && break
            sleep 0.1
        done
        link=(--nats "nats://venue:CHANGE-ME-venue@127.0.0.1:$NATS_PORT" --assembly bench)
    fi
    RUST_LOG=warn NO_COLOR=1 "$BIN" serve --bind "127.0.0.1:$PORT" --data "$data" \
        --join-rate 0 "${link[@]}" >"$WORK/server.log" 2>&1 &
    PIDS="$PIDS $!"
    wait_up "$URL" "$!" "$WORK/server.log"
    if [ "${RELAYS:-}" = yes ]; then
        local port
        for port in $((PORT + 1)) $((PORT + 2)); do
            RUST_LOG=warn NO_COLOR=1 "$BIN" relay --bind "127.0.0.1:$port" --join-rate 0 \
                --nats "nats://relay:CHANGE-ME-relay@127.0.0.1:$NATS_PORT" --assembly bench \
                >"$WORK/relay.$port.log" 2>&1 &
            PIDS="$PIDS $!"
            wait_up "http://127.0.0.1:$port" "$!" "$WORK/relay.$port.log"
        done
    fi
}

# The first word of a row's value in a rehearsal table: "6120/s (1.63 s)" -> "6120/s".
value() {
    awk -F '  +' -v metric="$2" '$1 == metric { split($2, w, " "); print w[1]; exit }' "$1"
}

# One rehearsal against a fresh start; prints its table, leaves it in $WORK/$name.out.
rehearse() {
    local name=$1
    shift
    start
    echo "==> $name: assembly rehearse --url $URL $* --phones $PHONES --check-ins $CHECK_INS" >&2
    local code=0
    timeout --foreground "$TIME_LIMIT" "$BIN" rehearse --url "$URL" "$@" \
        --phones "$PHONES" --check-ins "$CHECK_INS" >"$WORK/$name.out" 2>"$WORK/$name.err" || code=$?
    stop_all
    cat "$WORK/$name.out" >&2
    if [ "$code" != 0 ]; then
        echo "$name: rehearse exited $code: $(tail -n 3 "$WORK/$name.err")" >&2
    fi
}

RELAYS=yes rehearse relays --relay "$RELAY_URLS"
RELAYS="" rehearse server

relayed=$(value "$WORK/relays.out" "check-in rate")
single=$(value "$WORK/server.out" "check-in rate")
relayed_p50=$(value "$WORK/relays.out" "check-in latency p50")
single_p50=$(value "$WORK/server.out" "check-in latency p50")
counted=$(value "$WORK/relays.out" "check-ins counted")
echo
echo "through two relays: ${relayed:-?} (p50 ${relayed_p50:-?}), counted ${counted:-?}"
echo "on the server:      ${single:-?} (p50 ${single_p50:-?})"
awk -v r="${relayed%/s}" -v s="${single%/s}" 'BEGIN {
    if (r > 0 && s > 0) printf "relays / server = %.2f (target >= 0.7): %s\n", r / s, (r / s >= 0.7 ? "ok" : "MISSED")
    else { print "relays / server: no rate to compare"; exit 1 }
}'
