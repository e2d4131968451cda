#!/usr/bin/env bash
# Times `./wte evaluate` as a user runs it on generated tenders of growing size: whole-process wall time, peak
# resident memory and the size of evaluation.json, and the growth exponent between successive sizes
# (log(t2/t1) / log(n2/n1)). WTE_JAVA_OPTS, if set, is passed to the launcher; WTE_EVALUATE_ARGS, if set, to
# `wte evaluate` (e.g. --xlsx).
# Usage, from the repository root: bash bench/scale.sh [N ...]   (default: 10 100 1000)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(10 100 1000)

mvn -B -q -pl bench -am package -DskipTests
./wte validate cases/vn-bac-ninh > /dev/null  # builds the class-data archive the launcher maps
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

printf '%8s %10s %10s %14s %9s\n' bids seconds MiB evaluation.json exponent
prev_n="" prev_t=""
for n in "${sizes[@]}"; do
  java -cp bench/target/benchmarks.jar org.wteval.bench.LargeTender cases/vn-bac-ninh "$n" "$work/case-$n"
  # shellcheck disable=SC2086 # the extra arguments are words
  /usr/bin/time -f '%e %M' -o "$work/time" ./wte evaluate "$work/case-$n" \
    --out "$work/out-$n" ${WTE_EVALUATE_ARGS:-} > /dev/null
  read -r t kb < "$work/time"
  bytes=$(stat -c %s "$work/out-$n/evaluation.json")
  exponent="-"
  if [ -n "$prev_n" ]; then
    exponent=$(awk -v t1="$prev_t" -v t2="$t" -v n1="$prev_n" -v n2="$n" 'BEGIN { printf "%.2f", log(t2/t1)/log(n2/n1) }')
  fi
  printf '%8d %10.2f %10d %14d %9s\n' "$n" "$t" $((kb / 1024)) "$bytes" "$exponent"
  prev_n=$n prev_t=$t
  rm -rf "$work/case-$n" "$work/out-$n"
done
