package org.minzheng.eldercare.assessment;

import java.util.Objects;
import java.util.Set;

/**
 * An ICD-10 diagnosis code (国际疾病分类第十次修订本), as GB/T 42195-2022 C.4 uses them:
 * dementia is F00–F03, other mental and behavioural disorders F04–F99.
 *
 * <p>Accepted form: an upper-case letter, two digits, and optionally a dot and one or two digits
 * ({@code F03}, {@code F00.1}, {@code I10}, {@code S72.00}). Nothing is normalised: lower case,
 * spaces and national clinical extensions (such as {@code F03.x00}) are rejected.
 *
 * <p>Chapter V (F) categories are checked against the list of WHO ICD-10 categories, so a code
 * such as {@code F08} or {@code F26}, which the classification does not define, is unknown.
 * The list is taken from the WHO classification (general knowledge; REFERENCE.md gives only the
 * ranges). Categories of other chapters are only checked for form: the full table is not shipped,
 * and only Chapter V matters to the assessment.
 */
public final class Icd10Code {

    /** The categories that WHO ICD-10 Chapter V (F00–F99) defines. */
    static final Set<Integer> CHAPTER_V_CATEGORIES = Set.of(
            0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 28, 29, 30, 31,
            32, 33, 34, 38, 39, 40, 41, 42, 43, 44, 45, 48, 50, 51, 52, 53, 54, 55, 59, 60, 61, 62, 63, 64, 65, 66, 68,
            69, 70, 71, 72, 73, 78, 79, 80, 81, 82, 83, 84, 88, 89, 90, 91, 92, 93, 94, 95, 98, 99);

    /** Why a text is not an accepted code. */
    public enum Problem {
        /** Not a letter, two digits and an optional dot with one or two digits. */
        MALFORMED,
        /** Well formed, but a Chapter V category the classification does not define. */
        UNKNOWN_CATEGORY
    }

    private final String code;

    private Icd10Code(String code) {
        this.code = code;
    }

    /**
     * Obtains a code from its text.
     *
     * @param text the code, such as {@code F03} or {@code F00.1}, not null
     * @return the code, not null
     * @throws IllegalArgumentException if the text is malformed or an unknown Chapter V category
     */
    public static Icd10Code parse(String text) {
        Problem p = problemOf(text);
        if (p != null) {
            throw new IllegalArgumentException("Not an accepted ICD-10 code (" + p + ")");
        }
        return new Icd10Code(text);
    }

    /**
     * @param text the text, not null
     * @return null if {@link #parse} would accept the text, otherwise the problem
     */
    public static Problem problemOf(String text) {
        Objects.requireNonNull(text, "text");
        int n = text.length();
        if (n != 3 && n != 5 && n != 6) {
            return Problem.MALFORMED;
        }
        char letter = text.charAt(0);
        if (letter < 'A' || letter > 'Z' || !digit(text, 1) || !digit(text, 2)) {
            return Problem.MALFORMED;
        }
        if (n > 3 && (text.charAt(3) != '.' || !digit(text, 4) || n == 6 && !digit(text, 5))) {
            return Problem.MALFORMED;
        }
        if (letter == 'F' && !CHAPTER_V_CATEGORIES.contains(categoryNumber(text))) {
            return Problem.UNKNOWN_CATEGORY;
        }
        return null;
    }

    private static boolean digit(String s, int i) {
        char c = s.charAt(i);
        return c >= '0' && c <= '9';
    }

    private static int categoryNumber(String text) {
        return (text.charAt(1) - '0') * 10 + (text.charAt(2) - '0');
    }

    /** @return the full code as given */
    public String value() {
        return code;
    }

    /** @return the three-character category, such as {@code F03} */
    public String category() {
        return code.substring(0, 3);
    }

    /** @return true for dementia, F00–F03 */
    public boolean isDementia() {
        return code.charAt(0) == 'F' && categoryNumber(code) <= 3;
    }

    /** @return true for the other mental and behavioural disorders, F04–F99 */
    public boolean isOtherMentalDisorder() {
        return code.charAt(0) == 'F' && categoryNumber(code) >= 4;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Icd10Code c && c.code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /** @return the code */
    @Override
    public String toString() {
        return code;
    }
}
