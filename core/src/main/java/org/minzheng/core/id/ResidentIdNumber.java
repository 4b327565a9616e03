package org.minzheng.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.Year;
import java.util.Objects;
import org.minzheng.core.time.Ages;

/**
 * A resident identity number (公民身份号码) as defined by GB 11643-1999.
 *
 * <p>The number has 18 characters:
 * <ol>
 *   <li>positions 1–6: address code (地址码), the administrative division (GB/T 2260) where the
 *       holder's household was first registered;</li>
 *   <li>positions 7–14: birth date (出生日期码) as {@code YYYYMMDD};</li>
 *   <li>positions 15–17: sequence code (顺序码); odd for men, even for women;</li>
 *   <li>position 18: check character (校验码), {@code 0}–{@code 9} or {@code X}, computed with
 *       ISO 7064 MOD 11-2.</li>
 * </ol>
 *
 * <p>{@link #parse(CharSequence)} accepts exactly these 18 characters. A lower-case {@code x} as
 * check character is accepted and normalised to {@code X}; nothing else is normalised: surrounding
 * whitespace, full-width digits (全角数字) and digits of other scripts are rejected. The birth date
 * must be a real calendar date with a year from 1800 to 9999. The address code is only checked to
 * be six digits, not looked up in the list of administrative divisions. The superseded 15-digit
 * numbers (first-generation cards) are not accepted.
 *
 * <p>A valid instance proves only that the number is well-formed, not that it was issued.
 *
 * <h2>Personal data</h2>
 * <p>The number is personal information. {@link #toString()} returns the {@linkplain #masked()
 * masked} form and is meant for logs; {@link #value()} returns the full number and should only be
 * used where the full number is required (e.g. a case file or a data exchange). JSON serialisation
 * (Jackson) writes the full number, because JSON is data, not a log: a case file must identify the
 * person. Handle such JSON as personal data.
 *
 * <p>Instances are immutable and thread-safe. Two instances are equal if their values are equal.
 */
public final class ResidentIdNumber {

    /** The number of characters of a resident identity number. */
    private static final int LENGTH = 18;
    /** ISO 7064 MOD 11-2 weights of positions 1–17 (2^(18−i) mod 11). */
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    /** Check character for remainder 0–10. */
    private static final String CHECK_CHARACTERS = "10X98765432";

    private static final int MIN_BIRTH_YEAR = 1800;
    private static final String NAME = "resident identity number (公民身份号码)";

    private final String value;
    private final LocalDate birthDate;

    private ResidentIdNumber(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /**
     * Obtains a resident identity number from its 18 characters, e.g.
     * {@code "11010519491231002X"}.
     *
     * <p>A lower-case {@code x} check character is normalised to {@code X}. No other change is made
     * to the text: whitespace is not trimmed.
     *
     * @param text the 18 characters of the number, not null
     * @return the resident identity number
     * @throws NullPointerException if {@code text} is null
     * @throws InvalidIdentifierException if the text does not have 18 characters, if any of the
     *     first 17 characters is not a digit {@code 0}–{@code 9}, if the last is not a digit or
     *     {@code X}/{@code x}, if positions 7–14 are not a real calendar date with a year from 1800
     *     to 9999, or if the check character does not match the first 17 characters
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ResidentIdNumber parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String problem = problemOf(text);
        if (problem != null) {
            throw new InvalidIdentifierException(NAME, text, LENGTH, problem);
        }
        String value = normalise(text);
        return new ResidentIdNumber(
                value, LocalDate.of(number(value, 6, 10), number(value, 10, 12), number(value, 12, 14)));
    }

    /**
     * Checks whether text is a valid resident identity number, that is, whether
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
     * Obtains the full 18-character number, with an upper-case {@code X} check character.
     *
     * <p><strong>This is personal data: do not log it.</strong> Use {@link #masked()} or
     * {@link #toString()} for logs and display. This is also the JSON representation.
     *
     * @return the full number, not null
     */
    @JsonValue
    public String value() {
        return value;
    }

    /**
     * Obtains the masked form for logs and display: the first 4 and last 4 characters, with the 10
     * characters between them (which include the birth date) replaced by {@code *}.
     *
     * <p>For example {@code 11010519491231002X} becomes {@code 1101**********002X}.
     *
     * @return the masked number, 18 characters
     */
    public String masked() {
        return Masking.maskMiddle(value, 4, 4);
    }

    /**
     * Obtains the address code (地址码), positions 1–6.
     *
     * <p>This is the administrative division where the holder's household was <em>first</em>
     * registered when the number was issued. It is not necessarily the holder's current household
     * registration (户籍) or residence; eligibility rules must not use it for that.
     *
     * @return the six-digit address code, e.g. {@code "110105"}
     */
    public String addressCode() {
        return value.substring(0, 6);
    }

    /**
     * Obtains the birth date (出生日期) encoded in positions 7–14.
     *
     * @return the birth date, not null
     */
    public LocalDate birthDate() {
        return birthDate;
    }

    /**
     * Obtains the sex (性别) encoded in the parity of the sequence code (position 17): odd is male,
     * even is female.
     *
     * @return the sex recorded when the number was issued, not null
     */
    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /**
     * Obtains the holder's age in completed years (周岁) on a date.
     *
     * <p>The age is the number of whole years in {@link Period#between(LocalDate, LocalDate)} from
     * the birth date to {@code date}: the age increases on the birthday itself. For someone born
     * on 29 February, the age increases on <em>1 March</em> in common years (born 29 February 2000:
     * 0 years on 28 February 2001, 1 year on 1 March 2001) and on 29 February in leap years. A
     * policy that counts age differently (for example from the day after the birthday) must adjust
     * the date it passes in.
     *
     * @param date the date on which to compute the age, not null
     * @return the age in completed years, zero or more
     * @throws NullPointerException if {@code date} is null
     * @throws IllegalArgumentException if {@code date} is before the birth date
     */
    public int ageOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (date.isBefore(birthDate)) {
            throw new IllegalArgumentException("the date is before the holder's birth date");
        }
        return Ages.completedYears(birthDate, date);
    }

    /**
     * Checks whether this number is equal to another object: true if the other object is a
     * resident identity number with the same value.
     *
     * @param obj the object to compare with, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj == this || obj instanceof ResidentIdNumber && ((ResidentIdNumber) obj).value.equals(value);
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
     * Obtains the {@linkplain #masked() masked} form, e.g. {@code 1101**********002X}, so that
     * logging an instance never exposes the number. Use {@link #value()} for the full number.
     *
     * @return the masked number
     */
    @Override
    public String toString() {
        return masked();
    }

    // ------------------------------------------------------------------ validation

    /** Returns null if valid, otherwise a description of the problem that does not echo input. */
    private static String problemOf(CharSequence text) {
        if (text.length() != LENGTH) {
            return "must have " + LENGTH + " characters but has " + text.length();
        }
        for (int i = 0; i < LENGTH - 1; i++) {
            if (!isAsciiDigit(text.charAt(i))) {
                return "the character at position " + (i + 1) + " is not a digit 0-9";
            }
        }
        char last = text.charAt(LENGTH - 1);
        if (!isAsciiDigit(last) && last != 'X' && last != 'x') {
            return "the check character (position 18) is not a digit 0-9 or X";
        }
        int year = number(text, 6, 10);
        int month = number(text, 10, 12);
        int day = number(text, 12, 14);
        if (year < MIN_BIRTH_YEAR) {
            return "the birth date (positions 7-14) has a year before " + MIN_BIRTH_YEAR;
        }
        if (month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))) {
            return "the birth date (positions 7-14) is not a real calendar date";
        }
        if ((last == 'x' ? 'X' : last) != checkCharacter(text)) {
            return "the check character (position 18) does not match the first 17 characters" + " (ISO 7064 MOD 11-2)";
        }
        return null;
    }

    private static char checkCharacter(CharSequence text) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += (text.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    private static String normalise(CharSequence text) {
        String s = text.toString();
        return s.charAt(LENGTH - 1) == 'x' ? s.substring(0, LENGTH - 1) + 'X' : s;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Parses ASCII digits already checked by the caller. */
    private static int number(CharSequence text, int start, int end) {
        int n = 0;
        for (int i = start; i < end; i++) {
            n = n * 10 + (text.charAt(i) - '0');
        }
        return n;
    }
}
