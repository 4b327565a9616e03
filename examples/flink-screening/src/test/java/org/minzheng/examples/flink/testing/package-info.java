/**
 * Test support for the Flink screening job: input records and lines, a seeded generator of
 * household streams, a two-phase-commit collecting sink and a map that fails once after a
 * checkpoint.
 */
package org.minzheng.examples.flink.testing;
