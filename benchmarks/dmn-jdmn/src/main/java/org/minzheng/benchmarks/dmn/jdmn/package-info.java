/**
 * The side-by-side benchmarks' jDMN side (not published): minzheng's {@code dibao} decision
 * written as a DMN model ({@code dibao.dmn}, a copy of {@code shared/perf/dibao.dmn}) and
 * evaluated by jDMN 9.0.0 — as Java code generated from the model, and by the interpreter —
 * warm and from a cold JVM. Built into its own shaded JMH jar
 * ({@code benchmarks/dmn-jdmn/target/benchmarks-dmn-jdmn.jar}) so that jDMN's dependencies never
 * meet KIE's or minzheng's; run with {@code benchmarks/run.sh}.
 */
package org.minzheng.benchmarks.dmn.jdmn;
