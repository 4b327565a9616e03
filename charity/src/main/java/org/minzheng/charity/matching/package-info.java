/**
 * {@code charity-matching}: charity funds allocated to assistance needs by purpose and region with
 * the deterministic strategy {@link org.minzheng.charity.matching.MostLocalFundFirst} (《慈善法》
 * Arts. 49, 53, 83). Needs are plain records, so this module does not depend on the eligibility
 * module.
 */
package org.minzheng.charity.matching;
