package org.minzheng.examples.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.minzheng.core.decision.Language;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.ParameterValue;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.policy.Provenance;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.region.RegionLevel;

/**
 * The policy values in force at a region and date as {@code minzheng params --json} and
 * {@code GET /api/params} show them: each with its value, unit, the region that sets it, its
 * dates, grade, citation and source line; and the keys with no value in force.
 */
public final class ParameterRows {

    private ParameterRows() {}

    /**
     * A value as shown.
     *
     * @param key           the parameter key
     * @param value         the value as text
     * @param unit          its unit
     * @param region        the code of the region that sets it
     * @param regionName    that region's name
     * @param since         the first day it applies
     * @param until         the first day it no longer applies, or null
     * @param sinceExact    false where the source does not give the exact date it took effect
     * @param replaceableBy the level that may replace a default the text gives, or null
     * @param sourceDate    the date of its source, or null
     * @param grade         its provenance grade
     * @param instrument    the instrument id of its citation
     * @param article       the article of its citation
     * @param citation      the citation as a reader recognises it
     * @param source        the data file and line it was read from
     * @param pack          the pack it came from, or null
     * @param note          a note, or null
     */
    @JsonPropertyOrder({
        "key",
        "value",
        "unit",
        "region",
        "regionName",
        "since",
        "until",
        "sinceExact",
        "replaceableBy",
        "sourceDate",
        "grade",
        "instrument",
        "article",
        "citation",
        "source",
        "pack",
        "note"
    })
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ValueRow(
            String key,
            String value,
            String unit,
            String region,
            String regionName,
            LocalDate since,
            LocalDate until,
            boolean sinceExact,
            RegionLevel replaceableBy,
            LocalDate sourceDate,
            Provenance grade,
            String instrument,
            String article,
            String citation,
            String source,
            String pack,
            String note) {}

    /**
     * A key with no value in force.
     *
     * @param key         the key
     * @param unit        its unit
     * @param description what it is, in the language asked for
     */
    @JsonPropertyOrder({"key", "unit", "description"})
    public record KeyRow(String key, String unit, String description) {}

    /**
     * The values in force.
     *
     * @param region        the region code
     * @param regionName    its name
     * @param date          the date
     * @param values        the values in force
     * @param notConfigured the keys with no value in force
     */
    @JsonPropertyOrder({"region", "regionName", "date", "values", "notConfigured"})
    public record InForce(
            String region, String regionName, LocalDate date, List<ValueRow> values, List<KeyRow> notConfigured) {}

    /** A filter that matches no key: every filter is named in the message (a key prefix is not personal data). */
    public static final class UnknownKeyException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        private final List<String> unmatched;

        UnknownKeyException(List<String> unmatched) {
            super("no parameter key is or starts with: " + String.join(", ", unmatched));
            this.unmatched = List.copyOf(unmatched);
        }

        /** @return the filters that matched no key */
        public List<String> unmatched() {
            return unmatched;
        }
    }

    /**
     * @param book    the book
     * @param filters keys or key prefixes ({@code dibao} matches {@code dibao.*}); empty selects every key
     * @return the book's keys that match, in the book's order
     * @throws UnknownKeyException if a filter matches no key
     */
    public static List<ParameterKey<?>> selectKeys(PolicyBook book, List<String> filters) {
        List<ParameterKey<?>> selected = new ArrayList<>();
        List<String> unmatched = new ArrayList<>(filters);
        for (ParameterKey<?> k : book.keys()) {
            boolean match = filters.isEmpty();
            for (String f : filters) {
                if (k.name().equals(f) || k.name().startsWith(f.endsWith(".") ? f : f + ".")) {
                    match = true;
                    unmatched.remove(f);
                }
            }
            if (match) {
                selected.add(k);
            }
        }
        if (!unmatched.isEmpty()) {
            throw new UnknownKeyException(unmatched);
        }
        return selected;
    }

    /**
     * @param book     the book
     * @param region   a region the book knows on the date
     * @param on       the date
     * @param selected the keys to show ({@link #selectKeys})
     * @param lang     the language of names, citations and descriptions
     * @return the values in force and the keys with none
     */
    public static InForce inForce(
            PolicyBook book, RegionCode region, LocalDate on, List<ParameterKey<?>> selected, Language lang) {
        PolicySnapshot snap = book.snapshot(region, on);
        List<ValueRow> rows = new ArrayList<>();
        List<KeyRow> missing = new ArrayList<>();
        for (ParameterKey<?> k : selected) {
            ParameterValue<?> v = snap.find(k);
            if (v == null) {
                missing.add(
                        new KeyRow(k.name(), k.unit(), lang == Language.ZH ? k.descriptionZh() : k.descriptionEn()));
            } else {
                rows.add(row(book, v, lang));
            }
        }
        return new InForce(region.code(), regionName(book, region, lang), on, rows, missing);
    }

    /**
     * @param book the book
     * @param v    a value
     * @param lang the language of the region name and citation
     * @return the value as shown
     */
    public static ValueRow row(PolicyBook book, ParameterValue<?> v, Language lang) {
        return new ValueRow(
                v.key().name(),
                v.valueText(),
                v.key().unit(),
                v.region().code(),
                regionName(book, v.region(), lang),
                v.since(),
                v.until(),
                v.sinceExact(),
                v.replaceableBy(),
                v.sourceDate(),
                v.grade(),
                v.citation().instrument(),
                v.citation().article(),
                ProgramCatalogue.cite(book, v.citation(), lang),
                v.source(),
                v.pack(),
                v.note());
    }

    /**
     * @param book the book
     * @param code a region code
     * @param lang the language
     * @return the region's name, or an empty string if the book does not know it
     */
    public static String regionName(PolicyBook book, RegionCode code, Language lang) {
        return book.regions()
                .find(code)
                .map(r -> lang == Language.ZH ? r.nameZh() : r.nameEn())
                .orElse("");
    }
}
