package org.minzheng.core.id;

/**
 * Sex (性别) as encoded in a resident identity number (公民身份号码).
 *
 * <p>GB 11643-1999 encodes sex in the parity of the three-digit sequence code (顺序码, positions
 * 15–17): odd for male, even for female. This is the sex recorded when the number was issued.
 */
public enum Sex {

    /** Male (男): odd sequence code. */
    MALE("男"),

    /** Female (女): even sequence code. */
    FEMALE("女");

    private final String zhLabel;

    Sex(String zhLabel) {
        this.zhLabel = zhLabel;
    }

    /**
     * Obtains the Chinese label used on forms and certificates.
     *
     * @return 男 for {@link #MALE}, 女 for {@link #FEMALE}
     */
    public String zhLabel() {
        return zhLabel;
    }
}
