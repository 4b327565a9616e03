package org.minzheng.examples.walkthrough;

import org.minzheng.core.money.Money;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.ParameterType;

/**
 * The parameter keys of the walk-through (in a module: its {@code <Module>Parameters} class, where
 * {@link org.minzheng.core.policy.ModulePolicyData} finds every constant).
 */
public final class WalkthroughParameters {

    /**
     * The least age for the allowance. At least 60: 老年人权益保障法 Art. 2 makes an older person a
     * citizen of sixty or over, so a lower value is no old-age allowance.
     */
    public static final ParameterKey<Integer> MINIMUM_AGE = ParameterKey.of("old-age-allowance.minimum-age",
            ParameterType.INTEGER, "years", "享受高龄津贴的最低年龄（周岁）", "least age for the old-age allowance (completed years)")
            .within(60, null);

    /** The monthly allowance per person, set by the locality (an amount: at least 0.00). */
    public static final ParameterKey<Money> MONTHLY_AMOUNT = ParameterKey.of("old-age-allowance.monthly-amount",
            ParameterType.MONEY, "CNY/person/month", "高龄津贴月标准", "monthly old-age allowance per person")
            .within(Money.ZERO, null);

    private WalkthroughParameters() {
    }
}
