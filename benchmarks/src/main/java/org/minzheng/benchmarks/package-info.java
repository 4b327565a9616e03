/**
 * JMH benchmarks of minzheng (not published): single decisions through the public API, the
 * policy book, JSON, screening of a generated population, cold start, and minzheng's side of the
 * DMN side by side ({@link org.minzheng.benchmarks.DibaoDmnCases} hands the DMN modules
 * {@code benchmarks/dmn-kie} and {@code benchmarks/dmn-jdmn} minzheng's inputs and answers;
 * {@link org.minzheng.benchmarks.HandWrittenDibao} is the hand-written baseline;
 * {@link org.minzheng.benchmarks.SideBySideReport} writes the table). Run with
 * {@code benchmarks/run.sh}.
 */
package org.minzheng.benchmarks;
