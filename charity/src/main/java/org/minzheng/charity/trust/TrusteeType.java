package org.minzheng.charity.trust;

/**
 * What kind of body a trustee (受托人) is. 慈善法 Art. 47 allows only a charitable organisation
 * (慈善组织) or a trust company (信托公司); anything else is recorded as {@link #OTHER} so that the
 * filing check can say why it fails.
 */
public enum TrusteeType {

    /**
     * A charitable organisation (慈善组织): a foundation, social organisation or social service
     * agency registered by civil affairs (credit code starting with {@code 5}) and registered or
     * recognised as a charitable organisation (慈善组织认定办法 Arts. 3 and 10).
     */
    CHARITABLE_ORGANISATION,

    /** A trust company (信托公司): an enterprise registered by market regulation (credit code {@code 91…}). */
    TRUST_COMPANY,

    /** Any other body; not allowed as trustee of a charitable trust. */
    OTHER
}
