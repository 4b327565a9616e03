/**
 * JMH benchmarks of minzheng (not published): single decisions through the public API, the
 * policy book, JSON, and screening of a generated population. Run with {@code benchmarks/run.sh}.
 */
package org.minzheng.benchmarks;
