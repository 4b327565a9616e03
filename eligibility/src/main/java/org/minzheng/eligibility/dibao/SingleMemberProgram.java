package org.minzheng.eligibility.dibao;

import static org.minzheng.eligibility.EligibilityCitations.DIBAO_ART_14;
import static org.minzheng.eligibility.EligibilityCitations.DIBAO_ART_7;
import static org.minzheng.eligibility.EligibilityCitations.DIBAO_ART_8;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.minzheng.core.validation.Violation;
import org.minzheng.eligibility.EligibilityCitations;
import org.minzheng.eligibility.EligibilityParameters;
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

    private static final String ART_8_EDGE = "最低生活保障边缘家庭一般指不符合最低生活保障条件，家庭人均收入低于当地最低生活保障标准1.5倍，" + "且财产状况符合相关规定的家庭。";
    private static final String ART_14 = "家庭财产指共同生活的家庭成员拥有的全部动产和不动产。";

    /** Art. 7: the person is not counted in the household (so cannot apply as one of its members). */
    public static final Rule PERSON_COUNTED = Rule.builder("dibao-single-member.person-counted", DIBAO_ART_7)
            .quote("共同生活的家庭成员包括：")
            .verdicts(Verdict.NOT_MET)
            .build();
    /**
     * The household does not qualify for dibao as a whole (申请家庭符合条件的，不得仅将个别家庭成员纳入低保范围,
     * 2022 notice 一（一）; Art. 8 read with it).
     */
    public static final Rule HOUSEHOLD_NOT_DIBAO = Rule.builder("dibao-single-member.household-not-dibao", DIBAO_ART_8)
            .verdicts(Verdict.MET, Verdict.NOT_MET)
            .reads(EligibilityParameters.DIBAO_STANDARD)
            .build();
    /**
     * Art. 8, last paragraph: the edge family's per-capita income below the multiple of the standard.
     * Recorded only when the family is an edge family or that waits for a missing value (see
     * {@code ground}): a family that is not one is said by {@code not-edge-family}, so NOT_MET never
     * occurs here.
     */
    public static final Rule EDGE_INCOME = Rule.builder("dibao-single-member.edge-income", DIBAO_ART_8)
            .quote(ART_8_EDGE)
            .verdicts(Verdict.MET, Verdict.UNDETERMINED)
            .reads(EligibilityParameters.EDGE_MULTIPLIER, EligibilityParameters.DIBAO_STANDARD)
            .build();
    /**
     * Art. 8, last paragraph, with Art. 14: the edge family's property within the rules (recorded,
     * with the household's property findings, only as {@link #EDGE_INCOME} is: never NOT_MET).
     */
    public static final Rule ASSETS = Rule.builder("dibao-single-member.assets", DIBAO_ART_14)
            .quote(ART_14)
            .verdicts(Verdict.MET, Verdict.UNDETERMINED)
            .build();
    /**
     * The person's ground: Art. 8 (1)–(2) in an edge family, or the 2022 notice 一（一） (MET); Art. 8 (3),
     * clergy, for a case worker to confirm (NEEDS_REVIEW).
     */
    public static final Rule GROUND = Rule.builder("dibao-single-member.ground", DIBAO_ART_8)
            .quote("符合下列情形之一的人员，可以单独提出申请：")
            .verdicts(Verdict.MET, Verdict.NEEDS_REVIEW)
            .alsoCites(EligibilityCitations.SAFETY_NET_2022_SINGLE, EligibilityCitations.MONITORING_2023_BASIC)
            .build();
    /**
     * The 2022 notice ground: the person's own property as a one-person unit, the household's property
     * tested against the one-person limits (see the class notes).
     */
    public static final Rule OWN_ASSETS = Rule.builder("dibao-single-member.own-assets", DIBAO_ART_14)
            .quote(ART_14)
            .verdicts(Verdict.MET, Verdict.NEEDS_REVIEW, Verdict.UNDETERMINED)
            .reads(ownAssetKeys())
            .build();
    /** Art. 8: no national ground applies (the county's categories are then tried). */
    public static final Rule NATIONAL_GROUNDS = Rule.builder("dibao-single-member.national-grounds", DIBAO_ART_8)
            .verdicts(Verdict.INFO)
            .build();
    /** Art. 8 (1)–(2): the person has a ground but the household is not an edge family. */
    public static final Rule NOT_EDGE_FAMILY = Rule.builder("dibao-single-member.not-edge-family", DIBAO_ART_8)
            .quote(ART_8_EDGE)
            .verdicts(Verdict.INFO)
            .build();
    /** Art. 8 (4): the county's own categories, which the library cannot see. */
    public static final Rule COUNTY_CATEGORIES = Rule.builder("dibao-single-member.county-categories", DIBAO_ART_8)
            .quote("（四）县级以上人民政府民政部门规定的其他特殊困难人员。")
            .verdicts(Verdict.NOT_MET, Verdict.NEEDS_REVIEW, Verdict.UNDETERMINED)
            .reads(EligibilityParameters.SINGLE_MEMBER_COUNTY_CATEGORIES)
            .build();
    /** 社会救助暂行办法 Art. 9: the person's own counted income below the standard, as a one-person unit. */
    public static final Rule OWN_INCOME = Rule.builder(
                    "dibao-single-member.own-income-below-standard", EligibilityCitations.SA_ART_9)
            .quote(MeansTest.SA_ART_9_TEXT)
            .verdicts(Verdict.MET, Verdict.NOT_MET)
            .reads(EligibilityParameters.DIBAO_STANDARD)
            .reads(List.copyOf(EligibilityParameters.INCOME_EXEMPT.values()))
            .build();
    /** Art. 23: the standard less the person's own income. */
    public static final Rule AMOUNT = Rule.builder("dibao-single-member.amount", EligibilityCitations.DIBAO_ART_23)
            .verdicts(Verdict.INFO)
            .reads(EligibilityParameters.DIBAO_STANDARD, EligibilityParameters.DIBAO_AMOUNT_ROUNDING)
            .build();
    /** Art. 23: the amount holds a fraction of a fen and the rounding is not configured (a detail). */
    public static final Rule AMOUNT_NOT_CONFIGURED = Rule.builder(
                    "dibao-single-member.amount.not-configured", EligibilityCitations.DIBAO_ART_23)
            .verdicts(Verdict.INFO)
            .reads(EligibilityParameters.DIBAO_AMOUNT_ROUNDING)
            .build();

    /** Age of majority (成年): 18 (中华人民共和国民法典 Art. 17, 十八周岁以上的自然人为成年人). */
    private static final int ADULT_AGE = 18;
    /** Art. 8 (3): 三年以上（含三年）. */
    private static final int CLERGY_YEARS = 3;

    /** Creates the program. */
    public SingleMemberProgram() {
        super(
                ID,
                new LocalizedText("最低生活保障单人户", "Minimum living guarantee for a single member (单人户)"),
                SingleMemberFacts.class,
                SingleMemberResult.class,
                "org.minzheng.eligibility.messages",
                inDecisionOrder());
    }

    private static List<Rule> inDecisionOrder() {
        List<Rule> rules = new ArrayList<>(MeansTest.RULES);
        rules.addAll(List.of(PERSON_COUNTED, HOUSEHOLD_NOT_DIBAO, EDGE_INCOME));
        // the household's property findings are recorded only for an edge family or one waiting for a
        // value (never NOT_MET: a family above a limit is not an edge family, said by not-edge-family)
        for (Rule r : HouseholdRules.DIBAO_ASSETS.rules()) {
            Verdict[] kept =
                    r.verdicts().stream().filter(v -> v != Verdict.NOT_MET).toArray(Verdict[]::new);
            rules.add(r.narrowedTo(kept[0], java.util.Arrays.copyOfRange(kept, 1, kept.length)));
        }
        rules.addAll(List.of(
                ASSETS,
                GROUND,
                OWN_ASSETS,
                NATIONAL_GROUNDS,
                NOT_EDGE_FAMILY,
                COUNTY_CATEGORIES,
                OWN_INCOME,
                AMOUNT,
                AMOUNT_NOT_CONFIGURED));
        return rules;
    }

    /** The keys the one-person property test reads: the dibao family's. */
    private static List<ParameterKey<?>> ownAssetKeys() {
        List<ParameterKey<?>> keys = new ArrayList<>();
        for (Rule r : HouseholdRules.DIBAO_ASSETS.rules()) {
            keys.addAll(r.parameters());
        }
        return keys;
    }

    @Override
    protected void checkFacts(SingleMemberFacts facts, PolicySnapshot snapshot, List<Violation> violations) {
        HouseholdChecks.check(facts.household(), snapshot.date(), "facts.household", violations);
        if (facts.member() >= facts.household().members().size()) {
            violations.add(HouseholdChecks.unknownMember("facts.member"));
        }
    }

    @Override
    public Decision<SingleMemberResult> evaluate(SingleMemberFacts facts, PolicySnapshot snapshot) {
        RuleContext ctx = start(snapshot);
        Household h = facts.household();
        Member m = h.members().get(facts.member());
        LocalDate date = snapshot.date();
        MeansTest means = MeansTest.assess(ctx, h);
        if (clergyApartThreeYears(m, date)) {
            return clergy(ctx, h, facts.member(), m, means.standard());
        }
        if (!means.members().isCounted(facts.member())) {
            ctx.record(PERSON_COUNTED, Verdict.NOT_MET, "position", facts.member() + 1);
            return ctx.decide(null);
        }
        if (!means.complete()) {
            return ctx.decide(null);
        }
        boolean householdDibao = means.belowStandard();
        ctx.record(
                HOUSEHOLD_NOT_DIBAO,
                householdDibao ? Verdict.NOT_MET : Verdict.MET,
                "perCapitaIncome",
                means.perCapitaShown(),
                "standard",
                means.standard());
        SingleMemberGround ground = ground(ctx, h, m, means, date);
        MonthlyAmount own = ownIncome(ctx, h, facts.member());
        Money shownOwn = ownIncomeBelowStandard(ctx, own, means.standard());
        Money amount = ctx.outcome() == Outcome.ELIGIBLE
                ? DibaoProgram.differenceAmount(ctx, AMOUNT, AMOUNT_NOT_CONFIGURED, own, means.standard(), 1)
                : ctx.outcome() == Outcome.INELIGIBLE ? Money.ZERO : null;
        return ctx.decide(new SingleMemberResult(ground, Optional.ofNullable(amount), shownOwn, means.standard()));
    }

    /**
     * Grounds 1–3, then the county's categories. Records the ground, and the edge-family findings
     * when an Art. 8 (1)–(2) ground is decided by them.
     */
    private static SingleMemberGround ground(RuleContext ctx, Household h, Member m, MeansTest means, LocalDate date) {
        Disability d = m.disability().orElse(null);
        boolean certified = d != null && d.certificate();
        SingleMemberGround edgeGround = certified
                        && (d.severe()
                                || d.atLeast(DisabilityCategory.INTELLECTUAL, 3)
                                || d.atLeast(DisabilityCategory.PSYCHIATRIC, 3))
                ? SingleMemberGround.SEVERE_DISABILITY
                : m.seriousIllness() ? SingleMemberGround.SERIOUS_ILLNESS : null;
        Verdict edge = edgeGround == null ? null : edgeFamily(ctx, h, means, false);
        if (edge == Verdict.MET) {
            edgeFamily(ctx, h, means, true);
            ctx.record(GROUND, Verdict.MET, "ground", edgeGround);
            return edgeGround;
        }
        if (certified && d.severe() && m.unemployed() && m.ageOn(date) >= ADULT_AGE) {
            ctx.recordCiting(
                    GROUND,
                    Verdict.MET,
                    EligibilityCitations.SAFETY_NET_2022_SINGLE,
                    "ground",
                    SingleMemberGround.ADULT_UNEMPLOYED_SEVERE_DISABILITY);
            Verdict own = HouseholdRules.assets(ctx, h, 1, means.standard(), HouseholdRules.DIBAO_ASSETS, false);
            ctx.record(OWN_ASSETS, own == Verdict.NOT_MET ? Verdict.NEEDS_REVIEW : own);
            return SingleMemberGround.ADULT_UNEMPLOYED_SEVERE_DISABILITY;
        }
        if (edge == Verdict.UNDETERMINED) {
            // the person's ground holds; whether the household is an edge family waits for a missing value
            edgeFamily(ctx, h, means, true);
            ctx.record(GROUND, Verdict.MET, "ground", edgeGround);
            return edgeGround;
        }
        if (edgeGround == null) {
            ctx.record(NATIONAL_GROUNDS, Verdict.INFO);
        } else {
            ctx.record(NOT_EDGE_FAMILY, Verdict.INFO, "ground", edgeGround);
        }
        return countyCategory(ctx);
    }

    /** Art. 8 (4): the county's categories, which the library cannot see. */
    private static SingleMemberGround countyCategory(RuleContext ctx) {
        Boolean defined = ctx.param(EligibilityParameters.SINGLE_MEMBER_COUNTY_CATEGORIES);
        if (defined == null) {
            ctx.record(COUNTY_CATEGORIES, Verdict.UNDETERMINED);
            return null;
        }
        if (defined) {
            ctx.record(COUNTY_CATEGORIES, Verdict.NEEDS_REVIEW);
            return SingleMemberGround.COUNTY_CATEGORY;
        }
        ctx.record(COUNTY_CATEGORIES, Verdict.NOT_MET);
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
                ctx.record(EDGE_INCOME, income);
            }
        } else {
            income = means.belowMultiple(k) ? Verdict.MET : Verdict.NOT_MET;
            if (record) {
                ctx.record(
                        EDGE_INCOME,
                        income,
                        "perCapitaIncome",
                        means.perCapitaShown(),
                        "multiplier",
                        k,
                        "standard",
                        means.standard());
            }
        }
        Verdict assets =
                HouseholdRules.assets(ctx, h, means.counted(), means.standard(), HouseholdRules.DIBAO_ASSETS, record);
        if (record) {
            ctx.record(ASSETS, assets);
        }
        return Verdict.worst(income, assets);
    }

    /** Art. 8 (3): listed as clergy living apart since three years or more before the date. */
    private static boolean clergyApartThreeYears(Member m, LocalDate date) {
        Absence a = m.absence().orElse(null);
        return a != null
                && a.reason() == AbsenceReason.CLERGY_LIVING_APART
                && !a.since().plusYears(CLERGY_YEARS).isAfter(date);
    }

    /** Art. 8 (3): what the library can check; the rest is for a case worker. */
    private static Decision<SingleMemberResult> clergy(
            RuleContext ctx, Household h, int member, Member m, Money standard) {
        ctx.record(
                GROUND,
                Verdict.NEEDS_REVIEW,
                "ground",
                SingleMemberGround.CLERGY,
                "apartSince",
                m.absence().get().since());
        if (standard == null) {
            return ctx.decide(null);
        }
        MonthlyAmount own = ownIncome(ctx, h, member);
        Money shownOwn = ownIncomeBelowStandard(ctx, own, standard);
        return ctx.decide(new SingleMemberResult(
                SingleMemberGround.CLERGY,
                ctx.outcome() == Outcome.INELIGIBLE ? Optional.of(Money.ZERO) : Optional.empty(),
                shownOwn,
                standard));
    }

    /** 社会救助暂行办法 Art. 9: the person's own income below the standard, as a one-person unit. */
    private static Money ownIncomeBelowStandard(RuleContext ctx, MonthlyAmount own, Money standard) {
        Money shown = own.rounded(HouseholdRules.DISPLAY);
        boolean below = own.compareTo(standard, 1) < 0;
        ctx.record(OWN_INCOME, below ? Verdict.MET : Verdict.NOT_MET, "ownIncome", shown, "standard", standard);
        return shown;
    }

    /** The person's own income, exempt kinds left out exactly as in the household's income. */
    private static MonthlyAmount ownIncome(RuleContext ctx, Household h, int member) {
        MonthlyAmount total = MonthlyAmount.ZERO;
        for (IncomeItem item : h.incomes()) {
            if (item.member().isPresent()
                    && item.member().get() == member
                    && !Boolean.TRUE.equals(HouseholdRules.exempt(ctx, item))) {
                total = total.plus(MonthlyAmount.of(item.amount(), item.months()));
            }
        }
        return total;
    }
}
