package org.minzheng.core.person;

/**
 * The six self-care items of 特困人员认定办法 Art. 21, in the order the article lists them.
 */
public enum SelfCareItem {
    /** 自主吃饭, eating. */
    EATING,
    /** 自主穿衣, dressing. */
    DRESSING,
    /** 自主上下床, getting in and out of bed. */
    GETTING_IN_OUT_OF_BED,
    /** 自主如厕, toileting. */
    TOILETING,
    /** 室内自主行走, walking indoors. */
    WALKING_INDOORS,
    /** 自主洗澡, bathing. */
    BATHING
}
