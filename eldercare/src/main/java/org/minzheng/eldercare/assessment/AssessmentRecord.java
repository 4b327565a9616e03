package org.minzheng.eldercare.assessment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.minzheng.core.id.ResidentIdNumber;
import org.minzheng.core.id.UnifiedSocialCreditCode;
import org.minzheng.core.validation.InputValidator;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.core.validation.Violation;
import org.minzheng.eldercare.EldercareValidation;
import org.minzheng.eldercare.assessment.legacy.LegacyLevel;

/**
 * The record of one ability assessment: under which standard, on which date, by which
 * institution (统一社会信用代码) and assessors, of whom (公民身份号码), with which final level.
 *
 * <h2>Personal data</h2>
 * <p>The subject's identity number and the assessors' ids are personal data. {@link #toString()}
 * shows the subject only in the masked form of {@link ResidentIdNumber#masked()} and the
 * assessors only as a count, so a record can be logged. The accessors and the JSON form give the
 * full values: a record is data to be exchanged, handle its JSON as personal data.
 *
 * <p>Immutable; equal when every field is equal.
 */
@JsonPropertyOrder({"scheme", "assessedOn", "institution", "subject", "assessorIds", "finalLevel"})
public final class AssessmentRecord {

    private final AssessmentScheme scheme;
    private final LocalDate assessedOn;
    private final UnifiedSocialCreditCode institution;
    private final ResidentIdNumber subject;
    private final List<String> assessorIds;
    private final int finalLevel;

    private AssessmentRecord(
            AssessmentScheme scheme,
            LocalDate assessedOn,
            UnifiedSocialCreditCode institution,
            ResidentIdNumber subject,
            List<String> assessorIds,
            int finalLevel) {
        this.scheme = scheme;
        this.assessedOn = assessedOn;
        this.institution = institution;
        this.subject = subject;
        this.assessorIds = assessorIds;
        this.finalLevel = finalLevel;
    }

    /**
     * Obtains a record, checking every field.
     *
     * @param scheme      the standard, not null
     * @param assessedOn  the date of the assessment, not null
     * @param institution the assessing institution, not null
     * @param subject     the person assessed, not null
     * @param assessorIds the assessors' ids (staff numbers or similar), not blank, no duplicates;
     *                    at least {@link AssessmentScheme#minAssessors()}
     * @param finalLevel  the final level, 0 to the scheme's top level
     * @return the record, not null
     * @throws InvalidInputException listing every problem (messages never repeat the values)
     */
    @JsonCreator
    public static AssessmentRecord of(
            @JsonProperty("scheme") AssessmentScheme scheme,
            @JsonProperty("assessedOn") LocalDate assessedOn,
            @JsonProperty("institution") UnifiedSocialCreditCode institution,
            @JsonProperty("subject") ResidentIdNumber subject,
            @JsonProperty("assessorIds") List<String> assessorIds,
            @JsonProperty("finalLevel") int finalLevel) {
        List<Violation> vs = new ArrayList<>();
        required(vs, scheme, "scheme");
        required(vs, assessedOn, "assessedOn");
        required(vs, institution, "institution");
        required(vs, subject, "subject");
        required(vs, assessorIds, "assessorIds");
        List<String> ids = assessorIds == null ? List.of() : new ArrayList<>(assessorIds);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id == null || id.isBlank()) {
                vs.add(EldercareValidation.violation("record.assessorIds[" + i + "]", "record.assessor-blank"));
            } else if (!seen.add(id)) {
                vs.add(EldercareValidation.violation("record.assessorIds[" + i + "]", "record.assessor-duplicate"));
            }
        }
        if (scheme != null && assessorIds != null && seen.size() < scheme.minAssessors()) {
            vs.add(EldercareValidation.violation(
                    "record.assessorIds", "record.too-few-assessors", Map.of("minimum", scheme.minAssessors())));
        }
        if (scheme != null && (finalLevel < 0 || finalLevel > scheme.topLevel())) {
            vs.add(EldercareValidation.violation(
                    "record.finalLevel", "record.level-out-of-range", Map.of("top", scheme.topLevel())));
        }
        if (!vs.isEmpty()) {
            throw new InvalidInputException(vs);
        }
        return new AssessmentRecord(scheme, assessedOn, institution, subject, List.copyOf(ids), finalLevel);
    }

    private static void required(List<Violation> vs, Object value, String field) {
        if (value == null) {
            vs.add(InputValidator.get().violation("record." + field, "NotNull", Map.of()));
        }
    }

    /** @return the standard the assessment was made under */
    @JsonProperty
    public AssessmentScheme scheme() {
        return scheme;
    }

    /** @return the date of the assessment */
    @JsonProperty
    public LocalDate assessedOn() {
        return assessedOn;
    }

    /** @return the assessing institution */
    @JsonProperty
    public UnifiedSocialCreditCode institution() {
        return institution;
    }

    /** @return the person assessed (personal data: the full number) */
    @JsonProperty
    public ResidentIdNumber subject() {
        return subject;
    }

    /** @return the assessors' ids (personal data) */
    @JsonProperty
    public List<String> assessorIds() {
        return assessorIds;
    }

    /** @return the final level number on the scheme's scale */
    @JsonProperty
    public int finalLevel() {
        return finalLevel;
    }

    /** @return the final level, if the record is a GB/T 42195-2022 one */
    public Optional<AbilityLevel> abilityLevel() {
        return scheme == AssessmentScheme.GB_T_42195_2022
                ? Optional.of(AbilityLevel.ofNumber(finalLevel))
                : Optional.empty();
    }

    /** @return the final level, if the record is an MZ/T 039-2013 one */
    public Optional<LegacyLevel> legacyLevel() {
        return scheme == AssessmentScheme.MZ_T_039_2013
                ? Optional.of(LegacyLevel.ofNumber(finalLevel))
                : Optional.empty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AssessmentRecord r
                && r.scheme == scheme
                && r.assessedOn.equals(assessedOn)
                && r.institution.equals(institution)
                && r.subject.equals(subject)
                && r.assessorIds.equals(assessorIds)
                && r.finalLevel == finalLevel;
    }

    @Override
    public int hashCode() {
        return Objects.hash(scheme, assessedOn, institution, subject, assessorIds, finalLevel);
    }

    /**
     * @return a summary without personal data: the subject masked, the assessors counted, not named
     */
    @Override
    public String toString() {
        return "AssessmentRecord[" + scheme + " " + assessedOn + " institution=" + institution + " subject="
                + subject.masked() + " assessors=" + assessorIds.size() + " finalLevel=" + finalLevel + "]";
    }
}
