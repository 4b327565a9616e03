package org.minzheng.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.core.money.Money;

/** Money written without reflection: the text of its {@code @JsonValue} ({@code toString}), for every amount. */
class MoneyWriterTest {

    static void same(long fen) {
        Money m = Money.ofFen(fen);
        assertThat(Json.compact(m)).isEqualTo("\"" + m + "\"").isEqualTo(ReferenceJson.compact(m));
        assertThat(ReferenceJson.fastBytes(List.of(m))).isEqualTo(ReferenceJson.compactBytes(List.of(m)));
    }

    @Test
    void everyAmount_isWrittenAsItsCanonicalText() {
        qt().withExamples(5000).forAll(longs().all()).checkAssert(MoneyWriterTest::same);
        qt().withExamples(2000).forAll(longs().between(-100_000, 100_000)).checkAssert(MoneyWriterTest::same);
    }

    @Test
    void boundaries_areWrittenAsTheirCanonicalText() {
        for (long fen : new long[] {
            0,
            1,
            -1,
            9,
            -9,
            10,
            -10,
            99,
            -99,
            100,
            -100,
            101,
            -101,
            114500,
            -305,
            Long.MAX_VALUE,
            Long.MIN_VALUE,
            Long.MIN_VALUE + 1
        }) {
            same(fen);
        }
    }
}
