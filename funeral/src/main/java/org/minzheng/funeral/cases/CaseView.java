package org.minzheng.funeral.cases;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.time.DateRange;
import org.minzheng.funeral.audit.AuditEntry;
import org.minzheng.funeral.estate.AssetRecord;
import org.minzheng.funeral.estate.EstateQueryRefusal;
import org.minzheng.funeral.estate.Evidence;
import org.minzheng.funeral.estate.GrantScope;
import org.minzheng.funeral.person.MaskedId;
import org.minzheng.funeral.person.Relation;

/**
 * What one role sees of an estate-query case on one date ({@link EstateQueryCase#view}). A
 * field the role may not see ({@link CaseViewPolicy}) is null, and so absent from the JSON.
 * Identity numbers are masked; names are never shown.
 *
 * @param caseId           the case id
 * @param role             the role looking
 * @param date             the date of the view
 * @param state            the case state
 * @param deceased         the deceased, masked
 * @param applicant        the applicant, masked
 * @param relation         the applicant's relation
 * @param evidence         the documents held
 * @param refusal          the refusal, if refused
 * @param scope            the grant's scope, if granted
 * @param validity         the grant's dates, if granted
 * @param legalBasis       the grant's legal basis, if granted
 * @param records          the answers within the grant's scope and dates (empty outside them)
 * @param disclosableCount how many answers are within scope and dates
 * @param withheldCount    how many answers are withheld (out of scope, or the date is outside the grant)
 * @param auditTrail       the audit entries
 */
@JsonPropertyOrder({
    "caseId",
    "role",
    "date",
    "state",
    "deceased",
    "applicant",
    "relation",
    "evidence",
    "refusal",
    "scope",
    "validity",
    "legalBasis",
    "records",
    "disclosableCount",
    "withheldCount",
    "auditTrail"
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseView(
        String caseId,
        Role role,
        LocalDate date,
        CaseState state,
        MaskedId deceased,
        MaskedId applicant,
        Relation relation,
        List<Evidence> evidence,
        EstateQueryRefusal refusal,
        GrantScope scope,
        DateRange validity,
        List<Citation> legalBasis,
        List<AssetRecord> records,
        Integer disclosableCount,
        Integer withheldCount,
        List<AuditEntry> auditTrail) {

    /** Validates the required components. */
    public CaseView {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(date, "date");
    }
}
