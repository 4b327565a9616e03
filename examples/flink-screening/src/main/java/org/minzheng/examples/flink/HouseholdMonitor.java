package org.minzheng.examples.flink;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.json.Json;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.core.validation.Violation;
import org.minzheng.eligibility.household.Disability;
import org.minzheng.eligibility.household.ExpenditureType;
import org.minzheng.eligibility.household.Household;
import org.minzheng.eligibility.household.ImmutableHousehold;
import org.minzheng.eligibility.household.ImmutableIncomeItem;
import org.minzheng.eligibility.household.ImmutableMember;
import org.minzheng.eligibility.household.IncomeItem;
import org.minzheng.eligibility.household.Member;
import org.minzheng.eligibility.household.Relation;
import org.minzheng.eligibility.household.RigidExpenditure;
import org.minzheng.eligibility.rules.HouseholdRules;
import org.minzheng.eligibility.screening.AssistanceScreeningProgram;
import org.minzheng.eligibility.screening.ImmutableScreeningFacts;
import org.minzheng.eligibility.screening.ScreeningFacts;
import org.minzheng.eligibility.screening.ScreeningResult;
import org.minzheng.eligibility.screening.ScreeningResult.Signal;
import org.minzheng.eligibility.screening.ScreeningResult.SignalKind;

/**
 * The per-household logic of the job, free of Flink: applies one record to what is known of a
 * household, re-runs {@code assistance-screening} when the facts changed, and says which signals
 * are newly raised. The Flink function calls it for each record in date order; the single-JVM
 * comparison in the throughput run calls the same code with a map for state.
 *
 * <p>The income-drop warning (国办发〔2023〕39号) compares the counted monthly income with the one
 * "at the previous check". Here that is the counted monthly income before the latest change of
 * counted income: a medical bill or a certificate leaves it alone, so a raised drop stays raised
 * (and is not alerted again) until the income changes again. A snapshot may state it explicitly.
 *
 * <p>An alert is emitted for a signal raised now that was not raised at the household's previous
 * check (for a snapshot that says which signals were raised before, those). A signal whose
 * threshold is not configured — as in the official data, which leaves them open — is
 * UNDETERMINED in the decision and raises nothing.
 *
 * <p>Thread-compatible: one instance per task; the policy book is shared and immutable.
 */
public final class HouseholdMonitor {

    /**
     * The outcome of one record.
     *
     * @param state    the household's state after the record (the same object if nothing changed; null if nothing is known)
     * @param decision the decision line, null if nothing was decided
     * @param alerts   the alerts for newly raised signals, in signal order
     * @param reject   the rejection, null if the record applied
     */
    public record Step(HouseholdState state, DecisionLine decision, List<Alert> alerts, Rejection reject) {}

    private final PolicyBook book;
    private final AssistanceScreeningProgram program = new AssistanceScreeningProgram();

    /**
     * @param book the policy book decisions are made with, not null
     */
    public HouseholdMonitor(PolicyBook book) {
        this.book = Objects.requireNonNull(book, "book");
    }

    /** @return the policy book */
    public PolicyBook book() {
        return book;
    }

    /**
     * Applies one input line.
     *
     * @param current what is known of the household, null if nothing
     * @param line    the JSON line
     * @param asOf    for the daily re-screening: the date every snapshot is screened as of (other
     *                records are rejected then); null to use each record's own date
     * @return the step
     */
    public Step process(HouseholdState current, String line, LocalDate asOf) {
        InputRecord record;
        try {
            record = JsonLines.read(line, InputRecord.class, "$");
        } catch (InvalidInputException e) {
            return rejected(current, null, e.violations());
        }
        if (asOf != null) {
            if (!(record instanceof InputRecord.Snapshot s)) {
                return rejected(
                        current,
                        record,
                        List.of(new Violation(
                                "type",
                                "daily.snapshots-only",
                                "每日复核只接受家庭快照",
                                "the daily re-screening takes household snapshots only")));
            }
            record = s.asOf(asOf);
        }
        return process(current, record);
    }

    /**
     * Applies one record.
     *
     * @param current what is known of the household, null if nothing
     * @param record  the record
     * @return the step
     */
    public Step process(HouseholdState current, InputRecord record) {
        List<Violation> problems = record.check();
        if (!problems.isEmpty()) {
            return rejected(current, record, problems);
        }
        if (current != null && record.date().toEpochDay() < current.getLastEpochDay()) {
            return rejected(
                    current,
                    record,
                    List.of(new Violation(
                            "date",
                            "record.out-of-order",
                            "早于该户已处理的记录",
                            "is before a record of this household already applied")));
        }
        Household household;
        RegionCode region;
        Money previous;
        boolean explicitPrevious = false;
        Set<SignalKind> raisedBefore;
        Long lastIncome;
        if (record instanceof InputRecord.Snapshot s) {
            household = s.household();
            region = s.region();
            explicitPrevious = s.previousMonthlyIncome() != null;
            previous = explicitPrevious
                    ? s.previousMonthlyIncome()
                    : current == null ? null : fen(current.getPreviousIncomeFen());
            raisedBefore = s.raisedSignals() != null
                    ? signals(s.raisedSignals())
                    : current == null ? EnumSet.noneOf(SignalKind.class) : signals(current.getRaisedSignals());
            lastIncome = current == null ? null : current.getLastIncomeFen();
        } else {
            if (current == null) {
                return rejected(
                        null,
                        record,
                        List.of(new Violation(
                                "householdId",
                                "record.unknown-household",
                                "尚无该户的家庭快照",
                                "no snapshot of this household has been received")));
            }
            Household before = current.getHousehold();
            problems = new ArrayList<>();
            household = apply(before, record, problems);
            if (!problems.isEmpty()) {
                return rejected(current, record, problems);
            }
            if (household.equals(before)) {
                return new Step(current, null, List.of(), null);
            }
            region = RegionCode.of(current.getRegion());
            previous = fen(current.getPreviousIncomeFen());
            raisedBefore = signals(current.getRaisedSignals());
            lastIncome = current.getLastIncomeFen();
        }
        if (book.regions().find(region, record.date()).isEmpty()) {
            return rejected(
                    current,
                    record,
                    List.of(new Violation(
                            "region",
                            "record.unknown-region",
                            "在认定日期不是政策数据中的区划",
                            "is not a region of the policy data on the decision date")));
        }
        PolicySnapshot snapshot = book.snapshot(region, record.date());
        ScreeningFacts facts = facts(household, previous);
        problems = program.validate(facts, snapshot);
        if (!problems.isEmpty()) {
            return rejected(current, record, problems);
        }
        Money now = countedMonthlyIncome(household, snapshot);
        if (!explicitPrevious && lastIncome != null && lastIncome != now.fen()) {
            previous = Money.ofFen(lastIncome);
            facts = facts(household, previous);
        }
        Decision<ScreeningResult> decision = program.evaluate(facts, snapshot);
        Set<SignalKind> raised = EnumSet.noneOf(SignalKind.class);
        List<Alert> alerts = new ArrayList<>(2);
        for (Signal signal : decision.result().map(ScreeningResult::signals).orElse(List.of())) {
            raised.add(signal.kind());
        }
        for (Signal signal : decision.result().map(ScreeningResult::signals).orElse(List.of())) {
            if (!raisedBefore.contains(signal.kind())) {
                alerts.add(new Alert(
                        record.householdId(), region.toString(), signal.kind(), signal.pointsTo(), record.date()));
            }
        }
        HouseholdState next = new HouseholdState();
        next.setRegion(region.toString());
        next.setHousehold(household);
        next.setLastEpochDay(record.date().toEpochDay());
        next.setLastIncomeFen(now.fen());
        next.setPreviousIncomeFen(previous == null ? null : previous.fen());
        next.setRaisedSignals(join(raised));
        return new Step(next, new DecisionLine(record.householdId(), record.typeName(), decision), alerts, null);
    }

    /**
     * The counted monthly income the income-drop warning compares, computed as
     * {@code assistance-screening} does: the incomes of counted members (Art. 7) and of the household
     * as a whole, less exempt kinds, without deductions; shown to the fen.
     *
     * @param household the household
     * @param snapshot  the policy in force
     * @return the counted monthly income
     */
    public static Money countedMonthlyIncome(Household household, PolicySnapshot snapshot) {
        RuleContext ctx = RuleContext.start(AssistanceScreeningProgram.ID, snapshot);
        return HouseholdRules.countedIncome(ctx, household).rounded(HouseholdRules.DISPLAY);
    }

    /**
     * Applies a change to a household's facts.
     *
     * @param h        the facts before
     * @param record   the change (not a snapshot)
     * @param problems where to add problems
     * @return the facts after (h itself if a problem was found)
     */
    static Household apply(Household h, InputRecord record, List<Violation> problems) {
        ImmutableHousehold before = ImmutableHousehold.copyOf(h);
        if (record instanceof InputRecord.IncomeChange c) {
            if (c.member() != null && c.member() >= h.members().size()) {
                problems.add(unknownMember());
                return h;
            }
            List<IncomeItem> incomes = new ArrayList<>(h.incomes().size() + 1);
            ImmutableIncomeItem.Builder b = ImmutableIncomeItem.builder()
                    .category(c.category())
                    .amount(c.amount())
                    .months(c.periodMonths());
            if (c.member() != null) {
                b.member(c.member());
            }
            IncomeItem replacement = c.amount().isZero() ? null : b.build();
            boolean placed = false;
            for (IncomeItem item : h.incomes()) {
                boolean same = item.category() == c.category()
                        && item.exemption().isEmpty()
                        && item.member().equals(Optional.ofNullable(c.member()));
                if (!same) {
                    incomes.add(item);
                } else if (!placed && replacement != null) {
                    incomes.add(replacement);
                    placed = true;
                }
            }
            if (!placed && replacement != null) {
                incomes.add(replacement);
            }
            return before.withIncomes(incomes);
        }
        if (record instanceof InputRecord.MedicalBill bill) {
            if (bill.incurred().isAfter(bill.date())) {
                problems.add(new Violation(
                        "incurred", "record.incurred-after-date", "发生日期晚于记录日期", "is after the record's date"));
                return h;
            }
            List<RigidExpenditure> ex = new ArrayList<>(h.rigidExpenditures());
            ex.add(new RigidExpenditure(
                    ExpenditureType.MEDICAL,
                    bill.incurred(),
                    bill.gross(),
                    bill.reimbursed() == null ? Money.ZERO : bill.reimbursed(),
                    bill.assistance() == null ? Money.ZERO : bill.assistance()));
            return before.withRigidExpenditures(ex);
        }
        if (record instanceof InputRecord.DisabilityCertificate cert) {
            if (cert.member() >= h.members().size()) {
                problems.add(unknownMember());
                return h;
            }
            List<Member> members = new ArrayList<>(h.members());
            members.set(
                    cert.member(),
                    ImmutableMember.copyOf(members.get(cert.member()))
                            .withDisability(new Disability(cert.category(), cert.grade(), true)));
            return before.withMembers(members);
        }
        if (record instanceof InputRecord.MemberDeath death) {
            int dead = death.member();
            if (dead >= h.members().size()) {
                problems.add(unknownMember());
                return h;
            }
            if (h.members().get(dead).relation() == Relation.APPLICANT) {
                problems.add(new Violation(
                        "member",
                        "record.applicant-death",
                        "申请人去世：须以新的家庭快照指定新申请人",
                        "the applicant died: send a new snapshot naming the new applicant"));
                return h;
            }
            List<Member> members = new ArrayList<>(h.members());
            members.remove(dead);
            List<IncomeItem> incomes = new ArrayList<>(h.incomes().size());
            for (IncomeItem item : h.incomes()) {
                if (item.member().isEmpty()) {
                    incomes.add(item);
                } else if (item.member().get() < dead) {
                    incomes.add(item);
                } else if (item.member().get() > dead) {
                    incomes.add(ImmutableIncomeItem.copyOf(item)
                            .withMember(item.member().get() - 1));
                }
            }
            return before.withMembers(members).withIncomes(incomes);
        }
        throw new IllegalArgumentException("not a change: " + record.typeName());
    }

    private static Violation unknownMember() {
        return new Violation(
                "member",
                "record.unknown-member",
                "不是该户现有成员的序号（从 0 开始）",
                "is not the position of a member of the household (counting from 0)");
    }

    private static ScreeningFacts facts(Household household, Money previous) {
        ImmutableScreeningFacts.Builder b = ImmutableScreeningFacts.builder().household(household);
        if (previous != null) {
            b.previousMonthlyIncome(previous);
        }
        return b.build();
    }

    private static Step rejected(HouseholdState current, InputRecord record, List<Violation> problems) {
        List<Violation> sorted = new ArrayList<>(problems);
        sorted.sort(null);
        Rejection r = record == null
                ? new Rejection(null, null, null, sorted)
                : new Rejection(record.householdId(), record.typeName(), record.date(), sorted);
        return new Step(current, null, List.of(), r);
    }

    private static Money fen(Long fen) {
        return fen == null ? null : Money.ofFen(fen);
    }

    private static Set<SignalKind> signals(List<SignalKind> kinds) {
        Set<SignalKind> set = EnumSet.noneOf(SignalKind.class);
        set.addAll(kinds);
        return set;
    }

    private static Set<SignalKind> signals(String joined) {
        Set<SignalKind> set = EnumSet.noneOf(SignalKind.class);
        if (joined != null && !joined.isEmpty()) {
            for (String s : joined.split(",", -1)) {
                set.add(SignalKind.valueOf(s));
            }
        }
        return set;
    }

    private static String join(Set<SignalKind> kinds) {
        StringJoiner j = new StringJoiner(",");
        for (SignalKind k : kinds) {
            j.add(k.name());
        }
        return j.toString();
    }

    /**
     * @param line a decision line
     * @return its JSON on one line, written by {@link Json#compact(Object)} like every minzheng decision
     */
    public static String toJson(DecisionLine line) {
        return Json.compact(line);
    }

    /**
     * @param alert an alert
     * @return its JSON on one line
     */
    public static String toJson(Alert alert) {
        return JsonLines.write(alert);
    }

    /**
     * @param rejection a rejection
     * @return its JSON on one line
     */
    public static String toJson(Rejection rejection) {
        return JsonLines.write(rejection);
    }
}
