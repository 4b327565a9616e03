package org.minzheng.eldercare.person;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.minzheng.core.person.AssistanceStatus;
import org.minzheng.core.style.MinzhengStyle;
import org.minzheng.core.time.Ages;
import org.minzheng.eldercare.assessment.AbilityLevel;

/**
 * An older person applying for an eldercare service: birth date, the final level of their
 * GB/T 42195-2022 ability assessment if they have one, the assistance status of their household
 * and the circumstances the priority groups name. No name or identity number: facts never hold
 * personal identifiers.
 *
 * <p>A level from an MZ/T 039-2013 record must be carried over with
 * {@code org.minzheng.eldercare.assessment.legacy.LevelCorrespondence} first, which refuses where
 * the two scales do not correspond.
 */
@Value.Immutable
@MinzhengStyle
@JsonSerialize(as = ImmutableOlderPerson.class)
@JsonDeserialize(as = ImmutableOlderPerson.class)
public interface OlderPerson {

    /** @return the date of birth */
    @NotNull
    LocalDate birthDate();

    /** @return the final level of the person's GB/T 42195-2022 assessment, empty if not assessed */
    Optional<AbilityLevel> abilityLevel();

    /** @return the assistance status of the household, empty if none */
    Optional<AssistanceStatus> assistance();

    /**
     * @param status an assistance status, not null
     * @return true if the household has that status
     */
    default boolean receives(AssistanceStatus status) {
        return assistance().filter(status::equals).isPresent();
    }

    /** @return for a person in extreme poverty: true if supported at home (分散供养), not in an institution */
    @Value.Default
    default boolean dispersedSupport() {
        return false;
    }

    /** @return true if the household is in the registered-poor file (建档立卡贫困人口) */
    @Value.Default
    default boolean registeredPoor() {
        return false;
    }

    /** @return true if the person lives alone (独居) */
    @Value.Default
    default boolean livesAlone() {
        return false;
    }

    /** @return true if the person is empty-nest (空巢: no child living with them) */
    @Value.Default
    default boolean emptyNest() {
        return false;
    }

    /** @return true if the person is left behind (留守: children working away) */
    @Value.Default
    default boolean leftBehind() {
        return false;
    }

    /** @return true if the person holds a disability certificate (残疾人证) */
    @Value.Default
    default boolean disabled() {
        return false;
    }

    /** @return true if the family lost its only child (计划生育特殊家庭) */
    @Value.Default
    default boolean lostOnlyChild() {
        return false;
    }

    /**
     * @param date a date
     * @return the completed years of age on that date
     */
    default int ageOn(LocalDate date) {
        return Ages.completedYears(birthDate(), date);
    }
}
