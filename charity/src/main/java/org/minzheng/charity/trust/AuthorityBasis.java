package org.minzheng.charity.trust;

/** Why a department is the competent filing department, or why none could be derived. */
public enum AuthorityBasis {

    /**
     * The lead trustee is a trust company: the civil-affairs department of the prefecture-level
     * (设区的市级) government where it is registered (《慈善信托管理办法》 Art. 16, REFERENCE.md §7).
     */
    TRUST_COMPANY_PREFECTURE,

    /**
     * The lead trustee is a charitable organisation: the civil-affairs department that registered
     * or recognised it (管理办法 Art. 16; 慈善组织认定办法 Art. 3), read from the division code in its
     * credit code.
     */
    CHARITY_REGISTERING_DEPARTMENT,

    /**
     * A trust company whose registered region is province-level or national: its prefecture cannot
     * be derived from the credit code; supply {@link Trustee#registeredRegion()}.
     */
    PREFECTURE_NOT_DERIVABLE,

    /** The lead trustee is not an allowed trustee, or its code does not fit its type: no department follows. */
    TRUSTEE_NOT_ALLOWED
}
