package org.minzheng.core.citation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A law, rule, normative document, standard or official publication that minzheng cites.
 * Instruments are data: they are listed in the {@code instruments} section of pack files and
 * referred to by {@link #id()}.
 *
 * @param id             a stable id such as {@code mca-dibao-2021}, not null
 * @param title          the official Chinese title, such as 最低生活保障审核确认办法, not null
 * @param titleEn        an English rendering of the title, not null
 * @param issuer         the issuing body in Chinese, such as 民政部, not null
 * @param documentNumber the document number such as 民发〔2021〕57号, null where none is known
 *                       (never invented)
 * @param rank           the rank, not null
 * @param inForce        the date it came into force, null if not known
 * @param repealed       the first date it no longer applies, null if in force or unknown
 * @param sourceDate     the date as of which the source states its values: its publication date,
 *                       or, where that is not known, the last day of the period it reports on;
 *                       required for an {@link InstrumentRank#OFFICIAL_REPORT} (a report proves a
 *                       figure only as of its date), null for an enactment, whose values hold until
 *                       it is repealed or amended (recorded as {@code repealed} or a row's
 *                       {@code until}). A decision more than
 *                       {@code PolicySnapshot.STALENESS_HORIZON_MONTHS} after it warns that a value
 *                       from it may be outdated
 * @param url            a public address of the text, null if none is recorded
 * @param note           a reviewer's note on confidence or conflicts, may be null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "id",
    "title",
    "titleEn",
    "issuer",
    "documentNumber",
    "rank",
    "inForce",
    "repealed",
    "sourceDate",
    "url",
    "note"
})
public record Instrument(
        String id,
        String title,
        String titleEn,
        String issuer,
        String documentNumber,
        InstrumentRank rank,
        LocalDate inForce,
        LocalDate repealed,
        LocalDate sourceDate,
        String url,
        String note) {

    /** Validates the required components. */
    public Instrument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(titleEn, "titleEn");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(rank, "rank");
    }

    /**
     * Returns the short reference a reader recognises, as {@link CitationFormat#referenceZh} writes
     * it: the title in 《》 followed by the document number where there is one, such as
     * {@code 《最低生活保障审核确认办法》（民发〔2021〕57号）}.
     *
     * @return the reference, not null
     */
    public String reference() {
        return CitationFormat.referenceZh(this);
    }
}
