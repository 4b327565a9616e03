package org.minzheng.core.decision;

import java.util.Locale;

/** The languages explanations are rendered in. */
public enum Language {
    /** Simplified Chinese (zh-CN). */
    ZH(Locale.SIMPLIFIED_CHINESE),
    /** English. */
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** @return the locale */
    public Locale locale() {
        return locale;
    }

    /**
     * @param tag {@code zh}, {@code zh-CN}, {@code en} (case-insensitive)
     * @return the language
     * @throws IllegalArgumentException for any other tag
     */
    public static Language parse(String tag) {
        String t = tag.trim().toLowerCase(Locale.ROOT);
        if (t.equals("zh") || t.equals("zh-cn") || t.equals("zh_cn")) {
            return ZH;
        }
        if (t.equals("en") || t.startsWith("en-") || t.startsWith("en_")) {
            return EN;
        }
        throw new IllegalArgumentException("Unsupported language '" + tag + "': use zh or en");
    }
}
