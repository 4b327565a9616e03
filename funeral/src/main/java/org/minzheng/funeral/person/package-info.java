/**
 * People in after-death matters and how they are shown: the relation of an applicant to the
 * deceased ({@link org.minzheng.funeral.person.Relation}: spouse, parent, child, heir under a
 * notarised will, legatee, other heir), personal names that mask themselves
 * ({@link org.minzheng.funeral.person.PersonName}) and the masked form of a resident identity
 * number that audit entries and grants carry ({@link org.minzheng.funeral.person.MaskedId}).
 *
 * <p>Personal data never reaches a {@code toString()}, an exception message, an audit entry or
 * a decision's findings in full: names are masked with
 * {@link org.minzheng.core.id.Masking#maskName(String)} and identity numbers with
 * {@link org.minzheng.core.id.ResidentIdNumber#masked()}.
 */
package org.minzheng.funeral.person;
