package org.minzheng.eligibility.household;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.minzheng.core.money.Money;
import org.minzheng.core.validation.constraints.NonNegativeMoney;

/**
 * An amount the household asks to deduct when its income is computed (最低生活保障审核确认办法
 * Art. 13, last paragraph: rigid costs from disability or serious illness, necessary employment
 * costs, "按规定适当扣减"). Whether deductions are allowed is local policy.
 *
 * @param type   the kind of deduction, not null
 * @param amount the amount over the period, not negative
 * @param months the period in months, 1 to 12
 */
public record Deduction(
        @NotNull DeductionType type,
        @NotNull @NonNegativeMoney Money amount,
        @Min(1) @Max(12) int months) {

    /** Kinds of deduction. */
    public enum DeductionType {
        /** 因残疾、患重病等增加的刚性支出. */
        RIGID_COST,
        /** 必要的就业成本. */
        EMPLOYMENT_COST
    }
}
