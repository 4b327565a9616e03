package org.minzheng.charity.registry;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.minzheng.charity.trust.CharitablePurpose;
import org.minzheng.charity.trust.CharitableTrust;
import org.minzheng.charity.trust.CivilAffairsDepartment;
import org.minzheng.core.json.Json;
import org.minzheng.core.region.RegionCode;

/**
 * Exports a {@link TrustRegistry} as CSV and JSON.
 *
 * <p>CSV follows RFC 4180: a header line, one line per record, lines ended by CRLF, fields that
 * hold a comma, a double quote, CR or LF enclosed in double quotes with inner quotes doubled;
 * encoded as UTF-8 without a byte-order mark ({@link #recordsCsvBytes(TrustRegistry)}). Rows come
 * in the registry's order (filing date, department, filing number), so equal registries give
 * byte-identical files. No settlor's or supervisor's name is exported ({@link RegistryRow}).
 * Amounts are written as exact decimals of yuan ({@code 1500000.00}), dates as ISO dates, enums by
 * name, purposes joined by {@code ;}.
 *
 * <p>JSON ({@link #json(TrustRegistry, RegionCode, LocalDate)}) is written with the core mapper
 * ({@link Json#pretty(Object)}): the rows, the totals by department and by year, and the cumulative
 * figure and year-on-year growth for a region on a date, the growth also as a whole percentage
 * ({@link RatioRounding#WHOLE_PERCENT_HALF_UP}).
 */
public final class RegistryExport {

    /** The CSV columns of {@link #recordsCsv(TrustRegistry)}, in order. */
    public static final List<String> RECORD_COLUMNS = List.of(
            "filing_number",
            "authority_region",
            "authority_level",
            "filed_on",
            "signing_date",
            "lead_trustee_name",
            "lead_trustee_code",
            "lead_trustee_type",
            "trustees",
            "settlors",
            "supervisor",
            "purposes",
            "total_value",
            "cash_value",
            "non_cash_value",
            "term_start",
            "term_end_exclusive");

    /** The CSV columns of {@link #authorityTotalsCsv(TrustRegistry)}, in order. */
    public static final List<String> TOTALS_COLUMNS =
            List.of("authority_region", "authority_level", "count", "amount", "cash", "non_cash");

    private static final String CRLF = "\r\n";

    private RegistryExport() {}

    /**
     * @param registry the registry, not null
     * @return one row per record, in the registry's order
     */
    public static List<RegistryRow> rows(TrustRegistry registry) {
        List<RegistryRow> rows = new ArrayList<>(registry.size());
        for (CharitableTrust t : registry.records()) {
            rows.add(RegistryRow.of(t));
        }
        return rows;
    }

    /**
     * @param registry the registry, not null
     * @return the records as RFC 4180 CSV text (CRLF line ends)
     */
    public static String recordsCsv(TrustRegistry registry) {
        StringBuilder sb = new StringBuilder(256 + 160 * registry.size());
        line(sb, RECORD_COLUMNS);
        for (RegistryRow r : rows(registry)) {
            line(
                    sb,
                    List.of(
                            r.filingNumber(),
                            r.authorityRegion().code(),
                            r.authorityLevel().name(),
                            r.filedOn().toString(),
                            r.signingDate().toString(),
                            r.leadTrusteeName(),
                            r.leadTrusteeCode(),
                            r.leadTrusteeType().name(),
                            Integer.toString(r.trustees()),
                            Integer.toString(r.settlors()),
                            Boolean.toString(r.supervisor()),
                            r.purposes().stream().map(CharitablePurpose::name).collect(Collectors.joining(";")),
                            r.totalValue().toString(),
                            r.cashValue().toString(),
                            r.nonCashValue().toString(),
                            r.termStart().toString(),
                            r.termEndExclusive() == null
                                    ? ""
                                    : r.termEndExclusive().toString()));
        }
        return sb.toString();
    }

    /**
     * @param registry the registry, not null
     * @return {@link #recordsCsv(TrustRegistry)} encoded as UTF-8, no byte-order mark
     */
    public static byte[] recordsCsvBytes(TrustRegistry registry) {
        return recordsCsv(registry).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @param registry the registry, not null
     * @return the totals by filing department as RFC 4180 CSV text, ordered by level then code
     */
    public static String authorityTotalsCsv(TrustRegistry registry) {
        StringBuilder sb = new StringBuilder();
        line(sb, TOTALS_COLUMNS);
        for (Map.Entry<CivilAffairsDepartment, Totals> e :
                registry.totalsByAuthority().entrySet()) {
            Totals t = e.getValue();
            line(
                    sb,
                    List.of(
                            e.getKey().region().code(),
                            e.getKey().level().name(),
                            Long.toString(t.count()),
                            t.amount().toString(),
                            t.cash().toString(),
                            t.nonCash().toString()));
        }
        return sb.toString();
    }

    /**
     * Quotes one CSV field as RFC 4180 requires.
     *
     * @param field the field, not null
     * @return the field, enclosed in double quotes (inner quotes doubled) if it holds a comma,
     *         a double quote, CR or LF; otherwise unchanged
     */
    public static String quote(String field) {
        Objects.requireNonNull(field, "field");
        boolean needs = false;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                needs = true;
                break;
            }
        }
        return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }

    private static void line(StringBuilder sb, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(quote(fields.get(i)));
        }
        sb.append(CRLF);
    }

    /**
     * The registry as a JSON document.
     *
     * @param registry the registry, not null
     * @param within   the region of the headline figure, not null
     * @param asOf     the date of the headline figure, not null
     * @return pretty JSON with {@code \n} line ends
     */
    public static String json(TrustRegistry registry, RegionCode within, LocalDate asOf) {
        return Json.pretty(report(registry, within, asOf));
    }

    /**
     * @param registry the registry, not null
     * @param within   the region of the headline figure, not null
     * @param asOf     the date of the headline figure, not null
     * @return the report the JSON form writes
     */
    public static Report report(TrustRegistry registry, RegionCode within, LocalDate asOf) {
        List<AuthorityTotals> byAuthority = new ArrayList<>();
        registry.totalsByAuthority().forEach((d, t) -> byAuthority.add(new AuthorityTotals(d, t)));
        List<YearTotals> byYear = new ArrayList<>();
        registry.totalsByYear().forEach((y, t) -> byYear.add(new YearTotals(y, t)));
        Growth g = registry.yearOnYear(within, asOf);
        RatioRounding rounding = RatioRounding.WHOLE_PERCENT_HALF_UP;
        Headline headline = new Headline(
                within,
                asOf,
                registry.cumulative(within, asOf),
                g,
                g.percent(rounding).map(p -> p.toPlainString()).orElse(null),
                rounding.toString());
        return new Report(headline, byAuthority, byYear, rows(registry));
    }

    /**
     * The JSON document.
     *
     * @param headline    the cumulative figure and growth for a region on a date
     * @param byAuthority totals by filing department
     * @param byYear      totals by filing year
     * @param records     the records
     */
    @JsonPropertyOrder({"headline", "byAuthority", "byYear", "records"})
    public record Report(
            Headline headline, List<AuthorityTotals> byAuthority, List<YearTotals> byYear, List<RegistryRow> records) {}

    /**
     * The cumulative figure for a region on a date and its year-on-year growth.
     *
     * @param region          the region
     * @param asOf            the date
     * @param cumulative      the totals filed up to the date
     * @param yearOnYear      the growth of the amount against one year earlier
     * @param growthPercent   the growth in percent, rounded as {@code rounding} says; null if none
     * @param growthRounding  the rounding of the percentage
     */
    @JsonPropertyOrder({"region", "asOf", "cumulative", "yearOnYear", "growthPercent", "growthRounding"})
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record Headline(
            RegionCode region,
            LocalDate asOf,
            Totals cumulative,
            Growth yearOnYear,
            String growthPercent,
            String growthRounding) {}

    /**
     * @param authority the department
     * @param totals    its totals
     */
    @JsonPropertyOrder({"authority", "totals"})
    public record AuthorityTotals(CivilAffairsDepartment authority, Totals totals) {}

    /**
     * @param year   the filing year
     * @param totals its totals
     */
    @JsonPropertyOrder({"year", "totals"})
    public record YearTotals(int year, Totals totals) {}
}
