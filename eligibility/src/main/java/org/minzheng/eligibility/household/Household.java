package org.minzheng.eligibility.household;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.minzheng.core.person.AssistanceStatus;
import org.minzheng.core.style.MinzhengStyle;

/**
 * The facts of a household applying for, or receiving, social assistance: the people listed,
 * their incomes, deductions asked for, assets and rigid expenditures, and the assistance it
 * already receives. The programs decide who counts, what income is counted and so on.
 */
@Value.Immutable
@MinzhengStyle
@JsonSerialize(as = ImmutableHousehold.class)
@JsonDeserialize(as = ImmutableHousehold.class)
public interface Household {

    /** @return the people listed, the applicant among them */
    @NotEmpty
    List<@Valid @NotNull Member> members();

    /** @return the incomes */
    List<@Valid @NotNull IncomeItem> incomes();

    /** @return deductions the household asks for */
    List<@Valid @NotNull Deduction> deductions();

    /** @return the assets */
    @Valid
    @NotNull
    @Value.Default
    default Assets assets() {
        return Assets.NONE;
    }

    /** @return rigid expenditures (medical, education, rehabilitation…) */
    List<@Valid @NotNull RigidExpenditure> rigidExpenditures();

    /**
     * @return the date the household applied (提出申请), if given; the rigid-expenditure test
     *         measures spending over the twelve months before it (刚性支出困难家庭认定办法 Art. 4 (4))
     *         and requires it; it may not be after the decision date
     */
    Optional<LocalDate> applicationDate();

    /** @return the assistance the household receives now, if any */
    Optional<AssistanceStatus> currentAssistance();

    /**
     * @return false if the household's income source is not stable (收入来源不固定), which with a
     *         member able to work shortens the review period (Art. 31)
     */
    @Value.Default
    default boolean incomeStable() {
        return true;
    }

    /**
     * @return true if a currently assisted household's income rose because a member took up work
     *         (就业后), which may open a gradual exit (渐退期, Art. 33)
     */
    @Value.Default
    default boolean incomeRoseFromEmployment() {
        return false;
    }
}
