/**
 * The charitable-trust record (慈善信托, 《中华人民共和国慈善法》 Chapter 5, Arts. 44–51) and what its
 * parts imply: {@link org.minzheng.charity.trust.CharitableTrust} with its settlors
 * ({@link org.minzheng.charity.trust.Party}, names masked), trustees
 * ({@link org.minzheng.charity.trust.Trustee}, unified social credit codes), purposes
 * ({@link org.minzheng.charity.trust.CharitablePurpose}, Art. 3), property, term, custody and
 * filing department ({@link org.minzheng.charity.trust.CivilAffairsDepartment});
 * {@link org.minzheng.charity.trust.TrusteeRules} derives the competent filing department from
 * the lead trustee's code (deadlines are counted by the core's
 * {@link org.minzheng.core.time.PeriodCount}, 民法典 Arts. 201–203);
 * {@link org.minzheng.charity.trust.TrustChecks} rejects malformed records with every
 * violation.
 */
package org.minzheng.charity.trust;
