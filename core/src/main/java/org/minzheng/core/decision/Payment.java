package org.minzheng.core.decision;

import java.util.Optional;
import org.minzheng.core.money.Money;

/**
 * Implemented by a program's result type when the program pays an amount (低保金, 补贴, 奖补): the
 * amount the decision grants and how often it is paid. The citizen's notice
 * ({@link Explainer#notice(Decision, Language)}) states it; a result that does not implement it has
 * no amount on the notice. The result declares which of its fields is the amount paid, so the
 * notice never guesses it from the field names.
 */
public interface Payment {

    /** How often an amount is paid. */
    enum Period {
        /** Every month (每月). */
        MONTHLY,
        /** Once (一次性). */
        ONE_OFF
    }

    /**
     * @return the amount the decision grants, empty where the case is not granted one or the amount
     *         is not decided (a value it depends on is not configured)
     */
    Optional<Money> paidAmount();

    /** @return how often the amount is paid, not null */
    Period paymentPeriod();
}
