package org.minzheng.core.policy;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The pack loader's messages, in English and Chinese, from the bundle
 * {@code org/minzheng/core/policy/loadmessages}: a template names its arguments {@code {0}},
 * {@code {1}}, …, which are file names, key and field names, dates, region codes, bounds and
 * allowed values — the place and what is expected, never the value found.
 */
final class LoadMessages {

    private static final String BUNDLE = "org.minzheng.core.policy.loadmessages";
    private static final ResourceBundle EN = bundle(Locale.ENGLISH);
    private static final ResourceBundle ZH = bundle(Locale.SIMPLIFIED_CHINESE);

    /** An argument with a text in each language (a nested message, a constraint's reason). */
    record Localized(String en, String zh) {
        @Override
        public String toString() {
            return en;
        }
    }

    private LoadMessages() {}

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(
                BUNDLE,
                locale,
                LoadMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * Builds an error from a message code.
     *
     * @param file the file, not null
     * @param line the line, 0 if not known
     * @param key  the key or section, may be null
     * @param code the message code, not null
     * @param args the arguments, in template order
     * @return the error, with both languages
     * @throws MissingResourceException if a bundle lacks the code
     */
    static PolicyLoadError error(String file, int line, String key, String code, Object... args) {
        return new PolicyLoadError(file, line, key, text(false, code, args), code, text(true, code, args));
    }

    /** @return the message of a code in one language, arguments filled in */
    static Localized localized(String code, Object... args) {
        return new Localized(text(false, code, args), text(true, code, args));
    }

    private static String text(boolean zh, String code, Object... args) {
        String template = (zh ? ZH : EN).getString(code);
        StringBuilder sb = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i + 1 && isIndex(template, i + 1, close)) {
                int n = Integer.parseInt(template.substring(i + 1, close));
                Object a = n < args.length ? args[n] : null;
                sb.append(a instanceof Localized l ? (zh ? l.zh() : l.en()) : String.valueOf(a));
                i = close + 1;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    private static boolean isIndex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
