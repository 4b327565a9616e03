/**
 * The side-by-side benchmarks' KIE DMN side (not published): minzheng's {@code dibao} decision
 * written as a DMN model ({@code dibao.dmn}, a copy of {@code shared/perf/dibao.dmn}) and
 * evaluated by KIE DMN 10.2.0, warm and from a cold JVM. Built into its own shaded JMH jar
 * ({@code benchmarks/dmn-kie/target/benchmarks-dmn-kie.jar}) so that KIE's dependencies never
 * meet jDMN's or minzheng's; run with {@code benchmarks/run.sh}.
 */
package org.minzheng.benchmarks.dmn.kie;
