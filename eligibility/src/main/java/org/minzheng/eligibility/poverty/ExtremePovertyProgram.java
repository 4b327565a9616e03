package org.minzheng.eligibility.poverty;

import static org.minzheng.eligibility.EligibilityCitations.EP_ART_20;
import static org.minzheng.eligibility.EligibilityCitations.EP_ART_21_22;
import static org.minzheng.eligibility.EligibilityCitations.EP_ART_5;
import static org.minzheng.eligibility.EligibilityCitations.EP_ART_5_4;
import static org.minzheng.eligibility.EligibilityCitations.EP_ART_6;
import static org.minzheng.eligibility.EligibilityCitations.EP_ART_7;
import static org.minzheng.eligibility.EligibilityCitations.EP_ART_8;
import static org.minzheng.eligibility.EligibilityCitations.EP_ART_9;
import static org.minzheng.eligibility.EligibilityCitations.REFORM_ITEM_5;
import static org.minzheng.eligibility.EligibilityCitations.SA_ART_15;
import static org.minzheng.eligibility.EligibilityCitations.SA_ART_19;
import static org.minzheng.eligibility.EligibilityParameters.DIBAO_STANDARD;
import static org.minzheng.eligibility.EligibilityParameters.EP_ASSET_CAR_ALLOWED;
import static org.minzheng.eligibility.EligibilityParameters.EP_ASSET_FINANCIAL_LIMIT;
import static org.minzheng.eligibility.EligibilityParameters.EP_ASSET_MAX_HOMES;
import static org.minzheng.eligibility.EligibilityParameters.EP_BASIC_STANDARD;
import static org.minzheng.eligibility.EligibilityParameters.EP_CARE_FULL;
import static org.minzheng.eligibility.EligibilityParameters.EP_CARE_NONE;
import static org.minzheng.eligibility.EligibilityParameters.EP_CARE_PARTIAL;
import static org.minzheng.eligibility.EligibilityParameters.EP_ELDERLY_AGE;
import static org.minzheng.eligibility.EligibilityParameters.EP_MAX_GRADE_INTELLECTUAL;
import static org.minzheng.eligibility.EligibilityParameters.EP_MAX_GRADE_PHYSICAL;
import static org.minzheng.eligibility.EligibilityParameters.EP_MAX_GRADE_PSYCHIATRIC;
import static org.minzheng.eligibility.EligibilityParameters.EP_MAX_GRADE_VISUAL;
import static org.minzheng.eligibility.EligibilityParameters.EP_MINOR_AGE;
import static org.minzheng.eligibility.EligibilityParameters.EP_MINOR_COVERAGE_AGE;
import static org.minzheng.eligibility.EligibilityParameters.EP_PROPERTY;
import static org.minzheng.eligibility.EligibilityParameters.EP_STUDENT_CONTINUATION;
import static org.minzheng.eligibility.EligibilityParameters.EP_SUPPORTER_ASSET_FINANCIAL_LIMIT;
import static org.minzheng.eligibility.EligibilityParameters.EP_SUPPORTER_DIBAO_AGE;
import static org.minzheng.eligibility.EligibilityParameters.EP_SUPPORTER_DISPOSABLE_INCOME;
import static org.minzheng.eligibility.EligibilityParameters.EP_SUPPORTER_ELDERLY_AGE;
import static org.minzheng.eligibility.EligibilityParameters.EP_SUPPORTER_MENTAL_GRADE;
import static org.minzheng.eligibility.EligibilityParameters.EP_SUPPORTER_PROPERTY;
import static org.minzheng.eligibility.EligibilityParameters.EP_SUPPORTER_SEVERE_GRADE;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.Rule;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.money.Money;
import org.minzheng.core.money.MoneyUnit;
import org.minzheng.core.money.Rounding;
import org.minzheng.core.person.AssistanceStatus;
import org.minzheng.core.person.SelfCareCategory;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.ParameterValue;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.program.AbstractProgram;
import org.minzheng.core.program.LocalizedText;
import org.minzheng.core.time.Ages;
import org.minzheng.core.validation.Checks;
import org.minzheng.core.validation.Violation;
import org.minzheng.eligibility.household.Disability;
import org.minzheng.eligibility.household.DisabilityCategory;
import org.minzheng.eligibility.household.MonthlyAmount;
import org.minzheng.eligibility.household.Relation;
import org.minzheng.eligibility.household.SchoolLevel;
import org.minzheng.eligibility.rules.PropertyRules;
import org.minzheng.eligibility.special.SpecialChecks;

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

    private static final String ART_5 = "符合下列情形之一的，应当认定为本办法所称的无劳动能力：（一）60周岁以上的老年人；（二）未满16周岁的未成年人；"
            + "（三）残疾等级为一、二、三级的智力、精神残疾人，残疾等级为一、二级的肢体残疾人，残疾等级为一级的视力残疾人；"
            + "（四）省、自治区、直辖市人民政府规定的其他情形。";
    private static final String ART_6 = "收入低于当地最低生活保障标准，且财产符合当地特困人员财产状况规定的，应当认定为本办法所称的无生活来源。";
    private static final String ART_7 = "特困人员财产状况认定标准由设区的市级以上地方人民政府民政部门制定，并报同级地方人民政府同意。";
    private static final String ART_8 = "法定义务人符合下列情形之一的，应当认定为本办法所称的无履行义务能力：（一）特困人员；"
            + "（二）60周岁以上的最低生活保障对象；（三）70周岁以上的老年人，本人收入低于当地上年人均可支配收入，且其财产符合当地低收入家庭财产状况规定的；"
            + "（四）重度残疾人和残疾等级为三级的智力、精神残疾人，本人收入低于当地上年人均可支配收入，且其财产符合当地低收入家庭财产状况规定的；"
            + "（五）无民事行为能力、被宣告失踪或者在监狱服刑的人员，且其财产符合当地低收入家庭财产状况规定的；"
            + "（六）省、自治区、直辖市人民政府规定的其他情形。";

    /**
     * No capacity to work (Art. 5; minors to 18 by the 2020 reform opinion 二（二）5; a province's own
     * cases, Art. 5(4), go to a person). A student past the coverage age continues only where
     * {@code extreme-poverty.student-continuation} says so: no official text was found, so the
     * finding cites the coverage extension and the row that sets the flag travels in its sources.
     */
    public static final Rule NO_WORK_CAPACITY = Rule.builder("extreme-poverty.no-work-capacity", EP_ART_5)
            .quote(ART_5)
            .reading("“60周岁以上”含60周岁；“未满16周岁”不含16周岁", "60 or over includes 60; under 16 excludes 16")
            .verdicts(Verdict.MET, Verdict.NOT_MET, Verdict.NEEDS_REVIEW, Verdict.UNDETERMINED)
            .reads(
                    EP_ELDERLY_AGE,
                    EP_MINOR_AGE,
                    EP_MINOR_COVERAGE_AGE,
                    EP_MAX_GRADE_INTELLECTUAL,
                    EP_MAX_GRADE_PSYCHIATRIC,
                    EP_MAX_GRADE_PHYSICAL,
                    EP_MAX_GRADE_VISUAL,
                    EP_STUDENT_CONTINUATION)
            .alsoCites(REFORM_ITEM_5, EP_ART_5_4)
            .build();
    /** The local dibao standard, against which own income is tested, is not configured (Art. 6). */
    public static final Rule DIBAO_STANDARD_MISSING = Rule.builder("extreme-poverty.dibao-standard", EP_ART_6)
            .quote(ART_6)
            .reading(
                    "“低于”指严格小于：收入与低保标准持平的，不属于无生活来源",
                    "below means strictly below: an income equal to the dibao standard is a source of living")
            .verdicts(Verdict.UNDETERMINED)
            .reads(DIBAO_STANDARD)
            .build();
    /** Own income below the local dibao standard (Art. 6; equal is not below). */
    public static final Rule INCOME = Rule.builder("extreme-poverty.income-below-dibao-standard", EP_ART_6)
            .quote(ART_6)
            .verdicts(Verdict.MET, Verdict.NOT_MET)
            .reads(DIBAO_STANDARD)
            .notes("extreme-poverty.counterfactual.income-above")
            .build();
    /** Financial assets within the local limit (Art. 7). */
    public static final Rule ASSET_FINANCIAL = Rule.builder("extreme-poverty.assets.financial", EP_ART_7)
            .quote(ART_7)
            .verdicts(Verdict.MET, Verdict.NOT_MET, Verdict.UNDETERMINED)
            .reads(EP_ASSET_FINANCIAL_LIMIT)
            .build();
    /** A private car (or a vehicle not exempt) within the local rules (Art. 7). */
    public static final Rule ASSET_CAR = Rule.builder("extreme-poverty.assets.private-car", EP_ART_7)
            .quote(ART_7)
            .verdicts(Verdict.MET, Verdict.NOT_MET, Verdict.UNDETERMINED)
            .reads(EP_ASSET_CAR_ALLOWED)
            .build();
    /** Homes within the local limit (Art. 7). */
    public static final Rule ASSET_HOMES = Rule.builder("extreme-poverty.assets.homes", EP_ART_7)
            .quote(ART_7)
            .verdicts(Verdict.MET, Verdict.NOT_MET, Verdict.UNDETERMINED)
            .reads(EP_ASSET_MAX_HOMES)
            .build();
    /** The person's assets within the local 特困 rules, all kinds together (Arts. 6–7). */
    public static final Rule ASSETS = Rule.builder("extreme-poverty.assets", EP_ART_7)
            .quote(ART_7)
            .verdicts(Verdict.MET, Verdict.NOT_MET, Verdict.UNDETERMINED)
            .build();
    /**
     * One legal supporter's capacity (Art. 8), recorded once per supporter: MET if a ground of
     * Art. 8 makes them unable to support, NOT_MET if none does. Reads the low-income family asset
     * rules ({@code extreme-poverty.supporter.asset.*}) the grounds (三)–(五) test.
     */
    public static final Rule SUPPORTER = Rule.builder("extreme-poverty.supporter", EP_ART_8)
            .quote(ART_8)
            .verdicts(Verdict.MET, Verdict.NOT_MET, Verdict.NEEDS_REVIEW, Verdict.UNDETERMINED)
            .reads(
                    EP_SUPPORTER_DIBAO_AGE,
                    EP_SUPPORTER_ELDERLY_AGE,
                    EP_SUPPORTER_SEVERE_GRADE,
                    EP_SUPPORTER_MENTAL_GRADE,
                    EP_SUPPORTER_DISPOSABLE_INCOME,
                    EP_SUPPORTER_ASSET_FINANCIAL_LIMIT,
                    EP_SUPPORTER_PROPERTY.carAllowed(),
                    EP_SUPPORTER_PROPERTY.maxHomes())
            .reads(EP_SUPPORTER_PROPERTY.declared())
            .build();
    /** No legal supporter, or none able to support (Arts. 4(3), 8): the supporters' findings combined. */
    public static final Rule NO_ABLE_SUPPORTER = Rule.builder("extreme-poverty.no-able-supporter", EP_ART_8)
            .quote(ART_8)
            .verdicts(Verdict.MET, Verdict.NOT_MET, Verdict.NEEDS_REVIEW, Verdict.UNDETERMINED)
            .build();
    /** Precedence of the orphan / de-facto unsupported child scheme, at the minor's choice (Art. 9). */
    public static final Rule CHILD_SCHEME = Rule.builder("extreme-poverty.child-scheme-precedence", EP_ART_9)
            .quote("同时符合特困人员救助供养条件和孤儿、事实无人抚养儿童认定条件的未成年人，选择申请纳入孤儿、事实无人抚养儿童基本生活保障范围的，不再认定为特困人员。")
            .verdicts(Verdict.NOT_MET, Verdict.NOT_APPLICABLE, Verdict.NEEDS_REVIEW)
            .build();
    /** The self-care category, from the six items (Arts. 21–22). */
    public static final Rule SELF_CARE = Rule.builder("extreme-poverty.self-care", EP_ART_21_22)
            .quote("特困人员生活自理状况6项指标全部达到的，可以视为具备生活自理能力；有3项以下（含3项）指标不能达到的，可以视为部分丧失生活自理能力；"
                    + "有4项以上（含4项）指标不能达到的，可以视为完全丧失生活自理能力。")
            .verdicts(Verdict.INFO)
            .build();
    /**
     * The form of support the person chose, 集中供养 in a support institution or 在家分散供养 at home
     * (社会救助暂行办法 Art. 19; the self-care articles of 特困人员认定办法 say nothing of it).
     */
    public static final Rule SUPPORT_ARRANGEMENT = Rule.builder("extreme-poverty.support-arrangement", SA_ART_19)
            .quote("特困供养人员可以在当地的供养服务机构集中供养，也可以在家分散供养。特困供养人员可以自行选择供养形式。")
            .verdicts(Verdict.INFO)
            .build();
    /** The basic living standard (社会救助暂行办法 Art. 15); a detail, see the class notes. */
    public static final Rule BASIC_STANDARD = Rule.builder("extreme-poverty.basic-living-standard", SA_ART_15)
            .verdicts(Verdict.INFO)
            .reads(EP_BASIC_STANDARD)
            .build();
    /** The basic living standard is not configured (a detail: the outcome does not wait for it). */
    public static final Rule BASIC_STANDARD_MISSING = Rule.builder(
                    "extreme-poverty.basic-living-standard.not-configured", SA_ART_15)
            .verdicts(Verdict.INFO)
            .reads(EP_BASIC_STANDARD)
            .build();

    private static final String ART_20 =
            "县级人民政府民政部门应当在乡镇人民政府（街道办事处）、村（居）民委员会协助下，对特困人员生活自理能力进行评估，" + "并根据评估结果，确定特困人员应当享受的照料护理标准档次。";
    /** The care standard of the self-care tier (Art. 20); a detail, see the class notes. */
    public static final Rule CARE_STANDARD = Rule.builder("extreme-poverty.care-standard", EP_ART_20)
            .quote(ART_20)
            .verdicts(Verdict.INFO)
            .reads(EP_CARE_FULL, EP_CARE_PARTIAL, EP_CARE_NONE)
            .build();
    /** The care standard of the tier is not configured (a detail: the outcome does not wait for it). */
    public static final Rule CARE_STANDARD_MISSING = Rule.builder(
                    "extreme-poverty.care-standard.not-configured", EP_ART_20)
            .quote(ART_20)
            .verdicts(Verdict.INFO)
            .reads(EP_CARE_FULL, EP_CARE_PARTIAL, EP_CARE_NONE)
            .build();

    private static final Rounding DISPLAY = Rounding.of(MoneyUnit.FEN, RoundingMode.HALF_UP);
    private static final Rounding FEN_DOWN = Rounding.of(MoneyUnit.FEN, RoundingMode.FLOOR);
    private static final Set<SchoolLevel> CONTINUATION_LEVELS = EnumSet.of(
            SchoolLevel.PRIMARY,
            SchoolLevel.JUNIOR_SECONDARY,
            SchoolLevel.SENIOR_SECONDARY,
            SchoolLevel.SECONDARY_VOCATIONAL);
    private static final Map<DisabilityCategory, ParameterKey<Integer>> GRADE_KEYS = Map.of(
            DisabilityCategory.INTELLECTUAL,
            EP_MAX_GRADE_INTELLECTUAL,
            DisabilityCategory.PSYCHIATRIC,
            EP_MAX_GRADE_PSYCHIATRIC,
            DisabilityCategory.PHYSICAL,
            EP_MAX_GRADE_PHYSICAL,
            DisabilityCategory.VISUAL,
            EP_MAX_GRADE_VISUAL);
    private static final AssetLimits OWN_ASSETS = new AssetLimits(EP_ASSET_FINANCIAL_LIMIT, EP_PROPERTY);
    private static final AssetLimits LOW_INCOME_ASSETS =
            new AssetLimits(EP_SUPPORTER_ASSET_FINANCIAL_LIMIT, EP_SUPPORTER_PROPERTY);

    /** The rules, in the order they are decided. */
    static final List<Rule> RULES = List.of(
            NO_WORK_CAPACITY,
            DIBAO_STANDARD_MISSING,
            INCOME,
            AssetLimits.EXEMPTION,
            AssetLimits.OTHER,
            ASSET_FINANCIAL,
            ASSET_CAR,
            ASSET_HOMES,
            ASSETS,
            SUPPORTER,
            NO_ABLE_SUPPORTER,
            CHILD_SCHEME,
            SELF_CARE,
            SUPPORT_ARRANGEMENT,
            BASIC_STANDARD,
            BASIC_STANDARD_MISSING,
            CARE_STANDARD,
            CARE_STANDARD_MISSING);

    /** Creates the program (ServiceLoader needs a public no-argument constructor). */
    public ExtremePovertyProgram() {
        super(
                ID,
                new LocalizedText("特困人员救助供养", "Support for persons in extreme poverty"),
                ExtremePovertyFacts.class,
                ExtremePovertyResult.class,
                "org.minzheng.eligibility.messages",
                RULES);
    }

    @Override
    protected void checkFacts(ExtremePovertyFacts f, PolicySnapshot snapshot, List<Violation> violations) {
        LocalDate date = snapshot.date();
        boolean born = Checks.notAfterDecisionDate("facts.birthDate", f.birthDate(), date, violations);
        if (f.fullTimeStudent() && f.schoolLevel().isEmpty()) {
            violations.add(SpecialChecks.violation("facts.schoolLevel", "special.school-level-missing"));
        }
        ParameterValue<Integer> coverage = snapshot.find(EP_MINOR_COVERAGE_AGE);
        if (f.qualifiesForChildScheme() && coverage != null && born && f.ageOn(date) >= coverage.value()) {
            violations.add(SpecialChecks.violation("facts.qualifiesForChildScheme", "special.child-scheme-adult"));
        }
        if (f.schemeChoice().isPresent() && !f.qualifiesForChildScheme()) {
            violations.add(SpecialChecks.violation("facts.schemeChoice", "special.scheme-choice-without-child-scheme"));
        }
        for (int i = 0; i < f.supporters().size(); i++) {
            LegalSupporter s = f.supporters().get(i);
            String p = "facts.supporters[" + i + "]";
            if (s.relation() == Relation.APPLICANT) {
                violations.add(SpecialChecks.violation(p + ".relation", "special.supporter-is-applicant"));
            }
            Checks.notAfterDecisionDate(p + ".birthDate", s.birthDate(), date, violations);
        }
    }

    @Override
    public Decision<ExtremePovertyResult> evaluate(ExtremePovertyFacts f, PolicySnapshot snapshot) {
        RuleContext ctx = start(snapshot);
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
        if (outcome == Outcome.ELIGIBLE || outcome == Outcome.NEEDS_REVIEW) {
            // both amounts only measure the support granted (see the class notes): details
            basic = basicStandard(ctx);
            care = careStandard(ctx, category);
        }
        Money total = basic != null && care != null ? basic.plus(care) : null;
        return ctx.decide(
                outcome,
                new ExtremePovertyResult(
                        outcome == Outcome.ELIGIBLE || outcome == Outcome.INELIGIBLE
                                ? Optional.of(outcome == Outcome.ELIGIBLE)
                                : Optional.empty(),
                        ground,
                        category,
                        f.selfCare().failedItems().size(),
                        f.arrangement(),
                        income,
                        basic,
                        care,
                        care != null,
                        total));
    }

    // ---- Art. 5: no capacity to work ----

    /** Art. 5 and the 2020 extension to 18: the first ground that holds. */
    private static WorkCapacityGround noWorkCapacity(RuleContext ctx, ExtremePovertyFacts f, int age) {
        Integer elderly = ctx.param(EP_ELDERLY_AGE);
        Integer minor = ctx.param(EP_MINOR_AGE);
        Integer coverage = ctx.param(EP_MINOR_COVERAGE_AGE);
        if (elderly == null || minor == null || coverage == null) {
            ctx.record(NO_WORK_CAPACITY, Verdict.UNDETERMINED, "age", age);
            return WorkCapacityGround.NONE;
        }
        // (一) 60周岁以上的老年人
        if (age >= elderly) {
            return met(ctx, WorkCapacityGround.ELDERLY, EP_ART_5, "age", age, "threshold", elderly);
        }
        // (二) 未满16周岁的未成年人
        if (age < minor) {
            return met(ctx, WorkCapacityGround.MINOR, EP_ART_5, "age", age, "threshold", minor);
        }
        // 2020 reform opinion 二（二）5: 从16周岁延长至18周岁
        if (age < coverage) {
            return met(ctx, WorkCapacityGround.MINOR_EXTENDED, REFORM_ITEM_5, "age", age, "threshold", coverage);
        }
        // (三) the listed disabilities; a multiple disability goes to a person
        Optional<Disability> certified = f.disability().filter(Disability::certificate);
        boolean multiple =
                certified.map(d -> d.category() == DisabilityCategory.MULTIPLE).orElse(false);
        if (certified.isPresent() && !multiple) {
            Disability d = certified.get();
            ParameterKey<Integer> key = GRADE_KEYS.get(d.category()); // hearing and speech are not listed in Art. 5(3)
            if (key != null) {
                Integer max = ctx.param(key);
                if (max == null) {
                    ctx.record(
                            NO_WORK_CAPACITY,
                            Verdict.UNDETERMINED,
                            "age",
                            age,
                            "disability",
                            d.category(),
                            "grade",
                            d.grade());
                    return WorkCapacityGround.NONE;
                }
                if (d.grade() <= max) {
                    return met(
                            ctx,
                            WorkCapacityGround.DISABILITY,
                            EP_ART_5,
                            "age",
                            age,
                            "disability",
                            d.category(),
                            "grade",
                            d.grade(),
                            "threshold",
                            max);
                }
            }
        }
        // past the coverage age, still at school (NOT FOUND in an official text: the flag decides)
        Optional<SchoolLevel> level =
                f.schoolLevel().filter(l -> f.fullTimeStudent() && CONTINUATION_LEVELS.contains(l));
        if (level.isPresent()) {
            Boolean continues = ctx.param(EP_STUDENT_CONTINUATION);
            if (continues == null) {
                ctx.record(NO_WORK_CAPACITY, Verdict.UNDETERMINED, "age", age, "schoolLevel", level.get());
                return WorkCapacityGround.NONE;
            }
            if (continues) {
                return met(
                        ctx,
                        WorkCapacityGround.STUDENT_CONTINUATION,
                        REFORM_ITEM_5,
                        "age",
                        age,
                        "schoolLevel",
                        level.get());
            }
        }
        // (四) 省、自治区、直辖市人民政府规定的其他情形 (Zhejiang's list not found: a person decides)
        if (f.provincialNoWorkCapacityCase()) {
            ctx.recordCiting(
                    NO_WORK_CAPACITY,
                    Verdict.NEEDS_REVIEW,
                    EP_ART_5_4,
                    "age",
                    age,
                    "ground",
                    WorkCapacityGround.PROVINCIAL_CASE);
            return WorkCapacityGround.PROVINCIAL_CASE;
        }
        if (multiple) {
            ctx.record(
                    NO_WORK_CAPACITY,
                    Verdict.NEEDS_REVIEW,
                    "age",
                    age,
                    "ground",
                    WorkCapacityGround.DISABILITY,
                    "disability",
                    DisabilityCategory.MULTIPLE,
                    "grade",
                    certified.get().grade());
            return WorkCapacityGround.DISABILITY;
        }
        ctx.record(NO_WORK_CAPACITY, Verdict.NOT_MET, "age", age, "elderlyAge", elderly, "coverageAge", coverage);
        return WorkCapacityGround.NONE;
    }

    private static WorkCapacityGround met(RuleContext ctx, WorkCapacityGround ground, Citation basis, Object... facts) {
        Object[] all = new Object[facts.length + 2];
        all[0] = "ground";
        all[1] = ground;
        System.arraycopy(facts, 0, all, 2, facts.length);
        ctx.recordCiting(NO_WORK_CAPACITY, Verdict.MET, basis, all);
        return ground;
    }

    // ---- Arts. 6–7: no livelihood ----

    /** Arts. 6–7: income below the dibao standard and assets within the local rules. */
    private static Money noLivelihood(RuleContext ctx, ExtremePovertyFacts f) {
        MonthlyAmount income = MonthlyAmount.ZERO;
        int excluded = 0;
        for (PersonalIncome item : f.incomes()) {
            if (item.excluded().isPresent()) {
                excluded++;
            } else {
                income = income.plus(MonthlyAmount.of(item.amount(), item.months()));
            }
        }
        Money shown = income.rounded(DISPLAY);
        Money standard = ctx.param(DIBAO_STANDARD);
        if (standard == null) {
            ctx.record(DIBAO_STANDARD_MISSING, Verdict.UNDETERMINED, "monthlyIncome", shown);
        } else if (income.compareTo(standard, 1) < 0) {
            ctx.record(INCOME, Verdict.MET, "monthlyIncome", shown, "standard", standard, "excludedItems", excluded);
        } else {
            ctx.record(
                    INCOME, Verdict.NOT_MET, "monthlyIncome", shown, "standard", standard, "excludedItems", excluded);
            // the least fall, to the fen, that brings the income below the standard
            Money fallNeeded = income.minus(MonthlyAmount.ofFen(standard.fen()))
                    .rounded(FEN_DOWN)
                    .plus(Money.ofFen(1));
            ctx.counterfactual(
                    "extreme-poverty.counterfactual.income-above", "fallNeeded", fallNeeded, "standard", standard);
        }
        assetsWithinLocalRules(ctx, f);
        return shown;
    }

    /** Art. 7: each kind held within the local 特困 asset rules, then all together. */
    private static void assetsWithinLocalRules(RuleContext ctx, ExtremePovertyFacts f) {
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
        Verdict assets = Verdict.worst(
                AssetLimits.verdict(financial), AssetLimits.verdict(car), AssetLimits.verdict(homes), held.verdict());
        boolean assetsHeld = financial != null
                || car != null
                || homes != null
                || !f.assets().property().isEmpty()
                || !f.assets().vehicles().isEmpty();
        ctx.record(ASSETS, assets, "assetsHeld", assetsHeld);
    }

    private static void recordAsset(RuleContext ctx, Rule rule, AssetLimits.Check c, String name, Object held) {
        if (c.limit() == null) {
            ctx.record(rule, c.verdict(), name, held);
        } else {
            ctx.record(rule, c.verdict(), name, held, "limit", c.limit());
        }
    }

    // ---- Art. 8: no legal supporter able to support ----

    /** Arts. 4(3), 8: no legal supporter, or none able to support. */
    private static void noAbleSupporter(RuleContext ctx, ExtremePovertyFacts f, LocalDate date) {
        List<LegalSupporter> supporters = f.supporters();
        Verdict[] verdicts = new Verdict[supporters.size()];
        int able = 0;
        for (int i = 0; i < supporters.size(); i++) {
            verdicts[i] = supporter(ctx, i, supporters.get(i), date);
            if (verdicts[i] == Verdict.NOT_MET) {
                able++;
            }
        }
        ctx.record(
                NO_ABLE_SUPPORTER,
                Verdict.worst(verdicts),
                "supporters",
                new SupporterCount(supporters.size()),
                "able",
                able);
    }

    /** A ground of Art. 8 that applies to a supporter, and whether its conditions hold. */
    private record Ground(SupporterInability inability, Verdict verdict) {}

    /**
     * Art. 8: MET if this supporter cannot support, NOT_MET if they can. The grounds are tried in
     * the order (一), (二), (五), (三), (四), (六): (五) asks only the asset test of (三) and (四), so where
     * it applies it decides; a ground whose own threshold is not configured leaves the supporter
     * UNDETERMINED; a ground whose income or asset test fails leaves (六), the province's cases,
     * for a person.
     */
    private static Verdict supporter(RuleContext ctx, int index, LegalSupporter s, LocalDate date) {
        int age = Ages.completedYears(s.birthDate(), date);
        Object[] who = {"position", index + 1, "relation", s.relation(), "age", age};
        Ground g = inExtremePoverty(s);
        if (g == null) {
            g = elderlyOnDibao(ctx, s, age);
        }
        if (g == null) {
            g = withoutCapacityMissingOrInPrison(ctx, s);
        }
        if (g == null) {
            g = elderlyWithLowIncome(ctx, s, age);
        }
        if (g == null) {
            g = severelyDisabledWithLowIncome(ctx, s);
        }
        if (g != null && (g.verdict() != Verdict.NOT_MET || !s.provincialCase())) {
            return recordSupporter(
                    ctx, g.verdict(), g.verdict() == Verdict.NOT_MET ? SupporterInability.ABLE : g.inability(), who);
        }
        if (s.provincialCase()) {
            return recordSupporter(ctx, Verdict.NEEDS_REVIEW, SupporterInability.PROVINCIAL_CASE, who);
        }
        return recordSupporter(ctx, Verdict.NOT_MET, SupporterInability.ABLE, who);
    }

    /** Art. 8(一): 特困人员. */
    private static Ground inExtremePoverty(LegalSupporter s) {
        return s.assistance().filter(a -> a == AssistanceStatus.EXTREME_POVERTY).isPresent()
                ? new Ground(SupporterInability.EXTREME_POVERTY, Verdict.MET)
                : null;
    }

    /** Art. 8(二): 60周岁以上的最低生活保障对象. */
    private static Ground elderlyOnDibao(RuleContext ctx, LegalSupporter s, int age) {
        if (s.assistance().filter(a -> a == AssistanceStatus.DIBAO).isEmpty()) {
            return null;
        }
        Integer dibaoAge = ctx.param(EP_SUPPORTER_DIBAO_AGE);
        if (dibaoAge == null) {
            return new Ground(SupporterInability.ELDERLY_ON_DIBAO, Verdict.UNDETERMINED);
        }
        return age >= dibaoAge ? new Ground(SupporterInability.ELDERLY_ON_DIBAO, Verdict.MET) : null;
    }

    /** Art. 8(三): 70周岁以上的老年人, with own income and assets of a low-income family. */
    private static Ground elderlyWithLowIncome(RuleContext ctx, LegalSupporter s, int age) {
        Integer elderlyAge = ctx.param(EP_SUPPORTER_ELDERLY_AGE);
        if (elderlyAge == null) {
            return new Ground(SupporterInability.ELDERLY_LOW_INCOME, Verdict.UNDETERMINED);
        }
        return age >= elderlyAge ? new Ground(SupporterInability.ELDERLY_LOW_INCOME, lowIncomeAndAssets(ctx, s)) : null;
    }

    /**
     * Art. 8(四): 重度残疾人 (grades 1–2, the dibao 办法's definition) and grade-3 intellectual or
     * psychiatric disability, with own income and assets of a low-income family.
     */
    private static Ground severelyDisabledWithLowIncome(RuleContext ctx, LegalSupporter s) {
        if (s.disability().isEmpty()) {
            return null;
        }
        Integer severe = ctx.param(EP_SUPPORTER_SEVERE_GRADE);
        Integer mental = ctx.param(EP_SUPPORTER_MENTAL_GRADE);
        if (severe == null || mental == null) {
            return new Ground(SupporterInability.DISABLED_LOW_INCOME, Verdict.UNDETERMINED);
        }
        Disability d = s.disability().get();
        boolean mentalCategory =
                d.category() == DisabilityCategory.INTELLECTUAL || d.category() == DisabilityCategory.PSYCHIATRIC;
        if (d.grade() <= severe || mentalCategory && d.grade() <= mental) {
            return new Ground(SupporterInability.DISABLED_LOW_INCOME, lowIncomeAndAssets(ctx, s));
        }
        return null;
    }

    /** Art. 8(五): 无民事行为能力、被宣告失踪或者在监狱服刑的人员, with assets of a low-income family. */
    private static Ground withoutCapacityMissingOrInPrison(RuleContext ctx, LegalSupporter s) {
        if (s.status() == SupporterStatus.NORMAL) {
            return null;
        }
        return new Ground(SupporterInability.INCAPACITATED, LOW_INCOME_ASSETS.all(ctx, s.assets()));
    }

    /**
     * Art. 8(三)(四): 本人收入低于当地上年人均可支配收入，且其财产符合当地低收入家庭财产状况规定 — the assets
     * are not looked at once the income fails.
     */
    private static Verdict lowIncomeAndAssets(RuleContext ctx, LegalSupporter s) {
        Money disposable = ctx.param(EP_SUPPORTER_DISPOSABLE_INCOME);
        Verdict income = disposable == null
                ? Verdict.UNDETERMINED
                : s.annualIncome().isLessThan(disposable) ? Verdict.MET : Verdict.NOT_MET;
        if (income == Verdict.NOT_MET) {
            return income;
        }
        return Verdict.worst(income, LOW_INCOME_ASSETS.all(ctx, s.assets()));
    }

    private static Verdict recordSupporter(RuleContext ctx, Verdict v, SupporterInability ground, Object[] who) {
        ctx.record(SUPPORTER, v, who[0], who[1], who[2], who[3], who[4], who[5], "ground", ground);
        return v;
    }

    // ---- Art. 9, Arts. 20–22 ----

    /**
     * Art. 9: a minor who also qualifies for the child scheme and <em>chooses</em> it is not
     * recognised; one who chooses 特困 is; without the choice a person must ask (NEEDS_REVIEW).
     */
    private static void childSchemePrecedence(RuleContext ctx, ExtremePovertyFacts f, int age) {
        if (!f.qualifiesForChildScheme()) {
            return;
        }
        Optional<SchemeChoice> choice = f.schemeChoice();
        if (choice.isEmpty()) {
            ctx.record(CHILD_SCHEME, Verdict.NEEDS_REVIEW, "age", age);
        } else {
            ctx.record(
                    CHILD_SCHEME,
                    choice.get() == SchemeChoice.EXTREME_POVERTY ? Verdict.NOT_APPLICABLE : Verdict.NOT_MET,
                    "age",
                    age,
                    "schemeChoice",
                    choice.get());
        }
    }

    /** Arts. 21–22: the category, from the six items. */
    private static SelfCareCategory selfCare(RuleContext ctx, ExtremePovertyFacts f) {
        SelfCareCategory c = f.selfCare().category();
        ctx.record(
                SELF_CARE,
                Verdict.INFO,
                "category",
                c,
                "failedItems",
                f.selfCare().failedItems());
        ctx.record(SUPPORT_ARRANGEMENT, Verdict.INFO, "arrangement", f.arrangement());
        return c;
    }

    /** 社会救助暂行办法 Art. 15: the basic living standard, set by the province or prefecture. */
    private static Money basicStandard(RuleContext ctx) {
        Money basic = ctx.detail(EP_BASIC_STANDARD, "basicLivingStandard");
        if (basic == null) {
            ctx.detail(EP_BASIC_STANDARD, "monthlyTotal");
            ctx.record(BASIC_STANDARD_MISSING, Verdict.INFO, "key", EP_BASIC_STANDARD.name());
        } else {
            ctx.record(BASIC_STANDARD, Verdict.INFO, "standard", basic);
        }
        return basic;
    }

    /** Art. 20: the care standard of the self-care tier (a detail: not part of the outcome). */
    private static Money careStandard(RuleContext ctx, SelfCareCategory category) {
        ParameterKey<Money> key = careKey(category);
        Money care = ctx.detail(key, "careStandard");
        if (care == null) {
            ctx.detail(key, "monthlyTotal");
            ctx.record(CARE_STANDARD_MISSING, Verdict.INFO, "category", category, "key", key.name());
            return null;
        }
        ctx.record(CARE_STANDARD, Verdict.INFO, "category", category, "amount", care);
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
