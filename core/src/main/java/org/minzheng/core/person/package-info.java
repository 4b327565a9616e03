/**
 * Vocabulary about people that several domains share: the social-assistance status a household
 * holds ({@link org.minzheng.core.person.AssistanceStatus}) and the six-item self-care assessment
 * of 特困人员认定办法 Arts. 21–22 ({@link org.minzheng.core.person.SelfCareAssessment},
 * {@link org.minzheng.core.person.SelfCareCategory}), used by extreme-poverty support, the
 * disability care allowance and eldercare.
 */
package org.minzheng.core.person;
