package org.minzheng.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minzheng.core.id.Masking;
import org.minzheng.core.id.ResidentIdNumber;

/**
 * Masks personal data in text shown to people (error lines, diffs of decisions), the way
 * {@code toString()} of the value types masks it: anything shaped like a resident identity number
 * (GB 11643: 18 characters, or the old 15 digits), valid or not, keeps its first and last four
 * characters ({@code 1101**********002X}, as {@link ResidentIdNumber#masked()}); a person's name
 * (姓名) keeps its first character ({@code 张**}, as {@link Masking#maskName(String)}).
 *
 * <p>In JSON, a name is a text value under a field called {@code name} or {@code ...Name} (the JSON
 * form of a person's name in facts and decisions), or any text value of two to four Han characters
 * (a middle dot allowed), the shape of a Chinese personal name wherever it is written.
 */
public final class MaskedText {

    private static final Pattern ID_SHAPED =
            Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9A-Za-z])|(?<![0-9])[0-9]{15}(?![0-9])");
    private static final Pattern NAME_SHAPED = Pattern.compile("\\p{IsHan}[\\p{IsHan}·]{0,2}\\p{IsHan}");

    private MaskedText() {}

    /**
     * @param text a text, not null
     * @return the text with every ID-shaped run masked
     */
    public static String scrub(String text) {
        Matcher m = ID_SHAPED.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        do {
            m.appendReplacement(sb, Matcher.quoteReplacement(Masking.maskMiddle(m.group(), 4, 4)));
        } while (m.find());
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * Renders JSON compactly with personal data masked: names (see the class comment) masked as
     * names, then every ID-shaped run of the text (in values, numbers or field names) masked.
     *
     * @param node a JSON value, not null
     * @return its compact text, masked
     */
    public static String json(JsonNode node) {
        return scrub(mask(node, null).toString());
    }

    private static JsonNode mask(JsonNode node, String key) {
        if (node.isTextual()) {
            String s = node.textValue();
            boolean name = key != null && (key.equals("name") || key.endsWith("Name"))
                    || NAME_SHAPED.matcher(s).matches();
            return name ? JsonNodeFactory.instance.textNode(Masking.maskName(s)) : node;
        }
        if (node.isArray()) {
            ArrayNode a = JsonNodeFactory.instance.arrayNode(node.size());
            for (JsonNode e : node) {
                a.add(mask(e, key));
            }
            return a;
        }
        if (node.isObject()) {
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                o.set(e.getKey(), mask(e.getValue(), e.getKey()));
            }
            return o;
        }
        return node;
    }
}
