package org.minzheng.eligibility.poverty;

import org.minzheng.core.person.SelfCareCategory;
import static org.minzheng.eligibility.EligibilityCitations.EP_ART_20;
import static org.minzheng.eligibility.EligibilityCitations.EP_ART_21_22;
import static org.minzheng.eligibility.EligibilityCitations.EP_ART_4;
import static org.minzheng.eligibility.EligibilityCitations.EP_ART_5;
import static org.minzheng.eligibility.EligibilityCitations.EP_ART_5_4;
import static org.minzheng.eligibility.EligibilityCitations.EP_ART_6;
import static org.minzheng.eligibility.EligibilityCitations.EP_ART_7;
import static org.minzheng.eligibility.EligibilityCitations.EP_ART_8;
import static org.minzheng.eligibility.EligibilityCitations.EP_ART_9;
import static org.minzheng.eligibility.EligibilityCitations.REFORM_ITEM_5;
import static org.minzheng.eligibility.EligibilityCitations.SA_ART_14;
import static org.minzheng.eligibility.EligibilityCitations.SA_ART_15;
import static org.minzheng.eligibility.EligibilityCitations.SA_ART_19;
import static org.minzheng.eligibility.EligibilityParameters.*;

import java.math.RoundingMode;
import java.time.LocalDate;
import org.minzheng.core.time.Ages;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.money.Money;
import org.minzheng.core.money.MoneyUnit;
import org.minzheng.core.money.Rounding;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.ParameterValue;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.program.AbstractProgram;
import org.minzheng.core.program.LocalizedText;
import org.minzheng.core.validation.Violation;
import org.minzheng.eligibility.EligibilityParameters;
import org.minzheng.eligibility.PropertyKeys;
import org.minzheng.eligibility.rules.PropertyRules;
import org.minzheng.core.person.AssistanceStatus;
import org.minzheng.eligibility.household.Disability;
import org.minzheng.eligibility.household.DisabilityCategory;
import org.minzheng.eligibility.household.MonthlyAmount;
import org.minzheng.eligibility.household.Relation;
import org.minzheng.eligibility.household.SchoolLevel;

/**
 * {@code extreme-poverty} — 特困人员救助供养 (support for persons in extreme poverty).
 *
 * <p>An older person, disabled person or minor is recognised when three tests hold at once
 * (特困人员认定办法 Art. 4; 社会救助暂行办法 Art. 14):
 * <ol>
 *   <li><b>No capacity to work</b> (Art. 5): aged 60 or over; under 16; a disability of grade 1–3
 *       intellectual or psychiatric, 1–2 physical or 1 visual; or a case the province defines
 *       (sent to a person: Zhejiang's list was not found). Minors are covered up to 18 (2020 reform
 *       opinion, 二（二）5). Whether support continues past 18 for students in school is not in any
 *       official text seen (only in reproductions, low confidence), so it is the parameter
 *       {@code extreme-poverty.student-continuation}, absent from the official packs.</li>
 *   <li><b>No livelihood</b> (Arts. 6–7): own monthly income, less the kinds Art. 6 does not count,
 *       below the local dibao standard (equal is not below), and assets within the local 特困
 *       asset rules, which the prefecture sets (Art. 7) and which were not found for Huzhou:
 *       anyone holding an asset is UNDETERMINED there, anyone holding none passes.</li>
 *   <li><b>No able supporter</b> (Art. 8): no legal supporter, or every supporter is 特困; on
 *       dibao and 60 or over; 70 or over with own income below last year's local per-capita
 *       disposable income and assets within the local <em>low-income family</em> asset rules;
 *       severely disabled (or grade-3 intellectual/psychiatric) with the same income and asset
 *       test; without civil capacity, declared missing or in prison with assets within the limit;
 *       or a provincial case (sent to a person). REFERENCE.md notes that reproductions differ on
 *       the asset test (低收入家庭 vs 低保边缘家庭); the text of the 办法 in the project library says
 *       低收入家庭财产状况, and that is what is implemented (keys
 *       {@code extreme-poverty.supporter.asset.*}).</li>
 * </ol>
 * A minor who also qualifies for the orphan or de-facto-unsupported-child scheme and chooses it is
 * not recognised (Art. 9: "选择申请纳入孤儿、事实无人抚养儿童基本生活保障范围的，不再认定为特困人员"). The text
 * makes it the applicant's choice (选择), so the facts carry {@code schemeChoice}: CHILD_SCHEME makes
 * the finding {@code extreme-poverty.child-scheme-precedence} NOT_MET (INELIGIBLE), EXTREME_POVERTY
 * makes it NOT_APPLICABLE, and a missing choice is NEEDS_REVIEW — a caseworker asks the minor or
 * the guardian; the library never chooses for them and never refuses for want of the choice.
 *
 * <p>The self-care category (Arts. 21–22) sets the care tier (Art. 20). Result: the basic living
 * standard (Huzhou 1950, OFFICIAL) and the care standard of the tier. <b>Decide what can be
 * decided:</b> recognition (认定) depends only on Arts. 4–9; the basic living standard (社会救助暂行办法
 * Art. 15) and the care standard (Art. 20) only measure the support granted, and no text makes
 * either a condition. Both are read as details ({@code RuleContext#detail}): when one is not
 * configured its finding is INFO saying so, the result fields {@code basicLivingStandard} /
 * {@code careStandard} and {@code monthlyTotal} are absent, the key is listed in the decision's
 * missing parameters with those fields, and the outcome follows from Arts. 4–9. Huzhou's care
 * standards are NOT FOUND, so an eligible Huzhou person is ELIGIBLE with
 * {@code careStandardDetermined: false}.
 */
public final class ExtremePovertyProgram extends AbstractProgram<ExtremePovertyFacts, ExtremePovertyResult> {

    /** The program id. */
    public static final String ID = "extreme-poverty";
    /** Rule: no capacity to work (Art. 5). */
    public static final String NO_WORK_CAPACITY = "extreme-poverty.no-work-capacity";
    /** Rule: the dibao standard is configured (Art. 6). */
    public static final String DIBAO_STANDARD = "extreme-poverty.dibao-standard";
    /** Rule: income below the dibao standard (Art. 6). */
    public static final String INCOME = "extreme-poverty.income-below-dibao-standard";
    /** Rule: financial assets within the local rules (Art. 7). */
    public static final String ASSET_FINANCIAL = "extreme-poverty.assets.financial";
    /** Rule: private car within the local rules (Art. 7). */
    public static final String ASSET_CAR = "extreme-poverty.assets.private-car";
    /** Rule: homes within the local rules (Art. 7). */
    public static final String ASSET_HOMES = "extreme-poverty.assets.homes";
    /** Rule: assets within the local rules, summary (Arts. 6–7). */
    public static final String ASSETS = "extreme-poverty.assets";
    /** Rule: one legal supporter's capacity (Art. 8), recorded once per supporter. */
    public static final String SUPPORTER = "extreme-poverty.supporter";
    /** Rule: no legal supporter able to support (Arts. 4(3), 8). */
    public static final String NO_ABLE_SUPPORTER = "extreme-poverty.no-able-supporter";
    /** Rule: precedence of the orphan / de-facto child scheme (Art. 9). */
    public static final String CHILD_SCHEME = "extreme-poverty.child-scheme-precedence";
    /** Rule: the self-care category (Arts. 21–22). */
    public static final String SELF_CARE = "extreme-poverty.self-care";
    /** Rule: the basic living standard (社会救助暂行办法 Art. 15). */
    public static final String BASIC_STANDARD = "extreme-poverty.basic-living-standard";
    /** Rule: the care standard of the self-care tier (Art. 20); a detail, see the class notes. */
    public static final String CARE_STANDARD = "extreme-poverty.care-standard";
    /** Rule: the basic living standard is not configured (a detail: the outcome does not wait for it). */
    public static final String BASIC_STANDARD_MISSING = "extreme-poverty.basic-living-standard.not-configured";
    /** Rule: the care standard of the tier is not configured (a detail: the outcome does not wait for it). */
    public static final String CARE_STANDARD_MISSING = "extreme-poverty.care-standard.not-configured";

    private static final Rounding DISPLAY = Rounding.of(MoneyUnit.FEN, RoundingMode.HALF_UP);
    private static final Set<SchoolLevel> CONTINUATION_LEVELS = EnumSet.of(SchoolLevel.PRIMARY,
            SchoolLevel.JUNIOR_SECONDARY, SchoolLevel.SENIOR_SECONDARY, SchoolLevel.SECONDARY_VOCATIONAL);
    private static final AssetLimits OWN_ASSETS = new AssetLimits(EP_ASSET_FINANCIAL_LIMIT,
            EP_PROPERTY);
    private static final AssetLimits LOW_INCOME_ASSETS = new AssetLimits(EP_SUPPORTER_ASSET_FINANCIAL_LIMIT,
            EP_SUPPORTER_PROPERTY);

    /** Creates the program (ServiceLoader needs a public no-argument constructor). */
    public ExtremePovertyProgram() {
        super(ID, new LocalizedText("特困人员救助供养", "Support for persons in extreme poverty"),
                List.of(EP_ART_4, EP_ART_5, EP_ART_6, EP_ART_7, EP_ART_8, EP_ART_9, EP_ART_20, EP_ART_21_22,
                        REFORM_ITEM_5, SA_ART_14, SA_ART_15, SA_ART_19),
                PropertyKeys.plus(List.of(EP_ELDERLY_AGE, EP_MINOR_AGE, EP_MINOR_COVERAGE_AGE, EP_MAX_GRADE_INTELLECTUAL,
                        EP_MAX_GRADE_PSYCHIATRIC, EP_MAX_GRADE_PHYSICAL, EP_MAX_GRADE_VISUAL, EP_STUDENT_CONTINUATION,
                        EligibilityParameters.DIBAO_STANDARD, EP_ASSET_FINANCIAL_LIMIT, EP_ASSET_CAR_ALLOWED,
                        EP_ASSET_MAX_HOMES, EP_SUPPORTER_DIBAO_AGE, EP_SUPPORTER_ELDERLY_AGE, EP_SUPPORTER_SEVERE_GRADE,
                        EP_SUPPORTER_MENTAL_GRADE, EP_SUPPORTER_DISPOSABLE_INCOME, EP_SUPPORTER_ASSET_FINANCIAL_LIMIT,
                        EP_SUPPORTER_ASSET_CAR_ALLOWED, EP_SUPPORTER_ASSET_MAX_HOMES, EP_BASIC_STANDARD, EP_CARE_FULL,
                        EP_CARE_PARTIAL, EP_CARE_NONE), EP_PROPERTY, EP_SUPPORTER_PROPERTY),
                ExtremePovertyFacts.class, ExtremePovertyResult.class, "org.minzheng.eligibility.messages");
    }

    @Override
    protected void checkFacts(ExtremePovertyFacts f, PolicySnapshot snapshot, List<Violation> violations) {
        LocalDate date = snapshot.date();
        if (f.birthDate().isAfter(date)) {
            violations.add(new Violation("facts.birthDate", "special.birth-after-decision",
                    "出生日期晚于认定日期 " + date, "birth date is after the decision date " + date));
        }
        if (f.fullTimeStudent() && f.schoolLevel() == null) {
            violations.add(new Violation("facts.schoolLevel", "special.school-level-missing",
                    "全日制在校生须填写就读阶段", "a full-time student needs a school level"));
        }
        ParameterValue<Integer> coverage = snapshot.find(EP_MINOR_COVERAGE_AGE);
        if (f.qualifiesForChildScheme() && coverage != null && !f.birthDate().isAfter(date)
                && f.ageOn(date) >= coverage.value()) {
            violations.add(new Violation("facts.qualifiesForChildScheme", "special.child-scheme-adult",
                    "只有未成年人可符合孤儿、事实无人抚养儿童认定条件",
                    "only a minor can qualify for the orphan or de-facto unsupported child scheme"));
        }
        if (f.schemeChoice() != null && !f.qualifiesForChildScheme()) {
            violations.add(new Violation("facts.schemeChoice", "special.scheme-choice-without-child-scheme",
                    "只有同时符合孤儿、事实无人抚养儿童认定条件的未成年人才需选择救助方式",
                    "a scheme choice is given only by a minor who also qualifies for the orphan or de-facto unsupported child scheme"));
        }
        for (int i = 0; i < f.supporters().size(); i++) {
            LegalSupporter s = f.supporters().get(i);
            String p = "facts.supporters[" + i + "]";
            if (s.relation() == Relation.APPLICANT) {
                violations.add(new Violation(p + ".relation", "special.supporter-is-applicant",
                        "法定义务人不能是申请人本人", "a legal supporter cannot be the applicant"));
            }
            if (s.birthDate().isAfter(date)) {
                violations.add(new Violation(p + ".birthDate", "special.birth-after-decision",
                        "出生日期晚于认定日期 " + date, "birth date is after the decision date " + date));
            }
        }
    }

    @Override
    public Decision<ExtremePovertyResult> evaluate(ExtremePovertyFacts f, PolicySnapshot snapshot) {
        RuleContext ctx = RuleContext.start(ID, snapshot);
        LocalDate date = snapshot.date();
        int age = f.ageOn(date);
        WorkCapacityGround ground = noWorkCapacity(ctx, f, age);
        Money income = noLivelihood(ctx, f);
        noAbleSupporter(ctx, f, date);
        childSchemePrecedence(ctx, f, age);
        SelfCareCategory category = selfCare(ctx, f);
        Outcome outcome = ctx.outcome();
        Money basic = null;
        Money care = null;
        boolean careDetermined = false;
        if (outcome == Outcome.ELIGIBLE || outcome == Outcome.NEEDS_REVIEW) {
            // both amounts only measure the support granted (see the class notes): details
            basic = basicStandard(ctx);
            care = careStandard(ctx, category);
            careDetermined = care != null;
        }
        Money total = basic != null && care != null ? basic.plus(care) : null;
        boolean eligible = outcome == Outcome.ELIGIBLE;
        return ctx.decide(outcome, new ExtremePovertyResult(eligible, ground, category, f.selfCare().failedItems().size(),
                f.arrangement(), income, basic, care, careDetermined, total));
    }

    /** Art. 5 and the 2020 extension to 18: the first ground that holds. */
    private static WorkCapacityGround noWorkCapacity(RuleContext ctx, ExtremePovertyFacts f, int age) {
        Integer elderly = ctx.param(EP_ELDERLY_AGE);
        Integer minor = ctx.param(EP_MINOR_AGE);
        Integer coverage = ctx.param(EP_MINOR_COVERAGE_AGE);
        if (elderly == null || minor == null || coverage == null) {
            ctx.record(NO_WORK_CAPACITY, Verdict.UNDETERMINED, EP_ART_5, "age", age);
            return WorkCapacityGround.NONE;
        }
        if (age >= elderly) {
            return met(ctx, WorkCapacityGround.ELDERLY, EP_ART_5, "age", age, "threshold", elderly);
        }
        if (age < minor) {
            return met(ctx, WorkCapacityGround.MINOR, EP_ART_5, "age", age, "threshold", minor);
        }
        if (age < coverage) {
            return met(ctx, WorkCapacityGround.MINOR_EXTENDED, REFORM_ITEM_5, "age", age, "threshold", coverage);
        }
        boolean review = false;
        Disability d = f.disability();
        if (d != null && d.certificate()) {
            if (d.category() == DisabilityCategory.MULTIPLE) {
                review = true;
            } else {
                ParameterKey<Integer> key = gradeKey(d.category());
                if (key != null) {
                    Integer max = ctx.param(key);
                    if (max == null) {
                        ctx.record(NO_WORK_CAPACITY, Verdict.UNDETERMINED, EP_ART_5, "age", age, "disability", d.category(),
                                "grade", d.grade());
                        return WorkCapacityGround.NONE;
                    }
                    if (d.grade() <= max) {
                        return met(ctx, WorkCapacityGround.DISABILITY, EP_ART_5, "age", age, "disability", d.category(),
                                "grade", d.grade(), "threshold", max);
                    }
                }
            }
        }
        if (f.fullTimeStudent() && f.schoolLevel() != null && CONTINUATION_LEVELS.contains(f.schoolLevel())) {
            Boolean continues = ctx.param(EP_STUDENT_CONTINUATION);
            if (continues == null) {
                ctx.record(NO_WORK_CAPACITY, Verdict.UNDETERMINED, EP_ART_5, "age", age, "schoolLevel", f.schoolLevel());
                return WorkCapacityGround.NONE;
            }
            if (continues) {
                Citation basis = ctx.snapshot().find(EP_STUDENT_CONTINUATION).citation();
                return met(ctx, WorkCapacityGround.STUDENT_CONTINUATION, basis, "age", age, "schoolLevel", f.schoolLevel());
            }
        }
        if (f.provincialNoWorkCapacityCase()) {
            ctx.record(NO_WORK_CAPACITY, Verdict.NEEDS_REVIEW, EP_ART_5_4, "age", age, "ground",
                    WorkCapacityGround.PROVINCIAL_CASE);
            return WorkCapacityGround.PROVINCIAL_CASE;
        }
        if (review) {
            ctx.record(NO_WORK_CAPACITY, Verdict.NEEDS_REVIEW, EP_ART_5, "age", age, "ground", WorkCapacityGround.DISABILITY,
                    "disability", DisabilityCategory.MULTIPLE, "grade", d.grade());
            return WorkCapacityGround.DISABILITY;
        }
        ctx.record(NO_WORK_CAPACITY, Verdict.NOT_MET, EP_ART_5, "age", age, "elderlyAge", elderly, "coverageAge", coverage);
        return WorkCapacityGround.NONE;
    }

    private static WorkCapacityGround met(RuleContext ctx, WorkCapacityGround ground, Citation basis, Object... facts) {
        Object[] all = new Object[facts.length + 2];
        all[0] = "ground";
        all[1] = ground;
        System.arraycopy(facts, 0, all, 2, facts.length);
        ctx.record(NO_WORK_CAPACITY, Verdict.MET, basis, all);
        return ground;
    }

    private static ParameterKey<Integer> gradeKey(DisabilityCategory c) {
        switch (c) {
            case INTELLECTUAL:
                return EP_MAX_GRADE_INTELLECTUAL;
            case PSYCHIATRIC:
                return EP_MAX_GRADE_PSYCHIATRIC;
            case PHYSICAL:
                return EP_MAX_GRADE_PHYSICAL;
            case VISUAL:
                return EP_MAX_GRADE_VISUAL;
            default:
                return null; // hearing and speech disability are not listed in Art. 5(3)
        }
    }

    /** Arts. 6–7: income below the dibao standard and assets within the local rules. */
    private static Money noLivelihood(RuleContext ctx, ExtremePovertyFacts f) {
        MonthlyAmount income = MonthlyAmount.ZERO;
        int excluded = 0;
        for (PersonalIncome item : f.incomes()) {
            if (item.excluded() != null) {
                excluded++;
            } else {
                income = income.plus(MonthlyAmount.of(item.amount(), item.months()));
            }
        }
        Money shown = income.rounded(DISPLAY);
        Money standard = ctx.param(EligibilityParameters.DIBAO_STANDARD);
        if (standard == null) {
            ctx.record(DIBAO_STANDARD, Verdict.UNDETERMINED, EP_ART_6, "monthlyIncome", shown);
        } else {
            boolean below = income.compareTo(standard, 1) < 0;
            ctx.record(INCOME, below ? Verdict.MET : Verdict.NOT_MET, EP_ART_6, "monthlyIncome", shown,
                    "standard", standard, "excludedItems", excluded);
            if (!below) {
                Money over = income.minus(MonthlyAmount.ofFen(standard.fen()))
                        .rounded(Rounding.of(MoneyUnit.FEN, RoundingMode.FLOOR)).plus(Money.ofFen(1));
                ctx.counterfactual("extreme-poverty.counterfactual.income-above", "fallNeeded", over, "standard", standard);
            }
        }
        PropertyRules.Held held = OWN_ASSETS.hold(ctx, f.assets(), true);
        AssetLimits.Check financial = OWN_ASSETS.financial(ctx, held);
        if (financial != null) {
            recordAsset(ctx, ASSET_FINANCIAL, financial, "financialAssets", held.financial());
        }
        AssetLimits.Check car = OWN_ASSETS.car(ctx, held);
        if (car != null) {
            recordAsset(ctx, ASSET_CAR, car, "vehicles", held.vehicles());
        }
        AssetLimits.Check homes = OWN_ASSETS.homes(ctx, f.assets());
        if (homes != null) {
            recordAsset(ctx, ASSET_HOMES, homes, "homes", f.assets().homes());
        }
        Verdict assets = PropertyRules.worst(AssetLimits.verdict(financial), AssetLimits.verdict(car),
                AssetLimits.verdict(homes), held.verdict());
        boolean assetsHeld = financial != null || car != null || homes != null || !f.assets().property().isEmpty()
                || !f.assets().vehicles().isEmpty();
        ctx.record(ASSETS, assets, EP_ART_7, "assetsHeld", assetsHeld);
        return shown;
    }

    private static void recordAsset(RuleContext ctx, String rule, AssetLimits.Check c, String name, Object held) {
        if (c.limit() == null) {
            ctx.record(rule, c.verdict(), EP_ART_7, name, held);
        } else {
            ctx.record(rule, c.verdict(), EP_ART_7, name, held, "limit", c.limit());
        }
    }

    /** Arts. 4(3), 8: no legal supporter, or none able to support. */
    private static void noAbleSupporter(RuleContext ctx, ExtremePovertyFacts f, LocalDate date) {
        List<LegalSupporter> supporters = f.supporters();
        if (supporters.isEmpty()) {
            ctx.record(NO_ABLE_SUPPORTER, Verdict.MET, EP_ART_8, "supporters", 0, "able", 0);
            return;
        }
        List<Verdict> verdicts = new ArrayList<>(supporters.size());
        int able = 0;
        for (int i = 0; i < supporters.size(); i++) {
            Verdict v = supporter(ctx, i, supporters.get(i), date);
            verdicts.add(v);
            if (v == Verdict.NOT_MET) {
                able++;
            }
        }
        Outcome o = Outcome.combine(verdicts);
        Verdict summary = o == Outcome.INELIGIBLE ? Verdict.NOT_MET : o == Outcome.UNDETERMINED ? Verdict.UNDETERMINED
                : o == Outcome.NEEDS_REVIEW ? Verdict.NEEDS_REVIEW : Verdict.MET;
        ctx.record(NO_ABLE_SUPPORTER, summary, EP_ART_8, "supporters", supporters.size(), "able", able);
    }

    /** Art. 8: MET if this supporter cannot support, NOT_MET if they can. */
    private static Verdict supporter(RuleContext ctx, int index, LegalSupporter s, LocalDate date) {
        int age = Ages.completedYears(s.birthDate(), date);
        Object[] who = {"position", index + 1, "relation", s.relation(), "age", age};
        if (s.assistance() == AssistanceStatus.EXTREME_POVERTY) {
            return recordSupporter(ctx, Verdict.MET, SupporterInability.EXTREME_POVERTY, who);
        }
        if (s.assistance() == AssistanceStatus.DIBAO) {
            Integer dibaoAge = ctx.param(EP_SUPPORTER_DIBAO_AGE);
            if (dibaoAge == null) {
                return recordSupporter(ctx, Verdict.UNDETERMINED, SupporterInability.ELDERLY_ON_DIBAO, who);
            }
            if (age >= dibaoAge) {
                return recordSupporter(ctx, Verdict.MET, SupporterInability.ELDERLY_ON_DIBAO, who);
            }
        }
        SupporterInability candidate = null;
        boolean incomeTest = true;
        if (s.status() != SupporterStatus.NORMAL) {
            candidate = SupporterInability.INCAPACITATED;
            incomeTest = false;
        } else {
            Integer elderlyAge = ctx.param(EP_SUPPORTER_ELDERLY_AGE);
            if (elderlyAge == null) {
                return recordSupporter(ctx, Verdict.UNDETERMINED, SupporterInability.ELDERLY_LOW_INCOME, who);
            }
            if (age >= elderlyAge) {
                candidate = SupporterInability.ELDERLY_LOW_INCOME;
            } else if (s.disability() != null) {
                Integer severe = ctx.param(EP_SUPPORTER_SEVERE_GRADE);
                Integer mental = ctx.param(EP_SUPPORTER_MENTAL_GRADE);
                if (severe == null || mental == null) {
                    return recordSupporter(ctx, Verdict.UNDETERMINED, SupporterInability.DISABLED_LOW_INCOME, who);
                }
                Disability d = s.disability();
                boolean mentalCategory = d.category() == DisabilityCategory.INTELLECTUAL
                        || d.category() == DisabilityCategory.PSYCHIATRIC;
                if (d.grade() <= severe || mentalCategory && d.grade() <= mental) {
                    candidate = SupporterInability.DISABLED_LOW_INCOME;
                }
            }
        }
        if (candidate != null) {
            Verdict v = Verdict.MET;
            if (incomeTest) {
                Money disposable = ctx.param(EP_SUPPORTER_DISPOSABLE_INCOME);
                if (disposable == null) {
                    v = Verdict.UNDETERMINED;
                } else if (!s.annualIncome().isLessThan(disposable)) {
                    v = Verdict.NOT_MET;
                }
            }
            if (v != Verdict.NOT_MET) {
                Verdict assets = LOW_INCOME_ASSETS.all(ctx, s.assets());
                v = assets == Verdict.NOT_MET ? Verdict.NOT_MET : v == Verdict.UNDETERMINED ? v : assets;
            }
            if (v != Verdict.NOT_MET || !s.provincialCase()) {
                return recordSupporter(ctx, v, v == Verdict.NOT_MET ? SupporterInability.ABLE : candidate, who);
            }
        }
        if (s.provincialCase()) {
            return recordSupporter(ctx, Verdict.NEEDS_REVIEW, SupporterInability.PROVINCIAL_CASE, who);
        }
        return recordSupporter(ctx, Verdict.NOT_MET, SupporterInability.ABLE, who);
    }

    private static Verdict recordSupporter(RuleContext ctx, Verdict v, SupporterInability ground, Object[] who) {
        ctx.record(SUPPORTER, v, EP_ART_8, who[0], who[1], who[2], who[3], who[4], who[5], "ground", ground);
        return v;
    }

    /**
     * Art. 9: a minor who also qualifies for the child scheme and <em>chooses</em> it is not
     * recognised; one who chooses 特困 is; without the choice a person must ask (NEEDS_REVIEW).
     */
    private static void childSchemePrecedence(RuleContext ctx, ExtremePovertyFacts f, int age) {
        if (!f.qualifiesForChildScheme()) {
            return;
        }
        SchemeChoice choice = f.schemeChoice();
        if (choice == null) {
            ctx.record(CHILD_SCHEME, Verdict.NEEDS_REVIEW, EP_ART_9, "age", age);
        } else {
            ctx.record(CHILD_SCHEME, choice == SchemeChoice.EXTREME_POVERTY ? Verdict.NOT_APPLICABLE : Verdict.NOT_MET,
                    EP_ART_9, "age", age, "schemeChoice", choice);
        }
    }

    /** Arts. 21–22: the category, from the six items. */
    private static SelfCareCategory selfCare(RuleContext ctx, ExtremePovertyFacts f) {
        SelfCareCategory c = f.selfCare().category();
        ctx.record(SELF_CARE, Verdict.INFO, EP_ART_21_22, "category", c, "failedItems", f.selfCare().failedItems(),
                "arrangement", f.arrangement());
        return c;
    }

    /** 社会救助暂行办法 Art. 15: the basic living standard, set by the province or prefecture. */
    private static Money basicStandard(RuleContext ctx) {
        Money basic = ctx.detail(EP_BASIC_STANDARD, "basicLivingStandard");
        if (basic == null) {
            ctx.detail(EP_BASIC_STANDARD, "monthlyTotal");
            ctx.record(BASIC_STANDARD_MISSING, Verdict.INFO, SA_ART_15, "key", EP_BASIC_STANDARD.name());
        } else {
            ctx.record(BASIC_STANDARD, Verdict.INFO, SA_ART_15, "standard", basic);
        }
        return basic;
    }

    /** Art. 20: the care standard of the self-care tier (a detail: not part of the outcome). */
    private static Money careStandard(RuleContext ctx, SelfCareCategory category) {
        ParameterKey<Money> key = careKey(category);
        Money care = ctx.detail(key, "careStandard");
        if (care == null) {
            ctx.detail(key, "monthlyTotal");
            ctx.record(CARE_STANDARD_MISSING, Verdict.INFO, EP_ART_20, "category", category, "key", key.name());
            return null;
        }
        ctx.record(CARE_STANDARD, Verdict.INFO, EP_ART_20, "category", category, "amount", care);
        return care;
    }

    /**
     * @param category a self-care category
     * @return the key of its care standard
     */
    public static ParameterKey<Money> careKey(SelfCareCategory category) {
        switch (category) {
            case FULL:
                return EP_CARE_FULL;
            case PARTIAL:
                return EP_CARE_PARTIAL;
            default:
                return EP_CARE_NONE;
        }
    }
}
