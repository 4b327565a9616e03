package org.minzheng.funeral.estate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.time.DateRange;
import org.minzheng.funeral.person.MaskedId;
import org.minzheng.funeral.person.Relation;

/**
 * An issued authorisation to learn the deceased's assets (涉财查询授权): to whom, about whom,
 * within what scope, on which dates, and on what legal basis. A grant is not a flag on an
 * application: only {@link EstateQueryProgram} issues one, and only when the applicant holds
 * every document the 2019 notice requires for their relation.
 *
 * <p><strong>Scope.</strong> Deposits and the bank's own products rest on the 2019 notice
 * (银保监办发〔2019〕107号). Securities, insurance, the provident fund and real estate are in a
 * scope only where the region configures its joint service for them
 * ({@code estate-query.scope.<kind>}); no source found states Huzhou's scope.
 *
 * <p><strong>Dates.</strong> The grant is issued on the decision date. Where the region sets a
 * validity period it is valid over the half-open range
 * {@code [decision date, decision date + estate-query.grant-validity-days)}. The period is not
 * found in any source (the official pack has no value): the 2019 notice grants the query without
 * a time limit, so without a configured period the grant has no end date and is valid from the
 * decision date on; the decision names the missing key so an integrator can set one.
 *
 * <p>A grant holds masked identity numbers only, so it can be shown and stored as it is.
 *
 * @param deceased   the deceased, masked, not null
 * @param grantee    the applicant the grant is issued to, masked, not null
 * @param relation   the grantee's relation to the deceased, not null
 * @param scope      the institutions and kinds of asset, not null
 * @param issuedOn   the decision date, not null
 * @param validity   the dates on which results may be disclosed, bounded and starting on
 *                   {@code issuedOn}; null when the region sets no validity period
 * @param legalBasis the instruments the grant rests on, not empty
 */
@JsonPropertyOrder({"deceased", "grantee", "relation", "scope", "issuedOn", "validity", "legalBasis"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EstateQueryGrant(
        MaskedId deceased,
        MaskedId grantee,
        Relation relation,
        GrantScope scope,
        LocalDate issuedOn,
        DateRange validity,
        List<Citation> legalBasis) {

    /** Validates the components. */
    public EstateQueryGrant {
        Objects.requireNonNull(deceased, "deceased");
        Objects.requireNonNull(grantee, "grantee");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(issuedOn, "issuedOn");
        legalBasis = List.copyOf(legalBasis);
        if (validity != null && validity.isOpen()) {
            throw new IllegalArgumentException("a grant's validity period has an end");
        }
        if (validity != null && !validity.start().equals(issuedOn)) {
            throw new IllegalArgumentException("a grant's validity starts on the day it is issued");
        }
        if (legalBasis.isEmpty()) {
            throw new IllegalArgumentException("a grant names its legal basis");
        }
    }

    /** @return the validity period, empty when the region sets none (the grant then has no end date) */
    public Optional<DateRange> validityPeriod() {
        return Optional.ofNullable(validity);
    }

    /**
     * @param date a date, not null
     * @return true if results may be disclosed under this grant on that date: within the
     *         validity period, or on or after the issue date when no period is set
     */
    public boolean isValidOn(LocalDate date) {
        return validity == null ? !date.isBefore(issuedOn) : validity.contains(date);
    }

    /**
     * Tells whether a record may be disclosed under this grant on a date: its institution and
     * kind are within the scope and the date is within the validity.
     *
     * @param r    the record, not null
     * @param date the date of disclosure, not null
     * @return true if the record may be disclosed
     */
    public boolean permits(AssetRecord r, LocalDate date) {
        return isValidOn(date) && scope.covers(r.institution(), r.kind());
    }

    /**
     * Filters records to those that may be disclosed on a date. Every other record is
     * withheld; nothing is disclosed outside the validity.
     *
     * @param records the records an institution returned, not null
     * @param date    the date of disclosure, not null
     * @return the disclosable records, in their original order
     */
    public List<AssetRecord> disclosable(Collection<AssetRecord> records, LocalDate date) {
        List<AssetRecord> out = new ArrayList<>(records.size());
        if (!isValidOn(date)) {
            return List.of();
        }
        for (AssetRecord r : records) {
            if (scope.covers(r.institution(), r.kind())) {
                out.add(r);
            }
        }
        return List.copyOf(out);
    }
}
