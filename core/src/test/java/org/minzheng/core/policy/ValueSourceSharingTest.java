package org.minzheng.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.decision.ValueSource;
import org.minzheng.core.region.RegionCode;

/**
 * {@link ValueSource#of}: a value's source is the same object each time the value is met lately (so
 * the findings of decisions that read it share it and the JSON writer finds it by identity), and
 * always equal to a source made afresh from the value's components, however many values pass.
 */
class ValueSourceSharingTest {

    private static ParameterValue<BigDecimal> value(int i) {
        return new ParameterValue<>(
                TestKeys.RATIO,
                RegionCode.of(i % 2 == 0 ? "330500" : "330000"),
                LocalDate.of(2024, 1, 1),
                null,
                BigDecimal.valueOf(i),
                i % 3 == 0 ? Provenance.OFFICIAL : Provenance.ILLUSTRATIVE,
                Citation.of("law-" + i, i % 5 == 0 ? null : "第" + i + "条"),
                true,
                null,
                null,
                null,
                "pack-" + i + ".yaml:" + i,
                "pack-" + i);
    }

    private static ValueSource afresh(ParameterValue<?> v) {
        return new ValueSource(v.key().name(), v.region(), v.grade(), v.citation(), v.pack(), v.source());
    }

    @Test
    void aValueMetAgain_givesTheSameSource_equalToOneMadeAfresh() {
        ParameterValue<BigDecimal> v = value(1);
        ValueSource first = ValueSource.of(v);
        assertThat(first).isEqualTo(afresh(v));
        assertThat(ValueSource.of(v)).isSameAs(first);
        // an equal value that is another object gets an equal source
        ParameterValue<BigDecimal> twin = value(1);
        assertThat(ValueSource.of(twin)).isEqualTo(first);
    }

    @Test
    void manyMoreValuesThanSlots_eachSourceEqualsItsValue_andAFewAlternatingValuesStayShared() {
        List<ParameterValue<?>> values = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            values.add(value(i));
        }
        for (int round = 0; round < 3; round++) {
            for (ParameterValue<?> v : values) {
                assertThat(ValueSource.of(v)).isEqualTo(afresh(v));
            }
        }
        ParameterValue<?> a = values.get(17);
        ParameterValue<?> b = values.get(4_242);
        ValueSource sa = ValueSource.of(a);
        ValueSource sb = ValueSource.of(b);
        for (int i = 0; i < 100; i++) {
            assertThat(ValueSource.of(a)).isSameAs(sa);
            assertThat(ValueSource.of(b)).isSameAs(sb);
        }
    }

    @Test
    void eightThreadsAtOnce_alwaysGetAnEqualSource() throws Exception {
        List<ParameterValue<?>> values = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            values.add(value(i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t * 371;
                done.add(pool.submit(() -> {
                    int checked = 0;
                    for (int i = 0; i < 30_000; i++) {
                        ParameterValue<?> v = values.get((offset + i * 7) % values.size());
                        if (!ValueSource.of(v).equals(afresh(v))) {
                            throw new AssertionError("source of value " + v.source() + " differs");
                        }
                        checked++;
                    }
                    return checked;
                }));
            }
            for (Future<Integer> f : done) {
                assertThat(f.get()).isEqualTo(30_000);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
