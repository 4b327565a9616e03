/**
 * {@code extreme-poverty}: 特困人员救助供养 under 特困人员认定办法 (民政部, 2021), with the self-care
 * assessment of its Arts. 21–22 ({@link org.minzheng.core.person.SelfCareAssessment},
 * {@link org.minzheng.core.person.SelfCareCategory}).
 *
 * <p>The self-care category is shared vocabulary (the disability care allowance here, and
 * eldercare) and should move to {@code minzheng-core}; it is here because this work may not change
 * core. See {@link org.minzheng.eligibility.poverty.ExtremePovertyProgram} for the rules, the
 * reading of Art. 8's asset test (低收入家庭, as the text says) and why a missing care standard
 * does not hold back the whole decision.
 */
package org.minzheng.eligibility.poverty;
