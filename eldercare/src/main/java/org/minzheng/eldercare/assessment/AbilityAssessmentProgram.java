package org.minzheng.eldercare.assessment;

import static org.minzheng.eldercare.EldercareCitations.ABILITY_COMA;
import static org.minzheng.eldercare.EldercareCitations.ABILITY_FINAL_LEVEL;
import static org.minzheng.eldercare.EldercareCitations.ABILITY_INITIAL_LEVEL;
import static org.minzheng.eldercare.EldercareCitations.ABILITY_ITEMS;
import static org.minzheng.eldercare.EldercareCitations.ABILITY_MENTAL_DISORDER;
import static org.minzheng.eldercare.EldercareCitations.ABILITY_RISK_EVENTS;
import static org.minzheng.eldercare.EldercareCitations.ABILITY_TOTAL;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Rule;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.program.AbstractProgram;
import org.minzheng.core.program.LocalizedText;
import org.minzheng.core.validation.Violation;
import org.minzheng.eldercare.EldercareCitations;
import org.minzheng.eldercare.EldercareParameters;
import org.minzheng.eldercare.EldercareValidation;

/**
 * {@code ability-assessment} — 老年人能力评估 under GB/T 42195-2022 《老年人能力评估规范》.
 *
 * <p>The 26 item scores (Appendix B) add up to four domain subtotals and a total of 0–90
 * (C.1, C.2). The total gives the initial level (C.3): 90 → 0 能力完好; 66–89 → 1; 46–65 → 2;
 * 30–45 → 3; 0–29 → 4. C.4 then changes the level:
 * <ul>
 *   <li>a person in a coma is rated 能力完全丧失 (level 4) directly — the policy switch
 *       {@code ability.coma-rating}, COMPLETE_LOSS in the official pack; the alternative reading
 *       SEVERE makes level 3 the floor instead;</li>
 *   <li>a diagnosis of dementia (ICD-10 F00–F03), or of another mental and behavioural disorder
 *       (F04–F99) made by a psychiatrist, raises the level by one;</li>
 *   <li>two or more care-risk events (falls, choking, suicide or self-harm, getting lost…) in the
 *       last 30 days raise the level by one.</li>
 * </ul>
 * Level 4 is the ceiling. Whether the two raises add up when both apply is not settled by the
 * sources: the switch {@code ability.adjustment-stacking} is absent from the official pack, and
 * it is read only where the two readings give different final levels; such a decision is then
 * UNDETERMINED and names the key. The final level (C.5) is never better than the initial level.
 *
 * <p>Outcome: ELIGIBLE means the final level is determined (every finding is a computed fact);
 * UNDETERMINED means a switch the case needs is not configured.
 *
 * <p><strong>What a missing value blocks</strong> (docs/writing-a-program.md): both switches
 * ({@code ability.coma-rating}, {@code ability.adjustment-stacking}) decide the final level, which
 * is the result itself, so they block; each is read only where it changes the level. Nothing
 * changes for item 5. A finding that uses a switch cites the clause of the reading it applies;
 * the pack row that set the switch travels in the finding's sources.
 */
public final class AbilityAssessmentProgram extends AbstractProgram<AbilityAssessment, AbilityAssessmentResult> {

    private static final String STACKING_COUNTERFACTUAL = "ability.counterfactual.stacking";

    /** The program id. */
    public static final String ID = "ability-assessment";
    /** The number of care-risk events in 30 days from which the level is raised (C.4). */
    public static final int RISK_EVENT_THRESHOLD = 2;

    /** C.1: a domain subtotal of the Appendix B items (one finding per domain). */
    public static final Rule SUBTOTAL = Rule.builder("ability.domain-subtotal", ABILITY_ITEMS)
            .verdicts(Verdict.INFO)
            .build();
    /** C.2: the total score. */
    public static final Rule TOTAL =
            Rule.builder("ability.total", ABILITY_TOTAL).verdicts(Verdict.INFO).build();
    /** C.3: the initial level by total score. */
    public static final Rule INITIAL_LEVEL = Rule.builder("ability.initial-level", ABILITY_INITIAL_LEVEL)
            .verdicts(Verdict.INFO)
            .build();
    /**
     * C.4, first clause: a person in a coma is rated at the level {@code ability.coma-rating} names.
     * The COMPLETE_LOSS reading cites C.4; the SEVERE reading cites the B.3.9 note of the one
     * transcription that says 重度失能 (see {@link ComaRating}).
     */
    public static final Rule COMA = Rule.builder("ability.coma", ABILITY_COMA)
            .alsoCites(EldercareCitations.ABILITY_COMA_NOTE)
            .verdicts(Verdict.MET, Verdict.NOT_APPLICABLE, Verdict.UNDETERMINED)
            .reads(EldercareParameters.COMA_RATING)
            .build();
    /** C.4, second clause: dementia F00–F03, or F04–F99 diagnosed by a psychiatrist, raises the level. */
    public static final Rule MENTAL_DISORDER = Rule.builder("ability.mental-disorder", ABILITY_MENTAL_DISORDER)
            .verdicts(Verdict.MET, Verdict.NOT_APPLICABLE)
            .build();
    /** C.4, third clause: two or more care-risk events in the last 30 days raise the level. */
    public static final Rule RISK_EVENTS = Rule.builder("ability.care-risk-events", ABILITY_RISK_EVENTS)
            .verdicts(Verdict.MET, Verdict.NOT_APPLICABLE)
            .build();
    /**
     * C.5: how the two C.4 raises combine when both apply. NOT FOUND in the sources: read from
     * {@code ability.adjustment-stacking} only where the two readings give different levels.
     */
    public static final Rule STACKING = Rule.builder("ability.adjustment-stacking", ABILITY_FINAL_LEVEL)
            .verdicts(Verdict.INFO, Verdict.NOT_APPLICABLE, Verdict.UNDETERMINED)
            .reads(EldercareParameters.ADJUSTMENT_STACKING)
            .notes(STACKING_COUNTERFACTUAL)
            .build();
    /** C.5: the final level. */
    public static final Rule FINAL_LEVEL = Rule.builder("ability.final-level", ABILITY_FINAL_LEVEL)
            .verdicts(Verdict.INFO)
            .build();

    /** Creates the program (ServiceLoader needs a public no-argument constructor). */
    public AbilityAssessmentProgram() {
        super(
                ID,
                new LocalizedText("老年人能力评估（GB/T 42195-2022）", "Older-person ability assessment (GB/T 42195-2022)"),
                AbilityAssessment.class,
                AbilityAssessmentResult.class,
                "org.minzheng.eldercare.messages",
                List.of(SUBTOTAL, TOTAL, INITIAL_LEVEL, COMA, MENTAL_DISORDER, RISK_EVENTS, STACKING, FINAL_LEVEL));
    }

    @Override
    protected void checkFacts(AbilityAssessment f, PolicySnapshot snapshot, List<Violation> violations) {
        check(f, "facts", violations);
    }

    /**
     * The domain checks of an assessment: every item present and within 0 and its maximum,
     * accepted ICD-10 codes, no negative event count. Messages never repeat the value.
     *
     * @param f          the assessment, not null
     * @param path       the path of the assessment, such as {@code facts}
     * @param violations where to add violations
     */
    public static void check(AbilityAssessment f, String path, List<Violation> violations) {
        Map<AbilityItem, Integer> scores = f.itemScores();
        for (AbilityItem item : AbilityItem.values()) {
            String p = path + ".itemScores[" + item.name() + "]";
            Integer score = scores.get(item);
            if (score == null) {
                violations.add(EldercareValidation.violation(
                        p, "ability.item-missing", Map.of("item", item.code(), "itemZh", item.nameZh())));
            } else if (score > item.maximum()) {
                violations.add(EldercareValidation.violation(
                        p,
                        "ability.item-above-maximum",
                        Map.of("item", item.code(), "itemZh", item.nameZh(), "maximum", item.maximum())));
            } else if (score < 0) {
                violations.add(EldercareValidation.violation(p, "ability.item-negative", Map.of("item", item.code())));
            }
        }
        for (int i = 0; i < f.diagnoses().size(); i++) {
            Icd10Code.Problem problem = Icd10Code.problemOf(f.diagnoses().get(i).icd10Code());
            String p = path + ".diagnoses[" + i + "].icd10Code";
            if (problem == Icd10Code.Problem.MALFORMED) {
                violations.add(EldercareValidation.violation(p, "ability.icd10-malformed"));
            } else if (problem == Icd10Code.Problem.UNKNOWN_CATEGORY) {
                violations.add(EldercareValidation.violation(p, "ability.icd10-unknown"));
            }
        }
        for (Map.Entry<CareRiskEventType, Integer> e :
                f.careRiskEventsLast30Days().entrySet()) {
            if (e.getValue() < 0) {
                violations.add(EldercareValidation.violation(
                        path + ".careRiskEventsLast30Days[" + e.getKey().name() + "]", "ability.event-count-negative"));
            }
        }
    }

    @Override
    public Decision<AbilityAssessmentResult> evaluate(AbilityAssessment f, PolicySnapshot snapshot) {
        RuleContext ctx = start(snapshot);
        List<DomainScore> subtotals = subtotals(ctx, f);
        int total = 0;
        for (DomainScore d : subtotals) {
            total += d.score();
        }
        ctx.record(TOTAL, Verdict.INFO, "total", total, "maximum", AbilityItem.MAXIMUM_TOTAL);
        AbilityLevel initial = AbilityLevel.initialForTotal(total);
        ctx.record(
                INITIAL_LEVEL,
                Verdict.INFO,
                "level",
                initial,
                "total",
                total,
                "bandFrom",
                initial.minTotal(),
                "bandTo",
                initial.maxTotal());

        ComaOutcome coma = coma(ctx, f);
        boolean mental = mentalDisorder(ctx, f);
        boolean events = careRiskEvents(ctx, f);
        int clauses = (mental ? 1 : 0) + (events ? 1 : 0);
        AbilityLevel finalLevel = null;
        if (coma.determined) {
            finalLevel = finalLevel(ctx, initial, clauses, coma.floor);
        }
        if (finalLevel != null) {
            ctx.record(
                    FINAL_LEVEL,
                    Verdict.INFO,
                    "level",
                    finalLevel,
                    "initialLevel",
                    initial,
                    "steps",
                    finalLevel.number() - initial.number());
        }
        return ctx.decide(new AbilityAssessmentResult(subtotals, total, initial, clauses, f.coma(), finalLevel));
    }

    /** C.1: one subtotal per domain. */
    private static List<DomainScore> subtotals(RuleContext ctx, AbilityAssessment f) {
        Map<AbilityDomain, Integer> sums = new EnumMap<>(AbilityDomain.class);
        for (AbilityDomain d : AbilityDomain.values()) {
            sums.put(d, 0);
        }
        for (Map.Entry<AbilityItem, Integer> e : f.itemScores().entrySet()) {
            sums.merge(e.getKey().domain(), e.getValue(), Integer::sum);
        }
        List<DomainScore> list = new ArrayList<>(4);
        for (AbilityDomain d : AbilityDomain.values()) {
            DomainScore s = new DomainScore(d, sums.get(d), d.maximum());
            list.add(s);
            ctx.record(SUBTOTAL, Verdict.INFO, "domain", d, "score", s.score(), "maximum", s.maximum());
        }
        return list;
    }

    /** The coma clause and whether it could be applied. */
    private record ComaOutcome(boolean determined, AbilityLevel floor) {}

    /** C.4, first clause: a comatose person is rated at the level the switch names. */
    private static ComaOutcome coma(RuleContext ctx, AbilityAssessment f) {
        if (!f.coma()) {
            ctx.record(COMA, Verdict.NOT_APPLICABLE);
            return new ComaOutcome(true, null);
        }
        ComaRating rating = ctx.param(EldercareParameters.COMA_RATING);
        if (rating == null) {
            ctx.record(COMA, Verdict.UNDETERMINED);
            return new ComaOutcome(false, null);
        }
        // the reading's own basis is cited; the pack row that chose it travels in the finding's sources
        ctx.recordCiting(
                COMA,
                Verdict.MET,
                rating == ComaRating.COMPLETE_LOSS ? ABILITY_COMA : EldercareCitations.ABILITY_COMA_NOTE,
                "rating",
                rating,
                "level",
                rating.level());
        return new ComaOutcome(true, rating.level());
    }

    /** C.4, second clause: dementia F00–F03, or F04–F99 diagnosed by a psychiatrist. */
    private static boolean mentalDisorder(RuleContext ctx, AbilityAssessment f) {
        List<String> dementia = new ArrayList<>();
        List<String> other = new ArrayList<>();
        List<String> notByPsychiatrist = new ArrayList<>();
        for (Diagnosis d : f.diagnoses()) {
            Icd10Code code = Icd10Code.parse(d.icd10Code());
            if (code.isDementia()) {
                dementia.add(code.value());
            } else if (code.isOtherMentalDisorder()) {
                (d.byPsychiatrist() ? other : notByPsychiatrist).add(code.value());
            }
        }
        boolean raise = !dementia.isEmpty() || !other.isEmpty();
        if (raise) {
            ctx.record(MENTAL_DISORDER, Verdict.MET, "dementia", dementia, "otherDisorders", other);
        } else {
            ctx.record(MENTAL_DISORDER, Verdict.NOT_APPLICABLE, "notByPsychiatrist", notByPsychiatrist);
        }
        return raise;
    }

    /** C.4, third clause: two or more care-risk events in the last 30 days. */
    private static boolean careRiskEvents(RuleContext ctx, AbilityAssessment f) {
        int count = 0;
        for (int n : f.careRiskEventsLast30Days().values()) {
            count += n;
        }
        boolean raise = count >= RISK_EVENT_THRESHOLD;
        ctx.record(
                RISK_EVENTS,
                raise ? Verdict.MET : Verdict.NOT_APPLICABLE,
                "events",
                count,
                "threshold",
                RISK_EVENT_THRESHOLD);
        return raise;
    }

    /**
     * C.5: the initial level raised by the applicable clauses (capped at 4), and at least the coma
     * level. The stacking switch is read only when the two readings give different levels.
     */
    private static AbilityLevel finalLevel(RuleContext ctx, AbilityLevel initial, int clauses, AbilityLevel comaFloor) {
        AbilityLevel cumulative = apply(initial, AdjustmentStacking.CUMULATIVE.steps(clauses), comaFloor);
        AbilityLevel oneStep = apply(initial, AdjustmentStacking.ONE_STEP.steps(clauses), comaFloor);
        if (clauses < 2) {
            return cumulative;
        }
        if (cumulative == oneStep) {
            ctx.record(STACKING, Verdict.NOT_APPLICABLE, "level", cumulative);
            return cumulative;
        }
        AdjustmentStacking stacking = ctx.param(EldercareParameters.ADJUSTMENT_STACKING);
        if (stacking == null) {
            ctx.record(STACKING, Verdict.UNDETERMINED, "ifCumulative", cumulative, "ifOneStep", oneStep);
            ctx.counterfactual(STACKING_COUNTERFACTUAL, "ifCumulative", cumulative, "ifOneStep", oneStep);
            return null;
        }
        AbilityLevel level = stacking == AdjustmentStacking.CUMULATIVE ? cumulative : oneStep;
        ctx.record(STACKING, Verdict.INFO, "stacking", stacking, "level", level);
        return level;
    }

    private static AbilityLevel apply(AbilityLevel initial, int steps, AbilityLevel comaFloor) {
        AbilityLevel raised = initial.raisedBy(steps);
        return comaFloor == null ? raised : AbilityLevel.worse(raised, comaFloor);
    }
}
