package org.minzheng.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.Optional;

/**
 * A unified social credit code (统一社会信用代码) of a legal entity or other organisation, as
 * defined by GB 32100-2015.
 *
 * <p>The code has 18 characters:
 * <ol>
 *   <li>position 1: registration-authority code (登记管理部门代码), see
 *       {@link RegistrationAuthority};</li>
 *   <li>position 2: organisation-type code (机构类别代码), whose meaning depends on the authority;
 *       for civil affairs see {@link CivilAffairsOrganisationType};</li>
 *   <li>positions 3–8: administrative-division code (登记管理机关行政区划码), six digits;</li>
 *   <li>positions 9–17: entity identifier (主体标识码), the nine-character organisation code
 *       (组织机构代码);</li>
 *   <li>position 18: check character (校验码).</li>
 * </ol>
 *
 * <p>Every character is one of the 31 symbols {@code 0123456789ABCDEFGHJKLMNPQRTUWXY}; the letters
 * I, O, S, V and Z are never used. The check character is computed modulo 31 over positions 1–17
 * with the weights 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28.
 * {@link #parse(CharSequence)} upper-cases ASCII letters (independently of the default locale) but
 * makes no other change: surrounding whitespace and full-width characters are rejected. The check
 * character of the embedded organisation code (GB 11714) is not verified, and the division code is
 * not looked up in the list of administrative divisions.
 *
 * <p>A valid instance proves only that the code is well-formed, not that it was issued.
 *
 * <p>An organisation's code is public registration information, not personal data, so
 * {@link #toString()} returns the full code. (Exception messages still mask rejected input, as for
 * every identifier in this package.) JSON serialisation (Jackson) writes the code as a string.
 *
 * <p>Instances are immutable and thread-safe. Two instances are equal if their values are equal.
 */
public final class UnifiedSocialCreditCode {

    /** The 31 symbols of the code, in order of their numeric value 0–30. */
    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int LENGTH = 18;
    /** Weights of positions 1–17 (3^(i−1) mod 31). */
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private static final String NAME = "unified social credit code (统一社会信用代码)";

    private final String value;

    private UnifiedSocialCreditCode(String value) {
        this.value = value;
    }

    /**
     * Obtains a unified social credit code from its 18 characters, e.g.
     * {@code "51110105MJ0000001N"}.
     *
     * <p>ASCII lower-case letters are converted to upper case. No other change is made to the
     * text: whitespace is not trimmed.
     *
     * @param text the 18 characters of the code, not null
     * @return the unified social credit code
     * @throws NullPointerException if {@code text} is null
     * @throws InvalidIdentifierException if the text does not have 18 characters, if any character
     *     is not one of {@code 0123456789ABCDEFGHJKLMNPQRTUWXY} (in either case), if positions 3–8
     *     are not six digits, or if the check character does not match the first 17 characters
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static UnifiedSocialCreditCode parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String problem = problemOf(text);
        if (problem != null) {
            throw new InvalidIdentifierException(NAME, text, LENGTH, problem);
        }
        return new UnifiedSocialCreditCode(normalise(text));
    }

    /**
     * Checks whether text is a valid unified social credit code, that is, whether
     * {@link #parse(CharSequence)} would accept it.
     *
     * @param text the text to check, not null
     * @return true if {@code parse(text)} would succeed
     * @throws NullPointerException if {@code text} is null
     */
    public static boolean isValid(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return problemOf(text) == null;
    }

    /**
     * Obtains the full 18-character code in upper case. This is also the JSON representation.
     *
     * @return the code, not null
     */
    @JsonValue
    public String value() {
        return value;
    }

    /**
     * Obtains the registration-authority code (登记管理部门代码), position 1.
     *
     * @return the code character, e.g. {@code '5'} for civil affairs
     */
    public char authorityCode() {
        return value.charAt(0);
    }

    /**
     * Obtains the organisation-type code (机构类别代码), position 2. Its meaning depends on the
     * {@linkplain #registrationAuthority() registration authority}.
     *
     * @return the code character
     */
    public char organisationTypeCode() {
        return value.charAt(1);
    }

    /**
     * Obtains the administrative-division code (行政区划码) of the registering authority,
     * positions 3–8.
     *
     * @return the six-digit division code, e.g. {@code "110105"}
     */
    public String regionCode() {
        return value.substring(2, 8);
    }

    /**
     * Obtains the entity identifier (主体标识码), positions 9–17: the nine-character organisation
     * code (组织机构代码) including its own check character.
     *
     * @return the nine-character organisation code
     */
    public String organisationCode() {
        return value.substring(8, 17);
    }

    /**
     * Obtains the registration authority (登记管理部门) named by the first character, according
     * to GB 32100-2015 Annex A.
     *
     * @return the authority, {@link RegistrationAuthority#UNKNOWN} if the code is not in the Annex
     */
    public RegistrationAuthority registrationAuthority() {
        return RegistrationAuthority.ofCode(authorityCode());
    }

    /**
     * Checks whether the organisation is registered by civil affairs (民政), that is, whether the
     * registration-authority code is {@code 5}. Social organisations (社会组织) such as social
     * organisations, social service agencies and foundations are registered by civil affairs.
     *
     * @return true if the registration-authority code is {@code 5}
     */
    public boolean isCivilAffairsRegistered() {
        return authorityCode() == '5';
    }

    /**
     * Obtains the type of a civil-affairs registered organisation (社会组织类型).
     *
     * @return the type if the code is {@linkplain #isCivilAffairsRegistered() civil-affairs
     *     registered} and its organisation-type code is {@code 1}, {@code 2}, {@code 3} or
     *     {@code 9}; empty otherwise
     */
    public Optional<CivilAffairsOrganisationType> civilAffairsOrganisationType() {
        return isCivilAffairsRegistered()
                ? CivilAffairsOrganisationType.ofCode(organisationTypeCode())
                : Optional.empty();
    }

    /**
     * Checks whether this code is equal to another object: true if the other object is a unified
     * social credit code with the same value.
     *
     * @param obj the object to compare with, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj == this
                || obj instanceof UnifiedSocialCreditCode && ((UnifiedSocialCreditCode) obj).value.equals(value);
    }

    /**
     * Obtains a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * Obtains the full code. An organisation's code is not personal data, so it is not masked.
     *
     * @return the same as {@link #value()}
     */
    @Override
    public String toString() {
        return value;
    }

    // ------------------------------------------------------------------ validation

    /** Returns null if valid, otherwise a description of the problem that does not echo input. */
    private static String problemOf(CharSequence text) {
        if (text.length() != LENGTH) {
            return "must have " + LENGTH + " characters but has " + text.length();
        }
        int sum = 0;
        for (int i = 0; i < LENGTH; i++) {
            int v = valueOf(text.charAt(i));
            if (v < 0) {
                return "the character at position " + (i + 1)
                        + " is not one of 0-9 and the letters A-Y except I, O, S, V";
            }
            if (i >= 2 && i < 8 && v > 9) {
                return "the administrative-division code (positions 3-8) must be six digits 0-9";
            }
            if (i < LENGTH - 1) {
                sum += v * WEIGHTS[i];
            } else if (v != (31 - sum % 31) % 31) {
                return "the check character (position 18) does not match the first 17 characters" + " (GB 32100-2015)";
            }
        }
        return null;
    }

    /** The numeric value 0–30 of a character, after ASCII upper-casing; −1 if not in the set. */
    private static int valueOf(char c) {
        return c < 128 ? CHARSET.indexOf(toUpperAscii(c)) : -1;
    }

    private static char toUpperAscii(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c;
    }

    private static String normalise(CharSequence text) {
        char[] chars = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            chars[i] = toUpperAscii(text.charAt(i));
        }
        return new String(chars);
    }
}
