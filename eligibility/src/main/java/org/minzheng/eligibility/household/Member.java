package org.minzheng.eligibility.household;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.minzheng.core.id.ResidentIdNumber;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.style.MinzhengStyle;
import org.minzheng.core.time.Ages;

/**
 * A person in the household as the application lists them. Whether they count as a member of
 * the household (共同生活的家庭成员) is decided by {@link HouseholdMembership}, not here.
 *
 * <p>{@code toString()} masks the identity number; decisions refer to members by position and
 * relation only.
 */
@Value.Immutable
@MinzhengStyle
@JsonSerialize(as = ImmutableMember.class)
@JsonDeserialize(as = ImmutableMember.class)
public interface Member {

    /** @return the resident identity number, if the application gives one (masked in toString) */
    Optional<ResidentIdNumber> idNumber();

    /** @return the relation to the applicant */
    @NotNull
    Relation relation();

    /** @return the date of birth */
    @NotNull
    LocalDate birthDate();

    /** @return the region of the member's household registration (户籍), if known */
    Optional<RegionCode> hukouRegion();

    /** @return the level of education the member is enrolled in, if any */
    Optional<SchoolLevel> schoolLevel();

    /** @return true if enrolled full-time (全日制) */
    @Value.Default
    default boolean fullTimeStudent() {
        return false;
    }

    /** @return the disability on the certificate, if any */
    Optional<@Valid Disability> disability();

    /** @return true if the member has a serious illness (重特大疾病) recognised by the local authorities */
    @Value.Default
    default boolean seriousIllness() {
        return false;
    }

    /**
     * @return true if the member has no occupation (无业), as the case worker records it; with age
     *         18 or more and a grade 1–2 disability certificate this opens the 2022 notice's
     *         individual application (成年无业重度残疾人参照“单人户”)
     */
    @Value.Default
    default boolean unemployed() {
        return false;
    }

    /** @return true if the member is able to work (有劳动能力), as assessed by the caseworker */
    @Value.Default
    default boolean ableToWork() {
        return false;
    }

    /** @return for an adult child: false if the child cannot live independently (不能独立生活) */
    @Value.Default
    default boolean livesIndependently() {
        return true;
    }

    /**
     * @return true if the member and the applicant owe each other support by law (法定赡养、扶养、抚养义务);
     *         defaults to true for spouses, parents and children
     */
    @Value.Default
    default boolean supportDuty() {
        return relation() == Relation.SPOUSE
                || relation() == Relation.PARENT
                || relation() == Relation.CHILD
                || relation() == Relation.APPLICANT;
    }

    /** @return true if the member has lived with the family long-term (长期共同居住) */
    @Value.Default
    default boolean livesWithFamily() {
        return true;
    }

    /** @return why and since when the member lives apart, if they do */
    Optional<@Valid Absence> absence();

    /**
     * @param date a date
     * @return the completed years of age on that date
     */
    default int ageOn(LocalDate date) {
        return Ages.completedYears(birthDate(), date);
    }
}
