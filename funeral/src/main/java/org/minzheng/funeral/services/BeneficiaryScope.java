package org.minzheng.funeral.services;

/**
 * Who receives a region's free basic funeral services, as the code value of
 * {@code basic-funeral.beneficiary-scope}.
 */
public enum BeneficiaryScope {
    /** Everyone who dies in the region (e.g. the 2014 Zhejiang counties: "all residents"). */
    ALL_RESIDENTS,
    /** People whose hukou is in the same province as the region (Hangzhou 2023: Zhejiang hukou). */
    PROVINCE_HUKOU,
    /** People whose hukou is in the same prefecture-level city as the region. */
    PREFECTURE_HUKOU
}
