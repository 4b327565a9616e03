/**
 * An estate-query case over time ({@link org.minzheng.funeral.cases.EstateQueryCase}): the
 * lifecycle SUBMITTED → VERIFIED → GRANTED → DISPATCHED → ANSWERED → CLOSED (or REFUSED,
 * EXPIRED, REVOKED) with {@link org.minzheng.funeral.cases.IllegalTransitionException} for any
 * other move, disclosure of answers only within the grant's scope and dates, role-based views
 * ({@link org.minzheng.funeral.cases.CaseViewPolicy}: minzheng's design, not law) and an audit
 * entry for every transition and disclosure.
 */
package org.minzheng.funeral.cases;
