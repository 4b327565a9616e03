package org.minzheng.core.citation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * A pointer into a cited instrument: which instrument and where in it.
 *
 * <p>The instrument is named by id and resolved against the {@link InstrumentCatalogue}; a
 * citation to an unknown instrument is a load error, so every citation in a loaded book
 * resolves.
 *
 * @param instrument the instrument id, not null
 * @param article    the article, clause or passage, such as {@code 第二十三条} or {@code Art. 23}
 *                   or the quoted sentence of a report, may be null only where the instrument
 *                   as a whole is meant
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"instrument", "article"})
public record Citation(String instrument, String article) {

    /** Validates the components. */
    public Citation {
        Objects.requireNonNull(instrument, "instrument");
        if (instrument.isBlank()) {
            throw new IllegalArgumentException("citation instrument id is blank");
        }
    }

    /**
     * Obtains a citation of an article.
     *
     * @param instrument the instrument id, not null
     * @param article    the article, may be null
     * @return the citation, not null
     */
    public static Citation of(String instrument, String article) {
        return new Citation(instrument, article);
    }

    /**
     * Written out, with the values a record's generated method gives: that method is bootstrapped
     * (invokedynamic) on first use, milliseconds on the way to a first decision, where a rule's
     * citations are collected into a set.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Citation c && c.instrument.equals(instrument) && Objects.equals(c.article, article);
    }

    /** @return {@code 31 × instrument's hash + article's hash (0 if null)}, as the generated method */
    @Override
    public int hashCode() {
        return 31 * instrument.hashCode() + Objects.hashCode(article);
    }

    /** @return {@code instrument article} */
    @Override
    public String toString() {
        return article == null ? instrument : instrument + " " + article;
    }
}
