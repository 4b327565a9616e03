package org.minzheng.eligibility.poverty;

/** How a person in extreme poverty is supported (社会救助暂行办法 Art. 19). */
public enum SupportArrangement {
    /** 在家分散供养: supported at home. */
    DISPERSED,
    /** 在供养服务机构集中供养: supported in an institution. */
    CENTRALISED
}
