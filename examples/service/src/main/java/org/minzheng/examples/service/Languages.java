package org.minzheng.examples.service;

import java.util.Locale;
import org.minzheng.core.decision.Language;

/**
 * The language of a response: the {@code lang} query parameter ({@code zh} or {@code en}) when
 * given, else the request's {@code Accept-Language} (Chinese if it prefers any {@code zh}), else
 * Chinese, the language of the service's users.
 */
final class Languages {

    private Languages() {}

    /**
     * @param lang           the {@code lang} parameter, or null
     * @param acceptLanguage the {@code Accept-Language} header, or null
     * @return the language
     * @throws BadRequestException if {@code lang} is neither zh nor en
     */
    static Language pick(String lang, String acceptLanguage) {
        if (lang != null && !lang.isBlank()) {
            try {
                return Language.parse(lang);
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("lang", "lang: expected zh or en", "lang：应为 zh 或 en");
            }
        }
        return fromHeader(acceptLanguage);
    }

    /**
     * @param acceptLanguage the {@code Accept-Language} header, or null
     * @return English if the first language range the header names is English, else Chinese
     */
    static Language fromHeader(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Language.ZH;
        }
        try {
            for (Locale.LanguageRange r : Locale.LanguageRange.parse(acceptLanguage)) {
                String tag = r.getRange().toLowerCase(Locale.ROOT);
                if (tag.startsWith("zh")) {
                    return Language.ZH;
                }
                if (tag.startsWith("en")) {
                    return Language.EN;
                }
            }
        } catch (IllegalArgumentException e) {
            return Language.ZH;
        }
        return Language.ZH;
    }
}
