/**
 * A registry view over many filed charitable trusts: totals by filing department, region and year
 * ({@link org.minzheng.charity.registry.Totals}, exact), cumulative figures and year-on-year growth
 * ({@link org.minzheng.charity.registry.Growth}, rounded only when shown, by a named
 * {@link org.minzheng.charity.registry.RatioRounding}), and CSV (RFC 4180, UTF-8) and JSON export
 * without personal names ({@link org.minzheng.charity.registry.RegistryExport}).
 */
package org.minzheng.charity.registry;
