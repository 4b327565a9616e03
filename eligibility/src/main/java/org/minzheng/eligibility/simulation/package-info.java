/**
 * What-if simulation of a policy change over a population (政策调整模拟): every household decided
 * twice, under the policy book as it is and under the book with a reform pack loaded on top, and the
 * differences counted — who becomes eligible, who stops, the monthly cost to the fen, who gains and
 * who loses, by household size and income band, and the keys the reform changed.
 *
 * <p>{@link org.minzheng.eligibility.simulation.Simulation} decides and compares one household
 * ({@link org.minzheng.eligibility.simulation.HouseholdComparison}, one {@code --out} line);
 * {@link org.minzheng.eligibility.simulation.SimulationSummary} accumulates comparisons, merges
 * partial summaries (threads, Spark partitions) and renders the report in zh-CN or en. The
 * {@code minzheng simulate} command and the Spark example use these classes, nothing else.
 * Documented in {@code docs/simulation.md}.
 */
package org.minzheng.eligibility.simulation;
