#!/usr/bin/env bash
# Times the cold start of `./wte evaluate CASE` as a user runs it: N runs (default 10) after one that builds the jar
# and its class-data archive, each a fresh JVM; prints the median and range of wall time, user CPU time and peak
# resident memory, without and with --xlsx, and the load average before and after.
# Usage, from the repository root: bash bench/coldstart.sh [CASE] [N]   (default: cases/id-west-java 10)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
case_dir="${1:-cases/id-west-java}"
runs="${2:-10}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

./wte evaluate "$case_dir" --out "$work/warm" > /dev/null
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for variant in "" "--xlsx"; do
  : > "$work/times"
  for i in $(seq "$runs"); do
    # shellcheck disable=SC2086 # the variant is one word or none
    /usr/bin/time -f '%e %U %M' -a -o "$work/times" ./wte evaluate "$case_dir" --out "$work/out-$i" $variant \
      > /dev/null
  done
  stat() { # column name unit divisor: the median (range) of one column
    cut -d' ' -f"$1" "$work/times" | sort -g | awk -v name="$2" -v unit="$3" -v div="$4" '
      { v[NR] = $1 / div }
      END { printf "%s %.2f%s (%.2f-%.2f)", name, v[int((NR + 1) / 2)], unit, v[1], v[NR] }'
  }
  printf '%-7s %s  %s  %s  over %d runs\n' "${variant:-plain}" "$(stat 1 wall ' s' 1)" \
    "$(stat 2 'user CPU' ' s' 1)" "$(stat 3 peak ' MiB' 1024)" "$runs"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
