package org.minzheng.core.region;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One administrative division: a code during one period of validity, with its names. A code can
 * mean different places at different times (330502 was 湖州 城区 from 1983 to 1988 and is 吴兴区
 * since 2003): a region is identified by its code <em>and</em> its validity, and {@link RegionTable}
 * answers every look-up as of a date.
 *
 * <p>English names: only where a source gives one ({@link #englishName()}); the shipped table has
 * none, a pack's {@code regions} section may add the pinyin of the official name. No romanisation
 * is invented: {@link #nameEn()} falls back to the Chinese name.
 *
 * <p>Validity: {@link #since()} inclusive, {@link #until()} exclusive (null: in use). Each date is
 * either the date of a change notice ({@link #sinceNotice()}, {@link #untilNotice()}) or, where
 * none is recorded, the table's year granularity: the code lists are as of 31 December, so a code
 * first listed in year Y is taken as valid from Y-12-31 and one last listed in year E-1 as valid
 * until E-12-31 ({@link #provenance()} says which).
 */
public final class Region {

    /**
     * A change notice that dates a change: its date, title and document number (empty if none).
     *
     * @param date           the date the notice gives (of its approval or announcement)
     * @param title          the notice's title, such as 国务院关于同意浙江省撤销湖州市城区…的批复
     * @param documentNumber the document number, such as 国函〔1988〕104号, empty if none is recorded
     */
    public record ChangeNotice(LocalDate date, String title, String documentNumber) {

        /** Validates the components. */
        public ChangeNotice {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(documentNumber, "documentNumber");
        }
    }

    /**
     * A code that took over this region's area, or part of it, as the table records it.
     *
     * @param code   the successor's code
     * @param inYear the year of the change when it is not the year this region ended (the
     *               table's {@code [year]} suffix), null otherwise
     */
    public record Successor(RegionCode code, Integer inYear) {

        /** Validates the components. */
        public Successor {
            Objects.requireNonNull(code, "code");
        }

        @Override
        public String toString() {
            return inYear == null ? code.code() : code.code() + "[" + inYear + "]";
        }
    }

    /** What the table says of a code's period. */
    public enum Status {
        /** In use (在用). */
        IN_USE,
        /** Changed: the code or name was changed (变更). */
        CHANGED,
        /** Abolished (弃用). */
        ABOLISHED
    }

    private final RegionCode code;
    private final String nameZh;
    private final String englishName;
    private final LocalDate since;
    private final LocalDate until;
    private final ChangeNotice sinceNotice;
    private final ChangeNotice untilNotice;
    private final Status status;
    private final List<Successor> successors;
    private final String source;

    /**
     * A region from a pack's {@code regions} section: in use since a date (or always, if null).
     *
     * @param code   the code, not null
     * @param nameZh the Chinese name, such as 湖州市, not null
     * @param nameEn the English name, such as Huzhou, not null
     * @param since  the first date the code is in use, null if not recorded
     */
    public Region(RegionCode code, String nameZh, String nameEn, LocalDate since) {
        this(
                code,
                nameZh,
                Objects.requireNonNull(nameEn, "nameEn"),
                since,
                null,
                null,
                null,
                Status.IN_USE,
                List.of(),
                "pack");
    }

    /**
     * A region with all its data.
     *
     * @param code        the code, not null
     * @param nameZh      the Chinese name, not null
     * @param englishName the English name from a source, null if none
     * @param since       valid from (inclusive), null if from before any record
     * @param until       valid until (exclusive), null if in use
     * @param sinceNotice the notice dating {@code since}, null for year granularity
     * @param untilNotice the notice dating {@code until}, null for year granularity
     * @param status      the table's status, not null
     * @param successors  the successor codes, not null
     * @param source      where the row comes from ({@code gb-t-2260} for the shipped table, or a pack file), not null
     */
    public Region(
            RegionCode code,
            String nameZh,
            String englishName,
            LocalDate since,
            LocalDate until,
            ChangeNotice sinceNotice,
            ChangeNotice untilNotice,
            Status status,
            List<Successor> successors,
            String source) {
        this.code = Objects.requireNonNull(code, "code");
        this.nameZh = Objects.requireNonNull(nameZh, "nameZh");
        this.englishName = englishName;
        this.since = since;
        this.until = until;
        this.sinceNotice = sinceNotice;
        this.untilNotice = untilNotice;
        this.status = Objects.requireNonNull(status, "status");
        this.successors = List.copyOf(successors);
        this.source = Objects.requireNonNull(source, "source");
        if (since != null && until != null && !until.isAfter(since)) {
            throw new IllegalArgumentException("Region " + code + ": until " + until + " is not after since " + since);
        }
    }

    /** @return the code */
    public RegionCode code() {
        return code;
    }

    /** @return the Chinese name, such as 鼓楼区 */
    public String nameZh() {
        return nameZh;
    }

    /**
     * @return the English name where a source gives one, otherwise the Chinese name (no
     *         romanisation is invented)
     */
    public String nameEn() {
        return englishName != null ? englishName : nameZh;
    }

    /** @return the English name from a source, empty if none is recorded */
    public Optional<String> englishName() {
        return Optional.ofNullable(englishName);
    }

    /** @return the level implied by the code */
    public RegionLevel level() {
        return code.level();
    }

    /** @return the first date of validity (inclusive), null if from before any record */
    public LocalDate since() {
        return since;
    }

    /** @return the first date of validity, if recorded */
    public Optional<LocalDate> sinceDate() {
        return Optional.ofNullable(since);
    }

    /** @return the end of validity (exclusive), null while in use */
    public LocalDate until() {
        return until;
    }

    /** @return the notice that dates {@link #since()}, empty if the date is the table's year granularity */
    public Optional<ChangeNotice> sinceNotice() {
        return Optional.ofNullable(sinceNotice);
    }

    /** @return the notice that dates {@link #until()}, empty if the date is the table's year granularity */
    public Optional<ChangeNotice> untilNotice() {
        return Optional.ofNullable(untilNotice);
    }

    /** @return the table's status of this period */
    public Status status() {
        return status;
    }

    /**
     * @return the codes that took over this region's area (several for a split); for a region in
     *         use, codes that received part of its area
     */
    public List<Successor> successors() {
        return successors;
    }

    /** @return where the row comes from: {@code gb-t-2260} for the shipped table, or a pack file */
    public String source() {
        return source;
    }

    /**
     * @param date a date, not null
     * @return true if the region is valid on that date
     */
    public boolean validOn(LocalDate date) {
        return (since == null || !date.isBefore(since)) && (until == null || date.isBefore(until));
    }

    /**
     * Says how the validity dates are known, in English: {@code since 1983-07-27 (notice 国务院关于…
     * 国函〔1983〕…号); until 1988-09-01 (notice …)} or {@code since 1983-12-31 (year granularity:
     * first listed in the table as of 31 December 1983)}.
     *
     * @return the provenance of the dates, not null
     */
    public String provenance() {
        StringBuilder sb = new StringBuilder(source);
        if (since != null) {
            sb.append("; since ").append(since).append(describe(sinceNotice, "first listed", since));
        }
        if (until != null) {
            sb.append("; until ").append(until).append(describe(untilNotice, "last listed", until.minusYears(1)));
        } else {
            sb.append("; in use");
        }
        return sb.toString();
    }

    private static String describe(ChangeNotice n, String listed, LocalDate asOf) {
        if (n == null) {
            return " (year granularity: " + listed + " in the table as of 31 December " + asOf.getYear() + ")";
        }
        return " (notice " + n.title() + (n.documentNumber().isEmpty() ? "" : " " + n.documentNumber()) + ", "
                + n.date() + ")";
    }

    /**
     * @param englishName an English name from a source, not null
     * @param source      where it comes from, not null
     * @return this region with the English name
     */
    public Region withEnglishName(String englishName, String source) {
        return new Region(
                code,
                nameZh,
                Objects.requireNonNull(englishName, "englishName"),
                since,
                until,
                sinceNotice,
                untilNotice,
                status,
                successors,
                this.source + " + " + source);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Region r
                && r.code.equals(code)
                && r.nameZh.equals(nameZh)
                && Objects.equals(r.englishName, englishName)
                && Objects.equals(r.since, since)
                && Objects.equals(r.until, until)
                && r.status == status
                && r.successors.equals(successors);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, nameZh, since, until);
    }

    /** @return code, name and validity, such as {@code 330502 城区 [1983-07-27, 1988-09-01)} */
    @Override
    public String toString() {
        return code + " " + nameZh + " [" + (since == null ? "…" : since) + ", " + (until == null ? "…" : until) + ")";
    }
}
