package org.minzheng.examples.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.minzheng.core.policy.KeyConstraint;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.ParameterType;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicyDataProvider;

/**
 * Every key of every module declares the values it allows: an amount, a count, a number of months
 * or days, a ratio or a multiplier has a least value (and a greatest where the quantity has one),
 * an enumeration its words; the cross-key constraints are declared once, by the modules that own
 * the keys.
 */
class EveryKeyDeclaresItsValuesTest {

    @Test
    void everyNumericKey_declaresAtLeastALeastValue() {
        List<String> unbounded = new ArrayList<>();
        for (ParameterKey<?> k : PolicyBook.loadDefault().keys()) {
            boolean numeric = k.type() == ParameterType.MONEY
                    || k.type() == ParameterType.INTEGER
                    || k.type() == ParameterType.DECIMAL;
            if (numeric && k.least().isEmpty()) {
                unbounded.add(k.name());
            }
        }
        assertThat(unbounded).as("numeric keys without a declared range").isEmpty();
    }

    @Test
    void aDayCount_isAtLeastOne_monthsNeverNegative_aRatioInZeroToOne_aMultiplierAtLeastOne() {
        for (ParameterKey<?> k : PolicyBook.loadDefault().keys()) {
            if (k.unit().equals("days")) {
                assertThat(k.allowedText()).as(k.name()).isEqualTo("≥ 1");
            }
            if (k.unit().equals("months")) {
                // a period is at least one month; a gradual exit or an offset may be none (0)
                assertThat(k.allowedText()).as(k.name()).isIn("≥ 0", "≥ 1");
            }
            if (k.unit().startsWith("ratio")) {
                assertThat(k.allowedText()).as(k.name()).isEqualTo("> 0, ≤ 1");
            }
            if (k.unit().startsWith("multiple")) {
                assertThat(k.allowedText()).as(k.name()).isEqualTo("≥ 1");
            }
        }
    }

    @Test
    void theModulesDeclare_theLowerAndUpperBoundPairs_andTheHolidayDaysThatCannotBeBoth() {
        List<String> declared = new ArrayList<>();
        for (PolicyDataProvider p : ServiceLoader.load(PolicyDataProvider.class)) {
            for (KeyConstraint c : p.constraints()) {
                declared.add(p.name() + ": " + c);
                assertThat(PolicyBook.loadDefault().key(c.lesser().name())).isPresent();
                assertThat(PolicyBook.loadDefault().key(c.greater().name())).isPresent();
            }
        }
        assertThat(declared)
                .containsExactlyInAnyOrder(
                        "core: calendar.days-off ∩ calendar.working-days = ∅",
                        "eligibility: temporary-assistance.months.min ≤ temporary-assistance.months.max",
                        "funeral: deposit-withdrawal.limit ≤ deposit-withdrawal.bank-limit-ceiling",
                        "funeral: deposit-withdrawal.rural-bank-transition-floor ≤ deposit-withdrawal.limit");
    }
}
