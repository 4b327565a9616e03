package org.minzheng.funeral.person;

/**
 * How an applicant is related to the deceased, in the categories the deposit notices use.
 *
 * <ul>
 *   <li>The 2019 query notice (银保监办发〔2019〕107号) names three groups of applicants: the
 *       spouse, parents and children; heirs or legatees named in a notarised will; and other
 *       heirs.</li>
 *   <li>The 2021 and 2024 withdrawal notices (银保监办发〔2021〕18号; the NFRA and PBOC notice in
 *       force 2024-06-01) let first-order heirs (第一顺序继承人) and heirs or legatees under a
 *       notarised will withdraw small deposits. First-order heirs are the spouse, children and
 *       parents (民法典 Art. 1127).</li>
 * </ul>
 */
public enum Relation {
    /** 配偶. A first-order heir. */
    SPOUSE,
    /** 父母. A first-order heir. */
    PARENT,
    /** 子女. A first-order heir. */
    CHILD,
    /** 公证遗嘱指定的继承人: an heir named in a notarised will. */
    WILL_HEIR,
    /** 公证遗嘱指定的受遗赠人: a legatee named in a notarised will. */
    LEGATEE,
    /** 其他继承人: any other heir (for example a sibling or grandparent, a second-order heir). */
    OTHER_HEIR;

    /**
     * @return true for the spouse, parents and children: the first-order heirs of 民法典
     *         Art. 1127, and the first group of the 2019 query notice
     */
    public boolean isFirstOrderHeir() {
        return this == SPOUSE || this == PARENT || this == CHILD;
    }

    /** @return true for an heir or legatee named in a notarised will */
    public boolean isNamedInNotarisedWill() {
        return this == WILL_HEIR || this == LEGATEE;
    }
}
