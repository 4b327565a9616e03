package org.minzheng.eligibility.poverty;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.minzheng.core.person.SelfCareAssessment;
import org.minzheng.core.style.MinzhengStyle;
import org.minzheng.core.time.Ages;
import org.minzheng.eligibility.household.Assets;
import org.minzheng.eligibility.household.Disability;
import org.minzheng.eligibility.household.SchoolLevel;

/**
 * The facts of an application for 特困人员救助供养 (特困人员认定办法 Arts. 4–9, 20–22): the person
 * (birth date, disability, schooling, own incomes and assets, self-care assessment, how they
 * are supported), their legal supporters, and whether the person, a minor, also qualifies for
 * the orphan or de-facto-unsupported-child scheme. No names or identity numbers.
 */
@Value.Immutable
@MinzhengStyle
@JsonSerialize(as = ImmutableExtremePovertyFacts.class)
@JsonDeserialize(as = ImmutableExtremePovertyFacts.class)
public interface ExtremePovertyFacts {

    /** @return the date of birth */
    @NotNull
    LocalDate birthDate();

    /** @return the disability on the certificate (残疾人证, Art. 10), if any */
    Optional<@Valid Disability> disability();

    /** @return the level of education the person is enrolled in, if any */
    Optional<SchoolLevel> schoolLevel();

    /** @return true if enrolled full-time */
    @Value.Default
    default boolean fullTimeStudent() {
        return false;
    }

    /**
     * @return true if the caseworker says the person falls under another case of no capacity to
     *         work that the province defines (Art. 5(4)); a person must confirm it
     */
    @Value.Default
    default boolean provincialNoWorkCapacityCase() {
        return false;
    }

    /** @return the person's own incomes (Art. 6) */
    List<@Valid @NotNull PersonalIncome> incomes();

    /** @return the person's own assets (Arts. 6–7) */
    @NotNull
    @Valid
    @Value.Default
    default Assets assets() {
        return Assets.NONE;
    }

    /** @return the legal supporters (法定义务人); empty if there are none (Art. 8) */
    List<@Valid @NotNull LegalSupporter> supporters();

    /** @return the self-care assessment (Arts. 20–22) */
    @NotNull
    @Valid
    SelfCareAssessment selfCare();

    /** @return how the person is or would be supported (Art. 19 of 社会救助暂行办法) */
    @NotNull
    @Value.Default
    default SupportArrangement arrangement() {
        return SupportArrangement.DISPERSED;
    }

    /**
     * @return true if the person, a minor, also meets the conditions of the orphan or de-facto
     *         unsupported child scheme (Art. 9)
     */
    @Value.Default
    default boolean qualifiesForChildScheme() {
        return false;
    }

    /**
     * @return the scheme such a minor (or the guardian) chose (Art. 9 leaves it to the applicant's
     *         choice, 选择); empty if the choice is not given — the decision is then NEEDS_REVIEW, never
     *         a refusal. Given only together with {@link #qualifiesForChildScheme()}.
     */
    Optional<SchemeChoice> schemeChoice();

    /**
     * @param date a date
     * @return the completed years of age on that date
     */
    default int ageOn(LocalDate date) {
        return Ages.completedYears(birthDate(), date);
    }
}
