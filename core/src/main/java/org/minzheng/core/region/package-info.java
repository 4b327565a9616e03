/**
 * Administrative divisions: {@link org.minzheng.core.region.RegionCode} (GB/T 2260 six-digit
 * codes and their hierarchy) and the {@link org.minzheng.core.region.RegionTable} read from the
 * policy data. Huzhou 湖州市 330500 with 吴兴 330502, 南浔 330503, 德清 330521, 长兴 330522 and
 * 安吉 330523; Zhejiang 浙江省 330000.
 */
package org.minzheng.core.region;
