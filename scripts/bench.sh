#!/usr/bin/env bash
# Rehearse a hall against a fresh release server on this machine: 1,000,
# 5,000 and 10,000 phones with 20 chair actions each, then a check-in surge
# (10,000 check-ins from 200 connections while 10,000 phones watch), then
# 10,000 phones on a plan with 500 institutions (scripts/plan-500.sh), then
# 10,000 and then 20,000 phones split across two relays following the
# server through a nats-server with JetStream, and the check-in surge
# again through those relays (skipped, with a note, without nats-server),
# and print one summary table. 20,000 phones are
# more sockets than one process may open here: rehearse then holds them in
# child processes, one per relay. Each run gets its own server and data dir.
#
# Every bench runs twice: against `assembly serve` and against `assembly
# bare`, the bare limit of the same protocol (no record, no pages,
# src/rehearse/bare.rs; for the relays' benches, `assembly bare --nats` and
# two `assembly bare-relay`s, src/rehearse/bare_relay.rs), and the table
# gives each figure beside its ratio to bare from the same run: on a shared
# machine absolute figures swing by 2x between runs, the ratio holds. The
# relay targets are printed with the bare protocol's own ratio beside them.
#
#   bash scripts/bench.sh            # once
#   RUNS=3 bash scripts/bench.sh     # three times, each table, then the medians
#   UPDATE_DOCS=yes bash scripts/bench.sh  # and write the table into README.md
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

# A fresh nats-server (its JetStream store in $1): the stream starts
# empty. The users and permissions are the deployment's own, so their
# checks are part of what is measured.
start_nats() {
    sed -e "s#/var/lib/nats#$1/nats#" -e "s#^listen: .*#listen: 127.0.0.1:$NATS_PORT#" \
        scripts/deploy/nats-server.conf >"$WORK/nats.conf"
    "$NATS_SERVER" -c "$WORK/nats.conf" >"$WORK/nats.log" 2>&1 &
    RELAY_PIDS="$!"
    for _ in $(seq 100); do
        (exec 3<>"/dev/tcp/127.0.0.1/$NATS_PORT") 2>/dev/null && break
        sleep 0.1
    done
}

# The bare protocol server, in place of `assembly serve` (with RELAYS=yes:
# with `--nats`, and two `assembly bare-relay`s in place of the relays).
start_bare() {
    local link=()
    if [ -n "$RELAYS" ]; then
        start_nats "$(mktemp -d "$WORK/data.XXXXXX")"
        link=(--nats "nats://venue:CHANGE-ME-venue@127.0.0.1:$NATS_PORT")
    fi
    RUST_LOG=warn NO_COLOR=1 "$BIN" bare ${SERVER_PLAN:+"$SERVER_PLAN"} --bind "127.0.0.1:$PORT" \
        --chair-key "$KEY" "${link[@]}" >"$WORK/server.log" 2>&1 &
    SERVER_PID=$!
    wait_up "$URL" "$SERVER_PID" "$WORK/server.log"
    if [ -n "$RELAYS" ]; then
        local port
        for port in $((PORT + 1)) $((PORT + 2)); do
            RUST_LOG=warn NO_COLOR=1 "$BIN" bare-relay --bind "127.0.0.1:$port" \
                --nats "nats://relay:CHANGE-ME-relay@127.0.0.1:$NATS_PORT" >"$WORK/relay.$port.log" 2>&1 &
            RELAY_PIDS="$RELAY_PIDS $!"
            wait_up "http://127.0.0.1:$port" "$!" "$WORK/relay.$port.log"
        done
    fi
}

start_server() {
    local data
    data=$(mktemp -d "$WORK/data.XXXXXX")
    # Every simulated phone checks in from 127.0.0.1: lift the per-address
    # join rate that protects a real hall from a script minting devices.
    # SERVER_PLAN, when set, is the plan to serve (default: the demo).
    local link=()
    if [ -n "$RELAYS" ]; then
        start_nats "$data"
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

# One rehearsal against a fresh server (TARGET=bare: the bare protocol
# server); appends a line to results.tsv.
bench() {
    local run=$1 name=$2
    shift 2
    if [ -n "${ONLY:-}" ] && [[ ",$ONLY," != *",$name,"* ]]; then
        return 0
    fi
    local target=${TARGET:-assembly}
    local out="$WORK/$name.$target.$run.out"
    # Other work on the machine skews every number: keep the load with them.
    local load
    load=$(cut -d ' ' -f 1 /proc/loadavg 2>/dev/null || echo "?")
    if [ "$target" = bare ]; then start_bare; else start_server; fi
    echo "==> run $run: $name on $target (load $load): assembly rehearse $*" >&2
    local code=0
    ASSEMBLY_CHAIR_KEY=$KEY timeout --foreground "$TIME_LIMIT" "$BIN" rehearse --url "$URL" "$@" \
        >"$out" 2>"$WORK/$name.$target.$run.err" || code=$?
    stop_server
    cat "$out" >&2
    local verdict
    if [ "$code" = 124 ]; then
        verdict="TIMEOUT"
    else
        verdict=$(awk '/^verdict: / { sub(/^verdict: /, ""); sub(/ \(all targets met\)/, ""); print }' "$out")
        verdict=${verdict:-"ERROR: $(tail -n 1 "$WORK/$name.$target.$run.err")"}
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
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$run" "$name" "$target" \
        "${phones:--}" "${connect%/s}" "${p50:--}" "${p95:--}" "${p99:--}" "${max:--}" \
        "${kib:--}" "${checkins%/s}" "$load" "$verdict" >>"$WORK/results.tsv"
}

# A bench against `assembly serve`, then the same against the bare server.
both() {
    bench "$@"
    TARGET=bare bench "$@"
}

# One row per bench of one run (or of the medians): assembly's figures,
# each beside its ratio to the bare server's from the same run. Reads
# results.tsv rows (run, bench, target, phones, connect, p50, p95, p99, max,
# KiB, check-ins, load, verdict) for the runs wanted; with several runs
# each figure and each ratio is the median over them. Prints tab-separated
# cells: bench, phones, connect/s, x, p99, x, KiB, x, check-ins/s, x, load,
# verdict.
rows() {
    awk -F '\t' -v runs="$1" '
        function median(list,   n, a, i, j, t, x) {
            n = split(list, a, " ")
            if (n == 0) return "-"
            for (i = 2; i <= n; i++) { t = a[i] + 0; for (j = i - 1; j >= 1 && a[j] + 0 > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
            x = (n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2)
            return x
        }
        function num(v) { return v ~ /^[0-9.]+$/ }
        function put(key, v) { if (num(v)) list[key] = list[key] " " v }
        BEGIN { split(runs, r, ","); for (i in r) wanted[r[i]] = 1 }
        !($1 in wanted) { next }
        {
            b = $2; t = $3
            if (!(b in seen)) { seen[b] = 1; order[++n] = b }
            if (t == "assembly") { phones[b] = $4; load[b] = load[b] " " $12; if ($13 == "PASS") passed[b]++; runs_of[b]++; verdict[b] = $13 }
            for (i = 5; i <= 11; i++) v[$1, b, t, i] = $i
            if (t == "assembly") for (i = 5; i <= 11; i++) put(b SUBSEP i, $i)
        }
        END {
            split("5 8 10 11", cols, " ")
            for (k = 1; k <= n; k++) {
                b = order[k]
                # Ratios per run, then their median.
                for (c in cols) {
                    i = cols[c]; ratios = ""
                    for (run in wanted) {
                        a = v[run, b, "assembly", i]; z = v[run, b, "bare", i]
                        if (num(a) && num(z) && z + 0 > 0) ratios = ratios " " (a / z)
                    }
                    ratio[i] = (ratios == "" ? "-" : sprintf("%.2f", median(ratios)))
                }
                fig = ""
                for (c = 1; c <= 4; c++) {
                    i = cols[c]; m = median(list[b SUBSEP i])
                    fig = fig "\t" (m == "-" ? "-" : (i == 10 ? sprintf("%.1f", m) : (i == 8 ? sprintf("%.1f", m) : sprintf("%.0f", m)))) "\t" ratio[i]
                }
                vd = (runs_of[b] > 1 ? (passed[b] + 0) "/" runs_of[b] " PASS" : verdict[b])
                printf "%s\t%s%s\t%s\t%s\n", b, phones[b], fig, median(load[b]), vd
            }
        }' "$WORK/results.tsv"
}

HEADER="bench\tphones\tconnect/s\tx bare\tp99 ms\tx bare\tKiB/phone\tx bare\tcheck-ins/s\tx bare\tload\tverdict"

table() {
    { printf '%b\n' "$HEADER"; cat; } | awk -F '\t' '
        { for (i = 1; i <= NF; i++) { cell[NR, i] = ($i == "" ? "-" : $i); if (length(cell[NR, i]) > w[i]) w[i] = length(cell[NR, i]) } n = NR; if (NF > nf) nf = NF }
        END { for (r = 1; r <= n; r++) { line = ""; for (i = 1; i <= nf; i++) line = line sprintf(i < nf ? "%-" w[i] "s  " : "%s", cell[r, i]); print line } }'
}

markdown() {
    { printf '%b\n' "$HEADER"; cat; } | awk -F '\t' '
        { line = "|"; for (i = 1; i <= NF; i++) line = line " " ($i == "" ? "-" : $i) " |"; print line
          if (NR == 1) { line = "|"; for (i = 1; i <= NF; i++) line = line "---|"; print line } }'
}

# The relay targets: chair action to the last phone through two relays
# (10,000 phones, then 20,000) within 1.5x of one server's at 10,000; and
# check-ins through them at least 0.7x the server's own (the check-in row).
relay_ratio() {
    awk -F '\t' -v runs="$1" 'BEGIN { split(runs, r, ","); for (i in r) wanted[r[i]] = 1 }
        !($1 in wanted) { next }
        $2 == "hall-10k" { single[$1, $3] = $8 }
        $2 == "check-in" { own[$1, $3] = $11 }
        $2 == "relay-check-in" { through[$1, $3] = $11 }
        $2 ~ /^relay-[0-9]/ { relayed[$1, $2, $3] = $8 }
        function ratio(a, b) { return (a > 0 && b > 0) ? a / b : -1 }
        function bare(x) { return x < 0 ? "" : sprintf("; the bare protocol through bare relays: %.2f", x) }
        END { for (key in relayed) { split(key, k, SUBSEP); run = k[1]; b = k[2]
                if (k[3] != "assembly") continue
                x = ratio(relayed[key], single[run, "assembly"])
                if (x >= 0) printf "run %s: %s p99 / hall-10k p99 = %.2f (target <= 1.5): %s%s\n", run, b, x, (x <= 1.5 ? "ok" : "MISSED"), bare(ratio(relayed[run, b, "bare"], single[run, "bare"])) }
              for (key in through) { split(key, k, SUBSEP); run = k[1]
                if (k[2] != "assembly") continue
                x = ratio(through[key], own[run, "assembly"])
                if (x >= 0) printf "run %s: relay-check-in check-ins/s / check-in check-ins/s = %.2f (target >= 0.7): %s%s\n", run, x, (x >= 0.7 ? "ok" : "MISSED"), bare(ratio(through[run, "bare"], own[run, "bare"])) } }' "$WORK/results.tsv" | sort
}

: >"$WORK/results.tsv"
bash scripts/plan-500.sh >"$WORK/plan-500.toml"
all=""
for run in $(seq "$RUNS"); do
    all="${all:+$all,}$run"
    both "$run" hall-1k --phones 1000 --actions 20
    both "$run" hall-5k --phones 5000 --actions 20
    both "$run" hall-10k --phones 10000 --actions 20
    both "$run" check-in --phones 10000 --actions 0 --check-ins 10000 --concurrency 200
    SERVER_PLAN="$WORK/plan-500.toml"
    both "$run" plan-500 --phones 10000 --actions 20
    SERVER_PLAN=""
    if [ -n "$NATS_SERVER" ]; then
        RELAYS=yes
        both "$run" relay-10k --phones 10000 --actions 20 --relay "$RELAY_URLS"
        both "$run" relay-20k --phones 20000 --actions 20 --relay "$RELAY_URLS"
        both "$run" relay-check-in --phones 10000 --actions 0 --check-ins 10000 --concurrency 200 \
            --relay "$RELAY_URLS"
        RELAYS=""
    fi
    echo
    echo "run $run of $RUNS (x bare: assembly's figure over the bare protocol server's, same run)"
    rows "$run" | table
    relay_ratio "$run"
done
if [ -z "$NATS_SERVER" ]; then
    echo "relay-10k skipped: install nats-server (apt-get install nats-server) to bench relays"
fi
if [ "$RUNS" -gt 1 ]; then
    echo
    echo "medians over $RUNS runs (each ratio is the median of the runs' own ratios)"
    rows "$all" | table
fi

# The README's table: this script's output, never edited by hand.
if [ "${UPDATE_DOCS:-}" = yes ]; then
    cpu=$(awk -F ': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
    {
        echo "<!-- bench:start (written by UPDATE_DOCS=yes bash scripts/bench.sh; do not edit) -->"
        echo
        echo "\`RUNS=$RUNS bash scripts/bench.sh\` on $(date -u +%Y-%m-%d), $(nproc) cores${cpu:+ ($cpu)}, every process on this machine over loopback$( [ "$RUNS" -gt 1 ] && echo "; medians of the runs")."
        echo "\"x bare\" is the figure over the bare protocol server's (\`assembly bare\`) in the same run: lower is better for p99 and memory, higher for the rates."
        echo
        rows "$all" | markdown
        ratios=$(relay_ratio "$all")
        if [ -n "$ratios" ]; then
            echo
            echo "$ratios" | sed 's/^/- /'
        fi
        echo
        echo "<!-- bench:end -->"
    } >"$WORK/table.md"
    awk -v table="$WORK/table.md" '
        /<!-- bench:start/ { while ((getline line < table) > 0) print line; skip = 1; next }
        /<!-- bench:end -->/ { skip = 0; next }
        !skip' README.md >"$WORK/README.md"
    if cmp -s README.md "$WORK/README.md" || ! grep -q '<!-- bench:start' README.md; then
        echo "README.md has no <!-- bench:start --> ... <!-- bench:end --> block to write the table into" >&2
        exit 1
    fi
    cp "$WORK/README.md" README.md
    echo "wrote the table into README.md"
fi
