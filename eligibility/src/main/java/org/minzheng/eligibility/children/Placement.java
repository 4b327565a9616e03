package org.minzheng.eligibility.children;

/** Where the child is raised (2010 orphan opinion, 一、二（一）). */
public enum Placement {
    /** 机构养育: in a child welfare institution. */
    INSTITUTION,
    /** 散居: by relatives, in foster care or otherwise in the community. */
    SCATTERED
}
