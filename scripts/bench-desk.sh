#!/usr/bin/env bash
# Years of use: does the desk stay fast? Writes a home of ASSEMBLIES
# assemblies (default 50) holding COMMITMENTS commitments in all (default
# 5,000; `assembly bench-home`: a night of check-ins, an answer for every
# commitment, a follow-up step for most), serves it with `assembly desk`,
# and times GET /desk, GET /api/desk and GET /desk/follow-up (every
# commitment of the home, and one holder's): the first after the start (every
# record read), then TIMES more (default 20; from the summaries kept), and
# the first after one assembly's record changed. Target: under 300 ms each.
# Then `assembly publish` of the whole home: under 10 s.
#
#   bash scripts/bench-desk.sh
#   ASSEMBLIES=100 COMMITMENTS=20000 bash scripts/bench-desk.sh
#
# Loopback only, on a port the system picks; every wait is bounded.
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in cargo curl sort awk mktemp grep; do
    command -v "$tool" >/dev/null || { echo "bench-desk.sh needs $tool" >&2; exit 1; }
done

ASSEMBLIES=${ASSEMBLIES:-50}
COMMITMENTS=${COMMITMENTS:-5000}
TIMES=${TIMES:-20}
BIN=target/release/assembly
KEY=bench-desk-key-0123456789abcdef

echo "==> cargo build --release" >&2
nice -n 15 cargo build --release --quiet

WORK=$(mktemp -d)
DESK_PID=""
cleanup() {
    if [ -n "$DESK_PID" ]; then
        kill "$DESK_PID" 2>/dev/null || true
        wait "$DESK_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

started=$(date +%s%N)
"$BIN" bench-home --home "$WORK/home" --assemblies "$ASSEMBLIES" --commitments "$COMMITMENTS"
echo "wrote $ASSEMBLIES assemblies, $COMMITMENTS commitments in $(( ($(date +%s%N) - started) / 1000000 )) ms ($(du -sh "$WORK/home" | cut -f1))"

RUST_LOG=warn NO_COLOR=1 "$BIN" desk --home "$WORK/home" --bind 127.0.0.1:0 --chair-key "$KEY" \
    >"$WORK/desk.out" 2>"$WORK/desk.err" &
DESK_PID=$!
URL=""
for _ in $(seq 300); do
    URL=$(sed -n 's#^listening on \(http://.*\)$#\1#p' "$WORK/desk.out")
    [ -n "$URL" ] && break
    kill -0 "$DESK_PID" 2>/dev/null || { cat "$WORK/desk.err" >&2; exit 1; }
    sleep 0.1
done
[ -n "$URL" ] || { echo "the desk did not start" >&2; exit 1; }

# One timed GET, in ms; fails the bench on anything but 200.
get() {
    local out
    out=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -H "Authorization: Bearer $KEY" "$URL$1")
    [ "${out%% *}" = 200 ] || { echo "GET $1 answered ${out%% *}" >&2; exit 1; }
    awk -v s="${out##* }" 'BEGIN { printf "%.1f\n", s * 1000 }'
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

verdict() { awk -v ms="$1" 'BEGIN { print (ms < 300 ? "ok" : "MISSED") }'; }

cold=$(get /desk)
warm=$(for _ in $(seq "$TIMES"); do get /desk; done | median)
api=$(for _ in $(seq "$TIMES"); do get /api/desk; done | median)
follow=$(for _ in $(seq "$TIMES"); do get /desk/follow-up; done | median)
holder=$(for _ in $(seq "$TIMES"); do get "/desk/follow-up?holder=holder-1&status=broken"; done | median)
# One assembly goes live: its summary comes from its hub from then on.
first=$(ls "$WORK/home" | grep -m1 assembly-)
curl -s -o /dev/null -X POST -H "Authorization: Bearer $KEY" -H "Origin: $URL" \
    -d "id=$first" "$URL/desk/live"
live=$(get /desk)
live_warm=$(for _ in $(seq "$TIMES"); do get /desk; done | median)

started=$(date +%s%N)
"$BIN" publish --home "$WORK/home" --out "$WORK/site" >/dev/null
published=$(( ($(date +%s%N) - started) / 1000000 ))

echo
echo "home of $ASSEMBLIES assemblies, $COMMITMENTS commitments (target: each under 300 ms)"
printf '%-44s %8s ms  %s\n' "GET /desk, first after the start" "$cold" "$(verdict "$cold")"
printf '%-44s %8s ms  %s\n' "GET /desk, median of $TIMES after" "$warm" "$(verdict "$warm")"
printf '%-44s %8s ms  %s\n' "GET /api/desk, median of $TIMES" "$api" "$(verdict "$api")"
printf '%-44s %8s ms  %s\n' "GET /desk/follow-up (every commitment)" "$follow" "$(verdict "$follow")"
printf '%-44s %8s ms  %s\n' "GET /desk/follow-up, one holder, broken" "$holder" "$(verdict "$holder")"
printf '%-44s %8s ms  %s\n' "GET /desk, first with one assembly live" "$live" "$(verdict "$live")"
printf '%-44s %8s ms  %s\n' "GET /desk, median of $TIMES with one live" "$live_warm" "$(verdict "$live_warm")"
printf '%-44s %8s ms  %s (target: under 10 s; %s files, %s)\n' "assembly publish, the whole home" "$published" \
    "$(awk -v ms="$published" 'BEGIN { print (ms < 10000 ? "ok" : "MISSED") }')" \
    "$(find "$WORK/site" -type f | wc -l)" "$(du -sh "$WORK/site" | cut -f1)"
