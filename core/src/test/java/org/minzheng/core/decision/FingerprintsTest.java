package org.minzheng.core.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.ParameterType;
import org.minzheng.core.policy.ParameterValue;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.policy.PolicySource;
import org.minzheng.core.region.RegionCode;

/**
 * A decision's policy fingerprint, computed once per set of values read, is the fingerprint of
 * those values ({@link PolicySnapshot#fingerprint}) for every set, the first time and every time
 * after, and no more than {@link Fingerprints#LIMIT} sets are kept however many are seen.
 */
class FingerprintsTest {

    static final int KEYS = 11;

    static List<ParameterValue<?>> values() {
        StringBuilder yaml = new StringBuilder("regions:\n  - {code: \"330500\", name: 湖州市, nameEn: Huzhou}\n"
                + "instruments:\n  - {id: r, title: 规则, titleEn: Rule, issuer: 机关, documentNumber: 测〔2020〕1号,"
                + " rank: NORMATIVE_DOCUMENT}\nvalues:\n");
        List<ParameterKey<?>> keys = new ArrayList<>();
        for (int i = 0; i < KEYS; i++) {
            keys.add(ParameterKey.of(
                    "fingerprints-test.value-" + (char) ('a' + i), ParameterType.MONEY, "CNY", "值", "value"));
            yaml.append("  - {key: fingerprints-test.value-")
                    .append((char) ('a' + i))
                    .append(", region: \"330500\", since: 2024-01-01, value: \"")
                    .append(100 + i)
                    .append(
                            ".00\", unit: CNY, grade: OFFICIAL, sinceExact: true, citation: {instrument: r, article: 第二条}}\n");
        }
        PolicySnapshot s = PolicyBook.builder()
                .addKeys("t", keys)
                .addSource(PolicySource.ofText("t.yaml", yaml.toString()))
                .build()
                .snapshot(RegionCode.of("330500"), LocalDate.of(2024, 12, 1));
        List<ParameterValue<?>> values = new ArrayList<>();
        for (ParameterKey<?> k : keys) {
            values.add(s.find(k));
        }
        return values;
    }

    @Test
    void everySetOfValues_hasTheFingerprintOfItsValues_firstAndAgain_andTheKeptSetsAreBounded() {
        List<ParameterValue<?>> values = values();
        assertThat(values).allSatisfy(v -> assertThat(v.value()).isInstanceOf(Money.class));
        int sets = 1 << KEYS;
        assertThat(sets).isGreaterThan(Fingerprints.LIMIT);
        List<String> first = new ArrayList<>();
        for (int mask = 0; mask < sets; mask++) {
            List<ParameterValue<?>> set = subset(values, mask);
            String f = Fingerprints.of(set);
            assertThat(f).isEqualTo(PolicySnapshot.fingerprint(set));
            first.add(f);
            assertThat(Fingerprints.size()).isLessThanOrEqualTo(Fingerprints.LIMIT);
        }
        assertThat(first).doesNotHaveDuplicates();
        for (int mask = sets - 1; mask >= 0; mask--) {
            assertThat(Fingerprints.of(subset(values, mask))).isEqualTo(first.get(mask));
            assertThat(Fingerprints.of(subset(values, mask))).isEqualTo(first.get(mask));
        }
        assertThat(Fingerprints.size()).isLessThanOrEqualTo(Fingerprints.LIMIT);
    }

    @Test
    void equalValuesOfAnotherBook_haveTheSameFingerprint() {
        List<ParameterValue<?>> a = values();
        List<ParameterValue<?>> b = values();
        assertThat(a.get(0)).isNotSameAs(b.get(0));
        assertThat(Fingerprints.of(a)).isEqualTo(Fingerprints.of(b)).isEqualTo(PolicySnapshot.fingerprint(a));
    }

    private static List<ParameterValue<?>> subset(List<ParameterValue<?>> values, int mask) {
        List<ParameterValue<?>> set = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if ((mask & (1 << i)) != 0) {
                set.add(values.get(i));
            }
        }
        return set;
    }
}
