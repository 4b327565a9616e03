package org.minzheng.charity.trust;

/** Whether a settlor (委托人) or supervisor (监察人) is a natural person or an organisation. */
public enum PartyKind {
    /** A natural person (自然人). */
    NATURAL_PERSON,
    /** A legal person or other organisation (法人和非法人组织). */
    ORGANISATION
}
