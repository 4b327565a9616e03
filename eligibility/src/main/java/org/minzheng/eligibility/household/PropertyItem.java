package org.minzheng.eligibility.household;

import jakarta.validation.constraints.NotNull;
import org.minzheng.core.money.Money;
import org.minzheng.core.validation.constraints.NonNegativeMoney;

/**
 * One item of the household's property of a kind Art. 14 lists (other than vehicles and homes).
 *
 * @param kind      the kind, not null
 * @param value     its estimated value, not negative
 * @param necessary true if the household declares it needed to keep up its production or daily
 *                  life (维持家庭生产生活的必需财产), which Art. 14 lets a locality exempt; whether it
 *                  is exempt is the locality's rule for that kind
 */
public record PropertyItem(
        @NotNull PropertyKind kind,
        @NotNull @NonNegativeMoney Money value,
        boolean necessary) {}
