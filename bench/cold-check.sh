#!/usr/bin/env bash
# Cold start of the compiler, measured as a user meets it: runs a command N times (default
# `./polc check policies`, from the repository root), each in a new JVM, and prints the median,
# minimum and maximum wall-clock time and the largest resident set size.
#
#   bench/cold-check.sh                      # 10 runs of ./polc check policies
#   bench/cold-check.sh -n 20                # 20 runs
#   bench/cold-check.sh -n 5 -- java -jar target/polc-0.1.0-SNAPSHOT-cli.jar check policies
#
# One run first, not counted, so that the launcher has built its jar (and its class-data archive).
# The machine's other load is printed beside the figures: the numbers mean little without it.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=10
if [ "${1:-}" = "-n" ]; then runs="$2"; shift 2; fi
if [ "${1:-}" = "--" ]; then shift; fi
if [ "$#" -eq 0 ]; then set -- ./polc check policies; fi

"$@" >/dev/null 2>&1 || { echo "cold-check: the command failed: $*" >&2; "$@" >/dev/null; exit 1; }
times=()
rss=0
for ((i = 0; i < runs; i++)); do
  start=$(date +%s%N)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f '%M' -o /tmp/cold-check.$$ "$@" >/dev/null 2>&1
    kb=$(tail -1 /tmp/cold-check.$$)
    if [ "$kb" -gt "$rss" ]; then rss=$kb; fi
  else
    "$@" >/dev/null 2>&1
  fi
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done
rm -f /tmp/cold-check.$$
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
n=${#sorted[@]}
if (( n % 2 )); then median=${sorted[n / 2]}; else median=$(( (sorted[n / 2 - 1] + sorted[n / 2]) / 2 )); fi
echo "command: $*"
echo "runs: $n  median: ${median} ms  min: ${sorted[0]} ms  max: ${sorted[n - 1]} ms  max RSS: $(( rss / 1024 )) MB"
echo "all (ms): ${times[*]}"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)  cores: $(nproc)  $(java -version 2>&1 | head -1)"
