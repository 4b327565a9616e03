package org.minzheng.examples.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.minzheng.core.cases.CaseCheck;
import org.minzheng.core.cases.CaseChecker;
import org.minzheng.core.cases.CasePair;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Explainer;
import org.minzheng.core.decision.Explainer.View;
import org.minzheng.core.decision.Language;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.money.Money;
import org.minzheng.core.money.MoneyUnit;
import org.minzheng.core.money.Rounding;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.program.Program;
import org.minzheng.core.program.ProgramRegistry;
import org.minzheng.core.region.RegionCode;
import org.minzheng.examples.illustrative.IllustrativeOverlay;
import org.quicktheories.core.Gen;

/**
 * The explainer of session 7's second pass (constant lines written once, placeholders resolved
 * when a message is parsed, the text assembled without a growing builder) writes exactly what the
 * explainer before it wrote ({@link LegacyExplainer}, the code at 09b59d6): every example case
 * ({@code examples/cases/**}), both languages, both views (the reviewer's and the citizen's) and
 * the notice's parts, rendered twice (the second time from what the first kept); every message of
 * every bundle with generated values; money and dates over generated values.
 */
class ExplanationEquivalenceTest {

    static final ProgramRegistry PROGRAMS = ProgramRegistry.loadDefault();
    static final PolicyBook BOOK = IllustrativeOverlay.book();
    static final Explainer NEW = Explainer.of(PROGRAMS, BOOK);
    static final LegacyExplainer OLD = LegacyExplainer.of(PROGRAMS, BOOK);

    @Test
    void everyExampleCase_bothLanguages_bothViews_andTheNotice_areWrittenAsBefore() throws Exception {
        CaseChecker checker = IllustrativeOverlay.checker();
        List<CasePair> pairs = CaseChecker.discover(Path.of("cases"));
        int decided = 0;
        for (CasePair p : pairs) {
            CaseCheck c = checker.check(p);
            Decision<?> d = c.decisionMade().orElse(null);
            if (d == null) {
                continue;
            }
            decided++;
            for (Language lang : Language.values()) {
                for (View view : View.values()) {
                    assertThat(NEW.explain(d, lang, view))
                            .as("%s %s %s", p.name(), lang, view)
                            .isEqualTo(OLD.explain(d, lang, view));
                }
                assertThat(NEW.notice(d, lang))
                        .as("%s %s notice", p.name(), lang)
                        .isEqualTo(OLD.notice(d, lang));
                // a second rendering, from what the first one kept, is the same
                for (View view : View.values()) {
                    assertThat(NEW.explain(d, lang, view))
                            .as("%s %s %s, again", p.name(), lang, view)
                            .isEqualTo(OLD.explain(d, lang, view));
                }
                assertThat(NEW.render(NEW.notice(d, lang))).isEqualTo(OLD.render(OLD.notice(d, lang)));
            }
        }
        assertThat(decided).isGreaterThan(100);
    }

    @Test
    void everyMessageOfEveryBundle_withGeneratedValues_isWrittenAsBefore() {
        List<String> keys = new ArrayList<>();
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (String bundle : bundles()) {
            for (Language lang : Language.values()) {
                ResourceBundle b = ResourceBundle.getBundle(
                        bundle,
                        lang.locale(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                for (String k : new TreeSet<>(b.keySet())) {
                    if (!names.containsKey(k)) {
                        keys.add(k);
                        names.put(k, new ArrayList<>());
                    }
                    Matcher m = PLACEHOLDER.matcher(b.getString(k));
                    while (m.find()) {
                        if (!names.get(k).contains(m.group(1))) {
                            names.get(k).add(m.group(1));
                        }
                    }
                }
            }
        }
        assertThat(keys).hasSizeGreaterThan(500);
        qt().withExamples(3000)
                .forAll(
                        integers().between(0, keys.size() - 1),
                        lists().of(value()).ofSizeBetween(0, 8))
                .checkAssert((i, values) -> {
                    String key = keys.get(i);
                    Map<String, Object> facts = new LinkedHashMap<>();
                    List<String> ns = names.get(key);
                    for (int k = 0; k < ns.size() && k < values.size(); k++) {
                        facts.put(ns.get(k), values.get(k));
                    }
                    for (Language lang : Language.values()) {
                        assertThat(NEW.text(key, lang, facts))
                                .as("%s %s %s", key, lang, facts)
                                .isEqualTo(OLD.text(key, lang, facts));
                        assertThat(NEW.hasMessage(key, lang)).isEqualTo(OLD.hasMessage(key, lang));
                    }
                });
        for (Language lang : Language.values()) {
            assertThat(NEW.text("no.such.message", lang, Map.of("a", 1)))
                    .isEqualTo(OLD.text("no.such.message", lang, Map.of("a", 1)));
            assertThat(NEW.text("{a{b}c}", lang, Map.of())).isEqualTo(OLD.text("{a{b}c}", lang, Map.of()));
        }
    }

    @Test
    void moneyAndDates_areWrittenAsBefore() {
        qt().withExamples(5000)
                .forAll(longs().all(), longs().between(-100_000_000L, 100_000_000L))
                .checkAssert((any, near) -> {
                    for (Language lang : Language.values()) {
                        for (long fen : new long[] {any, near, near / 100 * 100, near / 10 * 10}) {
                            Map<String, Object> facts = Map.of("amount", Money.ofFen(fen));
                            assertThat(NEW.text("notice.amount", lang, facts))
                                    .isEqualTo(OLD.text("notice.amount", lang, facts));
                        }
                    }
                });
        for (long fen : new long[] {Long.MIN_VALUE, Long.MAX_VALUE, 0, -1, 1, 999, 100_000, 99_999_999}) {
            for (Language lang : Language.values()) {
                Map<String, Object> facts = Map.of("amount", Money.ofFen(fen));
                assertThat(NEW.text("notice.amount", lang, facts)).isEqualTo(OLD.text("notice.amount", lang, facts));
            }
        }
        qt().withExamples(2000)
                .forAll(integers().between(-3_000_000, 3_000_000))
                .checkAssert(day -> {
                    Map<String, Object> facts = Map.of("date", LocalDate.ofEpochDay(day));
                    for (Language lang : Language.values()) {
                        assertThat(NEW.text("notice.date", lang, facts))
                                .isEqualTo(OLD.text("notice.date", lang, facts));
                    }
                });
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}:]*)(?::mode)?}");

    private static List<String> bundles() {
        List<String> list = new ArrayList<>();
        for (Program<?, ?> p : PROGRAMS.all()) {
            if (!list.contains(p.messageBundle())) {
                list.add(p.messageBundle());
            }
        }
        list.add("org.minzheng.core.messages");
        return list;
    }

    private static Gen<Object> value() {
        List<Object> pool = List.of(
                Money.ofFen(114_500),
                Money.ofFen(-5),
                Money.ofFen(34_350),
                LocalDate.of(2024, 12, 1),
                RegionCode.of("330500"),
                RegionCode.of("330502"),
                RegionCode.of("000000"),
                RegionCode.of("990000"),
                "dibao.standard",
                "YUAN:CEILING",
                "not-a-rounding",
                "sc-social-assistance-2014",
                "1145.00",
                Rounding.of(MoneyUnit.YUAN, RoundingMode.HALF_UP),
                Citation.of("sc-social-assistance-2014", "第十一条"),
                Citation.of("no-such-instrument", "第三条第（二）项"),
                Boolean.TRUE,
                Boolean.FALSE,
                Outcome.ELIGIBLE,
                Verdict.NOT_MET,
                MoneyUnit.JIAO,
                List.of(),
                List.of(Money.ofFen(100), "", RegionCode.of("330500")),
                List.of("", "a"),
                42,
                new java.math.BigDecimal("0.50"));
        return integers().between(0, pool.size() - 1).map(pool::get);
    }
}
