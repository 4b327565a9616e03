#!/usr/bin/env bash
# Builds the benchmarks and runs the suite with settings fit for two cores, then writes
# docs/PERFORMANCE.md (tables of the results, the machine and the JMH settings).
#
#   benchmarks/run.sh                      full run (about 35 minutes on 2 cores)
#   QUICK=1 benchmarks/run.sh              short run for a smoke check (numbers are rough)
#   SIDE_BY_SIDE_ONLY=1 benchmarks/run.sh  only the DMN side-by-side (about 10 minutes; QUICK=1 applies too)
#
# The side-by-side times minzheng's dibao against the same decision as a DMN model in KIE DMN
# (benchmarks/dmn-kie) and jDMN (benchmarks/dmn-jdmn), each engine in its own shaded jar so
# their dependencies never meet. `./mvnw verify` has already checked, in each DMN module's
# agreement test, that the engines answer exactly as minzheng does.
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q -B package -DskipTests -pl benchmarks,benchmarks/dmn-kie,benchmarks/dmn-jdmn -am
jar=benchmarks/target/benchmarks.jar
kie=benchmarks/dmn-kie/target/benchmarks-dmn-kie.jar
jdmn=benchmarks/dmn-jdmn/target/benchmarks-dmn-jdmn.jar
out=benchmarks/target/results
mkdir -p "$out"

if [ "${QUICK:-0}" = "1" ]; then
  single=(-wi 2 -w 1 -i 3 -r 1 -f 1)
  pop=(-wi 1 -w 2 -i 2 -r 2 -f 1 -p households=1000,100000)
  engines=(-wi 3 -w 1 -i 3 -r 1 -f 1)
  cold=(-f 2)
else
  single=(-wi 5 -w 2 -i 5 -r 2 -f 1)
  pop=(-wi 3 -w 2 -i 5 -r 2 -f 1)
  # the DMN engines warm up slowly (KIE compiles FEEL on the fly): 10 × 2 s, and the same for minzheng
  engines=(-wi 10 -w 2 -i 5 -r 2 -f 1)
  cold=(-f 5)
fi

if [ "${SIDE_BY_SIDE_ONLY:-0}" != "1" ]; then
  java -jar "$jar" 'DecisionBenchmarks|PolicyBenchmarks' "${single[@]}" -prof gc -rf json -rff "$out/single.json" | tee "$out/single.txt"
  java -jar "$jar" ScreeningThroughputBenchmarks "${pop[@]}" -t 1 -prof gc -rf json -rff "$out/screening-1t.json" | tee "$out/screening-1t.txt"
  java -jar "$jar" ScreeningThroughputBenchmarks "${pop[@]}" -t 2 -rf json -rff "$out/screening-2t.json" | tee "$out/screening-2t.txt"
  java -cp "$jar" org.minzheng.benchmarks.PerformanceReport "$out" docs/PERFORMANCE.md
fi

# DMN side by side: warm decisions with -prof gc, then cold starts (one shot per fresh JVM)
cat /proc/loadavg > "$out/loadavg-start"
java -jar "$jar" 'DecisionBenchmarks\.dibao(Evaluate|Decide|HandWritten)$' "${engines[@]}" -prof gc -rf json -rff "$out/dmn-minzheng.json" | tee "$out/dmn-minzheng.txt"
java -jar "$kie" KieDmnBenchmarks "${engines[@]}" -prof gc -rf json -rff "$out/dmn-kie.json" | tee "$out/dmn-kie.txt"
java -jar "$jdmn" JdmnBenchmarks "${engines[@]}" -prof gc -rf json -rff "$out/dmn-jdmn.json" | tee "$out/dmn-jdmn.txt"
java -jar "$jar" ColdStartBenchmarks "${cold[@]}" -rf json -rff "$out/cold-minzheng.json" | tee "$out/cold-minzheng.txt"
java -jar "$kie" KieColdStartBenchmarks "${cold[@]}" -rf json -rff "$out/cold-kie.json" | tee "$out/cold-kie.txt"
java -jar "$jdmn" JdmnColdStartBenchmarks "${cold[@]}" -rf json -rff "$out/cold-jdmn.json" | tee "$out/cold-jdmn.txt"
cat /proc/loadavg > "$out/loadavg-end"
java -cp "$jar" org.minzheng.benchmarks.SideBySideReport "$out" docs/PERFORMANCE.md
echo "wrote docs/PERFORMANCE.md"
