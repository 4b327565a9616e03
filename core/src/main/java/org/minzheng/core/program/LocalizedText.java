package org.minzheng.core.program;

import java.util.Objects;
import org.minzheng.core.decision.Language;

/**
 * A short text in Chinese and English, such as a program's title.
 *
 * @param zh the Chinese text, not null
 * @param en the English text, not null
 */
public record LocalizedText(String zh, String en) {

    /** Validates the components. */
    public LocalizedText {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    /**
     * @param lang the language, not null
     * @return the text in that language
     */
    public String in(Language lang) {
        return lang == Language.ZH ? zh : en;
    }
}
