/**
 * A tamper-evident, append-only audit log (审计日志): every entry carries the SHA-256 hash of
 * its canonical encoding together with the previous entry's hash, so that editing, inserting,
 * removing or reordering any entry breaks the chain at a point
 * {@link org.minzheng.funeral.audit.AuditLog#verify(java.util.List, AuditAnchor) verification}
 * reports.
 *
 * <p>Entries hold masked identity numbers only ({@link org.minzheng.funeral.person.MaskedId})
 * and code words, never names, so a log can be exported to an auditor as it is. The canonical
 * encoding is documented on {@link org.minzheng.funeral.audit.AuditEntry#canonicalText()} and in
 * {@code docs/funeral.md}, so that an auditor can re-check a log with any SHA-256 tool.
 *
 * <p>The log is generic over code words for actions, roles and states; the estate-query case
 * ({@link org.minzheng.funeral.cases.EstateQueryCase}) is its first user.
 */
package org.minzheng.funeral.audit;
