package org.minzheng.core.id;

import java.util.Objects;

/**
 * Masking (脱敏) of personal data for display and logs.
 *
 * <p>This is the single implementation of masking in minzheng; other modules call it instead of
 * writing their own, so that a change of masking policy happens in one place. Masking works on
 * Unicode code points, not on Java {@code char}s: a rare Chinese character outside the Basic
 * Multilingual Plane (for example 𠮷) counts as one character and is replaced by one {@code *}.
 *
 * <p>Masking hides content, not length: the masked text has as many characters as the original.
 */
public final class Masking {

    /** The character that replaces each hidden character: {@code '*'}. */
    public static final char MASK_CHARACTER = '*';

    private Masking() {}

    /**
     * Obtains a copy of text with everything except the first {@code keepHead} and the last
     * {@code keepTail} characters replaced by {@code *}.
     *
     * <p>For example {@code maskMiddle("11010519491231002X", 4, 4)} is
     * {@code "1101**********002X"}. If the text has no more than {@code keepHead + keepTail}
     * characters, <em>every</em> character is masked, so that a short value is never shown in full:
     * {@code maskMiddle("1234", 2, 2)} is {@code "****"}.
     *
     * @param text the text to mask, not null
     * @param keepHead how many leading characters stay visible, zero or more
     * @param keepTail how many trailing characters stay visible, zero or more
     * @return the masked text, with as many characters as {@code text}
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if {@code keepHead} or {@code keepTail} is negative
     */
    public static String maskMiddle(String text, int keepHead, int keepTail) {
        Objects.requireNonNull(text, "text");
        if (keepHead < 0 || keepTail < 0) {
            throw new IllegalArgumentException(
                    "keepHead and keepTail must not be negative: " + keepHead + ", " + keepTail);
        }
        int count = text.codePointCount(0, text.length());
        if ((long) keepHead + keepTail >= count) {
            return repeatMask(count);
        }
        int headEnd = text.offsetByCodePoints(0, keepHead);
        int tailStart = text.offsetByCodePoints(text.length(), -keepTail);
        return text.substring(0, headEnd) + repeatMask(count - keepHead - keepTail) + text.substring(tailStart);
    }

    /**
     * Obtains the masked form of a Chinese personal name (姓名): the first character stays visible
     * and every following character is replaced by {@code *}.
     *
     * <p>For example 张三丰 becomes {@code 张**} and 张三 becomes {@code 张*}. A name of a single
     * character is masked completely ({@code *}), and the empty string stays empty. Only the first
     * character is kept even for a compound surname (复姓, e.g. 欧阳娜娜 becomes {@code 欧***}), and the
     * separator dot of a transliterated name (e.g. 阿沛·阿旺晋美) is masked like any other character.
     *
     * @param name the name to mask, not null
     * @return the masked name, with as many characters as {@code name}
     * @throws NullPointerException if {@code name} is null
     */
    public static String maskName(String name) {
        Objects.requireNonNull(name, "name");
        return maskMiddle(name, 1, 0);
    }

    private static String repeatMask(int count) {
        return String.valueOf(MASK_CHARACTER).repeat(count);
    }
}
