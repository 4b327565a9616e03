package org.minzheng.eligibility.special;

/** Constants the special-assistance programs share. */
public final class SpecialAssistance {

    /** The message bundle of the special-assistance programs. */
    public static final String MESSAGES = "org.minzheng.eligibility.special.messages";

    private SpecialAssistance() {
    }
}
