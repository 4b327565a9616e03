package org.minzheng.eldercare.bed;

/**
 * The ISO/IEC 7064 hybrid system MOD 37,36 over the 36 symbols {@code 0–9A–Z} (the check system
 * of, for example, the Global Release Identifier). It detects every single-character error and
 * every transposition of adjacent characters.
 *
 * <p>Computation: {@code p = 36}; for each character {@code s = (p + value) mod 36}, with 0 read as
 * 36, then {@code p = 2s mod 37}. The check character has value {@code (37 − p) mod 36}; a string
 * with its check character is valid when the last {@code s} is 1.
 */
public final class Iso7064Mod3736 {

    /** The symbols, in order of value. */
    public static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private static final int M = 36;

    private Iso7064Mod3736() {}

    /**
     * Computes the check character.
     *
     * @param text the characters to protect, each one of {@link #ALPHABET}, not null
     * @return the check character
     * @throws IllegalArgumentException if a character is not in the alphabet
     */
    public static char checkCharacter(CharSequence text) {
        int p = M;
        for (int i = 0; i < text.length(); i++) {
            p = step(p, value(text.charAt(i)));
        }
        return ALPHABET.charAt((M + 1 - p) % M);
    }

    /**
     * @param textWithCheck characters followed by their check character, not null
     * @return true if every character is in the alphabet and the check character matches
     */
    public static boolean isValid(CharSequence textWithCheck) {
        if (textWithCheck.length() < 2) {
            return false;
        }
        for (int i = 0; i < textWithCheck.length(); i++) {
            if (ALPHABET.indexOf(textWithCheck.charAt(i)) < 0) {
                return false;
            }
        }
        return checkCharacter(textWithCheck.subSequence(0, textWithCheck.length() - 1))
                == textWithCheck.charAt(textWithCheck.length() - 1);
    }

    private static int step(int p, int value) {
        int s = (p + value) % M;
        if (s == 0) {
            s = M;
        }
        return (2 * s) % (M + 1);
    }

    private static int value(char c) {
        int v = ALPHABET.indexOf(c);
        if (v < 0) {
            throw new IllegalArgumentException("character at a position is not one of 0-9, A-Z");
        }
        return v;
    }
}
