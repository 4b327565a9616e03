package org.minzheng.eligibility.disability;

/** The child-support benefit a disabled child receives, which bears on the living allowance. */
public enum ChildSupport {
    /** None. */
    NONE,
    /** 孤儿基本生活费 (the orphan allowance). */
    ORPHAN_ALLOWANCE,
    /** 事实无人抚养儿童基本生活补贴, received in full. */
    DE_FACTO_FULL,
    /** 事实无人抚养儿童基本生活补贴, received as a top-up over other benefits (补差). */
    DE_FACTO_TOP_UP
}
