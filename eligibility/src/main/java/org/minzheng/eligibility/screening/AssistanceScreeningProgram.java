package org.minzheng.eligibility.screening;

import static org.minzheng.eligibility.EligibilityCitations.MONITORING_2023;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.Rule;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.program.AbstractProgram;
import org.minzheng.core.program.LocalizedText;
import org.minzheng.core.program.Program;
import org.minzheng.core.validation.Violation;
import org.minzheng.eligibility.EligibilityCitations;
import org.minzheng.eligibility.EligibilityParameters;
import org.minzheng.eligibility.dibao.DibaoProgram;
import org.minzheng.eligibility.edge.LowIncomeEdgeProgram;
import org.minzheng.eligibility.household.ExpenditureType;
import org.minzheng.eligibility.household.Household;
import org.minzheng.eligibility.household.MonthlyAmount;
import org.minzheng.eligibility.household.RigidExpenditure;
import org.minzheng.eligibility.rigid.RigidExpenditureProgram;
import org.minzheng.eligibility.rules.HouseholdChecks;
import org.minzheng.eligibility.rules.HouseholdRules;
import org.minzheng.eligibility.screening.ScreeningResult.ProgramOutcome;
import org.minzheng.eligibility.screening.ScreeningResult.Signal;
import org.minzheng.eligibility.screening.ScreeningResult.SignalKind;

/**
 * {@code assistance-screening} — one application, classified review (一门受理、分类审核), and the
 * early warning of the low-income monitoring system (国办发〔2023〕39号).
 *
 * <p>Runs the household programs in precedence order — {@code dibao}, {@code low-income-edge},
 * {@code rigid-expenditure} — and stops at the first one that does not refuse the household. The
 * categories are exclusive and ordered by their own texts: an edge family is one that "does not
 * meet the dibao conditions" (最低生活保障审核确认办法 Art. 8; 关于进一步做好最低生活保障等社会救助兜底工作的通知
 * (四)), and a rigid-expenditure family is "not a dibao family, not 特困 and not an edge family"
 * (刚性支出困难家庭认定办法 Art. 4(1)). So a later category can only apply once every earlier one is
 * INELIGIBLE:
 * <ul>
 *   <li>an earlier program ELIGIBLE — the screening is ELIGIBLE and names it ({@code primary});</li>
 *   <li>an earlier program UNDETERMINED — the screening is UNDETERMINED and lists that program's
 *       missing keys; it never falls through to a later category's ELIGIBLE (the household might
 *       belong to the earlier one once the value is configured), and the later programs are not
 *       run;</li>
 *   <li>an earlier program NEEDS_REVIEW — the screening is NEEDS_REVIEW, for the same reason;</li>
 *   <li>every program INELIGIBLE — NEEDS_REVIEW if an early-warning signal was raised, otherwise
 *       INELIGIBLE.</li>
 * </ul>
 * {@code programs} lists the programs run, in order. A sub-decision's missing values are absorbed
 * as recorded: one that only left a detail absent (such as a dibao amount) is listed with its
 * absent fields and does not make the screening UNDETERMINED, because the sub-decision's own
 * outcome was decided. 特困 (extreme poverty) is decided per person with its own facts and takes
 * precedence over all of these where it applies.
 *
 * <p>For households not yet assisted it raises early-warning signals: 12 months' own medical
 * spending at or above {@code screening.alert.medical-share} of 12 months' income (points to
 * {@code rigid-expenditure} and {@code temporary-assistance}); monthly income fallen by at least
 * {@code screening.alert.income-drop} since the previous check (points to {@code dibao}). The
 * thresholds are local; where one is not configured its signal is UNDETERMINED.
 *
 * <p>A signal whose threshold is not configured raises no signal and its key is listed. Reading
 * implemented: the early warning is a prompt to look again (国办发〔2023〕39号), not a condition of any
 * category. Once a category decided the outcome, the threshold only blanks the {@code signals}
 * detail (the finding is INFO); when every category refused the household, the signal decides
 * between INELIGIBLE and NEEDS_REVIEW, so a missing threshold there makes the screening
 * UNDETERMINED (unless another signal was raised).
 */
public final class AssistanceScreeningProgram extends AbstractProgram<ScreeningFacts, ScreeningResult> {

    /** The program id. */
    public static final String ID = "assistance-screening";
    /**
     * One program's outcome, citing the article that defines its category: 社会救助暂行办法 Art. 9 (dibao),
     * 最低生活保障审核确认办法 Art. 8 (the edge family), 刚性支出困难家庭认定办法 Art. 4.
     */
    public static final Rule PROGRAM = Rule.builder("assistance-screening.program", EligibilityCitations.SA_ART_9)
            .verdicts(Verdict.INFO)
            .alsoCites(EligibilityCitations.DIBAO_ART_8, EligibilityCitations.RIGID_ART_4)
            .build();
    /**
     * The medical-spending signal: MET raised, NOT_MET not raised, UNDETERMINED threshold missing while
     * the signal decides the outcome, INFO threshold missing once a category decided it.
     */
    public static final Rule MEDICAL_SIGNAL = Rule.builder(
                    "assistance-screening.signal.medical-spending", MONITORING_2023)
            .verdicts(Verdict.MET, Verdict.NOT_MET, Verdict.UNDETERMINED, Verdict.INFO)
            .reads(EligibilityParameters.ALERT_MEDICAL_SHARE)
            .reads(List.copyOf(EligibilityParameters.INCOME_EXEMPT.values()))
            .build();
    /** The income-drop signal, with the same verdicts as the medical-spending one. */
    public static final Rule INCOME_DROP_SIGNAL = Rule.builder(
                    "assistance-screening.signal.income-drop", MONITORING_2023)
            .verdicts(Verdict.MET, Verdict.NOT_MET, Verdict.UNDETERMINED, Verdict.INFO)
            .reads(EligibilityParameters.ALERT_INCOME_DROP)
            .reads(List.copyOf(EligibilityParameters.INCOME_EXEMPT.values()))
            .build();

    private final List<Program<Household, ?>> inOrder;

    /** Creates the program. */
    public AssistanceScreeningProgram() {
        this(List.of(new DibaoProgram(), new LowIncomeEdgeProgram(), new RigidExpenditureProgram()));
    }

    /**
     * Creates the screening over the given programs, in precedence order (tests use it to fix the
     * outcomes of the programs screened).
     *
     * @param inOrder the household programs, first to last in precedence
     */
    AssistanceScreeningProgram(List<Program<Household, ?>> inOrder) {
        super(
                ID,
                new LocalizedText("社会救助一门受理、分类审核与监测预警", "One-application screening and early warning"),
                ScreeningFacts.class,
                ScreeningResult.class,
                "org.minzheng.eligibility.messages",
                List.of(PROGRAM, MEDICAL_SIGNAL, INCOME_DROP_SIGNAL),
                inOrder);
        this.inOrder = List.copyOf(inOrder);
    }

    @Override
    protected void checkFacts(ScreeningFacts facts, PolicySnapshot snapshot, List<Violation> violations) {
        HouseholdChecks.check(facts.household(), snapshot.date(), "facts.household", violations);
    }

    @Override
    public Decision<ScreeningResult> evaluate(ScreeningFacts facts, PolicySnapshot snapshot) {
        RuleContext ctx = start(snapshot);
        Household h = facts.household();
        List<ProgramOutcome> outcomes = new ArrayList<>(inOrder.size());
        String primary = null;
        Outcome classified = Outcome.INELIGIBLE;
        for (Program<Household, ?> p : inOrder) {
            Decision<?> d = p.evaluate(h, snapshot);
            ctx.absorb(d);
            outcomes.add(new ProgramOutcome(p.id(), d.outcome(), d.result().orElse(null)));
            boolean applies = d.outcome() == Outcome.ELIGIBLE;
            if (applies) {
                primary = p.id();
            }
            ctx.recordCiting(
                    PROGRAM,
                    Verdict.INFO,
                    category(p),
                    "program",
                    new ScreenedProgram(p.id(), d.outcome()),
                    "outcome",
                    d.outcome(),
                    "applies",
                    applies);
            if (d.outcome() != Outcome.INELIGIBLE) {
                // precedence: a later category is examined only when every earlier one is refused
                classified = d.outcome();
                break;
            }
        }
        List<Signal> signals = new ArrayList<>(2);
        boolean unknownSignal = false;
        if (h.currentAssistance().isEmpty()) {
            // once a category decided the outcome, a signal's threshold only adds a detail
            boolean decides = classified == Outcome.INELIGIBLE;
            unknownSignal |= medicalSignal(ctx, h, snapshot.date(), signals, decides);
            unknownSignal |= incomeDropSignal(ctx, facts, signals, decides);
        }
        Outcome outcome = classified != Outcome.INELIGIBLE
                ? classified
                : !signals.isEmpty() ? Outcome.NEEDS_REVIEW : unknownSignal ? Outcome.UNDETERMINED : Outcome.INELIGIBLE;
        return ctx.decide(outcome, new ScreeningResult(primary, outcomes, signals));
    }

    /** The article that defines a program's category. */
    private static Citation category(Program<?, ?> p) {
        return switch (p.id()) {
            case LowIncomeEdgeProgram.ID -> EligibilityCitations.DIBAO_ART_8;
            case RigidExpenditureProgram.ID -> EligibilityCitations.RIGID_ART_4;
            default -> PROGRAM.citation();
        };
    }

    /**
     * Reads a signal's threshold: a value the outcome depends on while every category refused the
     * household (the signal decides between INELIGIBLE and NEEDS_REVIEW), otherwise a detail.
     */
    private static BigDecimal threshold(RuleContext ctx, ParameterKey<BigDecimal> key, boolean decides) {
        return decides ? ctx.param(key) : ctx.detail(key, "signals");
    }

    /** 12 months' own medical spending ≥ share × 12 months' income; true if it cannot be evaluated. */
    private static boolean medicalSignal(
            RuleContext ctx, Household h, LocalDate date, List<Signal> signals, boolean decides) {
        Money medical = Money.ZERO;
        LocalDate from = date.minusMonths(12);
        for (RigidExpenditure e : h.rigidExpenditures()) {
            if (e.type() == ExpenditureType.MEDICAL
                    && !e.date().isBefore(from)
                    && e.date().isBefore(date)) {
                medical = medical.plus(e.ownShare());
            }
        }
        if (medical.isZero()) {
            return false;
        }
        BigDecimal share = threshold(ctx, EligibilityParameters.ALERT_MEDICAL_SHARE, decides);
        if (share == null) {
            ctx.record(MEDICAL_SIGNAL, decides ? Verdict.UNDETERMINED : Verdict.INFO, "medical", medical);
            return true;
        }
        MonthlyAmount income12 = HouseholdRules.countedIncome(ctx, h).times(12);
        BigDecimal lhs = BigDecimal.valueOf(medical.fen()).multiply(BigDecimal.valueOf(income12.denominator()));
        BigDecimal rhs = share.multiply(BigDecimal.valueOf(income12.numeratorFen()));
        boolean raised = lhs.compareTo(rhs) >= 0;
        ctx.record(
                MEDICAL_SIGNAL,
                raised ? Verdict.MET : Verdict.NOT_MET,
                "medical",
                medical,
                "income",
                income12.rounded(HouseholdRules.DISPLAY),
                "share",
                share);
        if (raised) {
            signals.add(new Signal(
                    SignalKind.MEDICAL_SPENDING, List.of(RigidExpenditureProgram.ID, "temporary-assistance")));
        }
        return false;
    }

    /** Income now ≤ previous × (1 − drop); true if it cannot be evaluated. */
    private static boolean incomeDropSignal(
            RuleContext ctx, ScreeningFacts facts, List<Signal> signals, boolean decides) {
        if (facts.previousMonthlyIncome().isEmpty()
                || facts.previousMonthlyIncome().get().isZero()) {
            return false;
        }
        Money previous = facts.previousMonthlyIncome().get();
        BigDecimal drop = threshold(ctx, EligibilityParameters.ALERT_INCOME_DROP, decides);
        if (drop == null) {
            ctx.record(INCOME_DROP_SIGNAL, decides ? Verdict.UNDETERMINED : Verdict.INFO, "previous", previous);
            return true;
        }
        MonthlyAmount now = HouseholdRules.countedIncome(ctx, facts.household());
        BigDecimal lhs = BigDecimal.valueOf(now.numeratorFen());
        BigDecimal rhs = BigDecimal.ONE
                .subtract(drop)
                .multiply(BigDecimal.valueOf(previous.fen()))
                .multiply(BigDecimal.valueOf(now.denominator()));
        boolean raised = lhs.compareTo(rhs) <= 0;
        ctx.record(
                INCOME_DROP_SIGNAL,
                raised ? Verdict.MET : Verdict.NOT_MET,
                "previous",
                previous,
                "now",
                now.rounded(HouseholdRules.DISPLAY),
                "drop",
                drop);
        if (raised) {
            signals.add(new Signal(SignalKind.INCOME_DROP, List.of(DibaoProgram.ID)));
        }
        return false;
    }
}
