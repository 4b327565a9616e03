/**
 * JSON: the one configured Jackson mapper ({@link org.minzheng.core.json.Json}) and the
 * translation of Jackson errors into {@link org.minzheng.core.validation.Violation}s that
 * name the path and never echo the input.
 */
package org.minzheng.core.json;
