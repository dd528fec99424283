#!/usr/bin/env bash
# Rehearse a hall against a fresh release server on this machine: 1,000,
# 5,000 and 10,000 phones with 20 chair actions each, then a check-in surge
# (10,000 check-ins from 200 connections while 10,000 phones watch), then
# 10,000 phones on a plan with 500 institutions (scripts/plan-500.sh), then
# 10,000 phones split across two relays following the server through a
# nats-server with JetStream (skipped, with a note, without nats-server),
# and print one summary table. Each run gets its own server and data dir.
#
#   bash scripts/bench.sh            # once
#   RUNS=3 bash scripts/bench.sh     # three times, each table, then the medians
#
# Also: ONLY, a comma-separated list of benches to run (such as
# ONLY=hall-10k,relay-10k); PORT (default 18765; relays and NATS use the next three ports),
# TIME_LIMIT per rehearsal in seconds (default 300).
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in cargo curl awk sort od timeout mktemp; do
    command -v "$tool" >/dev/null || { echo "bench.sh needs $tool" >&2; exit 1; }
done

RUNS=${RUNS:-1}
PORT=${PORT:-18765}
TIME_LIMIT=${TIME_LIMIT:-300}
URL="http://127.0.0.1:$PORT"
BIN=target/release/assembly

# Both the server and the rehearsal hold one file per phone.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt 10300 ]; then
    echo "bench.sh needs 10,300 open files for 10,000 phones; this shell allows $(ulimit -n)." >&2
    echo "Raise the hard limit (as root: ulimit -Hn 20000) and run it again." >&2
    exit 1
fi

echo "==> cargo build --release" >&2
cargo build --release --quiet

KEY=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
WORK=$(mktemp -d)
SERVER_PID=""
SERVER_PLAN=""
# With RELAYS=yes, start_server also starts nats-server and two relays.
RELAYS=""
RELAY_PIDS=""
NATS_PORT=$((PORT + 3))
RELAY_URLS="http://127.0.0.1:$((PORT + 1)),http://127.0.0.1:$((PORT + 2))"
NATS_SERVER=$(command -v nats-server || { [ -x /usr/sbin/nats-server ] && echo /usr/sbin/nats-server; } || true)

stop_server() {
    for pid in $RELAY_PIDS $SERVER_PID; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    RELAY_PIDS=""
    SERVER_PID=""
}

wait_up() {
    local url=$1 pid=$2 log=$3
    for _ in $(seq 150); do
        if curl -fsS "$url/healthz" >/dev/null 2>&1; then
            return 0
        fi
        if ! kill -0 "$pid" 2>/dev/null; then
            break
        fi
        sleep 0.1
    done
    echo "$url did not come up:" >&2
    cat "$log" >&2
    exit 1
}
cleanup() {
    stop_server
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start_server() {
    local data
    data=$(mktemp -d "$WORK/data.XXXXXX")
    # Every simulated phone checks in from 127.0.0.1: lift the per-address
    # join rate that protects a real hall from a script minting devices.
    # SERVER_PLAN, when set, is the plan to serve (default: the demo).
    local link=()
    if [ -n "$RELAYS" ]; then
        # A fresh JetStream store per run: the stream starts empty. The
        # users and permissions are the deployment's own, so their checks
        # are part of what is measured.
        sed -e "s#/var/lib/nats#$data/nats#" -e "s#^listen: .*#listen: 127.0.0.1:$NATS_PORT#" \
            scripts/deploy/nats-server.conf >"$WORK/nats.conf"
        "$NATS_SERVER" -c "$WORK/nats.conf" >"$WORK/nats.log" 2>&1 &
        RELAY_PIDS="$!"
        for _ in $(seq 100); do
            (exec 3<>"/dev/tcp/127.0.0.1/$NATS_PORT") 2>/dev/null && break
            sleep 0.1
        done
        link=(--nats "nats://venue:CHANGE-ME-venue@127.0.0.1:$NATS_PORT" --assembly bench)
    fi
    RUST_LOG=warn NO_COLOR=1 "$BIN" serve ${SERVER_PLAN:+"$SERVER_PLAN"} --bind "127.0.0.1:$PORT" --data "$data" \
        --chair-key "$KEY" --join-rate 0 "${link[@]}" >"$WORK/server.log" 2>&1 &
    SERVER_PID=$!
    wait_up "$URL" "$SERVER_PID" "$WORK/server.log"
    if [ -n "$RELAYS" ]; then
        local port
        for port in $((PORT + 1)) $((PORT + 2)); do
            RUST_LOG=warn NO_COLOR=1 "$BIN" relay --bind "127.0.0.1:$port" --join-rate 0 \
                --nats "nats://relay:CHANGE-ME-relay@127.0.0.1:$NATS_PORT" --assembly bench >"$WORK/relay.$port.log" 2>&1 &
            RELAY_PIDS="$RELAY_PIDS $!"
            wait_up "http://127.0.0.1:$port" "$!" "$WORK/relay.$port.log"
        done
    fi
}

# The value column of one row of a rehearsal table (columns are split by
# two or more spaces), its first word only: "6120/s (1.63 s)" -> "6120/s".
value() {
    awk -F '  +' -v metric="$2" '$1 == metric { split($2, w, " "); print w[1]; exit }' "$1"
}

# One rehearsal against a fresh server; appends a line to results.tsv.
bench() {
    local run=$1 name=$2
    shift 2
    if [ -n "${ONLY:-}" ] && [[ ",$ONLY," != *",$name,"* ]]; then
        return 0
    fi
    local out="$WORK/$name.$run.out"
    # Other work on the machine skews every number: keep the load with them.
    local load
    load=$(cut -d ' ' -f 1 /proc/loadavg 2>/dev/null || echo "?")
    start_server
    echo "==> run $run: $name (load $load): assembly rehearse $*" >&2
    local code=0
    ASSEMBLY_CHAIR_KEY=$KEY timeout --foreground "$TIME_LIMIT" "$BIN" rehearse --url "$URL" "$@" \
        >"$out" 2>"$WORK/$name.$run.err" || code=$?
    stop_server
    cat "$out" >&2
    local verdict
    if [ "$code" = 124 ]; then
        verdict="TIMEOUT"
    else
        verdict=$(awk '/^verdict: / { sub(/^verdict: /, ""); sub(/ \(all targets met\)/, ""); print }' "$out")
        verdict=${verdict:-"ERROR: $(tail -n 1 "$WORK/$name.$run.err")"}
    fi
    local phones connect p50 p95 p99 max kib checkins
    phones=$(value "$out" "phones connected")
    connect=$(value "$out" "connect rate")
    p50=$(value "$out" "action to last phone p50")
    p95=$(value "$out" "action to last phone p95")
    p99=$(value "$out" "action to last phone p99")
    max=$(value "$out" "action to last phone max")
    kib=$(value "$out" "server memory per phone")
    checkins=$(value "$out" "check-in rate")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$run" "$name" \
        "${phones:--}" "${connect%/s}" "${p50:--}" "${p95:--}" "${p99:--}" "${max:--}" \
        "${kib:--}" "${checkins%/s}" "$load" "$verdict" >>"$WORK/results.tsv"
}

HEADER="run\tbench\tphones\tconnect/s\tp50 ms\tp95 ms\tp99 ms\tmax ms\tKiB/phone\tcheck-ins/s\tload\tverdict"

table() {
    { printf '%b\n' "$HEADER"; cat; } | awk -F '\t' '
        { for (i = 1; i <= NF; i++) { cell[NR, i] = ($i == "" ? "-" : $i); if (length(cell[NR, i]) > w[i]) w[i] = length(cell[NR, i]) } n = NR; if (NF > nf) nf = NF }
        END { for (r = 1; r <= n; r++) { line = ""; for (i = 1; i <= nf; i++) line = line sprintf(i < nf ? "%-" w[i] "s  " : "%s", cell[r, i]); print line } }'
}

: >"$WORK/results.tsv"
bash scripts/plan-500.sh >"$WORK/plan-500.toml"
for run in $(seq "$RUNS"); do
    bench "$run" hall-1k --phones 1000 --actions 20
    bench "$run" hall-5k --phones 5000 --actions 20
    bench "$run" hall-10k --phones 10000 --actions 20
    bench "$run" check-in --phones 10000 --actions 0 --check-ins 10000 --concurrency 200
    SERVER_PLAN="$WORK/plan-500.toml"
    bench "$run" plan-500 --phones 10000 --actions 20
    SERVER_PLAN=""
    if [ -n "$NATS_SERVER" ]; then
        RELAYS=yes
        bench "$run" relay-10k --phones 10000 --actions 20 --relay "$RELAY_URLS"
        RELAYS=""
    fi
    echo
    echo "run $run of $RUNS"
    awk -F '\t' -v run="$run" '$1 == run' "$WORK/results.tsv" | table
    # The relay target: chair action to the last phone through two relays
    # within 1.5x of one server's at the same size.
    awk -F '\t' -v run="$run" '$1 == run && $2 == "hall-10k" { single = $7 } $1 == run && $2 == "relay-10k" { relayed = $7 }
        END { if (single > 0 && relayed > 0) printf "relay-10k p99 / hall-10k p99 = %.2f (target <= 1.5): %s\n", relayed / single, (relayed / single <= 1.5 ? "ok" : "MISSED") }' "$WORK/results.tsv"
done
if [ -z "$NATS_SERVER" ]; then
    echo "relay-10k skipped: install nats-server (apt-get install nats-server) to bench relays"
fi

if [ "$RUNS" -gt 1 ]; then
    echo
    echo "medians over $RUNS runs (verdict: how many runs passed)"
    for name in hall-1k hall-5k hall-10k check-in plan-500 relay-10k; do
        # Benches left out (ONLY, or relays without nats-server) have no rows.
        awk -F '\t' -v name="$name" '$2 == name { found = 1 } END { exit !found }' "$WORK/results.tsv" || continue
        awk -F '\t' -v name="$name" '$2 == name' "$WORK/results.tsv" | awk -F '\t' -v runs="$RUNS" '
            { for (i = 3; i <= 11; i++) v[i, NR] = $i; n = NR; name = $2; if ($12 == "PASS") passed++ }
            END {
                line = "median\t" name
                for (i = 3; i <= 11; i++) {
                    m = 0
                    for (r = 1; r <= n; r++) if (v[i, r] ~ /^[0-9.]+$/) x[++m] = v[i, r] + 0
                    for (a = 2; a <= m; a++) { t = x[a]; for (b = a - 1; b >= 1 && x[b] > t; b--) x[b + 1] = x[b]; x[b + 1] = t }
                    if (i == 3) cell = v[3, 1]
                    else if (m == 0) cell = "-"
                    else cell = (m % 2 ? x[(m + 1) / 2] : (x[m / 2] + x[m / 2 + 1]) / 2)
                    line = line "\t" cell
                }
                printf "%s\t%d/%d PASS\n", line, passed, runs
            }'
    done | table
fi
