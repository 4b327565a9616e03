package org.minzheng.examples.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.examples.flink.testing.Records.NANXUN;
import static org.minzheng.examples.flink.testing.Records.bill;
import static org.minzheng.examples.flink.testing.Records.certificate;
import static org.minzheng.examples.flink.testing.Records.death;
import static org.minzheng.examples.flink.testing.Records.income;
import static org.minzheng.examples.flink.testing.Records.laoTan;
import static org.minzheng.examples.flink.testing.Records.line;
import static org.minzheng.examples.flink.testing.Records.snapshot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Finding;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.id.ResidentIdNumber;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.region.RegionCode;
import org.minzheng.eligibility.household.Disability;
import org.minzheng.eligibility.household.DisabilityCategory;
import org.minzheng.eligibility.household.ExpenditureType;
import org.minzheng.eligibility.household.Household;
import org.minzheng.eligibility.household.ImmutableHousehold;
import org.minzheng.eligibility.household.ImmutableIncomeItem;
import org.minzheng.eligibility.household.ImmutableMember;
import org.minzheng.eligibility.household.IncomeCategory;
import org.minzheng.eligibility.household.IncomeItem;
import org.minzheng.eligibility.household.Relation;
import org.minzheng.eligibility.household.RigidExpenditure;
import org.minzheng.eligibility.screening.AssistanceScreeningProgram;
import org.minzheng.eligibility.screening.ImmutableScreeningFacts;
import org.minzheng.eligibility.screening.ScreeningResult;
import org.minzheng.eligibility.screening.ScreeningResult.SignalKind;
import org.minzheng.examples.flink.testing.Records;
import org.minzheng.examples.flink.testing.SyntheticEvents;

class HouseholdMonitorTest {

    static final PolicyBook ILLUSTRATIVE = Records.illustrativeBook();
    static final LocalDate OCT_1 = LocalDate.of(2024, 10, 1);
    static final LocalDate JAN_10 = LocalDate.of(2025, 1, 10);

    /** Runs records through a monitor, keeping the state, collecting every step. */
    static final class Run {
        final HouseholdMonitor monitor;
        HouseholdState state;
        final List<HouseholdMonitor.Step> steps = new ArrayList<>();

        Run(PolicyBook book) {
            monitor = new HouseholdMonitor(book);
        }

        HouseholdMonitor.Step feed(InputRecord r) {
            HouseholdMonitor.Step s = monitor.process(state, line(r), null);
            state = s.state();
            steps.add(s);
            return s;
        }

        List<Alert> alerts() {
            return steps.stream().flatMap(s -> s.alerts().stream()).toList();
        }
    }

    /** Lao Tan's year: a bill under the warning line, a certificate, the bill that crosses it, one more bill. */
    static List<InputRecord> laoTansYear() {
        return List.of(
                snapshot("LT-1", OCT_1, NANXUN, laoTan()),
                bill("LT-1", LocalDate.of(2024, 11, 5), LocalDate.of(2024, 11, 1), "50000.00", "30000.00"),
                certificate("LT-1", LocalDate.of(2024, 12, 3), 0, 2),
                bill("LT-1", JAN_10, LocalDate.of(2025, 1, 6), "60000.00", "35000.00"),
                bill("LT-1", LocalDate.of(2025, 2, 14), LocalDate.of(2025, 2, 10), "8000.00", "5000.00"),
                income("LT-1", LocalDate.of(2025, 3, 1), 1, IncomeCategory.WAGES, "6000.00"));
    }

    /** The facts after the bill that crosses the line, built by hand from the records. */
    static Household laoTanOnJan10() {
        Household h = laoTan();
        return ImmutableHousehold.copyOf(h)
                .withMembers(
                        ImmutableMember.copyOf(h.members().get(0))
                                .withDisability(new Disability(DisabilityCategory.PHYSICAL, 2, true)),
                        h.members().get(1),
                        h.members().get(2))
                .withRigidExpenditures(
                        new RigidExpenditure(
                                ExpenditureType.MEDICAL,
                                LocalDate.of(2024, 11, 1),
                                Money.parse("50000.00"),
                                Money.parse("30000.00"),
                                Money.ZERO),
                        new RigidExpenditure(
                                ExpenditureType.MEDICAL,
                                LocalDate.of(2025, 1, 6),
                                Money.parse("60000.00"),
                                Money.parse("35000.00"),
                                Money.ZERO));
    }

    @Test
    void laoTan_billsPushHimOverTheWarningLine_oneAlertAndTheProgramsDecision() {
        // counted income 6,300 a month = 75,600 a year; the illustrative warning line is half of it, 37,800:
        // own shares 20,000 (under), then 20,000 + 25,000 = 45,000 (over), then 48,000 (still over)
        Run run = new Run(ILLUSTRATIVE);
        laoTansYear().forEach(run::feed);

        assertThat(run.alerts())
                .containsExactly(new Alert(
                        "LT-1",
                        "330503",
                        SignalKind.MEDICAL_SPENDING,
                        List.of("rigid-expenditure", "temporary-assistance"),
                        JAN_10));
        assertThat(run.steps.get(3).alerts()).hasSize(1);
        // five changes of facts, five decisions; the last record changes nothing and decides nothing
        assertThat(run.steps)
                .extracting(s -> s.decision() != null)
                .containsExactly(true, true, true, true, true, false);
        assertThat(run.steps).allMatch(s -> s.reject() == null);

        Decision<ScreeningResult> expected = new AssistanceScreeningProgram()
                .decide(
                        ImmutableScreeningFacts.builder()
                                .household(laoTanOnJan10())
                                .build(),
                        ILLUSTRATIVE.snapshot(NANXUN, JAN_10));
        assertThat(HouseholdMonitor.toJson(run.steps.get(3).decision()))
                .isEqualTo(HouseholdMonitor.toJson(new DecisionLine("LT-1", "MEDICAL_BILL", expected)));
        assertThat(expected.result().orElseThrow().signals())
                .extracting(ScreeningResult.Signal::kind)
                .containsExactly(SignalKind.MEDICAL_SPENDING);
        assertThat(run.steps.get(1).decision().decision().finding(AssistanceScreeningProgram.MEDICAL_SIGNAL))
                .map(Finding::verdict)
                .contains(Verdict.NOT_MET);
    }

    @Test
    void officialData_leavesTheThresholdsOpen_soNoAlert_andTheThresholdIsNamed() {
        Run run = new Run(PolicyBook.loadDefault());
        laoTansYear().forEach(run::feed);

        assertThat(run.alerts()).isEmpty();
        Decision<?> d = run.steps.get(3).decision().decision();
        // the threshold decides the outcome only when every category refused the household; otherwise it is a detail
        boolean everyCategoryRefused = ((ScreeningResult) d.result().orElseThrow())
                .programs().stream().allMatch(p -> p.outcome() == org.minzheng.core.decision.Outcome.INELIGIBLE);
        assertThat(d.finding(AssistanceScreeningProgram.MEDICAL_SIGNAL))
                .map(Finding::verdict)
                .contains(everyCategoryRefused ? Verdict.UNDETERMINED : Verdict.INFO);
        assertThat(d.missingParameters()).extracting(m -> m.key()).contains("screening.alert.medical-share");
    }

    static Household earner(String wages) {
        Household h = laoTan();
        return ImmutableHousehold.copyOf(h)
                .withIncomes(ImmutableIncomeItem.builder()
                        .member(1)
                        .category(IncomeCategory.WAGES)
                        .amount(Money.parse(wages))
                        .build());
    }

    @Test
    void incomeDrop_comparesWithTheIncomeBeforeTheLatestChange_andAlertsOncePerDrop() {
        // illustrative drop 30 %: an alert when income falls to 70 % of the income before the change or less
        Run run = new Run(ILLUSTRATIVE);
        run.feed(snapshot("E-1", OCT_1, NANXUN, earner("9000.00")));
        run.feed(income("E-1", LocalDate.of(2024, 10, 8), 1, IncomeCategory.WAGES, "6300.00")); // exactly 70 %: raised
        run.feed(bill(
                "E-1",
                LocalDate.of(2024, 10, 20),
                LocalDate.of(2024, 10, 15),
                "900.00",
                "600.00")); // income unchanged: stays raised
        run.feed(income(
                "E-1",
                LocalDate.of(2024, 11, 8),
                1,
                IncomeCategory.WAGES,
                "6000.00")); // 6,000 > 70 % of 6,300: cleared
        run.feed(income(
                "E-1",
                LocalDate.of(2024, 12, 8),
                1,
                IncomeCategory.WAGES,
                "4200.00")); // exactly 70 % of 6,000: raised again

        assertThat(run.alerts())
                .extracting(Alert::kind, Alert::date)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(SignalKind.INCOME_DROP, LocalDate.of(2024, 10, 8)),
                        org.assertj.core.groups.Tuple.tuple(SignalKind.INCOME_DROP, LocalDate.of(2024, 12, 8)));
        assertThat(run.steps)
                .extracting(s -> s.decision()
                        .decision()
                        .finding(AssistanceScreeningProgram.INCOME_DROP_SIGNAL)
                        .map(f -> f.verdict() + " " + f.facts().get("previous"))
                        .orElse("none"))
                .containsExactly("none", "MET 9000.00", "MET 9000.00", "NOT_MET 6300.00", "MET 6000.00");
        assertThat(run.state.getRaisedSignals()).isEqualTo("INCOME_DROP");
    }

    @Test
    void snapshotMemory_raisedSignalsAreNotAlertedAgain_previousIncomeIsTaken() {
        InputRecord.Snapshot s = snapshot("E-2", OCT_1, NANXUN, earner("6000.00"));
        Run remembered = new Run(ILLUSTRATIVE);
        remembered.feed(Records.withMemory(s, "9000.00", List.of(SignalKind.INCOME_DROP)));
        Run fresh = new Run(ILLUSTRATIVE);
        fresh.feed(Records.withMemory(s, "9000.00", null));

        assertThat(remembered.alerts()).isEmpty();
        assertThat(fresh.alerts()).extracting(Alert::kind).containsExactly(SignalKind.INCOME_DROP);
        assertThat(remembered.state.getRaisedSignals()).isEqualTo("INCOME_DROP");
        assertThat(remembered.state.getPreviousIncomeFen()).isEqualTo(900_000L);
    }

    @Test
    void changes_areAppliedToTheFacts() {
        List<org.minzheng.core.validation.Violation> none = new ArrayList<>();
        Household h = ImmutableHousehold.copyOf(laoTan())
                .withIncomes(
                        ImmutableIncomeItem.builder()
                                .member(1)
                                .category(IncomeCategory.WAGES)
                                .amount(Money.parse("6000.00"))
                                .build(),
                        ImmutableIncomeItem.builder()
                                .member(2)
                                .category(IncomeCategory.WAGES)
                                .amount(Money.parse("3000.00"))
                                .build(),
                        ImmutableIncomeItem.builder()
                                .category(IncomeCategory.PROPERTY_NET)
                                .amount(Money.parse("100.00"))
                                .build());
        LocalDate d = LocalDate.of(2025, 1, 1);

        Household replaced = HouseholdMonitor.apply(h, income("X", d, 1, IncomeCategory.WAGES, "5000.00"), none);
        assertThat(replaced.incomes())
                .extracting(i -> i.member().orElse(-1) + ":" + i.amount())
                .containsExactly("1:5000.00", "2:3000.00", "-1:100.00");
        Household removed = HouseholdMonitor.apply(h, income("X", d, 2, IncomeCategory.WAGES, "0.00"), none);
        assertThat(removed.incomes())
                .extracting(i -> i.member().orElse(-1) + ":" + i.amount())
                .containsExactly("1:6000.00", "-1:100.00");
        Household added = HouseholdMonitor.apply(h, income("X", d, 0, IncomeCategory.TRANSFER_NET, "800.00"), none);
        assertThat(added.incomes())
                .hasSize(4)
                .last()
                .extracting(IncomeItem::category)
                .isEqualTo(IncomeCategory.TRANSFER_NET);

        // the spouse (1) dies: her wages go, the son moves up to position 1 and his wages with him
        Household after = HouseholdMonitor.apply(h, death("X", d, 1), none);
        assertThat(after.members()).extracting(m -> m.relation()).containsExactly(Relation.APPLICANT, Relation.CHILD);
        assertThat(after.incomes())
                .extracting(i -> i.member().orElse(-1) + ":" + i.amount())
                .containsExactly("1:3000.00", "-1:100.00");

        Household certified = HouseholdMonitor.apply(h, certificate("X", d, 2, 3), none);
        assertThat(certified.members().get(2).disability())
                .contains(new Disability(DisabilityCategory.PHYSICAL, 3, true));
        Household billed = HouseholdMonitor.apply(h, bill("X", d, d, "100.00", "40.00"), none);
        assertThat(billed.rigidExpenditures())
                .singleElement()
                .extracting(RigidExpenditure::ownShare)
                .isEqualTo(Money.parse("60.00"));
        assertThat(none).isEmpty();
    }

    @Test
    void recordsThatCannotApply_areRejectedWithEveryProblem_andTheStateStays() {
        Run run = new Run(ILLUSTRATIVE);
        HouseholdMonitor.Step unknown = run.feed(bill("R-1", OCT_1, OCT_1, "1.00", "0.00"));
        assertThat(unknown.reject().codes()).containsExactly("record.unknown-household");
        assertThat(unknown.state()).isNull();

        run.feed(snapshot("R-1", OCT_1, NANXUN, laoTan()));
        HouseholdState known = run.state;
        LocalDate nov = LocalDate.of(2024, 11, 1);
        assertThat(run.feed(death("R-1", nov, 0)).reject().codes()).containsExactly("record.applicant-death");
        assertThat(run.feed(death("R-1", nov, 3)).reject().codes()).containsExactly("record.unknown-member");
        assertThat(run.feed(bill("R-1", nov, nov.plusDays(1), "1.00", "0.00"))
                        .reject()
                        .codes())
                .containsExactly("record.incurred-after-date");
        assertThat(run.feed(bill("R-1", LocalDate.of(2024, 9, 1), LocalDate.of(2024, 9, 1), "1.00", "0.00"))
                        .reject()
                        .codes())
                .containsExactly("record.out-of-order");
        assertThat(run.feed(new InputRecord.MedicalBill("R-1", nov, null, null, Money.parse("-1.00"), null))
                        .reject()
                        .codes())
                .containsExactly("record.missing", "record.missing", "record.negative-amount");
        // 320107 (下关区) was abolished in 2013: not a division code on the record's date
        assertThat(run.feed(snapshot("R-1", nov, RegionCode.of("320107"), laoTan()))
                        .reject()
                        .codes())
                .containsExactly("record.unknown-region");
        assertThat(run.monitor
                        .process(run.state, "{\"type\":\"MEDICAL_BILL\",\"householdId\":\"R-1\",\"surprise\":1}", null)
                        .reject()
                        .codes())
                .containsExactly("json.unknown-field");
        assertThat(run.state).isSameAs(known);
        // facts the program refuses (no applicant) are rejected with the program's own violations
        Household noApplicant = ImmutableHousehold.copyOf(laoTan())
                .withMembers(laoTan().members().subList(1, 3))
                .withIncomes(List.of());
        assertThat(run.feed(snapshot("R-1", nov, NANXUN, noApplicant)).reject().codes())
                .containsExactly("household.applicant-count");
        assertThat(run.state).isSameAs(known);
    }

    @Test
    void dailyReScreening_takesSnapshotsAsOfItsDate_andOnlySnapshots() {
        HouseholdMonitor m = new HouseholdMonitor(ILLUSTRATIVE);
        LocalDate asOf = LocalDate.of(2025, 11, 2);
        Household billed = ImmutableHousehold.copyOf(laoTan())
                .withRigidExpenditures(new RigidExpenditure(
                        ExpenditureType.MEDICAL,
                        LocalDate.of(2024, 11, 1),
                        Money.parse("90000.00"),
                        Money.ZERO,
                        Money.ZERO));
        // the bill is inside the 12 months on the snapshot's own date, outside them on the daily date
        HouseholdMonitor.Step own =
                m.process(null, line(snapshot("D-1", LocalDate.of(2025, 1, 2), NANXUN, billed)), null);
        HouseholdMonitor.Step daily =
                m.process(null, line(snapshot("D-1", LocalDate.of(2025, 1, 2), NANXUN, billed)), asOf);
        assertThat(own.alerts()).extracting(Alert::kind).containsExactly(SignalKind.MEDICAL_SPENDING);
        assertThat(daily.alerts()).isEmpty();
        assertThat(daily.decision().decision().date()).isEqualTo(asOf);
        assertThat(m.process(daily.state(), line(bill("D-1", asOf, asOf, "1.00", "0.00")), asOf)
                        .reject()
                        .codes())
                .containsExactly("daily.snapshots-only");
    }

    @Test
    void countedMonthlyIncome_isTheIncomeTheProgramComparesWithThePreviousOne() {
        AssistanceScreeningProgram p = new AssistanceScreeningProgram();
        List<String> lines = SyntheticEvents.lines(7, 300, 1);
        int compared = 0;
        for (String l : lines) {
            InputRecord.Snapshot s = (InputRecord.Snapshot) JsonLines.read(l, InputRecord.class, "$");
            var snapshot = ILLUSTRATIVE.snapshot(s.region(), s.date());
            Decision<ScreeningResult> d = p.decide(
                    ImmutableScreeningFacts.builder()
                            .household(s.household())
                            .previousMonthlyIncome(Money.parse("100000.00"))
                            .build(),
                    snapshot);
            Object now = d.finding(AssistanceScreeningProgram.INCOME_DROP_SIGNAL)
                    .orElseThrow()
                    .facts()
                    .get("now");
            if (s.household().currentAssistance().isEmpty()) {
                assertThat(now).isEqualTo(HouseholdMonitor.countedMonthlyIncome(s.household(), snapshot));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(300);
    }

    @Test
    void noIdentityNumberInDecisionsAlertsRejectionsOrToString() {
        String id = "11010519491231002X";
        assertThat(ResidentIdNumber.isValid(id)).isTrue();
        Household h = ImmutableHousehold.copyOf(earner("9000.00"))
                .withMembers(
                        ImmutableMember.builder()
                                .relation(Relation.APPLICANT)
                                .birthDate(LocalDate.of(1949, 12, 31))
                                .idNumber(ResidentIdNumber.parse(id))
                                .build(),
                        laoTan().members().get(1),
                        laoTan().members().get(2));
        Run run = new Run(ILLUSTRATIVE);
        run.feed(snapshot("P-1", OCT_1, NANXUN, h));
        run.feed(income("P-1", LocalDate.of(2024, 10, 8), 1, IncomeCategory.WAGES, "3000.00"));
        run.feed(death("P-1", LocalDate.of(2024, 10, 9), 0));
        assertThat(JsonLines.write(run.state.getHousehold())).contains(id); // the state holds the facts as given
        List<String> out = new ArrayList<>();
        for (HouseholdMonitor.Step s : run.steps) {
            if (s.decision() != null) {
                out.add(HouseholdMonitor.toJson(s.decision()));
            }
            s.alerts().forEach(a -> out.add(HouseholdMonitor.toJson(a)));
            if (s.reject() != null) {
                out.add(HouseholdMonitor.toJson(s.reject()));
            }
        }
        assertThat(out).hasSize(4).noneMatch(s -> s.contains(id) || s.contains("19491231"));
        assertThat(run.state.toString()).doesNotContain(id);
        assertThat(new Envelope("P-1", 1, 0, line(snapshot("P-1", OCT_1, NANXUN, h))).toString())
                .doesNotContain(id);
    }
}
