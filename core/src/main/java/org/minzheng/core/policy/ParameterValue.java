package org.minzheng.core.policy;

import java.time.LocalDate;
import java.util.Objects;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.region.RegionLevel;
import org.minzheng.core.time.DateRange;

/**
 * One dated value of a parameter in one region, with its source.
 *
 * @param key        the key, not null
 * @param region     the region the value is set for, not null
 * @param since      the first date the value applies, not null
 * @param until      the first date it no longer applies, null when open (the next value in the
 *                   timeline, if any, ends it)
 * @param value      the value, not null
 * @param grade      the provenance grade, not null
 * @param citation   the source, not null
 * @param sinceExact false when the source states the value but not the exact date it took
 *                   effect; decisions that read such a value say so
 * @param replaceableBy null, or the highest local level the texts leave the value to: the row is a
 *                   default that the national (or higher) text gives in words such as 一般指 or 一般不超过,
 *                   and that this level and those below it may replace; a decision that inherits it into
 *                   a region below the row's own region warns ({@code policy.inherited-default})
 * @param sourceDate the date as of which the newest source of the value states it (the cited
 *                   instrument's {@code sourceDate}), null for a value an enactment sets until it is
 *                   repealed or amended; see {@link PolicySnapshot#isStale(ParameterValue)}
 * @param note       a reviewer's note, may be null
 * @param source     where the value was read: {@code file:line}, not null; the file is the pack's
 *                   {@linkplain PolicySource#location() location}, never an absolute path
 * @param pack       the name of the pack that set the value (its {@code pack} field: a shipped pack
 *                   such as {@code eligibility-huzhou}, or an integrator's overlay), not null
 * @param <T>        the value type
 */
public record ParameterValue<T>(
        ParameterKey<T> key,
        RegionCode region,
        LocalDate since,
        LocalDate until,
        T value,
        Provenance grade,
        Citation citation,
        boolean sinceExact,
        RegionLevel replaceableBy,
        LocalDate sourceDate,
        String note,
        String source,
        String pack) {

    /** Validates the components. */
    public ParameterValue {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(pack, "pack");
        if (until != null && !until.isAfter(since)) {
            throw new IllegalArgumentException(key + ": until " + until + " must be after since " + since);
        }
        if (replaceableBy != null && replaceableBy.compareTo(region.level()) <= 0) {
            throw new IllegalArgumentException(key + ": replaceableBy " + replaceableBy + " must be a level below "
                    + region + " (" + region.level() + ")");
        }
    }

    /** @return the value's canonical text, as written in pack files */
    public String valueText() {
        return key.type().print(value);
    }

    /** @return the dates the value applies, as written (before the next value cuts it short) */
    public DateRange declaredRange() {
        return DateRange.of(since, until);
    }

    /**
     * @return a one-line canonical form of the value itself (what a duplicate row must repeat),
     *         without where it was read
     */
    String canonicalLine() {
        return key.name()
                + '|'
                + region
                + '|'
                + since
                + '|'
                + (until == null ? ".." : until.toString())
                + '|'
                + valueText()
                + '|'
                + key.unit()
                + '|'
                + grade
                + '|'
                + sinceExact
                + '|'
                + citation.instrument()
                + '|'
                + (citation.article() == null ? "" : citation.article())
                + (replaceableBy == null ? "" : "|replaceableBy:" + replaceableBy);
    }

    /**
     * @return the line fingerprinted: the canonical form and where the value was read (pack and
     *         {@code file:line}), which decision records show, so that equal fingerprints mean equal
     *         records
     */
    String fingerprintLine() {
        return canonicalLine() + "|pack:" + pack + "|source:" + source;
    }
}
