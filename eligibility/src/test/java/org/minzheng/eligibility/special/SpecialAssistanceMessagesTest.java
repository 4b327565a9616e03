package org.minzheng.eligibility.special;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.eligibility.special.SpecialBooks.DATE;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Explainer;
import org.minzheng.core.decision.Finding;
import org.minzheng.core.decision.Language;
import org.minzheng.core.decision.Note;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.program.Program;
import org.minzheng.core.program.ProgramRegistry;
import org.minzheng.eligibility.children.ChildAllowanceProgram;
import org.minzheng.eligibility.disability.DisabilityLivingAllowanceProgram;
import org.minzheng.eligibility.disability.SevereDisabilityCareAllowanceProgram;
import org.minzheng.eligibility.poverty.ExtremePovertyProgram;
import org.minzheng.eligibility.temporary.TemporaryAssistanceProgram;
import org.minzheng.eligibility.testing.special.SpecialAssistanceGenerators;
import org.quicktheories.core.Gen;

/**
 * Every rule id × verdict, counterfactual, warning and enum value the special-assistance programs
 * record has a message in both languages, and the two bundles hold the same keys. Decisions come
 * from many generated cases under the shipped data, the test fixture and the illustrative overlay.
 */
class SpecialAssistanceMessagesTest {

    static final List<PolicySnapshot> SNAPSHOTS = List.of(SpecialBooks.huzhou(), SpecialBooks.fixture(),
            SpecialBooks.FIXTURE.snapshot(org.minzheng.core.region.RegionCode.of("330100"), DATE),
            SpecialBooks.ILLUSTRATIVE.snapshot(SpecialBooks.HUZHOU, DATE),
            SpecialBooks.OFFICIAL.snapshot(SpecialBooks.ZHEJIANG, DATE));

    static <T> List<T> sample(Gen<T> gen, int n) {
        List<T> list = new ArrayList<>(n);
        qt().withFixedSeed(20241201L).withExamples(n).forAll(gen).checkAssert(list::add);
        return list;
    }

    static <F> List<Decision<?>> decide(Program<F, ?> program, Collection<F> facts) {
        List<Decision<?>> out = new ArrayList<>();
        for (PolicySnapshot s : SNAPSHOTS) {
            for (F f : facts) {
                out.add(program.decide(f, s));
            }
        }
        return out;
    }

    @Test
    void everyRecordedMessageExistsInBothLanguages_andExplanationsFillEveryPlaceholder() {
        List<Decision<?>> all = new ArrayList<>();
        all.addAll(decide(new ExtremePovertyProgram(), sample(SpecialAssistanceGenerators.extremePovertyFacts(DATE), 400)));
        all.addAll(decide(new TemporaryAssistanceProgram(), sample(SpecialAssistanceGenerators.temporaryAssistanceFacts(DATE), 200)));
        all.addAll(decide(new ChildAllowanceProgram(), sample(SpecialAssistanceGenerators.childAllowanceFacts(DATE), 300)));
        all.addAll(decide(new DisabilityLivingAllowanceProgram(), sample(SpecialAssistanceGenerators.disabilityLivingAllowanceFacts(), 150)));
        all.addAll(decide(new SevereDisabilityCareAllowanceProgram(),
                sample(SpecialAssistanceGenerators.severeDisabilityCareAllowanceFacts(), 150)));
        Explainer ex = Explainer.of(List.of("org.minzheng.eligibility.messages"), getClass().getClassLoader(),
                SpecialBooks.ILLUSTRATIVE.instruments());
        TreeSet<String> seen = new TreeSet<>();
        TreeSet<String> missing = new TreeSet<>();
        TreeSet<Outcome> outcomes = new TreeSet<>();
        for (Decision<?> d : all) {
            outcomes.add(d.outcome());
            List<String> keys = new ArrayList<>();
            for (Finding f : d.findings()) {
                keys.add(f.messageKey());
                for (Object v : f.facts().values()) {
                    enumKeys(v, keys);
                }
            }
            for (Note n : d.counterfactuals()) {
                keys.add(n.code());
            }
            for (Note n : d.warnings()) {
                keys.add(n.code());
            }
            for (String k : keys) {
                seen.add(k);
                for (Language lang : Language.values()) {
                    if (!ex.hasMessage(k, lang)) {
                        missing.add(lang + " " + k);
                    }
                }
            }
            for (Language lang : Language.values()) {
                assertThat(ex.explain(d, "t", lang)).doesNotContain("{");
            }
        }
        assertThat(missing).isEmpty();
        assertThat(outcomes).containsExactlyInAnyOrder(Outcome.values());
        // the generated cases reach the important rules of every program, so the check above means something
        assertThat(seen).contains("extreme-poverty.no-work-capacity.MET", "extreme-poverty.no-work-capacity.NOT_MET",
                "extreme-poverty.supporter.MET", "extreme-poverty.supporter.NOT_MET", "extreme-poverty.care-standard.not-configured.INFO", "extreme-poverty.child-scheme-precedence.NEEDS_REVIEW",
                "severe-disability-care-allowance.tier.UNDETERMINED", "severe-disability-care-allowance.tier.INFO",
                "extreme-poverty.child-scheme-precedence.NOT_MET", "temporary-assistance.amount.INFO",
                "temporary-assistance.case-by-case.NEEDS_REVIEW", "child-allowance.category.MET",
                "child-allowance.category.NEEDS_REVIEW", "child-allowance.top-up.INFO", "disability-living-allowance.amount.INFO",
                "disability-living-allowance.amount.published.INFO", "disability-living-allowance.amount.not-configured.INFO",
                "severe-disability-care-allowance.severity.MET", "enum.SelfCareItem.BATHING");
    }

    private static void enumKeys(Object v, List<String> keys) {
        if (v instanceof Enum<?> e) {
            keys.add("enum." + e.getDeclaringClass().getSimpleName() + "." + e.name());
        } else if (v instanceof Collection<?> c) {
            for (Object o : c) {
                enumKeys(o, keys);
            }
        }
    }

    @Test
    void bothBundlesHoldTheSameKeys() throws IOException {
        assertThat(keys("messages_zh.properties")).isEqualTo(keys("messages.properties"));
    }

    @Test
    void theProgramsAreRegistered_withTheirIds_andUseTheSpecialBundle() {
        ProgramRegistry registry = ProgramRegistry.loadDefault();
        for (String id : List.of("extreme-poverty", "temporary-assistance", "child-allowance", "disability-living-allowance",
                "severe-disability-care-allowance")) {
            assertThat(registry.find(id)).get().extracting(Program::messageBundle).isEqualTo("org.minzheng.eligibility.messages");
        }
        PolicyBook book = SpecialBooks.OFFICIAL;
        for (String id : List.of("extreme-poverty", "temporary-assistance", "child-allowance", "disability-living-allowance",
                "severe-disability-care-allowance")) {
            Program<?, ?> p = registry.find(id).orElseThrow();
            p.citations().forEach(c -> assertThat(book.instruments().find(c.instrument())).as(c.toString()).isPresent());
            p.parameters().forEach(k -> assertThat(book.key(k.name())).as(k.name()).isPresent());
        }
    }

    private static TreeSet<String> keys(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = SpecialAssistanceMessagesTest.class.getResourceAsStream(
                "/org/minzheng/eligibility/special/" + file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}
