package org.minzheng.core.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

/** Citation's written-out equals and hashCode behave as the record's generated ones. */
class CitationTest {

    /** A record of the same components: its generated methods are the reference. */
    private record Generated(String instrument, String article) {}

    @Test
    void equalityIsByInstrumentAndArticle() {
        new EqualsTester()
                .addEqualityGroup(Citation.of("dibao-2021", "第十条"), Citation.of("dibao-2021", "第十条"))
                .addEqualityGroup(Citation.of("dibao-2021", null), Citation.of("dibao-2021", null))
                .addEqualityGroup(Citation.of("dibao-2021", "第十一条"))
                .addEqualityGroup(Citation.of("edge-2022", "第十条"))
                .testEquals();
    }

    @Test
    void property_hashCodeIsTheGeneratedRecordsHashCode() {
        qt().forAll(integers().between(0, 50), integers().between(-1, 50)).checkAssert((i, a) -> {
            String instrument = "instrument-" + i;
            String article = a < 0 ? null : "第" + a + "条";
            assertThat(Citation.of(instrument, article).hashCode())
                    .isEqualTo(new Generated(instrument, article).hashCode());
        });
    }
}
