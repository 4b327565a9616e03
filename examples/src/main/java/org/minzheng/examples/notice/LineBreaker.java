package org.minzheng.examples.notice;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a paragraph of mixed Chinese and Latin text into lines no wider than a given width.
 *
 * <p>The rules, as Chinese typesetting does them (a simple form of 禁则, line-breaking rules):
 *
 * <ul>
 *   <li>a line may break between any two Chinese characters (CJK ideographs, kana, full-width
 *       forms and CJK punctuation), and between a Chinese character and a Latin word or number;
 *   <li>a Latin word or a number (any run of characters that are neither Chinese nor spaces, such as
 *       {@code 1435.00}, {@code GB/T} or {@code 42195-2022}) is never split, unless it alone is
 *       wider than the line;
 *   <li>a line may break after a space; spaces at a break are dropped;
 *   <li>closing punctuation (，。、；：！？）》」』】〕 and the like) never starts a line and opening
 *       punctuation (（《「『【〔) never ends one: they stay with their neighbour;
 *   <li>{@code \n} ends a line.
 * </ul>
 */
final class LineBreaker {

    /** The width of one character (code point), in the caller's unit. */
    @FunctionalInterface
    interface Widths {
        /**
         * @param codePoint a Unicode code point
         * @return its advance width
         */
        float of(int codePoint);
    }

    /** Characters that never start a line. */
    private static final String NO_START = "，。、；：！？）》」』】〕〉”’…—·,.;:!?)]}%％";

    /** Characters that never end a line. */
    private static final String NO_END = "（《「『【〔〈“‘([{";

    private LineBreaker() {}

    /**
     * @param text     the paragraph, not null
     * @param maxWidth the width of a line, positive
     * @param widths   the width of each character
     * @return the lines, at least one (an empty paragraph is one empty line)
     */
    static List<String> wrap(String text, float maxWidth, Widths widths) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            wrapParagraph(paragraph.codePoints().toArray(), maxWidth, widths, lines);
        }
        return lines;
    }

    private static void wrapParagraph(int[] cps, float maxWidth, Widths widths, List<String> lines) {
        int n = cps.length;
        int start = 0;
        if (n == 0) {
            lines.add("");
            return;
        }
        while (start < n) {
            // the farthest break opportunity whose line (trailing spaces dropped) fits
            float width = 0;
            int lastBreak = -1;
            int i = start;
            int fitEnd = start;
            while (i < n) {
                width += widths.of(cps[i]);
                i++;
                if (width - trailingSpaceWidth(cps, start, i, widths) > maxWidth) {
                    break;
                }
                fitEnd = i;
                if (i == n || canBreak(cps, i)) {
                    lastBreak = i;
                }
            }
            int end;
            if (fitEnd == n) {
                end = n;
            } else if (lastBreak > start) {
                end = lastBreak;
            } else {
                // one word wider than the line: split it where it no longer fits (at least one character)
                end = Math.max(fitEnd, start + 1);
            }
            lines.add(new String(cps, start, trimTrailingSpaces(cps, start, end) - start));
            start = end;
            while (start < n && cps[start] == ' ') {
                start++;
            }
        }
    }

    /** Whether a line may break between {@code cps[i - 1]} and {@code cps[i]}. */
    static boolean canBreak(int[] cps, int i) {
        int before = cps[i - 1];
        int after = cps[i];
        if (after == ' ') {
            return false; // break after the spaces, which are then dropped
        }
        if (NO_START.indexOf(after) >= 0 || NO_END.indexOf(before) >= 0) {
            return false;
        }
        if (before == ' ') {
            return true;
        }
        return isCjk(before) || isCjk(after);
    }

    /** Whether a code point is set as a Chinese character: it may be broken before and after. */
    static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.BOPOMOFO
                || script == Character.UnicodeScript.HANGUL) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
                || block == Character.UnicodeBlock.VERTICAL_FORMS
                || block == Character.UnicodeBlock.GENERAL_PUNCTUATION
                        && (cp == '“' || cp == '”' || cp == '…' || cp == '—');
    }

    private static float trailingSpaceWidth(int[] cps, int start, int end, Widths widths) {
        float w = 0;
        for (int j = end - 1; j >= start && cps[j] == ' '; j--) {
            w += widths.of(' ');
        }
        return w;
    }

    private static int trimTrailingSpaces(int[] cps, int start, int end) {
        int e = end;
        while (e > start && cps[e - 1] == ' ') {
            e--;
        }
        return e;
    }
}
