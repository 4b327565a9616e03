/**
 * Policy parameters as dated data, after the time-zone rules of {@code java.time}.
 *
 * <ul>
 *   <li>{@link org.minzheng.core.policy.ParameterKey}: a typed key with a unit, declared by the
 *       module that owns it.</li>
 *   <li>{@link org.minzheng.core.policy.ParameterValue}: one dated value in one region, with its
 *       {@link org.minzheng.core.citation.Citation} and
 *       {@link org.minzheng.core.policy.Provenance} grade.</li>
 *   <li>{@link org.minzheng.core.policy.Timeline}: the sorted values of a key in a region,
 *       looked up by binary search.</li>
 *   <li>{@link org.minzheng.core.policy.PolicyBook}: everything loaded, strictly, from YAML pack
 *       files that {@link org.minzheng.core.policy.PolicyDataProvider}s ship (ServiceLoader) and
 *       that integrators add as overlays.</li>
 *   <li>{@link org.minzheng.core.policy.PolicySnapshot}: the book resolved at (region, date),
 *       with parent-region inheritance and SHA-256 fingerprints; it tells whether a value read is
 *       a default the texts leave to a lower level and inherited ({@code replaceableBy}, such as
 *       the edge family's "一般指" 1.5 × the standard) and whether its newest source is older than
 *       {@link org.minzheng.core.policy.PolicySnapshot#STALENESS_HORIZON_MONTHS} (a report's
 *       {@code sourceDate}); decisions warn of both.</li>
 * </ul>
 *
 * <p>Dating: a row's {@code since} is never earlier than a source proves the value in force
 * ({@code sinceExact: false} where the source gives no effective date); before it, the value is
 * not configured and decisions that need it are UNDETERMINED naming the key.
 *
 * <p>Design note: the architecture sketch has the snapshot record the values a decision read.
 * A snapshot here is shared, immutable and thread-safe instead (one per region and date, cached
 * by the book), and the per-decision record lives in the decision's
 * {@code RuleContext}; the fingerprint of a decision covers exactly the values it read.
 */
package org.minzheng.core.policy;
