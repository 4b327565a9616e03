package org.minzheng.charity.change;

/** Why a trustee was replaced. */
public enum ReplacementGround {

    /** 违反信托义务: the trustee breached its duties (慈善法 Art. 48). */
    BREACH_OF_DUTY(true),

    /** 难以履行职责: the trustee cannot perform its duties (慈善法 Art. 48). */
    UNABLE_TO_PERFORM(true),

    /** The trustee was dissolved or deregistered (管理办法, REFERENCE.md §7). */
    DISSOLVED_OR_DEREGISTERED(false),

    /** The trustee lost its legal-person status (管理办法, REFERENCE.md §7). */
    LOST_LEGAL_STATUS(false),

    /** The trustee's registration or licence was revoked (管理办法, REFERENCE.md §7). */
    REGISTRATION_REVOKED(false),

    /** The trustee went bankrupt (管理办法, REFERENCE.md §7). */
    BANKRUPT(false),

    /**
     * The trustee resigned (辞任): allowed only if the trust document provides for it
     * (管理办法, REFERENCE.md §7).
     */
    RESIGNATION(false),

    /** Any other ground: not one the sources name; a person must judge it (e.g. against the trust document). */
    OTHER(false);

    private final boolean inLaw;

    ReplacementGround(boolean inLaw) {
        this.inLaw = inLaw;
    }

    /** @return true for the grounds the Charity Law itself names (Art. 48) */
    public boolean inLaw() {
        return inLaw;
    }
}
