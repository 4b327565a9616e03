package org.minzheng.eligibility.children;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.minzheng.core.style.MinzhengStyle;
import org.minzheng.core.time.Ages;

/**
 * The facts of an application for the basic living allowance of an orphan (孤儿基本生活费) or of a
 * de-facto unsupported child (事实无人抚养儿童基本生活补贴): the child's birth date, each parent's
 * situation, where the child is raised and the benefits the child already receives. No names or
 * identity numbers.
 */
@Value.Immutable
@MinzhengStyle
@JsonSerialize(as = ImmutableChildAllowanceFacts.class)
@JsonDeserialize(as = ImmutableChildAllowanceFacts.class)
public interface ChildAllowanceFacts {

    /** @return the child's date of birth */
    @NotNull
    LocalDate birthDate();

    /** @return the father's situation */
    @NotNull
    @Valid
    ParentSituation father();

    /** @return the mother's situation */
    @NotNull
    @Valid
    ParentSituation mother();

    /** @return where the child is raised */
    @NotNull
    @Value.Default
    default Placement placement() {
        return Placement.SCATTERED;
    }

    /** @return benefits the child already receives each month (dibao, 特困, disability living allowance) */
    List<@Valid @NotNull ExistingBenefit> existingBenefits();

    /**
     * @param date a date
     * @return the child's completed years of age on that date
     */
    default int ageOn(LocalDate date) {
        return Ages.completedYears(birthDate(), date);
    }
}
