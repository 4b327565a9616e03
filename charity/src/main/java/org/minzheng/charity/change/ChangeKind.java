package org.minzheng.charity.change;

/** What changed in a filed charitable trust. */
public enum ChangeKind {

    /**
     * The trustee was replaced (变更受托人): the new trustee re-files with the department that holds
     * the filing within seven days of the change (慈善法 Art. 48).
     */
    TRUSTEE_REPLACEMENT,

    /**
     * Another change of a kind 《慈善信托管理办法》 Art. 38 lists: the trustee re-files within seven
     * days of the change (Art. 19, REFERENCE.md §7). The list of Art. 38 is not recorded in the
     * project's sources, so the caller classifies the change.
     */
    LISTED_CHANGE,

    /** A change not listed for re-filing: nothing to re-file. */
    UNLISTED_CHANGE
}
