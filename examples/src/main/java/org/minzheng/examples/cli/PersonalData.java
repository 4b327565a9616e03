package org.minzheng.examples.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minzheng.core.id.Masking;
import org.minzheng.core.id.ResidentIdNumber;

/**
 * A last line of defence for text the CLI prints for people: anything shaped like a resident
 * identity number (GB 11643: 18 characters, or the old 15 digits), whether its check digit is
 * right or not, is replaced by a masked form. Decisions and messages never hold identity numbers
 * or names in the first place; this only guarantees that nothing slips through.
 */
final class PersonalData {

    private static final Pattern ID_LIKE = Pattern.compile(
            "(?<![0-9])[0-9]{17}[0-9Xx](?![0-9A-Za-z])|(?<![0-9])[0-9]{15}(?![0-9])");

    private PersonalData() {
    }

    /**
     * @param text a text, not null
     * @return the text with everything ID-shaped masked
     */
    static String scrub(String text) {
        Matcher m = ID_LIKE.matcher(text);
        StringBuilder sb = new StringBuilder(text.length());
        while (m.find()) {
            String found = m.group();
            String replacement = ResidentIdNumber.isValid(found) ? ResidentIdNumber.parse(found).masked()
                    : Masking.maskMiddle(found, 4, 4);
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
