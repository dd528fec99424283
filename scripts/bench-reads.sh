#!/usr/bin/env bash
# Do readers delay the chair? Times the chair's command (POST /api/command,
# an `extend` of one second) on a fresh release server with the
# 500-institution plan (scripts/plan-500.sh): first idle, then while
# READERS anonymous loops download one read over and over (default the
# record workbook, /export/record.xlsx), and as a control while the same
# loops read /healthz (what the loops cost the machine themselves). Prints
# the median and the largest time of each, and the ratio of the busy
# median to the idle one (target: at most 1.5).
#
#   bash scripts/bench-reads.sh
#   READ=/report READERS=8 COMMANDS=200 bash scripts/bench-reads.sh
#
# Loopback only; every loop is bounded by COMMANDS and the server is
# stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in cargo curl sort awk od mktemp; do
    command -v "$tool" >/dev/null || { echo "bench-reads.sh needs $tool" >&2; exit 1; }
done

READ=${READ:-/export/record.xlsx}
READERS=${READERS:-8}
COMMANDS=${COMMANDS:-200}
PORT=${PORT:-18775}
URL="http://127.0.0.1:$PORT"
BIN=target/release/assembly

echo "==> cargo build --release" >&2
cargo build --release --quiet

KEY=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
WORK=$(mktemp -d)
SERVER_PID=""
READER_PIDS=""
stop() {
    for pid in $READER_PIDS $SERVER_PID; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$WORK"
}
trap stop EXIT

bash scripts/plan-500.sh > "$WORK/plan.toml"
"$BIN" serve "$WORK/plan.toml" --data "$WORK/data" --bind "127.0.0.1:$PORT" \
    --chair-key "$KEY" --public-url "$URL" --join-rate 0 >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 300); do
    curl -sf "$URL/healthz" >/dev/null && break
    sleep 0.1
done
curl -sf "$URL/healthz" >/dev/null || { cat "$WORK/server.log" >&2; exit 1; }

command() {
    curl -s -o /dev/null -w '%{time_total}\n' -X POST "$URL/api/command" \
        -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
        -d "$1"
}
command '{"cmd":"start"}' >/dev/null

# The chair's commands, one after another; prints "median max" in ms.
chair() {
    for _ in $(seq "$COMMANDS"); do
        command '{"cmd":"extend","seconds":1}'
    done | awk '{ print $1 * 1000 }' | sort -n | awk '
        { t[NR] = $1 }
        END { printf "%.2f %.2f\n", t[int((NR + 1) / 2)], t[NR] }'
}

# READERS loops downloading $1 over and over, in the background: each
# curl reads it 50 times on one kept-alive connection, at the lowest
# priority, so the loops cost the machine little beside what they ask of
# the server (they stand for laptops elsewhere in the hall).
readers() {
    local many=()
    for _ in $(seq 50); do many+=(-o /dev/null "$URL$1"); done
    for _ in $(seq "$READERS"); do
        ( for _ in $(seq "$COMMANDS"); do
              nice -n 19 curl -s "${many[@]}" || true
          done ) &
        READER_PIDS="$READER_PIDS $!"
    done
    sleep 1
}
stop_readers() {
    for pid in $READER_PIDS; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    READER_PIDS=""
}

read -r idle_p50 idle_max < <(chair)
# The control: the same loops reading /healthz, which costs the server
# almost nothing, so what is left is the loops' own cost on the machine.
readers /healthz
read -r control_p50 control_max < <(chair)
stop_readers
bytes=$(curl -s -o /dev/null -w '%{size_download}' "$URL$READ")
readers "$READ"
read -r busy_p50 busy_max < <(chair)
stop_readers

printf '%-46s %10s %10s\n' "chair command (POST /api/command)" "p50 ms" "max ms"
printf '%-46s %10s %10s\n' "idle" "$idle_p50" "$idle_max"
printf '%-46s %10s %10s\n' "$READERS readers of /healthz (the control)" "$control_p50" "$control_max"
printf '%-46s %10s %10s\n' "$READERS readers of $READ ($bytes bytes)" "$busy_p50" "$busy_max"
awk -v a="$busy_p50" -v b="$idle_p50" -v c="$control_p50" 'BEGIN {
    r = a / b
    printf "busy p50 / idle p50 = %.2f (target <= 1.5): %s; the control alone gives %.2f\n", r, (r <= 1.5 ? "ok" : "missed"), c / b
}'
