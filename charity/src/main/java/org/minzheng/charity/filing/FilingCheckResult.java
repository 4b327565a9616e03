package org.minzheng.charity.filing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import org.minzheng.charity.trust.AuthorityBasis;
import org.minzheng.charity.trust.CivilAffairsDepartment;
import org.minzheng.charity.trust.Confidence;
import org.minzheng.charity.trust.FilingDocument;
import org.minzheng.core.money.Money;

/**
 * The result of a filing check.
 *
 * @param deadlineDays          the filing period in days (慈善法 Art. 45), null if not configured
 * @param nominalLastDay        the last day by 民法典 Arts. 201-202 (signing day + the period), before the
 *                              extension of Art. 203, null if not configured
 * @param lastDayToFile         the last day on which the filing is in time (extended past rest days,
 *                              民法典 Art. 203; see {@link org.minzheng.core.time.PeriodCount}), null if not configured
 * @param daysAfterSigning      calendar days from signing to filing
 * @param onTime                true if filed on or before the last day, null if not configured
 * @param filedWith             the department the trust was filed with
 * @param competentAuthority    the department competent for the filing, null if none could be derived
 * @param authorityBasis        why that department, or why none
 * @param missingDocuments      required documents not submitted, in the order of 管理办法 Art. 18
 * @param custodyRequired       true if the trust holds cash (custody agreement and dedicated account required)
 * @param totalValue            the total value of the trust property
 * @param cashValue             the cash part of it
 * @param taxStanding           the standing for tax preferences as far as the filing decides it
 * @param taxStandingConfidence how firmly the sources support that standing
 */
@JsonPropertyOrder({
    "deadlineDays",
    "nominalLastDay",
    "lastDayToFile",
    "daysAfterSigning",
    "onTime",
    "filedWith",
    "competentAuthority",
    "authorityBasis",
    "missingDocuments",
    "custodyRequired",
    "totalValue",
    "cashValue",
    "taxStanding",
    "taxStandingConfidence"
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FilingCheckResult(
        Integer deadlineDays,
        LocalDate nominalLastDay,
        LocalDate lastDayToFile,
        long daysAfterSigning,
        Boolean onTime,
        CivilAffairsDepartment filedWith,
        CivilAffairsDepartment competentAuthority,
        AuthorityBasis authorityBasis,
        List<FilingDocument> missingDocuments,
        boolean custodyRequired,
        Money totalValue,
        Money cashValue,
        TaxStanding taxStanding,
        Confidence taxStandingConfidence) {

    /** Copies the list. */
    public FilingCheckResult {
        missingDocuments = List.copyOf(missingDocuments);
    }
}
