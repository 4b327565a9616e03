package org.minzheng.core.id;

/**
 * Thrown when text is not a valid identifier (for example a resident identity number 公民身份号码
 * or a unified social credit code 统一社会信用代码).
 *
 * <p>This is the only exception type the parsers of this package throw for malformed input. Its
 * message explains which rule was broken (length, character, date, check character) but
 * <strong>never contains the rejected input in full</strong>: when the input has the expected
 * length, the message shows it masked the same way as
 * {@link ResidentIdNumber#masked()} (first four and last four characters, the rest replaced by
 * {@code *}); otherwise the input is not shown at all, only its length is reported. Characters
 * other than printable ASCII are shown as {@code ?}, so that a message cannot forge log lines.
 * The message can therefore be logged and shown to case workers without leaking personal data.
 *
 * <p>Instances are created only by this package.
 */
public final class InvalidIdentifierException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Characters kept visible at each end when the input is echoed in a message. */
    private static final int KEEP = 4;

    /**
     * Creates an exception for rejected input.
     *
     * @param identifierName the human-readable name of the identifier type, e.g. "resident identity
     *     number (公民身份号码)"
     * @param input the rejected input; echoed only in masked form, and only if it has
     *     {@code expectedLength} characters
     * @param expectedLength the length of a valid identifier of this type
     * @param problem which rule was broken; must not contain the input
     */
    InvalidIdentifierException(String identifierName, CharSequence input, int expectedLength, String problem) {
        super(message(identifierName, input, expectedLength, problem));
    }

    private static String message(String identifierName, CharSequence input, int expectedLength, String problem) {
        StringBuilder sb = new StringBuilder("Invalid ").append(identifierName);
        if (input.length() == expectedLength) {
            sb.append(" \"")
                    .append(printable(Masking.maskMiddle(input.toString(), KEEP, KEEP)))
                    .append('"');
        }
        return sb.append(": ").append(problem).toString();
    }

    /** Replaces anything but printable ASCII, so a message cannot forge extra log lines. */
    private static String printable(String masked) {
        StringBuilder sb = new StringBuilder(masked.length());
        for (int i = 0; i < masked.length(); i++) {
            char c = masked.charAt(i);
            sb.append(c >= 0x21 && c <= 0x7E ? c : '?');
        }
        return sb.toString();
    }
}
