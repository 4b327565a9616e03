package org.minzheng.eldercare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Explainer;
import org.minzheng.core.decision.Finding;
import org.minzheng.core.decision.Language;
import org.minzheng.core.decision.Note;
import org.minzheng.core.decision.Rule;
import org.minzheng.core.person.AssistanceStatus;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.program.Program;
import org.minzheng.eldercare.assessment.AbilityAssessmentProgram;
import org.minzheng.eldercare.assessment.AbilityDomain;
import org.minzheng.eldercare.assessment.AbilityLevel;
import org.minzheng.eldercare.assessment.AdjustmentStacking;
import org.minzheng.eldercare.assessment.CareRiskEventType;
import org.minzheng.eldercare.assessment.ComaRating;
import org.minzheng.eldercare.assessment.legacy.LegacyLevel;
import org.minzheng.eldercare.assessment.legacy.MappingBasis;
import org.minzheng.eldercare.person.AgeBand;
import org.minzheng.eldercare.person.PriorityGroup;
import org.minzheng.eldercare.person.Situation;
import org.minzheng.eldercare.services.CareWorkerSkillGrade;
import org.minzheng.eldercare.services.FamilyCareBedProgram;
import org.minzheng.eldercare.services.FrailtyBasis;
import org.minzheng.eldercare.services.HomeAdaptationProgram;
import org.minzheng.eldercare.services.HomeCareNurseProgram;
import org.minzheng.eldercare.services.MealAssistanceProgram;
import org.minzheng.eldercare.services.ModerateDisabilityCareProgram;
import org.minzheng.eldercare.services.RateCombination;
import org.minzheng.eldercare.testing.EldercareGenerators;

/**
 * The eldercare bundles beyond what {@link ProgramContractTest} checks per declared outcome: both
 * languages hold the same keys, no rule message is dead (every {@code <rule>.<VERDICT>} key is a
 * declared outcome or note), every enum constant has a name, and the facts of random decisions
 * fill every placeholder of their messages.
 */
class MessageBundlesTest {

    static final String BUNDLE = "org.minzheng.eldercare.messages";
    static final List<Program<?, ?>> PROGRAMS = List.of(
            new AbilityAssessmentProgram(),
            new FamilyCareBedProgram(),
            new MealAssistanceProgram(),
            new HomeAdaptationProgram(),
            new ModerateDisabilityCareProgram(),
            new HomeCareNurseProgram());
    static final List<PolicySnapshot> SNAPSHOTS = List.of(
            Books.officialHuzhou(),
            Books.illustrativeHuzhou(),
            Books.switches("ONE_STEP", "SEVERE"),
            Books.official().snapshot(Books.HUZHOU, LocalDate.of(2022, 12, 29)),
            Books.halfConfigured());
    static final LocalDate ON = Books.DATE;

    final Explainer explainer = Explainer.of(
            List.of(BUNDLE), getClass().getClassLoader(), Books.illustrative().instruments());

    static ResourceBundle bundle(String base, Locale locale) {
        return ResourceBundle.getBundle(
                base,
                locale,
                MessageBundlesTest.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Test
    void bothBundlesHaveTheSameKeys_messagesAndValidation() {
        for (String base : List.of(BUNDLE, EldercareValidation.BUNDLE)) {
            ResourceBundle en = bundle(base, Locale.ENGLISH);
            ResourceBundle zh = bundle(base, Locale.SIMPLIFIED_CHINESE);
            assertThat(zh.keySet()).as(base).containsExactlyInAnyOrderElementsOf(en.keySet());
            for (String k : en.keySet()) {
                assertThat(zh.getString(k)).as(k).isNotBlank();
            }
        }
    }

    @Test
    void everyRuleMessageOfTheBundleIsADeclaredOutcomeOrNote() {
        Set<String> declared = new TreeSet<>();
        for (Program<?, ?> p : PROGRAMS) {
            for (Rule r : p.rules()) {
                declared.addAll(r.messageKeys());
            }
        }
        Set<String> ruleKeys = new TreeSet<>();
        for (String k : bundle(BUNDLE, Locale.ENGLISH).keySet()) {
            // enum.*: names of constants; mzt039.*: the legacy scheme's steps; result.*: absent result fields
            if (!k.startsWith("enum.") && !k.startsWith("mzt039.") && !k.startsWith("result.")) {
                ruleKeys.add(k);
            }
        }
        assertThat(ruleKeys).containsExactlyInAnyOrderElementsOf(declared);
    }

    <I> void run(Program<I, ?> program, org.quicktheories.core.Gen<I> facts) {
        Consumer<I> check = f -> {
            for (PolicySnapshot s : SNAPSHOTS) {
                Decision<?> d = program.decide(f, s);
                for (Finding x : d.findings()) {
                    rendered(x.messageKey(), x.facts());
                }
                for (Note n : d.counterfactuals()) {
                    rendered(n.code(), n.facts());
                }
                for (Note n : d.warnings()) {
                    rendered(n.code(), n.facts());
                }
            }
        };
        qt().withFixedSeed(20241201L).withExamples(150).forAll(facts).checkAssert(check);
    }

    void rendered(String key, Map<String, Object> facts) {
        for (Language lang : Language.values()) {
            assertThat(explainer.hasMessage(key, lang)).as(key + " in " + lang).isTrue();
            assertThat(explainer.text(key, lang, facts))
                    .as(key)
                    .doesNotContain("{")
                    .doesNotContain("enum.");
        }
    }

    @Test
    void theFactsOfEveryRecordedFindingFillItsMessage_inBothLanguages() {
        run(new AbilityAssessmentProgram(), EldercareGenerators.assessments());
        run(new FamilyCareBedProgram(), EldercareGenerators.olderPersons(ON));
        run(new MealAssistanceProgram(), EldercareGenerators.mealClaims(ON));
        run(new HomeAdaptationProgram(), EldercareGenerators.olderPersons(ON));
        run(new ModerateDisabilityCareProgram(), EldercareGenerators.olderPersons(ON));
        run(new HomeCareNurseProgram(), EldercareGenerators.nurseApplications());
        // a capped month needs many meals at a high rate, which random claims rarely reach
        Decision<?> capped = new MealAssistanceProgram()
                .decide(
                        org.minzheng.eldercare.services.ImmutableMealAssistanceClaim.builder()
                                .person(org.minzheng.eldercare.person.ImmutableOlderPerson.builder()
                                        .birthDate(ON.minusYears(95))
                                        .assistance(AssistanceStatus.EXTREME_POVERTY)
                                        .build())
                                .meals(60)
                                .build(),
                        SNAPSHOTS.get(1));
        assertThat(capped.counterfactuals())
                .extracting(Note::code)
                .containsExactly("meal-assistance.counterfactual.capped");
        capped.counterfactuals().forEach(n -> rendered(n.code(), n.facts()));
    }

    @Test
    void everyEnumConstantInFactsHasANameInBothLanguages() {
        List<Class<? extends Enum<?>>> types = List.of(
                AbilityDomain.class,
                AbilityLevel.class,
                ComaRating.class,
                AdjustmentStacking.class,
                CareRiskEventType.class,
                AssistanceStatus.class,
                Situation.class,
                AgeBand.class,
                PriorityGroup.class,
                RateCombination.class,
                FrailtyBasis.class,
                CareWorkerSkillGrade.class,
                LegacyLevel.class,
                MappingBasis.class);
        Collection<String> missing = new ArrayList<>();
        for (Class<? extends Enum<?>> t : types) {
            for (Enum<?> e : t.getEnumConstants()) {
                String key = "enum." + t.getSimpleName() + "." + e.name();
                for (Language lang : Language.values()) {
                    if (!explainer.hasMessage(key, lang)) {
                        missing.add(key + " " + lang);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
