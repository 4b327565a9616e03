package org.minzheng.examples.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.core.json.Json;
import org.minzheng.core.region.RegionCode;
import org.minzheng.eligibility.household.Relation;
import org.minzheng.eligibility.screening.ScreeningFacts;

class SyntheticPopulationTest {

    static final RegionCode WUXING = RegionCode.of("330502");
    static final LocalDate DATE = SyntheticPopulation.DEFAULT_DATE;

    static String population(int size, long seed) throws IOException {
        StringWriter w = new StringWriter();
        SyntheticPopulation.write(w, size, seed, WUXING, DATE);
        return w.toString();
    }

    @Test
    void sameSeed_byteIdenticalFile_otherSeed_otherFile() throws IOException {
        String a = population(500, 42);
        assertThat(population(500, 42)).isEqualTo(a);
        assertThat(population(500, 43)).isNotEqualTo(a);
        assertThat(a).endsWith("\n").doesNotContain("\r");
        // a longer file starts with the shorter one: household n does not depend on the size
        assertThat(population(800, 42)).startsWith(a);
    }

    @Test
    void eachHousehold_dependsOnlyOnSeedAndIndex_soWritingHoldsNoState() throws IOException {
        List<String> lines = population(300, 7).lines().toList();
        assertThat(lines).hasSize(300);
        for (int i = 0; i < lines.size(); i++) {
            assertThat(lines.get(i)).isEqualTo(SyntheticPopulation.line(7, i, WUXING, DATE));
        }
    }

    @Test
    void aMillionHouseholds_streamThroughAWriterThatKeepsNothing() throws IOException {
        long[] chars = {0};
        long[] lines = {0};
        Writer counting = new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) {
                chars[0] += len;
                for (int i = off; i < off + len; i++) {
                    if (cbuf[i] == '\n') {
                        lines[0]++;
                    }
                }
            }

            @Override
            public Writer append(CharSequence csq) {
                chars[0] += csq.length();
                if (csq.charAt(csq.length() - 1) == '\n') {
                    lines[0]++;
                }
                return this;
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        long[] steps = {0};
        SyntheticPopulation.write(counting, 1_000_000, 2026, WUXING, DATE, () -> steps[0]++);
        assertThat(lines[0]).isEqualTo(1_000_000);
        assertThat(steps[0]).isEqualTo(1_000_000);
        assertThat(chars[0]).isGreaterThan(100_000_000L);
    }

    @Test
    void everyLine_isLabelledSynthetic_andItsFactsReadAsScreeningFacts() {
        qt().withExamples(300)
                .forAll(longs().all(), integers().between(0, 5_000_000))
                .checkAssert((seed, index) -> {
                    String line = SyntheticPopulation.line(seed, index, WUXING, DATE);
                    JsonNode tree = Json.readTree(line, "$");
                    assertThat(tree.get("id").asText()).isEqualTo("syn-synthetic-" + (index + 1));
                    assertThat(tree.get("region").asText()).isEqualTo("330502");
                    assertThat(tree.get("date").asText()).isEqualTo("2025-01-01");
                    assertThat(tree.get("synthetic").booleanValue()).isTrue();
                    ScreeningFacts facts = Json.convert(tree.get("facts"), ScreeningFacts.class, "facts");
                    var members = facts.household().members();
                    assertThat(members).hasSizeBetween(1, 6);
                    assertThat(members.get(0).relation()).isEqualTo(Relation.APPLICANT);
                    assertThat(members.get(0).ageOn(DATE)).isBetween(18, 95);
                    assertThat(members.subList(1, members.size())).noneMatch(m -> m.relation() == Relation.APPLICANT);
                    facts.household()
                            .incomes()
                            .forEach(i -> assertThat(i.member())
                                    .hasValueSatisfying(m -> assertThat(m).isBetween(0, members.size() - 1)));
                });
    }

    /** The documented shares hold over a large sample (20,000 households, tolerance ≈ 4 standard errors). */
    @Test
    void distributions_matchTheDocumentedShares() throws IOException {
        int n = 20_000;
        int[] sizes = new int[7];
        long people = 0;
        long disabled = 0;
        int near = 0;
        int below = 0;
        for (String line : population(n, 2025).lines().toList()) {
            JsonNode h = Json.readTree(line, "$").get("facts").get("household");
            int size = h.get("members").size();
            sizes[size]++;
            people += size;
            for (JsonNode m : h.get("members")) {
                disabled += m.has("disability") ? 1 : 0;
            }
            long counted = 0;
            for (JsonNode i : h.get("incomes")) {
                if (!i.has("exemption")) {
                    long fen = new java.math.BigDecimal(i.get("amount").asText())
                            .movePointRight(2)
                            .longValueExact();
                    counted += fen / (i.has("months") ? i.get("months").asInt() : 1);
                }
            }
            long perCapita = counted / size;
            if (perCapita >= SyntheticPopulation.ANCHOR_FEN * 6 / 10
                    && perCapita <= SyntheticPopulation.ANCHOR_FEN * 14 / 10) {
                near++;
            }
            if (perCapita < SyntheticPopulation.ANCHOR_FEN) {
                below++;
            }
        }
        double[] census = {0, 0.273, 0.263, 0.194, 0.142, 0.069, 0.059};
        for (int s = 1; s <= 6; s++) {
            assertThat(sizes[s] / (double) n)
                    .as("size " + s)
                    .isCloseTo(census[s], org.assertj.core.data.Offset.offset(0.013));
        }
        assertThat(disabled / (double) people).isCloseTo(0.0634, org.assertj.core.data.Offset.offset(0.005));
        // the near stratum (33 %) lies wholly within 0.6–1.4 × the anchor, the others outside
        assertThat(near / (double) n).isCloseTo(0.33, org.assertj.core.data.Offset.offset(0.015));
        // below the anchor: the very low stratum (12 %) and half the near one (16.5 %)
        assertThat(below / (double) n).isCloseTo(0.285, org.assertj.core.data.Offset.offset(0.015));
    }

    @Test
    void badArguments_areRefused() {
        assertThatThrownBy(() -> SyntheticPopulation.write(new StringWriter(), -1, 1, WUXING, DATE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SyntheticPopulation.line(1, -1, WUXING, DATE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SyntheticPopulation.line(1, 0, null, DATE)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void money_isYuanWithTwoDecimals() {
        StringBuilder sb = new StringBuilder();
        SyntheticPopulation.money(sb, 0);
        sb.append(' ');
        SyntheticPopulation.money(sb, 5);
        sb.append(' ');
        SyntheticPopulation.money(sb, 114_500);
        sb.append(' ');
        SyntheticPopulation.money(sb, 123_456_789);
        assertThat(sb).hasToString("0.00 0.05 1145.00 1234567.89");
    }
}
