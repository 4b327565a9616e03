package org.minzheng.core.region;

/** The level of an administrative division in the GB/T 2260 hierarchy. */
public enum RegionLevel {
    /** The whole country (全国); minzheng's own code {@code 000000}, not a GB/T 2260 code. */
    NATION,
    /** Province, autonomous region or municipality (省级), code {@code NN0000}. */
    PROVINCE,
    /** Prefecture-level city (地级), code {@code NNNN00}. */
    PREFECTURE,
    /** County-level unit: district, county or county-level city (县级). */
    COUNTY,
    /**
     * Township-level unit (乡级: 街道, 镇, 乡), a nine-digit code: the county's six digits and three
     * more (GB/T 10114; 《行政区划代码管理办法》 民政部令第79号, in force 2025-09-01). The shipped
     * table has no township names: an integrator supplies them (see {@link RegionTable}).
     */
    TOWNSHIP
}
