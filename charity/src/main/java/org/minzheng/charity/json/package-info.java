/**
 * JSON support this module needs from Jackson beyond the core mapper: {@code Optional} attributes
 * ({@link org.minzheng.charity.json.OptionalJson}).
 */
package org.minzheng.charity.json;
