#!/usr/bin/env bash
# Cold start of the compiler, measured as a user meets it: runs a command N times (default
# `./polc check policies`, from the repository root), each in a new JVM, and prints the median,
# minimum and maximum wall-clock time, the median CPU time (user + system, all threads: less sensitive
# than wall-clock time to other work on the machine, but it counts the JIT's and GC's threads too) and
# the largest resident set size.
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
cpus=()
rss=0
for ((i = 0; i < runs; i++)); do
  start=$(date +%s%N)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f '%M %U %S' -o /tmp/cold-check.$$ "$@" >/dev/null 2>&1 || true
    read -r kb user sys < <(tail -1 /tmp/cold-check.$$)
    if [ "$kb" -gt "$rss" ]; then rss=$kb; fi
    cpus+=($(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%d", (u + s) * 1000 }'))
  else
    "$@" >/dev/null 2>&1 || true
  fi
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done
rm -f /tmp/cold-check.$$
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
n=${#sorted[@]}
if (( n % 2 )); then median=${sorted[n / 2]}; else median=$(( (sorted[n / 2 - 1] + sorted[n / 2]) / 2 )); fi
cpu=""
if [ "${#cpus[@]}" -gt 0 ]; then
  cs=($(printf '%s\n' "${cpus[@]}" | sort -n))
  cpu="  median CPU: ${cs[${#cs[@]} / 2]} ms"
fi
echo "command: $*"
echo "runs: $n  median: ${median} ms  min: ${sorted[0]} ms  max: ${sorted[n - 1]} ms${cpu}  max RSS: $(( rss / 1024 )) MB"
echo "all (ms): ${times[*]}"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)  cores: $(nproc)  $(java -version 2>&1 | head -1)"
