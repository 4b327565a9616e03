package org.minzheng.eldercare.services;

/** Why an older person counts as very old, disabled or functionally impaired for home adaptation. */
public enum FrailtyBasis {
    /** 残疾: holds a disability certificate. */
    DISABLED,
    /** 失能: GB/T 42195-2022 level 1 (能力轻度受损（轻度失能）) or worse. */
    FUNCTIONALLY_IMPAIRED,
    /** 高龄: at or above the locality's very-old age. */
    VERY_OLD
}
