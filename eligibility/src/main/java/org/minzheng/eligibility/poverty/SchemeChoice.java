package org.minzheng.eligibility.poverty;

/**
 * The choice a minor who meets both the 特困 conditions and those of the orphan or de-facto
 * unsupported child scheme makes (特困人员认定办法 Art. 9: "选择申请纳入孤儿、事实无人抚养儿童基本生活保障范围的，
 * 不再认定为特困人员").
 */
public enum SchemeChoice {
    /** Chose the orphan / de-facto unsupported child scheme: not recognised as 特困 (Art. 9). */
    CHILD_SCHEME,
    /** Chose 特困 support. */
    EXTREME_POVERTY
}
