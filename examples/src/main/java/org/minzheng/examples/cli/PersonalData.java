package org.minzheng.examples.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minzheng.core.id.ResidentIdNumber;

/**
 * A last line of defence for text the CLI prints for people: any valid resident identity
 * number (GB 11643) in it is replaced by its masked form. Decisions never hold identity numbers
 * or names in the first place; this only guarantees that nothing slips through.
 */
final class PersonalData {

    private static final Pattern ID_LIKE = Pattern.compile("(?<![0-9A-Za-z])[0-9]{17}[0-9Xx](?![0-9A-Za-z])");

    private PersonalData() {
    }

    /**
     * @param text a text, not null
     * @return the text with every valid identity number masked
     */
    static String scrub(String text) {
        Matcher m = ID_LIKE.matcher(text);
        StringBuilder sb = new StringBuilder(text.length());
        while (m.find()) {
            String found = m.group();
            String replacement = ResidentIdNumber.isValid(found) ? ResidentIdNumber.parse(found).masked() : found;
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
