/**
 * What the special-assistance programs share: their domain checks with messages from the module's
 * validation bundle ({@link org.minzheng.eligibility.special.SpecialChecks}). Their findings'
 * messages are in the module's bundle, {@code org/minzheng/eligibility/messages.properties}
 * (+ {@code messages_zh.properties}).
 *
 * <p>The programs live in {@code org.minzheng.eligibility.poverty} ({@code extreme-poverty}),
 * {@code org.minzheng.eligibility.temporary} ({@code temporary-assistance}),
 * {@code org.minzheng.eligibility.children} ({@code child-allowance}) and
 * {@code org.minzheng.eligibility.disability} ({@code disability-living-allowance},
 * {@code severe-disability-care-allowance}). Each declares its rules as constants next to the code
 * that decides them; their parameters are declared by
 * {@link org.minzheng.eligibility.EligibilityParameters}, their citations by
 * {@link org.minzheng.eligibility.EligibilityCitations}, and their pack files
 * ({@code special-national.yaml}, {@code special-zhejiang.yaml}, {@code special-huzhou.yaml}) are
 * loaded, with the module's others, by {@link org.minzheng.eligibility.EligibilityPolicyData}.
 *
 * <p>Design notes for reviewers:
 * <ul>
 *   <li>Facts are Immutables interfaces, and a fact that may be absent is an {@code Optional}
 *       accessor (core's JSON mapper reads and writes {@code Optional}; a wrong type is still
 *       refused). They are not records: Hibernate Validator reports a constraint on a record
 *       component once per element it propagates to (field, accessor…), which repeats violations.
 *       Constraints on an optional value are on its type argument
 *       ({@code Optional<@Min(1) @Max(1200) Integer>}), checked when it is present.</li>
 *   <li>A few findings are <em>procedural or secondary</em> (the 特困 care allowance tier, the
 *       临时救助 approval route): when their parameter is missing they are recorded as
 *       INFO findings naming the key, the outcome is combined from the substantive findings
 *       only, and the key is listed among the decision's missing parameters with the result field
 *       it leaves absent. Each program's Javadoc says which.</li>
 * </ul>
 */
package org.minzheng.eligibility.special;
