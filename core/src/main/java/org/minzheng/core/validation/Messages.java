package org.minzheng.core.validation;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The core validation bundle ({@code org.minzheng.core.validation.messages}, zh-CN and en): a
 * message per code, with named placeholders filled from the constraint's attributes or a domain
 * check's values. Messages never include the value that was checked. Thread-safe.
 */
final class Messages {

    /** The core bundle's base name. */
    static final String BUNDLE = "org.minzheng.core.validation.messages";

    private static final Messages CORE = new Messages(
            bundle(BUNDLE, Locale.SIMPLIFIED_CHINESE, Messages.class.getClassLoader()),
            bundle(BUNDLE, Locale.ENGLISH, Messages.class.getClassLoader()));

    private final ResourceBundle zh;
    private final ResourceBundle en;

    Messages(ResourceBundle zh, ResourceBundle en) {
        this.zh = zh;
        this.en = en;
    }

    /** @return the core bundle */
    static Messages core() {
        return CORE;
    }

    static ResourceBundle bundle(String base, Locale locale, ClassLoader loader) {
        return ResourceBundle.getBundle(
                base,
                locale,
                loader,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    boolean hasBoth(String code) {
        return zh.containsKey(code) && en.containsKey(code);
    }

    String zh(String code, Map<String, Object> values) {
        return message(zh, code, values);
    }

    String en(String code, Map<String, Object> values) {
        return message(en, code, values);
    }

    private static String message(ResourceBundle bundle, String code, Map<String, Object> values) {
        String template = bundle.containsKey(code) ? bundle.getString(code) : bundle.getString("default");
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i && values.containsKey(template.substring(i + 1, close))) {
                out.append(values.get(template.substring(i + 1, close)));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
