package org.minzheng.charity.filing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import org.minzheng.charity.trust.AuthorityBasis;
import org.minzheng.charity.trust.CivilAffairsDepartment;
import org.minzheng.charity.trust.Confidence;
import org.minzheng.charity.trust.DayCount;
import org.minzheng.charity.trust.FilingDocument;
import org.minzheng.core.money.Money;

/**
 * The result of a filing check.
 *
 * @param deadlineDays          the filing period in days (慈善法 Art. 45), null if not configured
 * @param dayCount              how the days are counted
 * @param lastDayToFile         the last day on which the filing is in time, null if not configured
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
@JsonPropertyOrder({"deadlineDays", "dayCount", "lastDayToFile", "daysAfterSigning", "onTime", "filedWith",
        "competentAuthority", "authorityBasis", "missingDocuments", "custodyRequired", "totalValue", "cashValue",
        "taxStanding", "taxStandingConfidence"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FilingCheckResult(Integer deadlineDays, DayCount dayCount, LocalDate lastDayToFile, long daysAfterSigning,
                                Boolean onTime, CivilAffairsDepartment filedWith,
                                CivilAffairsDepartment competentAuthority, AuthorityBasis authorityBasis,
                                List<FilingDocument> missingDocuments, boolean custodyRequired, Money totalValue,
                                Money cashValue, TaxStanding taxStanding, Confidence taxStandingConfidence) {

    /** Copies the list. */
    public FilingCheckResult {
        missingDocuments = List.copyOf(missingDocuments);
    }
}
