package org.minzheng.core.json;

import org.minzheng.core.id.Masking;

/**
 * Path segments for violations. A field name comes from the input, so it may be anything an
 * integrator typed, an identity number or a name among them: a name that looks like a field
 * ({@code birthDate}, {@code 330500}) is shown as it is; anything else is shown masked and cut
 * short ({@code ["1*******…"]}), never in full.
 */
public final class JsonPaths {

    private static final int MAX_SHOWN = 40;

    private JsonPaths() {}

    /**
     * @param name a field name from the input, not null
     * @return the segment to append to a path: {@code .name} or {@code ["masked…"]}
     */
    public static String field(String name) {
        if (plain(name)) {
            return "." + name;
        }
        return "[\"" + excerpt(name) + "\"]";
    }

    /**
     * A short masked excerpt of a value from the input: at most eight characters, of which only
     * the first is shown ({@code 张三丰} → {@code 张**}, an identity number → {@code 1*******…}).
     *
     * @param text the text, not null
     * @return the excerpt, never more than nine characters
     */
    public static String excerpt(String text) {
        int count = text.codePointCount(0, text.length());
        String head = count > 8 ? text.substring(0, text.offsetByCodePoints(0, 8)) : text;
        StringBuilder sb = new StringBuilder();
        String masked = Masking.maskMiddle(head, 1, 0);
        for (int i = 0; i < masked.length(); i++) {
            char c = masked.charAt(i);
            sb.append(c < 0x20 || c == '"' || c == '\\' || c == 0x7F ? '?' : c);
        }
        return count > 8 ? sb + "…" : sb.toString();
    }

    /** ASCII letters, digits, {@code _ - $}; at most 40 characters; no run of seven or more digits. */
    private static boolean plain(String name) {
        if (name.isEmpty() || name.length() > MAX_SHOWN) {
            return false;
        }
        int digits = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            boolean ok = digit || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '-' || c == '$';
            if (!ok) {
                return false;
            }
            digits = digit ? digits + 1 : 0;
            if (digits >= 7) {
                return false;
            }
        }
        return true;
    }
}
