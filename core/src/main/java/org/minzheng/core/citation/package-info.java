/**
 * Legal citations: the {@link org.minzheng.core.citation.Instrument} catalogue (laws, rules,
 * normative documents, standards, official reports; title, issuer, document number, rank,
 * dates, URL) and the {@link org.minzheng.core.citation.Citation} every rule and parameter
 * value carries. A document number is recorded only where a source states it; it is never
 * invented.
 */
package org.minzheng.core.citation;
