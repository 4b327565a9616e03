package org.minzheng.eligibility.dibao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minzheng.eligibility.Households.familyOfThree;
import static org.minzheng.eligibility.Households.member;
import static org.minzheng.eligibility.Households.wage;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.MissingParameter;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.money.Money;
import org.minzheng.core.person.AssistanceStatus;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.policy.PolicySource;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.eligibility.Books;
import org.minzheng.eligibility.dibao.SingleMemberResult.SingleMemberGround;
import org.minzheng.eligibility.household.Absence;
import org.minzheng.eligibility.household.AbsenceReason;
import org.minzheng.eligibility.household.Deduction;
import org.minzheng.eligibility.household.Disability;
import org.minzheng.eligibility.household.DisabilityCategory;
import org.minzheng.eligibility.household.ExpenditureType;
import org.minzheng.eligibility.household.Household;
import org.minzheng.eligibility.household.ImmutableAssets;
import org.minzheng.eligibility.household.ImmutableHousehold;
import org.minzheng.eligibility.household.PropertyItem;
import org.minzheng.eligibility.household.PropertyKind;
import org.minzheng.eligibility.household.Relation;
import org.minzheng.eligibility.household.RigidExpenditure;
import org.minzheng.eligibility.household.Vehicle;
import org.minzheng.eligibility.rigid.RigidExpenditureProgram;
import org.minzheng.eligibility.rigid.RigidExpenditureResult;
import org.minzheng.eligibility.rules.HouseholdRules;

/** Issue 13, items 1, 2, 6, 9, 13 and 5 for dibao, single-member, edge and rigid expenditure: each test quotes its article. */
class Issue13ScenarioTest {

    static final SingleMemberProgram SINGLE = new SingleMemberProgram();
    static final DibaoProgram DIBAO = new DibaoProgram();
    static final RigidExpenditureProgram RIGID = new RigidExpenditureProgram();
    /** 吴兴 with a few values of its own over the illustrative ones (test fixture). */
    static final PolicyBook WUXING_BOOK = PolicyBook.builderWithDefaults()
            .addOverlay(PolicySource.of(Path.of("src/examples/illustrative/eligibility.yaml")))
            .addOverlay(PolicySource.of(
                    Path.of("src/test/resources/org/minzheng/eligibility/dibao/issue13-wuxing-fixture.yaml")))
            .build();

    static final PolicySnapshot WUXING = WUXING_BOOK.snapshot(RegionCode.of("330502"), Books.DEC_2024);

    /** Applicant (1980), spouse (1982), adult son (1995) with the given disability and occupation; wages on the parents. */
    static Household withAdultSon(String parentsWage, Disability d, boolean unemployed) {
        return ImmutableHousehold.builder()
                .addMembers(
                        member(Relation.APPLICANT, 1960).build(),
                        member(Relation.SPOUSE, 1962).build(),
                        member(Relation.CHILD, 1995)
                                .disability(d)
                                .unemployed(unemployed)
                                .livesIndependently(false)
                                .build())
                .addIncomes(wage(0, parentsWage))
                .build();
    }

    static SingleMemberFacts single(Household h, int member) {
        return ImmutableSingleMemberFacts.builder().household(h).member(member).build();
    }

    // ---- item 1: dibao-single-member grounds ----

    /**
     * 关于进一步做好最低生活保障等社会救助兜底工作的通知 一（一）: "成年无业重度残疾人可以参照“单人户”提出低保申请。"
     * 国办发〔2023〕39号 四（一）: "对参照单人户纳入最低生活保障范围的成年无业重度残疾人等其他特殊困难人员，给予相应的基本生活救助。"
     * 重度残疾 as 最低生活保障审核确认办法 Art. 8 (1) defines it: "持有中华人民共和国残疾人证的一级、二级重度残疾人".
     */
    @Test
    void adultUnemployedSeverelyDisabledSon_inAHouseholdAboveTheEdgeLine_appliesAlone() {
        // 9000 / 3 = 3000 a head: above 1.5 × 1145 = 1717.50, so not an edge family
        Household h = withAdultSon("9000.00", new Disability(DisabilityCategory.PHYSICAL, 1, true), true);
        Decision<SingleMemberResult> d = SINGLE.decide(single(h, 2), Books.official(Books.DEC_2024));
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.result().orElseThrow().ground()).isEqualTo(SingleMemberGround.ADULT_UNEMPLOYED_SEVERE_DISABILITY);
        assertThat(d.result().orElseThrow().monthlyAmount()).contains(Money.parse("1145.00"));
        assertThat(d.finding(SingleMemberProgram.GROUND.id())
                        .orElseThrow()
                        .citation()
                        .article())
                .isEqualTo("一（一）");
        assertThat(d.finding(SingleMemberProgram.EDGE_INCOME.id())).isEmpty();
        assertThat(d.finding(SingleMemberProgram.OWN_ASSETS.id()).orElseThrow().verdict())
                .isEqualTo(Verdict.MET);
    }

    /** Grade 3 is not 重度 (Art. 8 (1) lists "三级智力残疾人、三级精神残疾人" beside the grade 1–2 重度残疾人); a minor is not 成年. */
    @Test
    void notSevere_orNotAdult_orEmployed_hasNoNoticeGround() {
        PolicySnapshot s = Books.illustrative(Books.DEC_2024);
        assertThat(SINGLE.decide(
                                single(
                                        withAdultSon(
                                                "9000.00", new Disability(DisabilityCategory.PHYSICAL, 3, true), true),
                                        2),
                                s)
                        .outcome())
                .isEqualTo(Outcome.INELIGIBLE);
        assertThat(SINGLE.decide(
                                single(
                                        withAdultSon(
                                                "9000.00", new Disability(DisabilityCategory.PHYSICAL, 2, true), false),
                                        2),
                                s)
                        .outcome())
                .isEqualTo(Outcome.INELIGIBLE);
        assertThat(SINGLE.decide(
                                single(
                                        withAdultSon(
                                                "9000.00", new Disability(DisabilityCategory.PHYSICAL, 2, false), true),
                                        2),
                                s)
                        .outcome())
                .as("no certificate")
                .isEqualTo(Outcome.INELIGIBLE);
        Household minor = ImmutableHousehold.copyOf(
                        withAdultSon("9000.00", new Disability(DisabilityCategory.PHYSICAL, 1, true), true))
                .withMembers(
                        member(Relation.APPLICANT, 1960).build(),
                        member(Relation.SPOUSE, 1962).build(),
                        member(Relation.CHILD, 2007)
                                .birthDate(Books.DEC_2024.minusYears(18).plusDays(1))
                                .disability(new Disability(DisabilityCategory.PHYSICAL, 1, true))
                                .unemployed(true)
                                .livesIndependently(false)
                                .build());
        assertThat(SINGLE.decide(single(minor, 2), s).outcome())
                .as("17 the day before the 18th birthday")
                .isEqualTo(Outcome.INELIGIBLE);
        Household adult = ImmutableHousehold.copyOf(minor)
                .withMembers(
                        minor.members().get(0),
                        minor.members().get(1),
                        org.minzheng.eligibility.household.ImmutableMember.copyOf(
                                        minor.members().get(2))
                                .withBirthDate(Books.DEC_2024.minusYears(18)));
        assertThat(SINGLE.decide(single(adult, 2), s).outcome())
                .as("18 on the day")
                .isEqualTo(Outcome.ELIGIBLE);
    }

    /** 参照“单人户”: the person's own property; the facts hold the household's, so above a one-person limit a case worker decides. */
    @Test
    void adultUnemployedSeverelyDisabled_householdPropertyAboveTheOnePersonLimit_needsReview() {
        Household h = ImmutableHousehold.copyOf(
                        withAdultSon("9000.00", new Disability(DisabilityCategory.VISUAL, 1, true), true))
                .withAssets(ImmutableAssets.builder()
                        .financialAssets(Money.parse("30000.00"))
                        .build());
        // illustrative limit: 24 months × 1145 = 27,480 for one person
        Decision<SingleMemberResult> d = SINGLE.decide(single(h, 2), Books.illustrative(Books.DEC_2024));
        assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(d.finding(SingleMemberProgram.OWN_ASSETS.id()).orElseThrow().verdict())
                .isEqualTo(Verdict.NEEDS_REVIEW);
        assertThat(d.result().orElseThrow().monthlyAmount()).isEmpty();
        Household within = ImmutableHousehold.copyOf(h)
                .withAssets(ImmutableAssets.builder()
                        .financialAssets(Money.parse("27480.00"))
                        .build());
        assertThat(SINGLE.decide(single(within, 2), Books.illustrative(Books.DEC_2024))
                        .outcome())
                .isEqualTo(Outcome.ELIGIBLE);
        assertThat(SINGLE.decide(single(within, 2), Books.official(Books.DEC_2024))
                        .missingParameters())
                .extracting(MissingParameter::key)
                .containsExactly("dibao.asset.financial-months");
    }

    /**
     * 最低生活保障审核确认办法 Art. 8 (3): "脱离家庭、在宗教场所居住三年以上（含三年）的生活困难的宗教教职人员" —
     * the library checks the three years and the own income; a case worker confirms the rest.
     */
    @Test
    void clergyInAReligiousVenueForThreeYears_needsACaseWorker_neverRefused() {
        Household h = familyOfThree("9000.00")
                .withMembers(
                        member(Relation.APPLICANT, 1960).build(),
                        member(Relation.SPOUSE, 1962).build(),
                        member(Relation.CHILD, 1990)
                                .absence(new Absence(AbsenceReason.CLERGY_LIVING_APART, Books.DEC_2024.minusYears(3)))
                                .build());
        Decision<SingleMemberResult> d = SINGLE.decide(single(h, 2), Books.official(Books.DEC_2024));
        assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(d.result().orElseThrow().ground()).isEqualTo(SingleMemberGround.CLERGY);
        assertThat(d.finding(SingleMemberProgram.HOUSEHOLD_NOT_DIBAO.id()))
                .as("they left the family")
                .isEmpty();
        // two years and 364 days: still a member (Art. 7), and not a clergy ground
        Household recent = ImmutableHousehold.copyOf(h)
                .withMembers(
                        h.members().get(0),
                        h.members().get(1),
                        member(Relation.CHILD, 1990)
                                .livesIndependently(false)
                                .absence(new Absence(
                                        AbsenceReason.CLERGY_LIVING_APART,
                                        Books.DEC_2024.minusYears(3).plusDays(1)))
                                .build());
        Decision<SingleMemberResult> r = SINGLE.decide(single(recent, 2), Books.official(Books.DEC_2024));
        assertThat(r.result().orElseThrow().ground()).isNotEqualTo(SingleMemberGround.CLERGY);
        assertThat(r.outcome()).isEqualTo(Outcome.UNDETERMINED);
        // income of their own at the standard: 社会救助暂行办法 Art. 9 refuses
        Household earning = ImmutableHousehold.copyOf(h).withIncomes(wage(0, "9000.00"), wage(2, "1145.00"));
        assertThat(SINGLE.decide(single(earning, 2), Books.official(Books.DEC_2024))
                        .outcome())
                .isEqualTo(Outcome.INELIGIBLE);
    }

    /** Art. 8 (4): "县级以上人民政府民政部门规定的其他特殊困难人员" — the library holds no county list. */
    @Test
    void noNationalGround_isUndeterminedNamingTheCountyList_orReviewedWhereTheCountyHasOne() {
        Household h = withAdultSon("9000.00", new Disability(DisabilityCategory.HEARING, 3, true), true);
        Decision<SingleMemberResult> official = SINGLE.decide(single(h, 2), Books.official(Books.DEC_2024));
        assertThat(official.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(official.missingParameters())
                .extracting(MissingParameter::key)
                .containsExactly("dibao.single-member.county-categories-defined");
        Decision<SingleMemberResult> wuxing = SINGLE.decide(single(h, 2), WUXING);
        assertThat(wuxing.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(wuxing.result().orElseThrow().ground()).isEqualTo(SingleMemberGround.COUNTY_CATEGORY);
        assertThat(SINGLE.decide(single(h, 2), Books.illustrative(Books.DEC_2024))
                        .outcome())
                .isEqualTo(Outcome.INELIGIBLE);
    }

    /** Item 13: the own-income condition is dibao's own condition, 社会救助暂行办法 Art. 9 ("人均收入低于当地最低生活保障标准"). */
    @Test
    void ownIncomeCondition_citesArticle9OfTheInterimMeasures() {
        Household h = withAdultSon("9000.00", new Disability(DisabilityCategory.PHYSICAL, 1, true), true);
        var f = SINGLE.decide(single(h, 2), Books.official(Books.DEC_2024))
                .finding(SingleMemberProgram.OWN_INCOME.id())
                .orElseThrow();
        assertThat(f.citation().instrument()).isEqualTo("sc-social-assistance-2014");
        assertThat(f.citation().article()).isEqualTo("第九条");
    }

    // ---- item 2: property, Art. 14 ----

    /** Art. 14: "对于维持家庭生产生活的必需财产，可以在认定家庭财产状况时予以豁免" — a local option, one key per kind. */
    @Test
    void livelihoodVehicle_isExemptOnlyWhereTheRegionSaysSo() {
        Household h = familyOfThree("2000.00")
                .withAssets(ImmutableAssets.builder()
                        .addVehicles(new Vehicle(Vehicle.Use.LIVELIHOOD, Money.parse("80000.00")))
                        .build());
        Decision<DibaoResult> official = DIBAO.decide(h, Books.official(Books.DEC_2024));
        assertThat(official.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(official.missingParameters())
                .extracting(MissingParameter::key)
                .containsExactly("dibao.asset.exempt.livelihood-vehicle");
        assertThat(DIBAO.decide(h, Books.illustrative(Books.DEC_2024)).outcome())
                .isEqualTo(Outcome.ELIGIBLE);
        Decision<DibaoResult> wuxing = DIBAO.decide(h, WUXING);
        // not exempt in 吴兴: tested like a private car, which the illustrative rule does not allow
        assertThat(wuxing.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(wuxing.finding(HouseholdRules.DIBAO_ASSETS.exemption().id())
                        .orElseThrow()
                        .verdict())
                .isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(wuxing.finding(HouseholdRules.DIBAO_ASSETS.car().id())
                        .orElseThrow()
                        .verdict())
                .isEqualTo(Verdict.NOT_MET);
    }

    /** Art. 14: "不动产主要包括房屋、林木等定着物" — trees have a limit of their own; none configured names the key. */
    @Test
    void trees_needTheirOwnLimit() {
        Household h = familyOfThree("2000.00")
                .withAssets(ImmutableAssets.builder()
                        .addProperty(new PropertyItem(PropertyKind.FOREST, Money.parse("12000.00"), false))
                        .build());
        Decision<DibaoResult> official = DIBAO.decide(h, Books.official(Books.DEC_2024));
        assertThat(official.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(official.missingParameters())
                .extracting(MissingParameter::key)
                .containsExactly("dibao.asset.limit.forest");
        assertThat(DIBAO.decide(h, WUXING).outcome()).isEqualTo(Outcome.INELIGIBLE);
        Household necessary = familyOfThree("2000.00")
                .withAssets(ImmutableAssets.builder()
                        .addProperty(new PropertyItem(PropertyKind.FOREST, Money.parse("12000.00"), true))
                        .build());
        assertThat(DIBAO.decide(necessary, WUXING).outcome()).as("exempt in 吴兴").isEqualTo(Outcome.ELIGIBLE);
        Household within = familyOfThree("2000.00")
                .withAssets(ImmutableAssets.builder()
                        .addProperty(new PropertyItem(PropertyKind.FOREST, Money.parse("10000.00"), false))
                        .build());
        assertThat(DIBAO.decide(within, WUXING).outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    /** Art. 14 "动产主要包括银行存款、证券、基金、商业保险…": financial kinds add to the financial assets. */
    @Test
    void financialItems_addToTheFinancialAssets_andAnUnconfiguredExemptionCannotSaveAnExcess() {
        // illustrative limit for three: 24 × 1145 × 3 = 82,440
        Household h = familyOfThree("2000.00")
                .withAssets(ImmutableAssets.builder()
                        .financialAssets(Money.parse("80000.00"))
                        .addProperty(new PropertyItem(PropertyKind.SECURITIES, Money.parse("2440.01"), false))
                        .build());
        assertThat(DIBAO.decide(h, Books.illustrative(Books.DEC_2024)).outcome())
                .isEqualTo(Outcome.INELIGIBLE);
        Household declared = familyOfThree("2000.00")
                .withAssets(ImmutableAssets.builder()
                        .financialAssets(Money.parse("80000.00"))
                        .addProperty(new PropertyItem(PropertyKind.COMMERCIAL_INSURANCE, Money.parse("5000.00"), true))
                        .build());
        // a book with the financial limit and no exemption configured
        PolicySnapshot limitOnly = PolicyBook.builderWithDefaults()
                .addOverlay(PolicySource.ofResource(
                        Issue13ScenarioTest.class.getClassLoader(),
                        "org/minzheng/eligibility/dibao/financial-limit-only-fixture.yaml"))
                .build()
                .snapshot(Books.HUZHOU, Books.DEC_2024);
        Decision<DibaoResult> d = DIBAO.decide(declared, limitOnly);
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(d.missingParameters())
                .extracting(MissingParameter::key)
                .containsExactly("dibao.asset.exempt.commercial-insurance");
        Household over = familyOfThree("2000.00")
                .withAssets(ImmutableAssets.builder()
                        .financialAssets(Money.parse("82440.01"))
                        .addProperty(new PropertyItem(PropertyKind.COMMERCIAL_INSURANCE, Money.parse("5000.00"), true))
                        .build());
        assertThat(DIBAO.decide(over, limitOnly).outcome()).isEqualTo(Outcome.INELIGIBLE);
        Household deposit = familyOfThree("2000.00")
                .withAssets(ImmutableAssets.builder()
                        .financialAssets(Money.parse("80000.00"))
                        .addProperty(new PropertyItem(PropertyKind.DEPOSIT, Money.parse("5000.00"), true))
                        .build());
        assertThat(DIBAO.decide(deposit, WUXING).outcome())
                .as("not exempt in 吴兴: counted")
                .isEqualTo(Outcome.INELIGIBLE);
    }

    /** 刚性支出困难家庭认定办法 Art. 4: "家庭财产状况条件可以参照最低生活保障边缘家庭的认定条件或者适当放宽" — its own keys. */
    @Test
    void rigidExpenditure_readsItsOwnPropertyKeys_neverTheDibaoOnes() {
        Household h = familyOfThree("6000.00")
                .withApplicationDate(Books.MAR_2025)
                .withAssets(ImmutableAssets.builder()
                        .addVehicles(new Vehicle(Vehicle.Use.PRIVATE_CAR, Money.parse("50000.00")))
                        .build())
                .withRigidExpenditures(new RigidExpenditure(
                        ExpenditureType.MEDICAL,
                        LocalDate.of(2024, 12, 1),
                        Money.parse("60000.00"),
                        Money.ZERO,
                        Money.ZERO));
        Decision<RigidExpenditureResult> official = RIGID.decide(h, Books.official(Books.MAR_2025));
        assertThat(official.missingParameters())
                .extracting(MissingParameter::key)
                .contains("rigid.asset.private-car-allowed")
                .doesNotContain("dibao.asset.private-car-allowed");
        assertThat(RIGID.decide(h, Books.illustrative(Books.MAR_2025)).outcome())
                .isEqualTo(Outcome.INELIGIBLE);
    }

    // ---- item 6: gradual exit ----

    /** 2022 notice 一（三）: "可给予原则上不超过6个月的渐退期" — a longer county value loads, and every decision using it warns. */
    @Test
    void gradualExitLongerThanSixMonths_isUsedWithAWarning() {
        Household h = familyOfThree("3600.00")
                .withCurrentAssistance(AssistanceStatus.DIBAO)
                .withIncomeRoseFromEmployment(true);
        Decision<DibaoResult> d = DIBAO.decide(h, WUXING);
        assertThat(d.result().orElseThrow().gradualExitUntil()).isEqualTo(Books.DEC_2024.plusMonths(9));
        assertThat(d.warnings()).extracting(n -> n.code()).contains(DibaoProgram.WARNING_GRADUAL_EXIT_ABOVE_CAP);
        Decision<DibaoResult> six = DIBAO.decide(h, Books.illustrative(Books.DEC_2024));
        assertThat(six.warnings())
                .extracting(n -> n.code())
                .doesNotContain(DibaoProgram.WARNING_GRADUAL_EXIT_ABOVE_CAP);
        // before the notice there is no cap to read
        Decision<DibaoResult> before =
                DIBAO.decide(h, Books.ILLUSTRATIVE.snapshot(Books.HUZHOU, LocalDate.of(2022, 10, 19)));
        assertThat(before.parameterValues()).noneMatch(p -> p.key().name().equals("dibao.gradual-exit-max-months"));
    }

    // ---- item 9: rigid expenditure ----

    /** 刚性支出困难家庭认定办法 Art. 4 (4): "提出申请前十二个月家庭刚性支出总额占家庭总收入比例超出当地规定". */
    @Test
    void rigidSpending_isMeasuredOverTheTwelveMonthsBeforeTheApplication() {
        LocalDate applied = LocalDate.of(2025, 2, 1);
        PolicySnapshot s = Books.illustrative(Books.MAR_2025);
        // income 6000 × 12 = 72,000; 60 % = 43,200
        ImmutableHousehold onTheDayTwelveMonthsBefore = familyOfThree("6000.00")
                .withApplicationDate(applied)
                .withRigidExpenditures(new RigidExpenditure(
                        ExpenditureType.MEDICAL,
                        applied.minusMonths(12),
                        Money.parse("50000.00"),
                        Money.ZERO,
                        Money.ZERO));
        Decision<RigidExpenditureResult> in = RIGID.decide(onTheDayTwelveMonthsBefore, s);
        assertThat(in.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(in.result().orElseThrow().spendingFrom()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(in.result().orElseThrow().spendingUntil()).isEqualTo(applied);
        Household afterApplying = onTheDayTwelveMonthsBefore.withRigidExpenditures(new RigidExpenditure(
                ExpenditureType.MEDICAL, applied, Money.parse("50000.00"), Money.ZERO, Money.ZERO));
        assertThat(RIGID.decide(afterApplying, s).outcome())
                .as("spent on the application day")
                .isEqualTo(Outcome.INELIGIBLE);
        assertThatThrownBy(() -> RIGID.decide(familyOfThree("6000.00"), s))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.path())
                                .containsExactly("facts.applicationDate"));
        assertThatThrownBy(
                        () -> RIGID.decide(familyOfThree("6000.00").withApplicationDate(Books.MAR_2025.plusDays(1)), s))
                .isInstanceOf(InvalidInputException.class);
    }

    /**
     * 最低生活保障审核确认办法 Art. 13: "对于共同生活的家庭成员因残疾、患重病等增加的刚性支出、必要的就业成本等，在核算家庭收入时可按规定适当扣减"
     * — the rigid program counts such a cost as rigid spending, so it is not also taken from 家庭总收入.
     */
    @Test
    void aRigidCostIsNeverBothADeductionAndRigidSpending() {
        ImmutableHousehold h = familyOfThree("6000.00")
                .withApplicationDate(Books.MAR_2025)
                .withDeductions(
                        new Deduction(Deduction.DeductionType.RIGID_COST, Money.parse("1000.00"), 1),
                        new Deduction(Deduction.DeductionType.EMPLOYMENT_COST, Money.parse("500.00"), 1))
                .withRigidExpenditures(new RigidExpenditure(
                        ExpenditureType.MEDICAL,
                        LocalDate.of(2024, 12, 1),
                        Money.parse("12000.00"),
                        Money.ZERO,
                        Money.ZERO));
        Decision<RigidExpenditureResult> d = RIGID.decide(h, Books.illustrative(Books.MAR_2025));
        // 6000 − 500 employment cost = 5500 a month: 66,000 a year; the 1000 rigid cost is not deducted
        assertThat(d.result().orElseThrow().income12Months()).isEqualTo(Money.parse("66000.00"));
        assertThat(d.finding(RigidExpenditureProgram.RIGID_COST_DEDUCTIONS.id())
                        .orElseThrow()
                        .facts()
                        .get("deductions"))
                .isEqualTo(Money.parse("1000.00"));
        // dibao itself applies both deductions (Art. 13): 6000 − 1500 = 4500
        assertThat(DIBAO.decide(h, Books.illustrative(Books.MAR_2025))
                        .result()
                        .orElseThrow()
                        .householdMonthlyIncome())
                .isEqualTo(Money.parse("4500.00"));
        Household onlyRigid =
                h.withDeductions(new Deduction(Deduction.DeductionType.RIGID_COST, Money.parse("1000.00"), 1));
        Decision<RigidExpenditureResult> o = RIGID.decide(onlyRigid, Books.official(Books.MAR_2025));
        assertThat(o.missingParameters()).extracting(MissingParameter::key).doesNotContain("dibao.deductions-allowed");
    }
}
