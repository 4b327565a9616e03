package org.minzheng.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.citation.CitationFormat;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.PolicySnapshot;

/**
 * Explanations are rendered from messages parsed once, with citations and constants written once
 * and kept (issue 18, "an explanation ≤ 5× the decision it explains"; "bundles parsed once"): the
 * text is what the message and its values say — money and dates as people write them over the
 * whole range of values, a placeholder with no value as written, a brace inside a placeholder as
 * the values decide — the same from every thread at once, and the kept texts are bounded.
 */
class ExplainerRenderingTest {

    static final PolicySnapshot SNAPSHOT = DecisionTest.snapshot("OFFICIAL", true);
    static final Explainer EXPLAINER = Explainer.of(
            List.of("org.minzheng.core.decision.testmessages"),
            ExplainerRenderingTest.class.getClassLoader(),
            SNAPSHOT.instruments());

    @Test
    void money_isWrittenAsPeopleWriteIt_overEveryAmount() {
        DecimalFormat english = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        qt().withExamples(5000)
                .forAll(longs().all(), longs().between(-1_000_000_00L, 1_000_000_00L))
                .checkAssert((any, near) -> {
                    for (long fen : new long[] {any, near, near / 100 * 100, near / 10 * 10}) {
                        BigDecimal yuan = BigDecimal.valueOf(fen, 2);
                        BigDecimal plain = yuan.stripTrailingZeros();
                        String zh = (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString() + "元";
                        assertThat(EXPLAINER.text("notice.amount", Language.ZH, Map.of("amount", Money.ofFen(fen))))
                                .isEqualTo("金额：" + zh);
                        assertThat(EXPLAINER.text("notice.amount", Language.EN, Map.of("amount", Money.ofFen(fen))))
                                .isEqualTo("Amount: " + english.format(yuan) + " yuan");
                    }
                });
        assertThat(Explainer.money(Long.MIN_VALUE, true))
                .isEqualTo(BigDecimal.valueOf(Long.MIN_VALUE, 2).toPlainString() + "元");
    }

    @Test
    void dates_areWrittenAsPeopleWriteThem_overEveryDay() {
        DateTimeFormatter zh = DateTimeFormatter.ofPattern("u年M月d日", Locale.ROOT);
        DateTimeFormatter en = DateTimeFormatter.ofPattern("d MMMM u", Locale.ENGLISH);
        qt().withExamples(3000)
                .forAll(integers().between((int) LocalDate.of(1, 1, 1).toEpochDay(), (int)
                        LocalDate.of(9999, 12, 31).toEpochDay()))
                .checkAssert(day -> {
                    LocalDate d = LocalDate.ofEpochDay(day);
                    assertThat(EXPLAINER.text("notice.date", Language.ZH, Map.of("date", d)))
                            .isEqualTo("日期：" + zh.format(d));
                    assertThat(EXPLAINER.text("notice.date", Language.EN, Map.of("date", d)))
                            .isEqualTo("Date: " + en.format(d));
                });
    }

    @Test
    void aPlaceholderWithNoValue_isWrittenAsItStands_andAMissingMessage_asItsKeyAndValues() {
        assertThat(EXPLAINER.text("sample.absent", Language.ZH, RuleContext.facts("income", Money.ofYuan(3))))
                .isEqualTo("3元; {absent}; 3元");
        assertThat(EXPLAINER.text("sample.absent", Language.EN, Map.of()))
                .isEqualTo("{income}; {absent}; {income:mode}");
        assertThat(EXPLAINER.text("no.such.message", Language.ZH, RuleContext.facts("x", 1)))
                .isEqualTo("no.such.message {x=1}");
        assertThat(EXPLAINER.text("no.such.message", Language.EN, Map.of())).isEqualTo("no.such.message");
    }

    @Test
    void aBraceInsideAPlaceholder_isReadAsTheValuesGiven() {
        assertThat(EXPLAINER.text("sample.brace", Language.ZH, Map.of())).isEqualTo("{a{b}c}");
        assertThat(EXPLAINER.text("sample.brace", Language.ZH, Map.of("b", Money.ofYuan(5))))
                .isEqualTo("{a5元c}");
        assertThat(EXPLAINER.text("sample.brace", Language.EN, Map.of("a{b", true)))
                .isEqualTo("yesc}");
    }

    @Test
    void manyThreadsAtOnce_renderWhatOneThreadRenders() throws Exception {
        Decision<Money> d = DecisionTest.decideSample(SNAPSHOT, 1200_00, true);
        Explainer fresh = Explainer.of(
                List.of("org.minzheng.core.decision.testmessages"),
                getClass().getClassLoader(),
                SNAPSHOT.instruments());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    List<String> texts = new ArrayList<>();
                    for (int i = 0; i < 200; i++) {
                        for (Language lang : Language.values()) {
                            texts.add(fresh.explain(d, "示例", lang));
                            texts.add(fresh.cite(Citation.of("r", "第" + (i % 7 + 1) + "条"), lang));
                        }
                    }
                    return texts;
                }));
            }
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                for (Language lang : Language.values()) {
                    expected.add(EXPLAINER.explain(d, "示例", lang));
                    expected.add(EXPLAINER.cite(Citation.of("r", "第" + (i % 7 + 1) + "条"), lang));
                }
            }
            for (Future<List<String>> r : results) {
                assertThat(r.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(EXPLAINER.cite(Citation.of("r", "第三条"), Language.ZH))
                .isEqualTo(CitationFormat.zh(SNAPSHOT.instruments().find("r").orElseThrow(), "第三条"));
    }

    @Test
    void aCache_keepsNoMoreThanItsLimit_andStillAnswersBeyondIt() {
        Explainer.Cache<Integer, String> cache = new Explainer.Cache<>();
        for (int i = 0; i < Explainer.CACHE_LIMIT + 100; i++) {
            assertThat(cache.put(i, "v" + i)).isEqualTo("v" + i);
        }
        assertThat(cache.size()).isEqualTo(Explainer.CACHE_LIMIT);
        assertThat(cache.get(Explainer.CACHE_LIMIT + 50)).isNull();
        assertThat(cache.put(3, "other")).as("the first value put is kept").isEqualTo("v3");
    }
}
