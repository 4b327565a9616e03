/**
 * Administrative divisions of the whole country, dated: {@link org.minzheng.core.region.RegionCode}
 * (GB/T 2260 six-digit codes, nine-digit township codes, their structure),
 * {@link org.minzheng.core.region.RegionTable} (the shipped national table 1981–2024 with its
 * history, every look-up as of a date), {@link org.minzheng.core.region.Region} (a code during one
 * period of validity) and {@link org.minzheng.core.region.AddressCode} (数字门牌: a house-number
 * plate's address code).
 */
package org.minzheng.core.region;
