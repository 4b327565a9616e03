#!/usr/bin/env bash
# Builds the benchmarks and runs the suite with settings fit for two cores, then writes
# docs/PERFORMANCE.md (tables of the results, the machine and the JMH settings).
#
#   benchmarks/run.sh            full run (about 25 minutes on 2 cores)
#   QUICK=1 benchmarks/run.sh    short run for a smoke check (numbers are rough)
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q -B package -DskipTests -pl benchmarks -am
jar=benchmarks/target/benchmarks.jar
out=benchmarks/target/results
mkdir -p "$out"

if [ "${QUICK:-0}" = "1" ]; then
  single=(-wi 2 -w 1 -i 3 -r 1 -f 1)
  pop=(-wi 1 -w 2 -i 2 -r 2 -f 1 -p households=1000,100000)
else
  single=(-wi 5 -w 2 -i 5 -r 2 -f 1)
  pop=(-wi 3 -w 2 -i 5 -r 2 -f 1)
fi

java -jar "$jar" 'DecisionBenchmarks|PolicyBenchmarks' "${single[@]}" -prof gc -rf json -rff "$out/single.json" | tee "$out/single.txt"
java -jar "$jar" ScreeningThroughputBenchmarks "${pop[@]}" -t 1 -prof gc -rf json -rff "$out/screening-1t.json" | tee "$out/screening-1t.txt"
java -jar "$jar" ScreeningThroughputBenchmarks "${pop[@]}" -t 2 -rf json -rff "$out/screening-2t.json" | tee "$out/screening-2t.txt"

java -cp "$jar" org.minzheng.benchmarks.PerformanceReport "$out" docs/PERFORMANCE.md
echo "wrote docs/PERFORMANCE.md"
