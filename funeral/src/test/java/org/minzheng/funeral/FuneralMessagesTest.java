package org.minzheng.funeral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Explainer;
import org.minzheng.core.decision.Finding;
import org.minzheng.core.decision.Language;
import org.minzheng.core.decision.Note;
import org.minzheng.core.json.Json;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.program.Program;
import org.minzheng.funeral.afterdeath.AfterDeathTask;
import org.minzheng.funeral.afterdeath.AfterDeathTasksProgram;
import org.minzheng.funeral.afterdeath.Department;
import org.minzheng.funeral.afterdeath.Settlement;
import org.minzheng.funeral.burial.BurialCategory;
import org.minzheng.funeral.burial.BurialForm;
import org.minzheng.funeral.burial.EcoBurialAwardProgram;
import org.minzheng.funeral.deposit.DepositWithdrawalProgram;
import org.minzheng.funeral.deposit.HoldingKind;
import org.minzheng.funeral.estate.AssetKind;
import org.minzheng.funeral.estate.EstateQueryProgram;
import org.minzheng.funeral.estate.Evidence;
import org.minzheng.funeral.person.Relation;
import org.minzheng.funeral.services.BasicFuneralServicesProgram;
import org.minzheng.funeral.services.BeneficiaryScope;
import org.minzheng.funeral.services.FuneralServiceItem;
import org.minzheng.funeral.testing.FuneralGenerators;
import org.minzheng.funeral.testing.FuneralTestBooks;

/**
 * What the program contract ({@link ProgramContractTest}) does not check of the messages: every
 * enum value shown in findings has a message in both languages, the zh and en bundles (findings
 * and validation) have the same keys, and every message of many generated decisions fills its
 * placeholders (the contract explains the example cases only).
 */
class FuneralMessagesTest {

    static final String BUNDLE = "org.minzheng.funeral.messages";
    static final Explainer EXPLAINER = Explainer.of(
            List.of(BUNDLE),
            FuneralMessagesTest.class.getClassLoader(),
            FuneralTestBooks.illustrative().instruments());

    @Test
    void everyEnumValueShownInFindings_hasAMessageInBothLanguages() {
        List<Class<? extends Enum<?>>> types = List.of(
                Relation.class,
                Evidence.class,
                AssetKind.class,
                HoldingKind.class,
                AfterDeathTask.class,
                Department.class,
                Settlement.class,
                BurialForm.class,
                BurialCategory.class,
                FuneralServiceItem.class,
                BeneficiaryScope.class);
        for (Class<? extends Enum<?>> t : types) {
            for (Enum<?> e : t.getEnumConstants()) {
                for (Language lang : Language.values()) {
                    String key = "enum." + t.getSimpleName() + "." + e.name();
                    assertThat(EXPLAINER.hasMessage(key, lang))
                            .as(key + " " + lang)
                            .isTrue();
                }
            }
        }
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        assertThat(keys("messages_zh.properties")).isEqualTo(keys("messages.properties"));
        assertThat(keys("validation_zh.properties")).isEqualTo(keys("validation.properties"));
    }

    @Test
    void everyValidationCodeOfTheModule_rendersInBothLanguages_fromTheBundle() throws IOException {
        for (String code : keys("validation.properties")) {
            var v = FuneralValidation.violation("facts.x", code);
            assertThat(v.code()).isEqualTo(code);
            assertThat(v.messageZh()).as(code).isNotBlank().doesNotContain("{");
            assertThat(v.messageEn()).as(code).isNotBlank().doesNotContain("{").isNotEqualTo(v.messageZh());
        }
    }

    private static Set<String> keys(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = FuneralMessagesTest.class.getResourceAsStream("/org/minzheng/funeral/" + file)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void everyDeclaredOutcomeOfEveryProgram_isReachedByGeneratedCases_andEveryMessageFillsItsPlaceholders() {
        Set<String> seen = new TreeSet<>();
        List<LocalDate> dates = List.of(
                LocalDate.of(2020, 6, 1),
                LocalDate.of(2023, 6, 1),
                LocalDate.of(2024, 12, 1),
                LocalDate.of(2025, 12, 1),
                LocalDate.of(2026, 3, 1));
        for (LocalDate date : dates) {
            List<PolicySnapshot> snapshots = List.of(
                    FuneralTestBooks.huzhou(date),
                    FuneralTestBooks.huzhouFixture(date),
                    FuneralTestBooks.illustrative().snapshot(FuneralTestBooks.HUZHOU, date),
                    FuneralTestBooks.official().snapshot(FuneralTestBooks.HANGZHOU, date));
            for (PolicySnapshot s : snapshots) {
                run(new EstateQueryProgram(), FuneralGenerators.estateQueryApplications(date), s, seen);
                run(new DepositWithdrawalProgram(), FuneralGenerators.depositWithdrawalRequests(date), s, seen);
                run(new AfterDeathTasksProgram(), FuneralGenerators.afterDeathFacts(date), s, seen);
                run(new EcoBurialAwardProgram(), FuneralGenerators.ecoBurialApplications(date), s, seen);
                run(new BasicFuneralServicesProgram(), FuneralGenerators.basicFuneralServicesRequests(date), s, seen);
            }
        }
        // branches the shipped data never reaches: a pack with gaps, and a kind the fixture excludes
        for (String r : List.of("330500", "330502", "330503")) {
            PolicySnapshot s = FuneralTestBooks.gaps()
                    .snapshot(org.minzheng.core.region.RegionCode.of(r), LocalDate.of(2024, 12, 1));
            LocalDate date = s.date();
            run(new AfterDeathTasksProgram(), FuneralGenerators.afterDeathFacts(date), s, seen);
            run(new DepositWithdrawalProgram(), FuneralGenerators.depositWithdrawalRequests(date), s, seen);
            run(new BasicFuneralServicesProgram(), FuneralGenerators.basicFuneralServicesRequests(date), s, seen);
        }
        run(
                new EstateQueryProgram(),
                FuneralGenerators.estateQueryApplications(
                        LocalDate.of(2024, 12, 1),
                        org.quicktheories.generators.Generate.constant(java.util.EnumSet.allOf(Evidence.class)),
                        org.quicktheories.generators.Generate.constant(java.util.EnumSet.of(AssetKind.PROVIDENT_FUND))),
                FuneralTestBooks.huzhouFixture(LocalDate.of(2024, 12, 1)),
                seen);
        run(
                new EstateQueryProgram(),
                FuneralGenerators.estateQueryApplications(
                        LocalDate.of(2024, 12, 1),
                        org.quicktheories.generators.Generate.constant(java.util.EnumSet.allOf(Evidence.class)),
                        org.quicktheories.generators.Generate.constant(java.util.EnumSet.of(AssetKind.DEPOSITS))),
                FuneralTestBooks.huzhou(LocalDate.of(2024, 12, 1)),
                seen);
        Set<String> declared = new TreeSet<>();
        for (Program<?, ?> p : List.of(
                new EstateQueryProgram(),
                new DepositWithdrawalProgram(),
                new AfterDeathTasksProgram(),
                new EcoBurialAwardProgram(),
                new BasicFuneralServicesProgram())) {
            p.rules().forEach(r -> declared.addAll(r.messageKeys()));
        }
        // the calendar's warning is declared by the deadline rules but is a warning, not a finding or counterfactual
        declared.remove(org.minzheng.core.program.Periods.NOTICE_NOT_CONFIGURED);
        assertThat(seen).isEqualTo(declared);
    }

    private static <I, R> void run(
            Program<I, R> p, org.quicktheories.core.Gen<I> gen, PolicySnapshot s, Set<String> seen) {
        qt().withFixedSeed(20241201L).withExamples(40).forAll(gen).checkAssert(facts -> {
            Decision<R> d = p.decide(facts, s);
            assertThat(Json.pretty(p.decide(facts, s))).as("reproducible").isEqualTo(Json.pretty(d));
            for (Finding f : d.findings()) {
                seen.add(f.messageKey());
                for (Language lang : Language.values()) {
                    String text = EXPLAINER.finding(f, lang);
                    assertThat(text).as(f.messageKey()).doesNotContain("{").doesNotContain(f.messageKey());
                }
            }
            for (Note n : d.counterfactuals()) {
                seen.add(n.code());
                for (Language lang : Language.values()) {
                    assertThat(EXPLAINER.text(n.code(), lang, n.facts())).doesNotContain("{");
                }
            }
            for (Language lang : Language.values()) {
                assertThat(EXPLAINER.explain(d, p.title().in(lang), lang)).doesNotContain("enum.");
            }
        });
    }
}
