#!/usr/bin/env bash
# Every figure of docs/performance.md in one sitting, in the order the doc gives them: the bench/ module
# (the calculators beside the other engines, the whole policy, the throughput), FastPathBenchmark (the
# fast and explained methods beside hand-written code), the cold ./polc check and CompilerBenchmark.
# About 15 minutes on this project's 2-core machine; run it with nothing else running. Each step's
# output goes to target/measure/<step>.log, and target/measure/times.txt has the time and load
# before each step, to be quoted beside the figures.
#
#   bench/measure-all.sh                     # the doc's settings: 1 fork, 5 × 1 s warm-up and measurement
#   bench/measure-all.sh "-f 3 -wi 5 -i 10 -r 2s -w 2s"   # steadier, about three times as long
set -euo pipefail
cd "$(dirname "$0")/.."
jmh="${1:--f 1 -wi 5 -i 5 -r 1s -w 1s}"
out=target/measure
mkdir -p "$out"
stamp() { echo "== $1 $(date -u +%FT%H:%MZ) load $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/times.txt"; }
: > "$out/times.txt"

stamp bench
# The calculators are compiled afresh: javac does not recompile them when only the runtime changed.
rm -rf src/calculators/target/classes
mvn -B -o -Pbench -pl bench -am -DskipTests verify "-Dbench.args=$jmh -prof gc" > "$out/bench.log" 2>&1

stamp fast-path
rm -rf src/compiler/target/test-classes/org/polc/policies
mvn -B -o -q -Pcompiler-bench -DskipTests test-compile \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.includeScope=test "-Dmdep.outputFile=$PWD/$out/compiler-classpath.txt" -pl src/runtime,src/compiler \
    > "$out/fast-path-build.log" 2>&1
# shellcheck disable=SC2086
java -Dfile.encoding=UTF-8 \
    -cp "src/compiler/target/test-classes:src/compiler/target/classes:$(cat "$out/compiler-classpath.txt")" \
    org.openjdk.jmh.Main FastPathBenchmark $jmh -prof gc > "$out/fast-path.log" 2>&1

stamp cold
bench/cold-check.sh -n 10 > "$out/cold.log" 2>&1

stamp compiler
mvn -B -o -Pcompiler-bench -pl src/compiler -am -DskipTests verify -Dpolc.bench=CompilerBenchmark \
    > "$out/compiler.log" 2>&1

stamp done
cat "$out/times.txt"
