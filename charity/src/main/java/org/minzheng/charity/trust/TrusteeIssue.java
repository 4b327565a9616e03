package org.minzheng.charity.trust;

/**
 * Why a trustee is not a body 慈善法 Art. 47 allows, judged from its declared type, its credit
 * code and its charitable-organisation status.
 */
public enum TrusteeIssue {

    /** The trustee is a charitable organisation or a trust company, consistently with its code. */
    NONE,

    /**
     * Declared a charitable organisation, but the credit code is not one registered by civil
     * affairs (first character {@code 5}); charitable organisations are registered or recognised
     * by civil-affairs departments (慈善法 Art. 10).
     */
    CHARITY_CODE_NOT_CIVIL_AFFAIRS,

    /**
     * Declared a charitable organisation and registered by civil affairs, but not registered or
     * recognised as a charitable organisation (慈善组织认定办法 Art. 10: the certificate marks it).
     */
    CHARITY_NOT_RECOGNISED,

    /**
     * Declared a trust company, but the credit code is not that of an enterprise registered by
     * market regulation (first two characters {@code 91}, GB 32100-2015).
     */
    TRUST_COMPANY_CODE_NOT_ENTERPRISE,

    /** Neither a charitable organisation nor a trust company. */
    TYPE_NOT_ALLOWED
}
