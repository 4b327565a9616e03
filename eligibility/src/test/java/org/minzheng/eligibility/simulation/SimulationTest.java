package org.minzheng.eligibility.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.core.decision.Language;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySource;
import org.minzheng.core.program.ProgramRegistry;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.core.validation.Violation;
import org.minzheng.eligibility.Books;
import org.minzheng.eligibility.Households;
import org.minzheng.eligibility.household.ImmutableHousehold;
import org.minzheng.eligibility.household.ImmutableIncomeItem;
import org.minzheng.eligibility.household.IncomeCategory;
import org.minzheng.eligibility.household.Relation;
import org.minzheng.eligibility.screening.ImmutableScreeningFacts;
import org.minzheng.eligibility.screening.ScreeningFacts;

/**
 * Scenarios of the 1145 → 1200 what-if for Huzhou (330500) and of the rounding cases in which "each
 * household gains exactly (new − old standard) × counted members" does not hold (最低生活保障审核确认办法
 * Art. 23: the amount is standard × counted members − income, rounded by {@code dibao.amount-rounding}
 * only when it holds a fraction of a fen).
 */
class SimulationTest {

    static final LocalDate JAN_2025 = LocalDate.of(2025, 1, 1);
    static final List<PolicySource> ILLUSTRATIVE = List.of(
            PolicySource.of(Path.of("src/examples/illustrative/eligibility.yaml")),
            PolicySource.of(Path.of("src/examples/illustrative/eligibility-special.yaml")));
    static final PolicyBook REFORMED_1200 = Reforms.reformed(ILLUSTRATIVE, Money.parse("1200.00"));
    static final Simulation HUZHOU_1200 = Simulation.of(
            ProgramRegistry.loadDefault(), Books.ILLUSTRATIVE, REFORMED_1200, Simulation.DEFAULT_PROGRAMS);

    static ScreeningFacts facts(ImmutableHousehold h) {
        return ImmutableScreeningFacts.builder().household(h).build();
    }

    @Test
    void huzhou1145to1200_familyOfThreeOnDibao_gains55PerCountedMember() {
        HouseholdComparison c =
                HUZHOU_1200.compare("h-1", Books.HUZHOU, JAN_2025, facts(Households.familyOfThree("3000.00")));
        var dibao = c.program("dibao");
        assertThat(dibao.before()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(dibao.amountBefore()).isEqualTo(Money.parse("435.00")); // 1145 × 3 − 3000
        assertThat(dibao.amountAfter()).isEqualTo(Money.parse("600.00")); // 1200 × 3 − 3000
        assertThat(c.difference()).contains(Money.parse("165.00"));
        assertThat(c.change()).isEqualTo(HouseholdComparison.Change.BETTER_OFF);
        assertThat(c.band()).isEqualTo(IncomeBand.FROM_0_75); // 1000 / 1145 = 0.87
        assertThat(c.reform())
                .containsExactly(new HouseholdComparison.KeyChange("dibao.standard", "330500", "1145.00", "1200.00"));
        assertThat(HouseholdComparison.fromJsonLine(c.toJsonLine())).isEqualTo(c);
    }

    @Test
    void huzhou1145to1200_edgeFamilyBetweenTheStandards_becomesADibaoFamily() {
        // per-capita 1170: not below 1145 (an edge family, below 1.5 × 1145), below 1200 (dibao)
        HouseholdComparison c =
                HUZHOU_1200.compare("h-2", Books.HUZHOU, JAN_2025, facts(Households.familyOfThree("3510.00")));
        assertThat(c.program("dibao").before()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(c.program("dibao").after()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(c.program("low-income-edge").before()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(c.program("low-income-edge").after()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(c.program("low-income-edge").pays()).isFalse();
        assertThat(c.program("dibao").amountBefore()).isEqualTo(Money.ZERO);
        assertThat(c.difference()).contains(Money.parse("90.00")); // 3600 − 3510
        assertThat(c.band()).isEqualTo(IncomeBand.FROM_1_00);
        SimulationSummary s = SimulationSummary.empty(HUZHOU_1200.programIds()).add(c);
        assertThat(s.render(Language.EN))
                .contains("program: dibao\neligible: 0 → 1 (+1)\nnewly eligible: 1\nno longer eligible: 0\n")
                .contains("program: low-income-edge\neligible: 1 → 0 (-1)\nnewly eligible: 0\nno longer eligible: 1\n")
                .contains("monthly cost: 0.00 → 90.00 (+90.00)")
                .contains("better off: 1 (+90.00)");
        assertThat(s.render(Language.ZH)).contains("新增符合：1").contains("不再符合：1").contains("每月支出：0.00 → 90.00 (+90.00)");
    }

    @Test
    void withoutTheIllustrativeRounding_anAmountWithAFractionOfAFen_isNotMeasured() {
        // the shipped data configure no dibao.amount-rounding for Huzhou: 1000.00 over 3 months is 333.33… a month
        PolicyBook reformed = Reforms.reformed(List.of(), Money.parse("1200.00"));
        Simulation official =
                Simulation.of(ProgramRegistry.loadDefault(), Books.OFFICIAL, reformed, Simulation.DEFAULT_PROGRAMS);
        ImmutableHousehold h = ImmutableHousehold.builder()
                .addMembers(Households.member(Relation.APPLICANT, 1960).build())
                .addIncomes(ImmutableIncomeItem.builder()
                        .member(0)
                        .category(IncomeCategory.WAGES)
                        .amount(Money.parse("1000.00"))
                        .months(3)
                        .build())
                .build();
        HouseholdComparison c = official.compare(null, Books.HUZHOU, JAN_2025, facts(h));
        assertThat(c.program("dibao").amountBefore()).isNull();
        assertThat(c.change()).isEqualTo(HouseholdComparison.Change.NOT_MEASURED);
        SimulationSummary s = SimulationSummary.empty(official.programIds()).add(c);
        assertThat(s.render(Language.EN)).contains("amount absent: 1 → 1").contains("not measured: 1");
    }

    /** Wuxing 吴兴区, which inherits Huzhou's standard and, in these tests, has a rounding of its own. */
    static final RegionCode WUXING = RegionCode.of("330502");

    /** A baseline with the illustrative overlay and a Wuxing rounding of the tests, and a reform to the given standard. */
    static Simulation withRounding(String rounding, String standard) {
        String pack = """
                pack: test-rounding
                dataVersion: "test"
                instruments:
                  - id: test-rounding
                    title: 测试用舍入（非政策）
                    titleEn: a rounding for the tests (not policy)
                    issuer: minzheng
                    rank: ILLUSTRATIVE
                values:
                  - key: dibao.amount-rounding
                    region: "330502"
                    since: 2021-07-01
                    value: "%s"
                    unit: rounding
                    grade: ILLUSTRATIVE
                    citation: {instrument: test-rounding, article: test}
                """.formatted(rounding);
        List<PolicySource> base = new ArrayList<>(ILLUSTRATIVE);
        base.add(PolicySource.ofText("test-rounding.yaml", pack));
        PolicyBook.Builder b = PolicyBook.builderWithDefaults();
        base.forEach(b::addOverlay);
        return Simulation.of(
                ProgramRegistry.loadDefault(),
                b.build(),
                Reforms.reformed(base, Money.parse(standard)),
                List.of("dibao"));
    }

    static ImmutableHousehold alone(String amount, int months) {
        return ImmutableHousehold.builder()
                .addMembers(Households.member(Relation.APPLICANT, 1960).build())
                .addIncomes(ImmutableIncomeItem.builder()
                        .member(0)
                        .category(IncomeCategory.WAGES)
                        .amount(Money.parse(amount))
                        .months(months)
                        .build())
                .build();
    }

    @Test
    void roundingToTheYuan_aRaiseOfHalfAYuan_isNotGainedExactly() {
        // 100.00 over 3 months: 33.333… a month; 1145.00 − 33.33… = 1111.67 → 1112; 1145.50 − 33.33… = 1112.17 → 1113
        HouseholdComparison c =
                withRounding("YUAN:CEILING", "1145.50").compare(null, WUXING, JAN_2025, facts(alone("100.00", 3)));
        assertThat(c.program("dibao").amountBefore()).isEqualTo(Money.parse("1112.00"));
        assertThat(c.program("dibao").amountAfter()).isEqualTo(Money.parse("1113.00"));
        assertThat(c.difference()).contains(Money.parse("1.00")); // not the 0.50 raised
    }

    @Test
    void roundingHalfEven_aRaiseOfAnOddNumberOfFen_isNotGainedExactly() {
        // 1.01 over 2 months: 50.5 fen a month; 114500 − 50.5 = 114449.5 → 114450 (even); 114501 − 50.5 = 114450.5 →
        // 114450
        HouseholdComparison c =
                withRounding("FEN:HALF_EVEN", "1145.01").compare(null, WUXING, JAN_2025, facts(alone("1.01", 2)));
        assertThat(c.program("dibao").amountBefore()).isEqualTo(Money.parse("1144.50"));
        assertThat(c.program("dibao").amountAfter()).isEqualTo(Money.parse("1144.50"));
        assertThat(c.difference()).contains(Money.ZERO);
    }

    @Test
    void roundingHalfEven_theWorkedExampleRaise_isGainedExactly() {
        // 55.00 × n is an even number of fen, so HALF_EVEN moves with it: 1144.50 + 55.00
        HouseholdComparison c =
                withRounding("FEN:HALF_EVEN", "1200.00").compare(null, WUXING, JAN_2025, facts(alone("1.01", 2)));
        assertThat(c.difference()).contains(Money.parse("55.00"));
    }

    @Test
    void badFacts_areRejectedWithPathsOnTheLine_andNothingIsDecided() {
        ImmutableHousehold h = ImmutableHousehold.builder()
                .addMembers(Households.member(Relation.APPLICANT, 2030).build())
                .addIncomes(Households.wage(4, "10.00"))
                .build();
        assertThatThrownBy(() -> HUZHOU_1200.compare("h", Books.HUZHOU, JAN_2025, facts(h)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                        .extracting(Violation::path)
                        .allMatch(p -> p.startsWith("facts.household"))
                        .doesNotHaveDuplicates());
    }

    @Test
    void aRegionNotInTheData_orADateOutOfRange_isRejected() {
        assertThatThrownBy(() -> HUZHOU_1200.compare(
                        "h", RegionCode.of("999999"), JAN_2025, facts(Households.familyOfThree("1.00"))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                        .extracting(Violation::path, Violation::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("region", "case.unknown-region")));
        assertThatThrownBy(() -> HUZHOU_1200.compare(
                        "h", Books.HUZHOU, LocalDate.of(1900, 1, 1), facts(Households.familyOfThree("1.00"))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void onlyProgramsThatDecideAHouseholdLine_canBeCompared() {
        assertThatThrownBy(() -> Simulation.of(
                        ProgramRegistry.loadDefault(), Books.OFFICIAL, Books.OFFICIAL, List.of("dibao-single-member")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Simulation.of(
                        ProgramRegistry.loadDefault(), Books.OFFICIAL, Books.OFFICIAL, List.of("dibao", "dibao")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        Simulation.of(ProgramRegistry.loadDefault(), Books.OFFICIAL, Books.OFFICIAL, List.of("nope")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSummaryOverOtherPrograms_cannotBeMergedOrAdded() {
        HouseholdComparison c =
                HUZHOU_1200.compare("h", Books.HUZHOU, JAN_2025, facts(Households.familyOfThree("3000.00")));
        assertThatThrownBy(() -> SimulationSummary.empty(List.of("dibao")).add(c))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SimulationSummary.empty(List.of("dibao"))
                        .merge(SimulationSummary.empty(HUZHOU_1200.programIds())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLineWhoseDifferenceDisagreesWithItsAmounts_isRefused() {
        HouseholdComparison c =
                HUZHOU_1200.compare("h", Books.HUZHOU, JAN_2025, facts(Households.familyOfThree("3000.00")));
        String tampered =
                c.toJsonLine().replace("\"difference\":\"165.00\",\"change\"", "\"difference\":\"1.00\",\"change\"");
        assertThat(tampered).isNotEqualTo(c.toJsonLine());
        assertThatThrownBy(() -> HouseholdComparison.fromJsonLine(tampered)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> SimulationSummary.fromJson("{\"programs\":[]}"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void moneyIsWrittenWithThousandsSeparators_whateverTheDefaultLocale() {
        assertThat(SimulationSummary.format(Money.parse("1234567.00"), false)).isEqualTo("1,234,567.00");
        assertThat(SimulationSummary.format(Money.parse("66655.00"), true)).isEqualTo("+66,655.00");
        assertThat(SimulationSummary.format(Money.parse("-5.00"), true)).isEqualTo("-5.00");
        assertThat(SimulationSummary.format(Money.ZERO, true)).isEqualTo("0.00");
        assertThat(SimulationSummary.format(Money.parse("999.99"), true)).isEqualTo("+999.99");
        assertThat(SimulationSummary.format(Money.parse("-1000.00"), true)).isEqualTo("-1,000.00");
    }

    @Test
    void incomeBands_areHalfOpenMultiplesOfTheStandard() {
        Money std = Money.parse("1000.00");
        assertThat(IncomeBand.of(Money.parse("499.99"), std)).isEqualTo(IncomeBand.BELOW_0_50);
        assertThat(IncomeBand.of(Money.parse("500.00"), std)).isEqualTo(IncomeBand.FROM_0_50);
        assertThat(IncomeBand.of(Money.parse("750.00"), std)).isEqualTo(IncomeBand.FROM_0_75);
        assertThat(IncomeBand.of(Money.parse("999.99"), std)).isEqualTo(IncomeBand.FROM_0_75);
        assertThat(IncomeBand.of(Money.parse("1000.00"), std)).isEqualTo(IncomeBand.FROM_1_00);
        assertThat(IncomeBand.of(Money.parse("1250.00"), std)).isEqualTo(IncomeBand.FROM_1_25);
        assertThat(IncomeBand.of(Money.parse("1500.00"), std)).isEqualTo(IncomeBand.FROM_1_50);
        assertThat(IncomeBand.of(Money.parse("1999.99"), std)).isEqualTo(IncomeBand.FROM_1_50);
        assertThat(IncomeBand.of(Money.parse("2000.00"), std)).isEqualTo(IncomeBand.FROM_2_00);
        assertThat(IncomeBand.of(null, std)).isEqualTo(IncomeBand.UNKNOWN);
        assertThat(IncomeBand.of(Money.ZERO, Money.ZERO)).isEqualTo(IncomeBand.UNKNOWN);
    }
}
