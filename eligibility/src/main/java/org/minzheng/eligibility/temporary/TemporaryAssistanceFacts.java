package org.minzheng.eligibility.temporary;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.minzheng.core.money.Money;
import org.minzheng.core.person.AssistanceStatus;
import org.minzheng.core.style.MinzhengStyle;
import org.minzheng.core.validation.constraints.NonNegativeMoney;

/**
 * The facts of a temporary-assistance case (临时救助, 社会救助暂行办法 Arts. 47–49): what happened and
 * when, how many people the assistance is for, the household's current assistance, the
 * caseworker's assessment of how long basic living will be seriously hard, and the household's
 * own share of the costs. No names or identity numbers.
 */
@Value.Immutable
@MinzhengStyle
@JsonSerialize(as = ImmutableTemporaryAssistanceFacts.class)
@JsonDeserialize(as = ImmutableTemporaryAssistanceFacts.class)
public interface TemporaryAssistanceFacts {

    /** @return what caused the hardship; it decides the kind of assistance */
    @NotNull
    TriggerEvent event();

    /** @return when it happened (or when the expense fell due) */
    @NotNull
    LocalDate eventDate();

    /** @return the number of people assisted: the household members affected, 1 for a person alone */
    @Min(1)
    @Max(99)
    int persons();

    /** @return the household's current assistance, if any */
    Optional<AssistanceStatus> householdStatus();

    /**
     * @return true if the caseworker finds basic living temporarily seriously hard
     *         (基本生活暂时出现严重困难, Art. 47)
     */
    boolean basicLivingSeriouslyAffected();

    /** @return the caseworker's assessment of how many months the hardship lasts, 1 to 60 */
    @Min(1)
    @Max(60)
    int monthsOfHardship();

    /** @return the household's own share of the costs (after insurance and other aid), shown for review */
    @NotNull
    @NonNegativeMoney
    @Value.Default
    default Money ownShareOfCosts() {
        return Money.ZERO;
    }

    /** @return true if the township has referred the case to the county for case-by-case decision (一事一议) */
    @Value.Default
    default boolean caseByCaseReferral() {
        return false;
    }
}
