package org.minzheng.eldercare.testing;

import static org.quicktheories.generators.SourceDSL.booleans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.minzheng.core.id.ResidentIdNumber;
import org.minzheng.core.person.AssistanceStatus;
import org.minzheng.core.testing.IdGenerators;
import org.minzheng.core.time.DateRange;
import org.minzheng.eldercare.assessment.AbilityAssessment;
import org.minzheng.eldercare.assessment.AbilityItem;
import org.minzheng.eldercare.assessment.AbilityLevel;
import org.minzheng.eldercare.assessment.CareRiskEventType;
import org.minzheng.eldercare.assessment.Diagnosis;
import org.minzheng.eldercare.assessment.ImmutableAbilityAssessment;
import org.minzheng.eldercare.assessment.legacy.LegacyAssessment;
import org.minzheng.eldercare.bed.BedCode;
import org.minzheng.eldercare.bed.BedOccupancy;
import org.minzheng.eldercare.person.ImmutableOlderPerson;
import org.minzheng.eldercare.person.OlderPerson;
import org.minzheng.eldercare.services.CareWorkerSkillGrade;
import org.minzheng.eldercare.services.HomeCareNurseApplication;
import org.minzheng.eldercare.services.ImmutableHomeCareNurseApplication;
import org.minzheng.eldercare.services.ImmutableMealAssistanceClaim;
import org.minzheng.eldercare.services.MealAssistanceClaim;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid eldercare facts: GB/T 42195-2022 assessments spread over the
 * whole 0–90 range (not clustered around the middle, so every band and every band edge is
 * reached), older persons, MZ/T 039-2013 records, carers' applications, bed codes and occupancies.
 *
 * <p>Public API of the {@code minzheng-eldercare} tests jar. Example:
 * <pre>{@code
 * qt().forAll(EldercareGenerators.assessments())
 *     .checkAssert(a -> assertThat(program.decide(a, snapshot).outcome()).isNotNull());
 * }</pre>
 */
public final class EldercareGenerators {

    /** ICD-10 codes the generators draw diagnoses from: dementia, other Chapter V, and other chapters. */
    public static final List<String> DIAGNOSIS_CODES = List.of(
            "F00.1", "F01", "F02.3", "F03", "F05.0", "F06", "F20", "F32.1", "F41.2", "F99", "I10", "E11.9", "I63",
            "J44", "M17");

    private EldercareGenerators() {}

    /**
     * Item scores with every item present and within its maximum. A latent "ability" from 0 to
     * 100 % sets every item near the same fraction of its maximum, with noise of one point, so
     * totals spread over 0–90.
     *
     * @return the generator
     */
    public static Gen<Map<AbilityItem, Integer>> itemScores() {
        return Generate.range(0, 100)
                .zip(
                        Generate.intArrays(Generate.constant(AbilityItem.values().length), Generate.range(-1, 1)),
                        (ability, noise) -> {
                            Map<AbilityItem, Integer> m = new EnumMap<>(AbilityItem.class);
                            for (AbilityItem item : AbilityItem.values()) {
                                int base = (int) Math.round(ability * item.maximum() / 100.0);
                                m.put(item, Math.max(0, Math.min(item.maximum(), base + noise[item.ordinal()])));
                            }
                            return m;
                        });
    }

    /**
     * Item scores adding up to a given total, filling items in the standard's order. Useful for
     * band-edge scenarios.
     *
     * @param total 0–90
     * @return the scores, every item present
     */
    public static Map<AbilityItem, Integer> itemScoresWithTotal(int total) {
        if (total < 0 || total > AbilityItem.MAXIMUM_TOTAL) {
            throw new IllegalArgumentException("total must be 0-90");
        }
        Map<AbilityItem, Integer> m = new EnumMap<>(AbilityItem.class);
        int left = total;
        for (AbilityItem item : AbilityItem.values()) {
            int s = Math.min(item.maximum(), left);
            m.put(item, s);
            left -= s;
        }
        return m;
    }

    /** @return diagnoses drawn from {@link #DIAGNOSIS_CODES}, zero to three, by a psychiatrist or not */
    public static Gen<List<Diagnosis>> diagnoses() {
        Gen<Diagnosis> one = Generate.pick(DIAGNOSIS_CODES).zip(booleans().all(), Diagnosis::of);
        return Generate.frequency(List.of(
                org.quicktheories.api.Pair.of(3, Generate.constant(List.<Diagnosis>of())),
                org.quicktheories.api.Pair.of(2, one.map(d -> List.of(d))),
                org.quicktheories.api.Pair.of(1, one.zip(one, (a, b) -> List.of(a, b)))));
    }

    /** @return care-risk event counts, mostly zero, 0–3 per type */
    public static Gen<Map<CareRiskEventType, Integer>> careRiskEvents() {
        return Generate.intArrays(Generate.constant(CareRiskEventType.values().length), Generate.range(0, 7))
                .map(a -> {
                    Map<CareRiskEventType, Integer> m = new EnumMap<>(CareRiskEventType.class);
                    for (CareRiskEventType t : CareRiskEventType.values()) {
                        int n = Math.max(0, a[t.ordinal()] - 4);
                        if (n > 0) {
                            m.put(t, n);
                        }
                    }
                    return m;
                });
    }

    /** @return valid GB/T 42195-2022 assessments, about one in ten in a coma */
    public static Gen<AbilityAssessment> assessments() {
        return itemScores()
                .zip(
                        Generate.range(0, 9),
                        diagnoses(),
                        careRiskEvents(),
                        (scores, comaDie, diagnoses, events) -> ImmutableAbilityAssessment.builder()
                                .putAllItemScores(scores)
                                .coma(comaDie == 0)
                                .addAllDiagnoses(diagnoses)
                                .putAllCareRiskEventsLast30Days(events)
                                .build());
    }

    /**
     * @param on the decision date, not null
     * @return older persons (and some under 60) on that date, with any assessment and status
     */
    public static Gen<OlderPerson> olderPersons(LocalDate on) {
        Gen<Integer> ages = Generate.range(55, 104);
        Gen<AbilityLevel> levels = Generate.pick(new ArrayList<>(java.util.Arrays.asList(
                null,
                AbilityLevel.INTACT,
                AbilityLevel.MILD,
                AbilityLevel.MODERATE,
                AbilityLevel.SEVERE,
                AbilityLevel.COMPLETE_LOSS)));
        Gen<AssistanceStatus> status = Generate.pick(new ArrayList<>(java.util.Arrays.asList(
                null,
                null,
                AssistanceStatus.EXTREME_POVERTY,
                AssistanceStatus.DIBAO,
                AssistanceStatus.LOW_INCOME_EDGE)));
        Gen<int[]> flags = Generate.intArrays(Generate.constant(8), Generate.range(0, 2));
        return ages.zip(Generate.range(0, 364), levels, status, flags, (age, day, level, st, f) -> {
            LocalDate birth = on.minusYears(age).minusDays(day);
            return ImmutableOlderPerson.builder()
                    .birthDate(birth)
                    .abilityLevel(java.util.Optional.ofNullable(level))
                    .assistance(java.util.Optional.ofNullable(st))
                    .dispersedSupport(st == AssistanceStatus.EXTREME_POVERTY && f[0] == 1)
                    .registeredPoor(f[1] == 1 && f[2] == 1)
                    .livesAlone(f[2] == 1)
                    .emptyNest(f[3] == 1)
                    .leftBehind(f[4] == 1 && f[5] == 1)
                    .disabled(f[5] == 1)
                    .lostOnlyChild(f[6] == 1 && f[7] == 1)
                    .build();
        });
    }

    /**
     * @param on the decision date, not null
     * @return meal claims of 0–62 meals in a month
     */
    public static Gen<MealAssistanceClaim> mealClaims(LocalDate on) {
        return olderPersons(on)
                .zip(
                        Generate.range(0, 62),
                        (p, meals) -> ImmutableMealAssistanceClaim.builder()
                                .person(p)
                                .meals(meals)
                                .build());
    }

    /** @return carers' applications: 0–200 training hours, any grade or none, 0–220 service hours a month */
    public static Gen<HomeCareNurseApplication> nurseApplications() {
        Gen<CareWorkerSkillGrade> grades = Generate.pick(new ArrayList<>(java.util.Arrays.asList(
                null,
                CareWorkerSkillGrade.GRADE_5,
                CareWorkerSkillGrade.GRADE_4,
                CareWorkerSkillGrade.GRADE_3,
                CareWorkerSkillGrade.GRADE_2,
                CareWorkerSkillGrade.GRADE_1)));
        return Generate.range(0, 200)
                .zip(
                        grades,
                        Generate.range(0, 220),
                        (t, g, s) -> ImmutableHomeCareNurseApplication.builder()
                                .trainingHours(t)
                                .skillGrade(java.util.Optional.ofNullable(g))
                                .monthlyServiceHours(s)
                                .build());
    }

    /** @return valid MZ/T 039-2013 records; one in four has all grades 0 and social participation 0–1 */
    public static Gen<LegacyAssessment> legacyAssessments() {
        Gen<int[]> grades = Generate.intArrays(Generate.constant(4), Generate.range(0, 3));
        Gen<int[]> intact = Generate.range(0, 1).map(s -> new int[] {0, 0, 0, s});
        return Generate.frequency(
                        List.of(org.quicktheories.api.Pair.of(3, grades), org.quicktheories.api.Pair.of(1, intact)))
                .zip(
                        Generate.range(0, 9),
                        booleans().all(),
                        Generate.range(0, 4),
                        (g, comaDie, mental, events) ->
                                new LegacyAssessment(g[0], g[1], g[2], g[3], comaDie == 0, mental, events));
    }

    /** @return valid bed codes of random institutions, buildings, rooms and beds */
    public static Gen<BedCode> bedCodes() {
        Gen<Character> alnum = Generate.pick(List.of('0', '1', '2', '3', '9', 'A', 'B', 'K', 'Z'));
        Gen<String> two = alnum.zip(alnum, (a, b) -> "" + a + b);
        return IdGenerators.unifiedSocialCreditCodes()
                .zip(two, two.zip(two, String::concat), Generate.range(1, 99), BedCode::of);
    }

    /**
     * @param from the earliest start, not null
     * @return date ranges starting within a year of {@code from}, lasting 1–400 days, one in five open
     */
    public static Gen<DateRange> dateRanges(LocalDate from) {
        return Generate.range(0, 365)
                .zip(
                        Generate.range(1, 400),
                        Generate.range(0, 4),
                        (start, days, open) ->
                                DateRange.of(from.plusDays(start), open == 0 ? null : from.plusDays(start + days)));
    }

    /**
     * @param beds the beds to choose from, not empty
     * @param from the earliest start, not null
     * @return occupancies of those beds by random residents
     */
    public static Gen<BedOccupancy> occupancies(List<BedCode> beds, LocalDate from) {
        Gen<ResidentIdNumber> residents =
                IdGenerators.residentIdNumbersBornBetween(LocalDate.of(1920, 1, 1), LocalDate.of(1965, 1, 1));
        return Generate.pick(beds).zip(residents, dateRanges(from), BedOccupancy::new);
    }
}
