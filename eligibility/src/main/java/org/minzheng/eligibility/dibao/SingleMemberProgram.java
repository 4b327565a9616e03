package org.minzheng.eligibility.dibao;

import static org.minzheng.eligibility.EligibilityCitations.DIBAO_ART_8;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.program.AbstractProgram;
import org.minzheng.core.program.LocalizedText;
import org.minzheng.core.validation.Violation;
import org.minzheng.eligibility.EligibilityCitations;
import org.minzheng.eligibility.EligibilityParameters;
import org.minzheng.eligibility.PropertyKeys;
import org.minzheng.eligibility.dibao.SingleMemberResult.SingleMemberGround;
import org.minzheng.eligibility.household.Absence;
import org.minzheng.eligibility.household.AbsenceReason;
import org.minzheng.eligibility.household.Disability;
import org.minzheng.eligibility.household.DisabilityCategory;
import org.minzheng.eligibility.household.Household;
import org.minzheng.eligibility.household.IncomeItem;
import org.minzheng.eligibility.household.Member;
import org.minzheng.eligibility.household.MonthlyAmount;
import org.minzheng.eligibility.rules.HouseholdChecks;
import org.minzheng.eligibility.rules.HouseholdRules;
import org.minzheng.eligibility.rules.MeansTest;

/**
 * {@code dibao-single-member} — 单人户: a person who applies for dibao alone, as a one-person unit
 * (最低生活保障审核确认办法 Art. 8; 关于进一步做好最低生活保障等社会救助兜底工作的通知 一（一）、一（四）;
 * 国办发〔2023〕39号 四（一）).
 *
 * <p>The grounds, tried in this order (any one suffices):
 * <ol>
 * <li>Art. 8 (1): in an edge family, a holder of a disability certificate of grade 1 or 2
 *     (重度残疾), or of grade 3 intellectual or psychiatric disability;</li>
 * <li>Art. 8 (2): in an edge family, a person with a serious illness recognised locally.
 *     For (1) and (2) the household must be an edge family (Art. 8, last paragraph): not meeting
 *     the dibao conditions, per-capita income below {@code edge.income-multiplier} × the standard
 *     (1.5 nationally) and property within the rules;</li>
 * <li>the 2022 notice 一（一） (成年无业重度残疾人可以参照“单人户”提出低保申请), confirmed by 国办发〔2023〕39号
 *     四（一）: an adult (18 or over) with no occupation who is severely disabled, whatever the
 *     household's income. 重度残疾 is read as Art. 8 (1) defines it: a certificate of grade 1 or 2
 *     (一级、二级重度残疾人; grade 3 intellectual or psychiatric disability is listed beside it, not in
 *     it). Applying 参照单人户 means the person's own income and property are tested as a one-person
 *     unit. The facts hold the household's property, not each person's, so the household's
 *     property is tested against the one-person limits: within them, the person's own share is
 *     within them too (MET); above them, a case worker must establish which property is the
 *     person's own (NEEDS_REVIEW). The notice's optional exemption of support paid by siblings or
 *     people aged 60 or more (可以视情适当豁免) is case-by-case and is not modelled;</li>
 * <li>Art. 8 (3): clergy who have left the family and lived in a religious venue for three years
 *     or more and are in hardship. The library checks that the person is listed as clergy living
 *     apart since at least three years before the decision date (so not counted in the household,
 *     Art. 7) and that their own income is below the standard; a case worker must confirm that
 *     they live in a religious venue, their clergy status, their hardship (生活困难, which the texts
 *     do not put in figures) and their own property: NEEDS_REVIEW;</li>
 * <li>Art. 8 (4): other people in special hardship that the county's (or a higher) civil-affairs
 *     department lists. The library holds no such list: with
 *     {@code dibao.single-member.county-categories-defined} not configured the ground is
 *     UNDETERMINED naming that key; configured {@code true}, whether the person is on the county's
 *     list is for a case worker (NEEDS_REVIEW); configured {@code false}, the ground is NOT_MET.
 *     This ground is tried only when none of the others is met, so a person is never refused only
 *     because the library cannot see a county list.</li>
 * </ol>
 *
 * <p>Conditions of every ground: the person's own counted income is below the standard
 * (社会救助暂行办法 Art. 9, the condition of dibao itself; Art. 23 only gives the amount), and the
 * household does not qualify for dibao as a whole (a household that qualifies applies as a
 * household: 申请家庭符合条件的，不得仅将个别家庭成员纳入低保范围, 2022 notice 一（一）), except for
 * clergy, who have left the family. The amount is the standard less the person's own income
 * (Art. 23).
 *
 * <p>What a missing value blocks: the standard (the threshold of the own-income test), the edge
 * multiple and the property rules (conditions of grounds 1–3) and the county key (ground 5) block.
 * The amount rounding only measures the amount: when it is needed and not configured the decision
 * is made and {@code monthlyAmount} is absent.
 */
public final class SingleMemberProgram extends AbstractProgram<SingleMemberFacts, SingleMemberResult> {

    /** The program id. */
    public static final String ID = "dibao-single-member";
    /** Rule: the person is counted in the household. */
    public static final String PERSON_COUNTED = "dibao-single-member.person-counted";
    /** Rule: the household does not qualify for dibao as a whole. */
    public static final String HOUSEHOLD_NOT_DIBAO = "dibao-single-member.household-not-dibao";
    /** Rule: edge-family income. */
    public static final String EDGE_INCOME = "dibao-single-member.edge-income";
    /** Rule: property of the edge family. */
    public static final String ASSETS = "dibao-single-member.assets";
    /** Rule: the person's own property as a one-person unit (2022 notice ground). */
    public static final String OWN_ASSETS = "dibao-single-member.own-assets";
    /** Rule: the person's ground. */
    public static final String GROUND = "dibao-single-member.ground";
    /** Rule: no national ground applies (the county's categories are then tried). */
    public static final String NATIONAL_GROUNDS = "dibao-single-member.national-grounds";
    /** Rule: the person has an Art. 8 (1)–(2) ground but the household is not an edge family. */
    public static final String NOT_EDGE_FAMILY = "dibao-single-member.not-edge-family";
    /** Rule: the county's own categories (Art. 8 (4)). */
    public static final String COUNTY_CATEGORIES = "dibao-single-member.county-categories";
    /** Rule: the person's own income below the standard. */
    public static final String OWN_INCOME = "dibao-single-member.own-income-below-standard";
    /** Rule: the amount. */
    public static final String AMOUNT = "dibao-single-member.amount";

    /** Age of majority (成年): 18 (中华人民共和国民法典 Art. 17, 十八周岁以上的自然人为成年人). */
    private static final int ADULT_AGE = 18;
    /** Art. 8 (3): 三年以上（含三年）. */
    private static final int CLERGY_YEARS = 3;

    /** Creates the program. */
    public SingleMemberProgram() {
        super(ID, new LocalizedText("最低生活保障单人户", "Minimum living guarantee for a single member (单人户)"),
                List.of(DIBAO_ART_8, EligibilityCitations.SAFETY_NET_2022_SINGLE, EligibilityCitations.MONITORING_2023_BASIC,
                        EligibilityCitations.SA_ART_9, EligibilityCitations.DIBAO_ART_7, EligibilityCitations.DIBAO_ART_13,
                        EligibilityCitations.DIBAO_ART_14, EligibilityCitations.DIBAO_ART_23),
                PropertyKeys.plus(List.of(EligibilityParameters.DIBAO_STANDARD, EligibilityParameters.EDGE_MULTIPLIER,
                        EligibilityParameters.DIBAO_AMOUNT_ROUNDING, EligibilityParameters.ASSET_FINANCIAL_MONTHS,
                        EligibilityParameters.ASSET_PRIVATE_CAR_ALLOWED, EligibilityParameters.ASSET_MAX_HOMES,
                        EligibilityParameters.SINGLE_MEMBER_COUNTY_CATEGORIES), EligibilityParameters.DIBAO_PROPERTY),
                SingleMemberFacts.class, SingleMemberResult.class, "org.minzheng.eligibility.messages");
    }

    @Override
    protected void checkFacts(SingleMemberFacts facts, PolicySnapshot snapshot, List<Violation> violations) {
        HouseholdChecks.check(facts.household(), snapshot.date(), "facts.household", violations);
        if (facts.member() >= facts.household().members().size()) {
            violations.add(new Violation("facts.member", "household.unknown-member",
                    "不是已列出的成员序号（从 0 开始）", "is not the position of a listed member (counting from 0)"));
        }
    }

    @Override
    public Decision<SingleMemberResult> evaluate(SingleMemberFacts facts, PolicySnapshot snapshot) {
        RuleContext ctx = RuleContext.start(ID, snapshot);
        Household h = facts.household();
        Member m = h.members().get(facts.member());
        LocalDate date = snapshot.date();
        MeansTest means = MeansTest.assess(ctx, h);
        if (clergyApartThreeYears(m, date)) {
            return clergy(ctx, h, facts.member(), m, means.standard());
        }
        if (!means.members().isCounted(facts.member())) {
            ctx.record(PERSON_COUNTED, Verdict.NOT_MET, EligibilityCitations.DIBAO_ART_7, "position", facts.member() + 1);
            return ctx.decide(null);
        }
        if (!means.complete()) {
            return ctx.decide(null);
        }
        boolean householdDibao = means.belowStandard();
        ctx.record(HOUSEHOLD_NOT_DIBAO, householdDibao ? Verdict.NOT_MET : Verdict.MET, DIBAO_ART_8,
                "perCapitaIncome", means.perCapitaShown(), "standard", means.standard());
        SingleMemberGround ground = ground(ctx, h, m, means, date);
        MonthlyAmount own = ownIncome(ctx, h, facts.member());
        Money shownOwn = ownIncomeBelowStandard(ctx, own, means.standard());
        Money amount = ctx.outcome() == Outcome.ELIGIBLE
                ? DibaoProgram.differenceAmount(ctx, AMOUNT, own, means.standard(), 1)
                : ctx.outcome() == Outcome.INELIGIBLE ? Money.ZERO : null;
        return ctx.decide(new SingleMemberResult(ground, amount, shownOwn, means.standard()));
    }

    /**
     * Grounds 1–3, then the county's categories. Records the ground, and the edge-family findings
     * when an Art. 8 (1)–(2) ground is decided by them.
     */
    private static SingleMemberGround ground(RuleContext ctx, Household h, Member m, MeansTest means, LocalDate date) {
        Disability d = m.disability().orElse(null);
        boolean certified = d != null && d.certificate();
        SingleMemberGround edgeGround = certified && (d.severe() || d.atLeast(DisabilityCategory.INTELLECTUAL, 3)
                || d.atLeast(DisabilityCategory.PSYCHIATRIC, 3)) ? SingleMemberGround.SEVERE_DISABILITY
                : m.seriousIllness() ? SingleMemberGround.SERIOUS_ILLNESS : null;
        Verdict edge = edgeGround == null ? null : edgeFamily(ctx, h, means, false);
        if (edge == Verdict.MET) {
            edgeFamily(ctx, h, means, true);
            ctx.record(GROUND, Verdict.MET, DIBAO_ART_8, "ground", edgeGround);
            return edgeGround;
        }
        if (certified && d.severe() && m.unemployed() && m.ageOn(date) >= ADULT_AGE) {
            ctx.record(GROUND, Verdict.MET, EligibilityCitations.SAFETY_NET_2022_SINGLE,
                    "ground", SingleMemberGround.ADULT_UNEMPLOYED_SEVERE_DISABILITY);
            Verdict own = HouseholdRules.assets(ctx, h, 1, means.standard(), EligibilityParameters.ASSET_FINANCIAL_MONTHS,
                    EligibilityParameters.DIBAO_PROPERTY, false);
            ctx.record(OWN_ASSETS, own == Verdict.NOT_MET ? Verdict.NEEDS_REVIEW : own, EligibilityCitations.DIBAO_ART_14);
            return SingleMemberGround.ADULT_UNEMPLOYED_SEVERE_DISABILITY;
        }
        if (edge == Verdict.UNDETERMINED) {
            // the person's ground holds; whether the household is an edge family waits for a missing value
            edgeFamily(ctx, h, means, true);
            ctx.record(GROUND, Verdict.MET, DIBAO_ART_8, "ground", edgeGround);
            return edgeGround;
        }
        if (edgeGround == null) {
            ctx.record(NATIONAL_GROUNDS, Verdict.INFO, DIBAO_ART_8);
        } else {
            ctx.record(NOT_EDGE_FAMILY, Verdict.INFO, DIBAO_ART_8, "ground", edgeGround);
        }
        return countyCategory(ctx);
    }

    /** Art. 8 (4): the county's categories, which the library cannot see. */
    private static SingleMemberGround countyCategory(RuleContext ctx) {
        Boolean defined = ctx.param(EligibilityParameters.SINGLE_MEMBER_COUNTY_CATEGORIES);
        if (defined == null) {
            ctx.record(COUNTY_CATEGORIES, Verdict.UNDETERMINED, DIBAO_ART_8);
            return null;
        }
        if (defined) {
            ctx.record(COUNTY_CATEGORIES, Verdict.NEEDS_REVIEW, DIBAO_ART_8);
            return SingleMemberGround.COUNTY_CATEGORY;
        }
        ctx.record(COUNTY_CATEGORIES, Verdict.NOT_MET, DIBAO_ART_8);
        return null;
    }

    /**
     * Art. 8, last paragraph: not a dibao household (recorded by the caller), income below the
     * edge multiple, property within the rules.
     *
     * @return the worst of the edge income and property verdicts
     */
    private static Verdict edgeFamily(RuleContext ctx, Household h, MeansTest means, boolean record) {
        if (means.belowStandard()) {
            return Verdict.NOT_MET;
        }
        BigDecimal k = ctx.param(EligibilityParameters.EDGE_MULTIPLIER);
        Verdict income;
        if (k == null) {
            income = Verdict.UNDETERMINED;
            if (record) {
                ctx.record(EDGE_INCOME, income, DIBAO_ART_8);
            }
        } else {
            income = means.belowMultiple(k) ? Verdict.MET : Verdict.NOT_MET;
            if (record) {
                ctx.record(EDGE_INCOME, income, DIBAO_ART_8, "perCapitaIncome", means.perCapitaShown(),
                        "multiplier", k, "standard", means.standard());
            }
        }
        Verdict assets = HouseholdRules.assets(ctx, h, means.counted(), means.standard(),
                EligibilityParameters.ASSET_FINANCIAL_MONTHS, EligibilityParameters.DIBAO_PROPERTY, record);
        if (record) {
            ctx.record(ASSETS, assets, EligibilityCitations.DIBAO_ART_14);
        }
        if (income == Verdict.NOT_MET || assets == Verdict.NOT_MET) {
            return Verdict.NOT_MET;
        }
        return income == Verdict.UNDETERMINED || assets == Verdict.UNDETERMINED ? Verdict.UNDETERMINED : Verdict.MET;
    }

    /** Art. 8 (3): listed as clergy living apart since three years or more before the date. */
    private static boolean clergyApartThreeYears(Member m, LocalDate date) {
        Absence a = m.absence().orElse(null);
        return a != null && a.reason() == AbsenceReason.CLERGY_LIVING_APART && !a.since().plusYears(CLERGY_YEARS).isAfter(date);
    }

    /** Art. 8 (3): what the library can check; the rest is for a case worker. */
    private static Decision<SingleMemberResult> clergy(RuleContext ctx, Household h, int member, Member m, Money standard) {
        ctx.record(GROUND, Verdict.NEEDS_REVIEW, DIBAO_ART_8, "ground", SingleMemberGround.CLERGY,
                "apartSince", m.absence().get().since());
        if (standard == null) {
            return ctx.decide(null);
        }
        MonthlyAmount own = ownIncome(ctx, h, member);
        Money shownOwn = ownIncomeBelowStandard(ctx, own, standard);
        return ctx.decide(new SingleMemberResult(SingleMemberGround.CLERGY,
                ctx.outcome() == Outcome.INELIGIBLE ? Money.ZERO : null, shownOwn, standard));
    }

    /** 社会救助暂行办法 Art. 9: the person's own income below the standard, as a one-person unit. */
    private static Money ownIncomeBelowStandard(RuleContext ctx, MonthlyAmount own, Money standard) {
        Money shown = own.rounded(HouseholdRules.DISPLAY);
        boolean below = own.compareTo(standard, 1) < 0;
        ctx.record(OWN_INCOME, below ? Verdict.MET : Verdict.NOT_MET, EligibilityCitations.SA_ART_9,
                "ownIncome", shown, "standard", standard);
        return shown;
    }

    /** The person's own income, exempt kinds left out exactly as in the household's income. */
    private static MonthlyAmount ownIncome(RuleContext ctx, Household h, int member) {
        MonthlyAmount total = MonthlyAmount.ZERO;
        for (IncomeItem item : h.incomes()) {
            if (item.member().isPresent() && item.member().get() == member
                    && !Boolean.TRUE.equals(HouseholdRules.exempt(ctx, item))) {
                total = total.plus(MonthlyAmount.of(item.amount(), item.months()));
            }
        }
        return total;
    }
}
