package org.minzheng.eligibility.children;

/** The scheme a child falls under. */
public enum ChildCategory {
    /** 孤儿 (2010 orphan opinion). */
    ORPHAN,
    /** 事实无人抚养儿童 (民发〔2019〕62号). */
    DE_FACTO_UNSUPPORTED
}
