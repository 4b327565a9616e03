/**
 * What the special-assistance programs share: the {@link org.minzheng.eligibility.special.Nullable}
 * marker of their facts. Their messages are in the module's bundle,
 * {@code org/minzheng/eligibility/messages.properties} (+ {@code messages_zh.properties}).
 *
 * <p>The programs live in {@code org.minzheng.eligibility.poverty} ({@code extreme-poverty}),
 * {@code org.minzheng.eligibility.temporary} ({@code temporary-assistance}),
 * {@code org.minzheng.eligibility.children} ({@code child-allowance}) and
 * {@code org.minzheng.eligibility.disability} ({@code disability-living-allowance},
 * {@code severe-disability-care-allowance}). Their parameters are declared by
 * {@link org.minzheng.eligibility.EligibilityParameters}, their citations by
 * {@link org.minzheng.eligibility.EligibilityCitations}, and their pack files
 * ({@code special-national.yaml}, {@code special-zhejiang.yaml}, {@code special-huzhou.yaml}) are
 * loaded, with the module's others, by {@link org.minzheng.eligibility.EligibilityPolicyData}.
 *
 * <p>Design notes for reviewers:
 * <ul>
 *   <li>Facts are Immutables interfaces without {@code Optional}: absent values are
 *       {@link org.minzheng.eligibility.special.Nullable}. Records are avoided for facts with
 *       numeric constraints because Hibernate Validator reports a constraint on a record
 *       component once per element it propagates to (field, accessor…), which repeats violations.</li>
 *   <li>A few findings are <em>procedural or secondary</em> (the 特困 care allowance tier, the
 *       临时救助 approval route): when their parameter is missing they are recorded as
 *       UNDETERMINED and name the key, but the outcome is combined from the substantive findings
 *       only, and a warning says what is missing. Each program's Javadoc says which.</li>
 * </ul>
 */
package org.minzheng.eligibility.special;
