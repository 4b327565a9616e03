package org.minzheng.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Checks that Chinese message text is written in Chinese: no English words, parameter keys, enum
 * codes or rounding codes (issue 20, "For the citizen"). What may stay in ASCII: the placeholders
 * {@code {name}} that the explainer fills, and citations of standards by their number (GB/T 42195-2022,
 * MZ/T 039-2013, GB 32100-2015). Document numbers (民发〔2021〕57号) are written in Chinese already.
 * One helper for every module's bundle test.
 */
public final class ChineseText {

    /** Placeholders, and standards cited by their number. */
    private static final Pattern ALLOWED =
            Pattern.compile("\\{[A-Za-z][A-Za-z0-9]*}|(?:GB/T|MZ/T|GB)\\s?\\d+(?:\\.\\d+)?-\\d{4}");

    private static final Pattern ASCII_LETTER = Pattern.compile("[A-Za-z]");

    private ChineseText() {}

    /**
     * @param text a text in Chinese, not null
     * @return true if, once placeholders and standards' numbers are taken out, an ASCII letter remains
     */
    public static boolean hasStrayAsciiLetters(String text) {
        return ASCII_LETTER.matcher(ALLOWED.matcher(text).replaceAll("")).find();
    }

    /**
     * The messages of a bundle's Chinese version that hold ASCII letters other than placeholders and
     * standards' numbers, each as {@code key=value}.
     *
     * @param baseName the bundle's base name, such as {@code org.minzheng.eligibility.messages}
     * @param loader   the class loader to find it with, not null
     * @return the offending messages, sorted by key; empty if there are none
     */
    public static List<String> messagesWithAsciiLetters(String baseName, ClassLoader loader) {
        ResourceBundle zh = ResourceBundle.getBundle(
                baseName,
                Locale.SIMPLIFIED_CHINESE,
                loader,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        List<String> found = new ArrayList<>();
        for (String key : new TreeSet<>(zh.keySet())) {
            String value = zh.getString(key);
            if (hasStrayAsciiLetters(value)) {
                found.add(key + "=" + value);
            }
        }
        return found;
    }
}
