/**
 * JSON: the one configured Jackson mapper ({@link org.minzheng.core.json.Json}), the translation of
 * Jackson errors into {@link org.minzheng.core.validation.Violation}s that name the path and never
 * echo the input, and the writer of decisions registered on the mapper ({@code DecisionWriter}:
 * no reflection, the JSON of citations, value sources and parameter uses written once and copied
 * as UTF-8; the same bytes as Jackson's bean serialisation).
 */
package org.minzheng.core.json;
