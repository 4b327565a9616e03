/**
 * The policy what-if of {@code minzheng simulate} as an Apache Spark batch job
 * ({@link org.minzheng.examples.spark.SimulationJob}). Not published.
 */
package org.minzheng.examples.spark;
