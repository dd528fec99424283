#!/usr/bin/env bash
# Print a plan with 500 member institutions: the bundled demo plus 488
# more, for rehearsing the largest hall the README promises.
#
#   bash scripts/plan-500.sh > /tmp/plan-500.toml
set -euo pipefail
cd "$(dirname "$0")/.."
cat assets/demo.toml
for i in $(seq 13 500); do
    printf '\n[[institution]]\nid = "member-%03d"\nname = "Member Institution %03d, Riverside Ward %d"\npromised = %d\n' \
        "$i" "$i" $((i % 40 + 1)) $((20 + i % 180))
done
