package org.minzheng.funeral.deposit;

import java.util.Locale;

/**
 * What a balance held at a bank in the deceased's name is, for the small-deposit rules.
 *
 * <ul>
 *   <li>The 2021 notice (银保监办发〔2021〕18号) counts deposits and the bank's own non-deposit
 *       products toward the limit.</li>
 *   <li>The 2024 notice (in force 2024-06-01) adds gold accumulation products, government bonds
 *       and the wealth products the bank distributes, and takes funeral grants and survivor
 *       pensions out of the limit.</li>
 * </ul>
 * Which kinds count on a date is policy data ({@code deposit-withdrawal.scope.<kind>}), except
 * for {@link #FUNERAL_GRANT} and {@link #SURVIVOR_PENSION}, which are governed by
 * {@code deposit-withdrawal.survivor-payments-outside-limit}.
 */
public enum HoldingKind {
    /** 存款. */
    DEPOSITS,
    /** 该行发行的非存款类金融产品: non-deposit products the bank itself issues. */
    BANK_PRODUCTS,
    /** 黄金积存产品. */
    GOLD_ACCUMULATION,
    /** 国债. */
    GOVERNMENT_BONDS,
    /** 代销理财产品: wealth products the bank distributes for others. */
    DISTRIBUTED_WEALTH_PRODUCTS,
    /** 丧葬费 paid into the deceased's account (funeral grant). */
    FUNERAL_GRANT,
    /** 抚恤金 paid into the deceased's account (survivor pension). */
    SURVIVOR_PENSION;

    /** @return true for funeral grants and survivor pensions (丧葬费、抚恤金) */
    public boolean isSurvivorPayment() {
        return this == FUNERAL_GRANT || this == SURVIVOR_PENSION;
    }

    /** @return the lower-case hyphenated form used in parameter keys */
    public String keyName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
