package org.minzheng.charity.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minzheng.charity.testing.CharityGenerators;
import org.minzheng.charity.trust.CharitableTrust;
import org.minzheng.core.money.Money;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.region.RegionLevel;

class TrustRegistryProperties {

    static Money sum(List<CharitableTrust> records) {
        Money m = Money.ZERO;
        for (CharitableTrust t : records) {
            m = m.plus(t.totalValue());
        }
        return m;
    }

    static Money sumOf(Map<?, Totals> map) {
        Money m = Money.ZERO;
        for (Totals t : map.values()) {
            m = m.plus(t.amount());
        }
        return m;
    }

    @Test
    void totals_equalTheSumOfTheRecords_however_grouped() {
        qt().withExamples(80).forAll(CharityGenerators.registryRecords(25)).checkAssert(records -> {
            TrustRegistry r = TrustRegistry.of(records);
            Money expected = sum(records);
            assertThat(r.total().amount()).isEqualTo(expected);
            assertThat(r.total().count()).isEqualTo(records.size());
            assertThat(r.total().cash().plus(r.total().nonCash())).isEqualTo(expected);
            assertThat(sumOf(r.totalsByAuthority())).isEqualTo(expected);
            assertThat(sumOf(r.totalsByYear())).isEqualTo(expected);
            for (RegionLevel level : RegionLevel.values()) {
                assertThat(sumOf(r.totalsByRegion(level))).isEqualTo(expected);
            }
            assertThat(r.cumulative(RegionCode.NATION, LocalDate.of(2100, 1, 1)).amount())
                    .isEqualTo(expected);
            Money byYear = Money.ZERO;
            for (int y = 2016; y <= 2026; y++) {
                byYear = byYear.plus(r.inYear(RegionCode.of("330500"), y).amount());
            }
            assertThat(byYear).isEqualTo(expected); // every generated record lies in Huzhou
        });
    }

    @Test
    void theCumulativeFigure_neverFallsAsTheDateAdvances_andGrowthIsItsDifference() {
        qt().withExamples(80).forAll(CharityGenerators.registryRecords(25)).checkAssert(records -> {
            TrustRegistry r = TrustRegistry.of(records);
            Money last = Money.ZERO;
            for (int y = 2016; y <= 2026; y++) {
                LocalDate asOf = LocalDate.of(y, 12, 31);
                Money now = r.cumulative(RegionCode.of("330500"), asOf).amount();
                assertThat(now).isGreaterThanOrEqualTo(last);
                Growth g = r.yearOnYear(RegionCode.of("330500"), asOf);
                assertThat(g.current()).isEqualTo(now);
                assertThat(g.previous()).isEqualTo(last);
                assertThat(g.change()).isEqualTo(now.minus(last));
                last = now;
            }
        });
    }

    @Test
    void exports_doNotDependOnTheOrderOfTheInput() {
        qt().withExamples(60).forAll(CharityGenerators.registryRecords(15)).checkAssert(records -> {
            List<CharitableTrust> reversed = new ArrayList<>(records);
            Collections.reverse(reversed);
            String csv = RegistryExport.recordsCsv(TrustRegistry.of(records));
            assertThat(RegistryExport.recordsCsv(TrustRegistry.of(reversed))).isEqualTo(csv);
            assertThat(csv.split("\r\n", -1)).hasSize(records.size() + 2);
        });
    }
}
