package org.minzheng.eldercare.bed;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import org.minzheng.core.id.UnifiedSocialCreditCode;

/**
 * A bed code for 一床一码 — <strong>minzheng's own format</strong>: no official format was found
 * (REFERENCE.md; the Huzhou report names the practice, not an encoding).
 *
 * <h2>Format</h2>
 * <pre>
 *   52330502MJ5402138Q-01-0203-02-N
 *   └──── USCC (18) ───┘ └┘ └──┘ └┘ └ check character
 *                    building room bed
 * </pre>
 * <ul>
 *   <li>the institution's unified social credit code (统一社会信用代码, GB 32100-2015), 18 characters,
 *       valid with its own check character;</li>
 *   <li>building (楼栋): 2 characters of {@code 0–9A–Z};</li>
 *   <li>room (房间): 4 characters of {@code 0–9A–Z}, for example floor and room {@code 0203};</li>
 *   <li>bed (床位): 2 digits, {@code 01}–{@code 99};</li>
 *   <li>a check character computed with ISO/IEC 7064 MOD 37,36 ({@link Iso7064Mod3736}) over the 26
 *       characters of the four parts, hyphens excluded.</li>
 * </ul>
 * The parts are separated by hyphens, 31 characters in all. Upper case only; nothing is trimmed
 * or normalised. {@link #format()} and {@link #parse(CharSequence)} are inverse. A bed code holds
 * no personal data.
 *
 * <p>Immutable; equal when the text is equal; ordered by text (institution, building, room, bed).
 */
public final class BedCode implements Comparable<BedCode> {

    /** The length of the text form. */
    public static final int LENGTH = 31;

    private static final int USCC_END = 18;

    private final UnifiedSocialCreditCode institution;
    private final String building;
    private final String room;
    private final int bed;
    private final char check;
    private final String text;

    private BedCode(UnifiedSocialCreditCode institution, String building, String room, int bed) {
        this.institution = institution;
        this.building = building;
        this.room = room;
        this.bed = bed;
        String body = institution.value() + building + room + twoDigits(bed);
        this.check = Iso7064Mod3736.checkCharacter(body);
        this.text = institution.value() + '-' + building + '-' + room + '-' + twoDigits(bed) + '-' + check;
    }

    /**
     * Obtains the code of a bed, computing its check character.
     *
     * @param institution the institution, not null
     * @param building    two characters of {@code 0–9A–Z}, not null
     * @param room        four characters of {@code 0–9A–Z}, not null
     * @param bed         1–99
     * @return the code, not null
     * @throws InvalidBedCodeException if a part does not fit the format
     */
    public static BedCode of(UnifiedSocialCreditCode institution, String building, String room, int bed) {
        Objects.requireNonNull(institution, "institution");
        Objects.requireNonNull(building, "building");
        Objects.requireNonNull(room, "room");
        String p = partProblem(building, room, bed);
        if (p != null) {
            throw new InvalidBedCodeException("Invalid bed code: " + p);
        }
        return new BedCode(institution, building, room, bed);
    }

    /**
     * Obtains a code from its text form, such as {@code 52330502MJ5402138Q-01-0203-02-N}.
     *
     * @param text the text, not null
     * @return the code, not null
     * @throws InvalidBedCodeException if the text is not a valid bed code
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static BedCode parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String p = problemOf(text);
        if (p != null) {
            throw new InvalidBedCodeException("Invalid bed code: " + p);
        }
        String s = text.toString();
        return new BedCode(
                UnifiedSocialCreditCode.parse(s.substring(0, USCC_END)),
                s.substring(19, 21),
                s.substring(22, 26),
                Integer.parseInt(s.substring(27, 29)));
    }

    /**
     * @param text the text, not null
     * @return true if {@link #parse(CharSequence)} would accept it
     */
    public static boolean isValid(CharSequence text) {
        return problemOf(Objects.requireNonNull(text, "text")) == null;
    }

    private static String problemOf(CharSequence text) {
        if (text.length() != LENGTH) {
            return "must have " + LENGTH + " characters (USCC-BB-RRRR-NN-C)";
        }
        String s = text.toString();
        if (s.charAt(18) != '-' || s.charAt(21) != '-' || s.charAt(26) != '-' || s.charAt(29) != '-') {
            return "the parts must be separated by hyphens (USCC-BB-RRRR-NN-C)";
        }
        if (!s.substring(0, USCC_END).equals(s.substring(0, USCC_END).toUpperCase(java.util.Locale.ROOT))
                || !UnifiedSocialCreditCode.isValid(s.substring(0, USCC_END))) {
            return "the first 18 characters are not a valid unified social credit code (GB 32100-2015)";
        }
        String bedText = s.substring(27, 29);
        if (!asciiDigit(bedText.charAt(0)) || !asciiDigit(bedText.charAt(1))) {
            return "the bed must be two digits";
        }
        String p = partProblem(s.substring(19, 21), s.substring(22, 26), Integer.parseInt(bedText));
        if (p != null) {
            return p;
        }
        char check = s.charAt(30);
        if (Iso7064Mod3736.ALPHABET.indexOf(check) < 0
                || Iso7064Mod3736.checkCharacter(
                                s.substring(0, 18) + s.substring(19, 21) + s.substring(22, 26) + bedText)
                        != check) {
            return "the check character does not match (ISO 7064 MOD 37,36)";
        }
        return null;
    }

    private static String partProblem(String building, String room, int bed) {
        if (building.length() != 2 || !alphanumeric(building)) {
            return "the building must be 2 characters of 0-9, A-Z";
        }
        if (room.length() != 4 || !alphanumeric(room)) {
            return "the room must be 4 characters of 0-9, A-Z";
        }
        if (bed < 1 || bed > 99) {
            return "the bed must be 01-99";
        }
        return null;
    }

    private static boolean asciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean alphanumeric(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** @return the institution */
    public UnifiedSocialCreditCode institution() {
        return institution;
    }

    /** @return the building, two characters */
    public String building() {
        return building;
    }

    /** @return the room, four characters */
    public String room() {
        return room;
    }

    /** @return the bed number, 1–99 */
    public int bed() {
        return bed;
    }

    /** @return the check character */
    public char checkCharacter() {
        return check;
    }

    /** @return the canonical text form, {@code USCC-BB-RRRR-NN-C}, which {@link #parse} reads back */
    @JsonValue
    public String format() {
        return text;
    }

    @Override
    public int compareTo(BedCode o) {
        return text.compareTo(o.text);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BedCode b && b.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** @return the same as {@link #format()} */
    @Override
    public String toString() {
        return text;
    }
}
