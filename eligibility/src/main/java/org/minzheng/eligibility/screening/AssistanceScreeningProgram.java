package org.minzheng.eligibility.screening;

import static org.minzheng.eligibility.EligibilityCitations.MONITORING_2023;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.money.Money;
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
 * {@code rigid-expenditure} — and returns every outcome with the one that applies: the first
 * eligible. The categories are exclusive by their own texts (an edge family "does not meet the
 * dibao conditions"; a rigid-expenditure family is neither), so a household is never placed in two.
 * 特困 (extreme poverty) is decided per person with its own facts and takes precedence over all
 * of these where it applies.
 *
 * <p>For households not yet assisted it raises early-warning signals: 12 months' own medical
 * spending at or above {@code screening.alert.medical-share} of 12 months' income (points to
 * {@code rigid-expenditure} and {@code temporary-assistance}); monthly income fallen by at least
 * {@code screening.alert.income-drop} since the previous check (points to {@code dibao}). The
 * thresholds are local; where one is not configured its signal is UNDETERMINED.
 *
 * <p>Outcome: ELIGIBLE if some program applies; otherwise NEEDS_REVIEW if a signal was raised;
 * otherwise UNDETERMINED if some program could not be decided; otherwise INELIGIBLE.
 */
public final class AssistanceScreeningProgram extends AbstractProgram<ScreeningFacts, ScreeningResult> {

    /** The program id. */
    public static final String ID = "assistance-screening";
    /** Rule: one program's outcome. */
    public static final String PROGRAM = "assistance-screening.program";
    /** Rule: the medical-spending signal. */
    public static final String MEDICAL_SIGNAL = "assistance-screening.signal.medical-spending";
    /** Rule: the income-drop signal. */
    public static final String INCOME_DROP_SIGNAL = "assistance-screening.signal.income-drop";

    private final List<Program<Household, ?>> inOrder = List.of(new DibaoProgram(), new LowIncomeEdgeProgram(),
            new RigidExpenditureProgram());

    /** Creates the program. */
    public AssistanceScreeningProgram() {
        super(ID, new LocalizedText("社会救助一门受理、分类审核与监测预警", "One-application screening and early warning"),
                List.of(EligibilityCitations.SA_ART_9, EligibilityCitations.DIBAO_ART_8, EligibilityCitations.RIGID_ART_4,
                        MONITORING_2023),
                List.of(EligibilityParameters.ALERT_MEDICAL_SHARE, EligibilityParameters.ALERT_INCOME_DROP),
                ScreeningFacts.class, ScreeningResult.class, "org.minzheng.eligibility.messages");
    }

    @Override
    protected void checkFacts(ScreeningFacts facts, PolicySnapshot snapshot, List<Violation> violations) {
        HouseholdChecks.check(facts.household(), snapshot.date(), "facts.household", violations);
    }

    @Override
    public Decision<ScreeningResult> evaluate(ScreeningFacts facts, PolicySnapshot snapshot) {
        RuleContext ctx = RuleContext.start(ID, snapshot);
        Household h = facts.household();
        List<ProgramOutcome> outcomes = new ArrayList<>(inOrder.size());
        String primary = null;
        boolean undetermined = false;
        for (Program<Household, ?> p : inOrder) {
            Decision<?> d = p.evaluate(h, snapshot);
            ctx.absorb(d);
            outcomes.add(new ProgramOutcome(p.id(), d.outcome(), d.result().orElse(null)));
            boolean applies = primary == null && d.outcome() == Outcome.ELIGIBLE;
            if (applies) {
                primary = p.id();
            }
            undetermined |= d.outcome() == Outcome.UNDETERMINED;
            ctx.record(PROGRAM, Verdict.INFO, p.citations().get(0), "program", p.id(), "outcome", d.outcome(),
                    "applies", applies);
        }
        List<Signal> signals = new ArrayList<>(2);
        if (h.currentAssistance().isEmpty()) {
            medicalSignal(ctx, h, snapshot.date(), signals);
            incomeDropSignal(ctx, facts, signals);
        }
        Outcome outcome = primary != null ? Outcome.ELIGIBLE
                : !signals.isEmpty() ? Outcome.NEEDS_REVIEW
                : undetermined ? Outcome.UNDETERMINED : Outcome.INELIGIBLE;
        return ctx.decide(outcome, new ScreeningResult(primary, outcomes, signals));
    }

    /** 12 months' own medical spending ≥ share × 12 months' income. */
    private static void medicalSignal(RuleContext ctx, Household h, LocalDate date, List<Signal> signals) {
        Money medical = Money.ZERO;
        LocalDate from = date.minusMonths(12);
        for (RigidExpenditure e : h.rigidExpenditures()) {
            if (e.type() == ExpenditureType.MEDICAL && !e.date().isBefore(from) && e.date().isBefore(date)) {
                medical = medical.plus(e.ownShare());
            }
        }
        if (medical.isZero()) {
            return;
        }
        BigDecimal share = ctx.param(EligibilityParameters.ALERT_MEDICAL_SHARE);
        if (share == null) {
            ctx.record(MEDICAL_SIGNAL, Verdict.UNDETERMINED, MONITORING_2023, "medical", medical);
            return;
        }
        MonthlyAmount income12 = HouseholdRules.countedIncome(ctx, h).times(12);
        BigDecimal lhs = BigDecimal.valueOf(medical.fen()).multiply(BigDecimal.valueOf(income12.denominator()));
        BigDecimal rhs = share.multiply(BigDecimal.valueOf(income12.numeratorFen()));
        boolean raised = lhs.compareTo(rhs) >= 0;
        ctx.record(MEDICAL_SIGNAL, raised ? Verdict.MET : Verdict.NOT_MET, MONITORING_2023, "medical", medical,
                "income", income12.rounded(HouseholdRules.DISPLAY), "share", share);
        if (raised) {
            signals.add(new Signal(SignalKind.MEDICAL_SPENDING, List.of(RigidExpenditureProgram.ID, "temporary-assistance")));
        }
    }

    /** Income now ≤ previous × (1 − drop). */
    private static void incomeDropSignal(RuleContext ctx, ScreeningFacts facts, List<Signal> signals) {
        if (facts.previousMonthlyIncome().isEmpty() || facts.previousMonthlyIncome().get().isZero()) {
            return;
        }
        Money previous = facts.previousMonthlyIncome().get();
        BigDecimal drop = ctx.param(EligibilityParameters.ALERT_INCOME_DROP);
        if (drop == null) {
            ctx.record(INCOME_DROP_SIGNAL, Verdict.UNDETERMINED, MONITORING_2023, "previous", previous);
            return;
        }
        MonthlyAmount now = HouseholdRules.countedIncome(ctx, facts.household());
        BigDecimal lhs = BigDecimal.valueOf(now.numeratorFen());
        BigDecimal rhs = BigDecimal.ONE.subtract(drop).multiply(BigDecimal.valueOf(previous.fen()))
                .multiply(BigDecimal.valueOf(now.denominator()));
        boolean raised = lhs.compareTo(rhs) <= 0;
        ctx.record(INCOME_DROP_SIGNAL, raised ? Verdict.MET : Verdict.NOT_MET, MONITORING_2023, "previous", previous,
                "now", now.rounded(HouseholdRules.DISPLAY), "drop", drop);
        if (raised) {
            signals.add(new Signal(SignalKind.INCOME_DROP, List.of(DibaoProgram.ID)));
        }
    }
}
