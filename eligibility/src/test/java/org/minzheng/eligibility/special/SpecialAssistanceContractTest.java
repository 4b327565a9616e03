package org.minzheng.eligibility.special;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.eligibility.special.SpecialBooks.DATE;
import static org.minzheng.eligibility.special.SpecialBooks.HUZHOU;
import static org.minzheng.eligibility.special.SpecialBooks.OFFICIAL;
import static org.quicktheories.QuickTheory.qt;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.minzheng.core.citation.Instruments;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Explainer;
import org.minzheng.core.decision.Finding;
import org.minzheng.core.decision.Language;
import org.minzheng.core.decision.Note;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.ParameterValue;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.policy.Provenance;
import org.minzheng.core.program.Program;
import org.minzheng.core.program.ProgramRegistry;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.testing.ProgramContract;
import org.minzheng.eligibility.EligibilityCitations;
import org.minzheng.eligibility.EligibilityParameters;
import org.minzheng.eligibility.EligibilityPolicyData;
import org.minzheng.eligibility.children.ChildAllowanceProgram;
import org.minzheng.eligibility.disability.DisabilityLivingAllowanceProgram;
import org.minzheng.eligibility.disability.SevereDisabilityCareAllowanceProgram;
import org.minzheng.eligibility.poverty.ExtremePovertyProgram;
import org.minzheng.eligibility.temporary.TemporaryAssistanceProgram;
import org.minzheng.eligibility.testing.special.SpecialAssistanceGenerators;
import org.quicktheories.core.Gen;

/**
 * The special-assistance programs keep the program contract ({@link ProgramContract}: declarations,
 * messages, example cases under {@code src/examples/cases/<program>}, every declared rule outcome
 * exercised), and what the contract does not cover: generated decisions explained in both
 * languages with every enum value named, the programs' registration, and the shipped data — what
 * Huzhou has, how it is graded, and what is absent.
 */
class SpecialAssistanceContractTest {

    static final Path CASES = Path.of("src/examples/cases");

    static ProgramContract contract(Program<?, ?> program) {
        return ProgramContract.of(program)
                .official(OFFICIAL)
                .illustrative(SpecialBooks.ILLUSTRATIVE)
                .cases(CASES.resolve(program.id()));
    }

    @TestFactory
    Stream<DynamicTest> extremePovertyKeepsTheContract() {
        return contract(new ExtremePovertyProgram()).tests();
    }

    @TestFactory
    Stream<DynamicTest> temporaryAssistanceKeepsTheContract() {
        return contract(new TemporaryAssistanceProgram()).tests();
    }

    @TestFactory
    Stream<DynamicTest> childAllowanceKeepsTheContract() {
        return contract(new ChildAllowanceProgram()).tests();
    }

    @TestFactory
    Stream<DynamicTest> disabilityLivingAllowanceKeepsTheContract() {
        return contract(new DisabilityLivingAllowanceProgram()).tests();
    }

    @TestFactory
    Stream<DynamicTest> severeDisabilityCareAllowanceKeepsTheContract() {
        return contract(new SevereDisabilityCareAllowanceProgram()).tests();
    }

    // ---- generated decisions: every message, enum values included, in both languages ----

    static final List<PolicySnapshot> SNAPSHOTS = List.of(
            SpecialBooks.huzhou(),
            SpecialBooks.fixture(),
            SpecialBooks.FIXTURE.snapshot(RegionCode.of("330100"), DATE),
            SpecialBooks.ILLUSTRATIVE.snapshot(HUZHOU, DATE),
            OFFICIAL.snapshot(SpecialBooks.ZHEJIANG, DATE));

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
    void generatedDecisions_haveEveryMessageAndEnumNameInBothLanguages_andFillEveryPlaceholder() {
        List<Decision<?>> all = new ArrayList<>();
        all.addAll(decide(
                new ExtremePovertyProgram(), sample(SpecialAssistanceGenerators.extremePovertyFacts(DATE), 400)));
        all.addAll(decide(
                new TemporaryAssistanceProgram(),
                sample(SpecialAssistanceGenerators.temporaryAssistanceFacts(DATE), 200)));
        all.addAll(decide(
                new ChildAllowanceProgram(), sample(SpecialAssistanceGenerators.childAllowanceFacts(DATE), 300)));
        all.addAll(decide(
                new DisabilityLivingAllowanceProgram(),
                sample(SpecialAssistanceGenerators.disabilityLivingAllowanceFacts(), 150)));
        all.addAll(decide(
                new SevereDisabilityCareAllowanceProgram(),
                sample(SpecialAssistanceGenerators.severeDisabilityCareAllowanceFacts(), 150)));
        Explainer ex = Explainer.of(ProgramRegistry.loadDefault(), SpecialBooks.ILLUSTRATIVE);
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
            d.counterfactuals().stream().map(Note::code).forEach(keys::add);
            d.warnings().stream().map(Note::code).forEach(keys::add);
            for (String k : keys) {
                seen.add(k);
                for (Language lang : Language.values()) {
                    if (!ex.hasMessage(k, lang)) {
                        missing.add(lang + " " + k);
                    }
                }
            }
            for (Language lang : Language.values()) {
                assertThat(ex.explain(d, lang)).doesNotContain("{");
            }
        }
        assertThat(missing).isEmpty();
        assertThat(outcomes).containsExactlyInAnyOrder(Outcome.values());
        // the generated cases reach the important rules of every program, so the check above means something
        assertThat(seen)
                .contains(
                        "extreme-poverty.no-work-capacity.MET",
                        "extreme-poverty.no-work-capacity.NOT_MET",
                        "extreme-poverty.supporter.MET",
                        "extreme-poverty.supporter.NOT_MET",
                        "extreme-poverty.care-standard.not-configured.INFO",
                        "extreme-poverty.child-scheme-precedence.NEEDS_REVIEW",
                        "severe-disability-care-allowance.tier.UNDETERMINED",
                        "severe-disability-care-allowance.tier.INFO",
                        "extreme-poverty.child-scheme-precedence.NOT_MET",
                        "temporary-assistance.amount.INFO",
                        "temporary-assistance.case-by-case.NEEDS_REVIEW",
                        "child-allowance.category.MET",
                        "child-allowance.category.NEEDS_REVIEW",
                        "child-allowance.top-up.INFO",
                        "disability-living-allowance.amount.INFO",
                        "disability-living-allowance.amount.published.INFO",
                        "disability-living-allowance.amount.not-configured.INFO",
                        "severe-disability-care-allowance.severity.MET",
                        "enum.SelfCareItem.BATHING");
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
    void theProgramsAreRegistered_withTheirIds_andUseTheModuleBundle() {
        ProgramRegistry registry = ProgramRegistry.loadDefault();
        for (String id : List.of(
                "extreme-poverty",
                "temporary-assistance",
                "child-allowance",
                "disability-living-allowance",
                "severe-disability-care-allowance")) {
            assertThat(registry.find(id))
                    .get()
                    .extracting(Program::messageBundle)
                    .isEqualTo("org.minzheng.eligibility.messages");
        }
    }

    // ---- the shipped data ----

    static final PolicySnapshot HUZHOU_2024 = OFFICIAL.snapshot(HUZHOU, DATE);

    @Test
    void huzhou2024_seedFigures_areOfficial_withInexactStartDates() {
        assertHuzhouValue(EligibilityParameters.EP_BASIC_STANDARD, "1950.00");
        assertHuzhouValue(EligibilityParameters.CA_ORPHAN_INSTITUTIONAL, "2730.00");
        assertHuzhouValue(EligibilityParameters.CA_ORPHAN_SCATTERED, "2184.00");
        assertHuzhouValue(EligibilityParameters.DL_PUBLISHED, "344.00");
    }

    private static void assertHuzhouValue(ParameterKey<Money> key, String expected) {
        ParameterValue<Money> v = HUZHOU_2024.find(key);
        assertThat(v.value()).isEqualTo(Money.parse(expected));
        assertThat(v.grade()).isEqualTo(Provenance.OFFICIAL);
        assertThat(v.sinceExact()).isFalse();
        assertThat(v.region()).isEqualTo(HUZHOU);
        assertThat(v.citation().instrument()).isEqualTo(Instruments.HUZHOU_REPORT_2024);
    }

    @Test
    void valuesTheSourcesLeaveOpen_areAbsentForHuzhou() {
        List<ParameterKey<?>> absent = List.of(
                EligibilityParameters.EP_CARE_FULL,
                EligibilityParameters.EP_CARE_PARTIAL,
                EligibilityParameters.EP_CARE_NONE,
                EligibilityParameters.EP_ASSET_FINANCIAL_LIMIT,
                EligibilityParameters.EP_ASSET_CAR_ALLOWED,
                EligibilityParameters.EP_ASSET_MAX_HOMES,
                EligibilityParameters.EP_STUDENT_CONTINUATION,
                EligibilityParameters.EP_SUPPORTER_ASSET_FINANCIAL_LIMIT,
                EligibilityParameters.TA_MIN_MONTHS,
                EligibilityParameters.TA_MAX_MONTHS,
                EligibilityParameters.TA_SMALL_AMOUNT,
                EligibilityParameters.TA_NON_DIBAO_COVERED,
                EligibilityParameters.CA_DE_FACTO_STANDARD,
                EligibilityParameters.DL_COVERS_EDGE,
                EligibilityParameters.DL_COVERS_EXTREME_POVERTY,
                EligibilityParameters.DL_COVERS_RIGID,
                EligibilityParameters.DL_EXCLUDES_ORPHANS,
                EligibilityParameters.DC_COVERS_MENTAL,
                EligibilityParameters.DC_TIER_ASSESSMENT,
                EligibilityParameters.DC_FULL,
                EligibilityParameters.DC_PARTIAL,
                EligibilityParameters.DC_NONE);
        for (ParameterKey<?> k : absent) {
            assertThat(HUZHOU_2024.find(k)).as(k.name()).isNull();
        }
    }

    @Test
    void nationalRules_areOfficial_theSupporterSevereGradeIsDerived_andNoRoundingShips() {
        assertThat(HUZHOU_2024.find(EligibilityParameters.EP_ELDERLY_AGE).value())
                .isEqualTo(60);
        assertThat(HUZHOU_2024.find(EligibilityParameters.EP_MINOR_AGE).value()).isEqualTo(16);
        assertThat(HUZHOU_2024.find(EligibilityParameters.EP_MINOR_COVERAGE_AGE).value())
                .isEqualTo(18);
        assertThat(HUZHOU_2024.find(EligibilityParameters.CA_MIN_MONTHS).value())
                .isEqualTo(6);
        assertThat(HUZHOU_2024.find(EligibilityParameters.DC_MAX_GRADE).value()).isEqualTo(2);
        // item 11: 1145 × 0.30 = 343.50 → 344 under both CEILING and HALF_UP: the data cannot choose, nothing ships
        assertThat(HUZHOU_2024.find(EligibilityParameters.DL_ROUNDING)).isNull();
        // item 11: 特困人员认定办法 第八条第（四）项 says 重度残疾人 without defining it; grades 1–2 come from the
        // dibao 办法 第八条第（一）项 "一级、二级重度残疾人": DERIVED, citing that definition
        ParameterValue<Integer> severe = HUZHOU_2024.find(EligibilityParameters.EP_SUPPORTER_SEVERE_GRADE);
        assertThat(severe.value()).isEqualTo(2);
        assertThat(severe.grade()).isEqualTo(Provenance.DERIVED);
        assertThat(severe.citation().instrument()).isEqualTo(EligibilityCitations.DIBAO_MEASURES);
        assertThat(severe.citation().article()).contains("一级、二级重度残疾人");
        for (ParameterKey<?> k : new EligibilityPolicyData().keys()) {
            ParameterValue<?> v = HUZHOU_2024.find(k);
            if (v != null) {
                assertThat(v.grade()).as(k.name()).isNotEqualTo(Provenance.ILLUSTRATIVE);
            }
        }
    }

    @Test
    void beforeThe2021Measures_theExtremePovertyRulesAreNotInForce() {
        assertThat(OFFICIAL.snapshot(HUZHOU, java.time.LocalDate.of(2021, 6, 30))
                        .find(EligibilityParameters.EP_ELDERLY_AGE))
                .isNull();
    }
}
