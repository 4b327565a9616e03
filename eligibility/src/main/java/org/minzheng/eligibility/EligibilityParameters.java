package org.minzheng.eligibility;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.minzheng.core.money.Money;
import org.minzheng.core.money.Rounding;
import org.minzheng.core.policy.KeyConstraint;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.ParameterType;
import org.minzheng.core.program.EnumLabels;
import org.minzheng.eligibility.disability.CareTierAssessment;
import org.minzheng.eligibility.household.IncomeExemption;

/**
 * The policy parameters of social assistance: 最低生活保障 ({@code dibao.*}), 低保边缘 and 刚性支出
 * ({@code edge.*}, {@code rigid.*}), the screening signals, and the special-assistance programs —
 * 特困人员 ({@code extreme-poverty.*}), 临时救助 ({@code temporary-assistance.*}), 孤儿 and 事实无人抚养儿童
 * ({@code child-allowance.*}) and the two disability allowances ({@code disability.*}). Values live
 * in this module's pack files (official) and in integrators' overlays. A key with no value for a
 * region is a value the sources leave open (NOT FOUND): the decision that needs it is
 * UNDETERMINED and names it. The module's keys are these constants ({@link EligibilityPolicyData}).
 */
public final class EligibilityParameters {

    /** 最低生活保障标准, per person per month. */
    public static final ParameterKey<Money> DIBAO_STANDARD = ParameterKey.of(
                    "dibao.standard",
                    ParameterType.MONEY,
                    "CNY/person/month",
                    "最低生活保障标准",
                    "minimum living guarantee (dibao) standard")
            .within(Money.ZERO, null);
    /** Rounding of a dibao amount that is not a whole number of fen. */
    public static final ParameterKey<Rounding> DIBAO_AMOUNT_ROUNDING = ParameterKey.of(
            "dibao.amount-rounding",
            ParameterType.ROUNDING,
            "rounding",
            "低保金额的舍入方式（金额不足一分时）",
            "rounding of a dibao amount that is not a whole number of fen");
    /** Financial-asset limit: months of the standard per counted member. */
    public static final ParameterKey<Integer> ASSET_FINANCIAL_MONTHS = ParameterKey.of(
                    "dibao.asset.financial-months",
                    ParameterType.INTEGER,
                    "months of standard per member",
                    "金融资产上限（人均相当于多少个月的低保标准）",
                    "financial-asset limit, in months of the standard per counted member")
            .within(0, null);
    /** Whether a private car is compatible with dibao. */
    public static final ParameterKey<Boolean> ASSET_PRIVATE_CAR_ALLOWED = ParameterKey.of(
            "dibao.asset.private-car-allowed",
            ParameterType.BOOLEAN,
            "flag",
            "拥有家用汽车是否仍可纳入低保",
            "whether owning a private car is compatible with dibao");
    /** The largest number of homes compatible with dibao. */
    public static final ParameterKey<Integer> ASSET_MAX_HOMES = ParameterKey.of(
                    "dibao.asset.max-homes",
                    ParameterType.INTEGER,
                    "homes",
                    "可拥有的住房套数上限",
                    "largest number of homes compatible with dibao")
            .within(0, null);
    /** Whether the deductions of Art. 13 (last paragraph) are applied. */
    public static final ParameterKey<Boolean> DEDUCTIONS_ALLOWED = ParameterKey.of(
            "dibao.deductions-allowed",
            ParameterType.BOOLEAN,
            "flag",
            "核算家庭收入时是否扣减刚性支出和必要就业成本",
            "whether rigid costs and employment costs are deducted from income");
    /** Review period for households whose situation changes little. */
    public static final ParameterKey<Integer> REVIEW_MONTHS_STABLE = ParameterKey.of(
                    "dibao.review-months.stable",
                    ParameterType.INTEGER,
                    "months",
                    "经济状况变化不大家庭的核查周期",
                    "review period, stable households")
            .within(1, null);
    /** Review period for households with unstable income and members able to work. */
    public static final ParameterKey<Integer> REVIEW_MONTHS_UNSTABLE = ParameterKey.of(
                    "dibao.review-months.unstable",
                    ParameterType.INTEGER,
                    "months",
                    "收入来源不固定且有劳动能力家庭的核查周期",
                    "review period, unstable income with members able to work")
            .within(1, null);
    /** Length of the gradual exit (渐退期), set by the county; 0 for a county that gives none (Art. 33: 可以). */
    public static final ParameterKey<Integer> GRADUAL_EXIT_MONTHS = ParameterKey.of(
                    "dibao.gradual-exit-months",
                    ParameterType.INTEGER,
                    "months",
                    "渐退期长度",
                    "length of the gradual exit period")
            .within(0, null);
    /**
     * The national cap on the gradual exit: 关于进一步做好最低生活保障等社会救助兜底工作的通知 一（三）
     * (原则上不超过6个月). A county value above it loads, but every decision that uses it warns.
     */
    public static final ParameterKey<Integer> GRADUAL_EXIT_MAX_MONTHS = ParameterKey.of(
                    "dibao.gradual-exit-max-months",
                    ParameterType.INTEGER,
                    "months",
                    "渐退期上限（原则上不超过）",
                    "cap on the gradual exit period (as a rule)")
            .within(0, null);
    /** Property exemptions and limits of dibao and the edge family (Art. 14). */
    public static final PropertyKeys DIBAO_PROPERTY =
            PropertyKeys.of("dibao", "低保", "dibao", ASSET_PRIVATE_CAR_ALLOWED, ASSET_MAX_HOMES);
    /**
     * Whether the county (or a higher civil-affairs department) has set other categories of people
     * who may apply alone (最低生活保障审核确认办法 Art. 8 (4)): {@code false} when it has set none;
     * when it has, whether a person falls in one is for a case worker.
     */
    public static final ParameterKey<Boolean> SINGLE_MEMBER_COUNTY_CATEGORIES = ParameterKey.of(
            "dibao.single-member.county-categories-defined",
            ParameterType.BOOLEAN,
            "flag",
            "县级以上民政部门是否规定了可以单独提出申请的其他特殊困难人员",
            "whether the county has set other categories of people in special hardship who may apply alone");
    /**
     * The edge-family income multiple of the standard, at least 1: an edge family is above the dibao
     * standard (Art. 8: 不符合最低生活保障条件), so a smaller multiple would leave the category empty.
     */
    public static final ParameterKey<BigDecimal> EDGE_MULTIPLIER = ParameterKey.of(
                    "edge.income-multiplier",
                    ParameterType.DECIMAL,
                    "multiple of dibao standard",
                    "低保边缘家庭收入上限（低保标准的倍数）",
                    "edge-family income limit, as a multiple of the dibao standard")
            .within(BigDecimal.ONE, null);

    /** Last year's per-capita disposable income of residents (上年度当地居民人均可支配收入), a statistic. */
    public static final ParameterKey<Money> DISPOSABLE_INCOME_LAST_YEAR = ParameterKey.of(
                    "statistics.disposable-income-last-year",
                    ParameterType.MONEY,
                    "CNY/person/year",
                    "上年度当地居民人均可支配收入",
                    "last year's per-capita disposable income of local residents")
            .within(Money.ZERO, null);
    /**
     * The share of household income that 12 months' rigid spending must exceed (刚性支出困难家庭); not
     * bounded above, since spending may exceed income, and above 0: a share of nothing would make any
     * spending at all a hardship.
     */
    public static final ParameterKey<BigDecimal> RIGID_SHARE = ParameterKey.of(
                    "rigid.spending-share-threshold",
                    ParameterType.DECIMAL,
                    "share of household income",
                    "刚性支出总额占家庭总收入比例的认定标准",
                    "share of household income that 12 months' rigid spending must exceed")
            .within(BigDecimal.ZERO, null)
            .excludingLeast();
    /** 刚性支出困难家庭 Art. 4 (3): financial-asset limit, months of the dibao standard per counted member. */
    public static final ParameterKey<Integer> RIGID_ASSET_FINANCIAL_MONTHS = ParameterKey.of(
                    "rigid.asset.financial-months",
                    ParameterType.INTEGER,
                    "months of standard per member",
                    "刚性支出困难家庭金融资产上限（人均相当于多少个月的低保标准）",
                    "rigid-expenditure financial-asset limit, in months of the dibao standard per counted member")
            .within(0, null);
    /** 刚性支出困难家庭 Art. 4 (3): whether a private car is compatible. */
    public static final ParameterKey<Boolean> RIGID_ASSET_PRIVATE_CAR_ALLOWED = ParameterKey.of(
            "rigid.asset.private-car-allowed",
            ParameterType.BOOLEAN,
            "flag",
            "刚性支出困难家庭：拥有家用汽车是否仍可认定",
            "rigid expenditure: whether owning a private car is compatible");
    /** 刚性支出困难家庭 Art. 4 (3): the largest number of homes. */
    public static final ParameterKey<Integer> RIGID_ASSET_MAX_HOMES = ParameterKey.of(
                    "rigid.asset.max-homes",
                    ParameterType.INTEGER,
                    "homes",
                    "刚性支出困难家庭：可拥有的住房套数上限",
                    "rigid expenditure: largest number of homes")
            .within(0, null);
    /** 刚性支出困难家庭 Art. 4 (3): property exemptions and limits, the family's own keys. */
    public static final PropertyKeys RIGID_PROPERTY = PropertyKeys.of(
            "rigid", "刚性支出困难家庭", "rigid expenditure", RIGID_ASSET_PRIVATE_CAR_ALLOWED, RIGID_ASSET_MAX_HOMES);
    /** How long a rigid-expenditure recognition lasts. */
    public static final ParameterKey<Integer> RIGID_VALIDITY_MONTHS = ParameterKey.of(
                    "rigid.validity-months",
                    ParameterType.INTEGER,
                    "months",
                    "刚性支出困难家庭认定有效期",
                    "validity of a rigid-expenditure recognition")
            .within(1, null);
    /**
     * Early warning: 12-month medical own share as a share of 12-month income that raises a signal;
     * above 0 (a share of nothing would signal every household with any bill), not bounded above.
     */
    public static final ParameterKey<BigDecimal> ALERT_MEDICAL_SHARE = ParameterKey.of(
                    "screening.alert.medical-share",
                    ParameterType.DECIMAL,
                    "share of household income",
                    "监测预警：近12个月自付医疗支出占家庭收入比例",
                    "early warning: 12-month medical own share relative to household income")
            .within(BigDecimal.ZERO, null)
            .excludingLeast();
    /**
     * Early warning: a drop of monthly income by at least this share of the previous income raises a
     * signal; a ratio in (0, 1] (a drop of nothing would signal every household).
     */
    public static final ParameterKey<BigDecimal> ALERT_INCOME_DROP = ParameterKey.of(
                    "screening.alert.income-drop",
                    ParameterType.DECIMAL,
                    "share of previous income",
                    "监测预警：家庭月收入下降比例",
                    "early warning: drop of monthly household income, as a share of the previous income")
            .within(BigDecimal.ZERO, BigDecimal.ONE)
            .excludingLeast();

    /** Whether each kind of income is exempt, by kind. */
    public static final Map<IncomeExemption, ParameterKey<Boolean>> INCOME_EXEMPT;

    static {
        Map<IncomeExemption, ParameterKey<Boolean>> m = new EnumMap<>(IncomeExemption.class);
        for (IncomeExemption e : IncomeExemption.values()) {
            String name = "income.exempt." + e.name().toLowerCase(Locale.ROOT).replace('_', '-');
            m.put(
                    e,
                    ParameterKey.withGaps(
                            name,
                            ParameterType.BOOLEAN,
                            "flag",
                            EnumLabels.text(
                                    "该类收入是否不计入家庭收入：",
                                    e,
                                    "org.minzheng.eligibility.messages",
                                    org.minzheng.core.decision.Language.ZH,
                                    ""),
                            EnumLabels.text(
                                    "whether this kind of income is not counted: ",
                                    e,
                                    "org.minzheng.eligibility.messages",
                                    org.minzheng.core.decision.Language.EN,
                                    "")));
        }
        INCOME_EXEMPT = Collections.unmodifiableMap(m);
    }

    // ---- 特困人员 (特困人员认定办法, 2021) ----
    // Ranges of the special-assistance keys are only those the quantity implies: an age is at least
    // 0, a disability grade is 1 (most severe) to 4 as on the certificate (残疾人证), an amount is at
    // least 0.00, a number of months at least 1, a number of homes at least 0, a ratio 0 to 1.

    /** Art. 5(1): age from which a person has no capacity to work. */
    public static final ParameterKey<Integer> EP_ELDERLY_AGE = ParameterKey.of(
                    "extreme-poverty.no-work-capacity.elderly-age",
                    ParameterType.INTEGER,
                    "years",
                    "视为无劳动能力的老年人年龄（周岁以上）",
                    "age from which an older person has no capacity to work")
            .within(0, null);
    /** Art. 5(2): age below which a minor has no capacity to work. */
    public static final ParameterKey<Integer> EP_MINOR_AGE = ParameterKey.of(
                    "extreme-poverty.no-work-capacity.minor-age",
                    ParameterType.INTEGER,
                    "years",
                    "视为无劳动能力的未成年人年龄（未满）",
                    "age below which a minor has no capacity to work")
            .within(0, null);
    /** 2020 reform opinion, item 5: age below which minors are covered by 特困 support. */
    public static final ParameterKey<Integer> EP_MINOR_COVERAGE_AGE = ParameterKey.of(
                    "extreme-poverty.minor-coverage-age",
                    ParameterType.INTEGER,
                    "years",
                    "特困救助供养覆盖的未成年人年龄（未满）",
                    "age below which minors are covered by extreme-poverty support")
            .within(0, null);
    /** Art. 5(3): least severe grade of intellectual disability that counts. */
    public static final ParameterKey<Integer> EP_MAX_GRADE_INTELLECTUAL = ParameterKey.of(
                    "extreme-poverty.no-work-capacity.max-grade.intellectual",
                    ParameterType.INTEGER,
                    "grade",
                    "视为无劳动能力的智力残疾等级（含）",
                    "least severe intellectual-disability grade meaning no capacity to work")
            .within(1, 4);
    /** Art. 5(3): least severe grade of psychiatric disability that counts. */
    public static final ParameterKey<Integer> EP_MAX_GRADE_PSYCHIATRIC = ParameterKey.of(
                    "extreme-poverty.no-work-capacity.max-grade.psychiatric",
                    ParameterType.INTEGER,
                    "grade",
                    "视为无劳动能力的精神残疾等级（含）",
                    "least severe psychiatric-disability grade meaning no capacity to work")
            .within(1, 4);
    /** Art. 5(3): least severe grade of physical disability that counts. */
    public static final ParameterKey<Integer> EP_MAX_GRADE_PHYSICAL = ParameterKey.of(
                    "extreme-poverty.no-work-capacity.max-grade.physical",
                    ParameterType.INTEGER,
                    "grade",
                    "视为无劳动能力的肢体残疾等级（含）",
                    "least severe physical-disability grade meaning no capacity to work")
            .within(1, 4);
    /** Art. 5(3): least severe grade of visual disability that counts. */
    public static final ParameterKey<Integer> EP_MAX_GRADE_VISUAL = ParameterKey.of(
                    "extreme-poverty.no-work-capacity.max-grade.visual",
                    ParameterType.INTEGER,
                    "grade",
                    "视为无劳动能力的视力残疾等级（含）",
                    "least severe visual-disability grade meaning no capacity to work")
            .within(1, 4);
    /** Whether support continues after the coverage age for students in school (not found in an official text). */
    public static final ParameterKey<Boolean> EP_STUDENT_CONTINUATION = ParameterKey.of(
            "extreme-poverty.student-continuation",
            ParameterType.BOOLEAN,
            "flag",
            "年满18周岁后仍在接受义务教育或高中阶段教育的，是否继续纳入特困救助供养",
            "whether support continues past the coverage age for students in compulsory or upper-secondary education");
    /** The basic living standard of 特困 support (基本生活标准). */
    public static final ParameterKey<Money> EP_BASIC_STANDARD = ParameterKey.of(
                    "extreme-poverty.basic-living-standard",
                    ParameterType.MONEY,
                    "CNY/person/month",
                    "特困人员基本生活标准",
                    "basic living standard of extreme-poverty support")
            .within(Money.ZERO, null);
    /** Care standard (照料护理标准) for a person with full self-care ability. */
    public static final ParameterKey<Money> EP_CARE_FULL = ParameterKey.of(
                    "extreme-poverty.care-standard.self-care-full",
                    ParameterType.MONEY,
                    "CNY/person/month",
                    "特困人员照料护理标准：具备生活自理能力",
                    "extreme-poverty care standard: fully self-caring")
            .within(Money.ZERO, null);
    /** Care standard for a person who has partly lost self-care ability. */
    public static final ParameterKey<Money> EP_CARE_PARTIAL = ParameterKey.of(
                    "extreme-poverty.care-standard.self-care-partial",
                    ParameterType.MONEY,
                    "CNY/person/month",
                    "特困人员照料护理标准：部分丧失生活自理能力",
                    "extreme-poverty care standard: self-care partly lost")
            .within(Money.ZERO, null);
    /** Care standard for a person who has wholly lost self-care ability. */
    public static final ParameterKey<Money> EP_CARE_NONE = ParameterKey.of(
                    "extreme-poverty.care-standard.self-care-none",
                    ParameterType.MONEY,
                    "CNY/person/month",
                    "特困人员照料护理标准：完全丧失生活自理能力",
                    "extreme-poverty care standard: self-care wholly lost")
            .within(Money.ZERO, null);
    /** Art. 7: the person's financial-asset limit (set by the prefecture). */
    public static final ParameterKey<Money> EP_ASSET_FINANCIAL_LIMIT = ParameterKey.of(
                    "extreme-poverty.asset.financial-limit",
                    ParameterType.MONEY,
                    "CNY/person",
                    "特困人员财产状况：金融资产上限",
                    "extreme poverty: financial-asset limit")
            .within(Money.ZERO, null);
    /** Art. 7: whether a private car is compatible with 特困 status. */
    public static final ParameterKey<Boolean> EP_ASSET_CAR_ALLOWED = ParameterKey.of(
            "extreme-poverty.asset.private-car-allowed",
            ParameterType.BOOLEAN,
            "flag",
            "特困人员财产状况：拥有家用汽车是否仍可认定",
            "extreme poverty: whether owning a private car is compatible");
    /** Art. 7: the largest number of homes compatible with 特困 status. */
    public static final ParameterKey<Integer> EP_ASSET_MAX_HOMES = ParameterKey.of(
                    "extreme-poverty.asset.max-homes",
                    ParameterType.INTEGER,
                    "homes",
                    "特困人员财产状况：可拥有的住房套数上限",
                    "extreme poverty: largest number of homes")
            .within(0, null);
    /** Art. 7: property exemptions and limits of the person (特困人员财产状况), its own keys. */
    public static final PropertyKeys EP_PROPERTY =
            PropertyKeys.of("extreme-poverty", "特困人员", "extreme poverty", EP_ASSET_CAR_ALLOWED, EP_ASSET_MAX_HOMES);
    /** Art. 8(2): age from which a supporter on dibao cannot support. */
    public static final ParameterKey<Integer> EP_SUPPORTER_DIBAO_AGE = ParameterKey.of(
                    "extreme-poverty.supporter.dibao-age",
                    ParameterType.INTEGER,
                    "years",
                    "无履行义务能力的低保对象年龄（周岁以上）",
                    "age from which a supporter on dibao cannot support")
            .within(0, null);
    /** Art. 8(3): age from which an older supporter with low income cannot support. */
    public static final ParameterKey<Integer> EP_SUPPORTER_ELDERLY_AGE = ParameterKey.of(
                    "extreme-poverty.supporter.elderly-age",
                    ParameterType.INTEGER,
                    "years",
                    "无履行义务能力的老年人年龄（周岁以上，且收入、财产符合条件）",
                    "age from which an older supporter with low income and assets cannot support")
            .within(0, null);
    /** Art. 8(4): least severe grade of any disability that makes a supporter severely disabled. */
    public static final ParameterKey<Integer> EP_SUPPORTER_SEVERE_GRADE = ParameterKey.of(
                    "extreme-poverty.supporter.severe-max-grade",
                    ParameterType.INTEGER,
                    "grade",
                    "法定义务人重度残疾的等级（含）",
                    "least severe grade making a supporter severely disabled")
            .within(1, 4);
    /** Art. 8(4): least severe grade of intellectual or psychiatric disability that counts for a supporter. */
    public static final ParameterKey<Integer> EP_SUPPORTER_MENTAL_GRADE = ParameterKey.of(
                    "extreme-poverty.supporter.intellectual-psychiatric-max-grade",
                    ParameterType.INTEGER,
                    "grade",
                    "法定义务人智力、精神残疾的等级（含）",
                    "least severe intellectual or psychiatric grade that counts for a supporter")
            .within(1, 4);
    /**
     * Art. 8(3)(4): last year's local per-capita disposable income (上年人均可支配收入) — the same
     * statistic the rigid-expenditure test reads, so one key serves both.
     */
    public static final ParameterKey<Money> EP_SUPPORTER_DISPOSABLE_INCOME =
            EligibilityParameters.DISPOSABLE_INCOME_LAST_YEAR;
    /** Art. 8(3)–(5): financial-asset limit of a low-income family (低收入家庭财产状况). */
    public static final ParameterKey<Money> EP_SUPPORTER_ASSET_FINANCIAL_LIMIT = ParameterKey.of(
                    "extreme-poverty.supporter.asset.financial-limit",
                    ParameterType.MONEY,
                    "CNY/person",
                    "低收入家庭财产状况：金融资产上限（法定义务人）",
                    "low-income family asset rules: financial-asset limit (supporters)")
            .within(Money.ZERO, null);
    /** Art. 8(3)–(5): whether a private car is within the low-income family asset rules. */
    public static final ParameterKey<Boolean> EP_SUPPORTER_ASSET_CAR_ALLOWED = ParameterKey.of(
            "extreme-poverty.supporter.asset.private-car-allowed",
            ParameterType.BOOLEAN,
            "flag",
            "低收入家庭财产状况：拥有家用汽车是否符合（法定义务人）",
            "low-income family asset rules: whether a private car is allowed (supporters)");
    /** Art. 8(3)–(5): the largest number of homes within the low-income family asset rules. */
    public static final ParameterKey<Integer> EP_SUPPORTER_ASSET_MAX_HOMES = ParameterKey.of(
                    "extreme-poverty.supporter.asset.max-homes",
                    ParameterType.INTEGER,
                    "homes",
                    "低收入家庭财产状况：住房套数上限（法定义务人）",
                    "low-income family asset rules: largest number of homes (supporters)")
            .within(0, null);

    /** Art. 8(3)–(5): property exemptions and limits of the low-income family asset rules (supporters). */
    public static final PropertyKeys EP_SUPPORTER_PROPERTY = PropertyKeys.of(
            "extreme-poverty.supporter",
            "低收入家庭（法定义务人）",
            "low-income family (supporters)",
            EP_SUPPORTER_ASSET_CAR_ALLOWED,
            EP_SUPPORTER_ASSET_MAX_HOMES);

    // ---- 临时救助 ----

    /** Least number of months of the dibao standard granted. */
    public static final ParameterKey<Integer> TA_MIN_MONTHS = ParameterKey.of(
                    "temporary-assistance.months.min",
                    ParameterType.INTEGER,
                    "months",
                    "临时救助金额的最少月数（低保标准×人数×月数）",
                    "least number of months of the dibao standard granted")
            .within(1, null);
    /** Largest number of months of the dibao standard granted without case-by-case review. */
    public static final ParameterKey<Integer> TA_MAX_MONTHS = ParameterKey.of(
                    "temporary-assistance.months.max",
                    ParameterType.INTEGER,
                    "months",
                    "临时救助金额的最多月数（超出须一事一议）",
                    "largest number of months of the dibao standard granted (beyond it: case by case)")
            .within(1, null);
    /**
     * Amount up to which an amount counts as 救助金额较小: the county department may entrust the
     * township government or street office with approving it (社会救助暂行办法 Art. 48: 县级人民政府民政部门
     * 可以委托乡镇人民政府、街道办事处审批; the county still decides whether it entrusts).
     */
    public static final ParameterKey<Money> TA_SMALL_AMOUNT = ParameterKey.of(
                    "temporary-assistance.small-amount-threshold",
                    ParameterType.MONEY,
                    "CNY",
                    "救助金额较小、县级民政部门可以委托乡镇（街道）审批的金额上限",
                    "amount up to which the county department may entrust the township (street office) with approval")
            .within(Money.ZERO, null);
    /**
     * The amount is the dibao standard × persons × a number of months from {@code .min} to {@code .max}:
     * a least number above the largest would leave no amount to grant (and once gave "range 9 to 6
     * months").
     */
    public static final KeyConstraint TA_MONTHS_RANGE = KeyConstraint.atMost(
            TA_MIN_MONTHS,
            TA_MAX_MONTHS,
            "临时救助金额按低保标准×人数×月数计算，最少月数不得多于最多月数",
            "the amount is the dibao standard × persons × months from the least to the largest number,"
                    + " so the least number may not exceed the largest");
    /** Whether expenditure-type assistance extends beyond dibao households. */
    public static final ParameterKey<Boolean> TA_NON_DIBAO_COVERED = ParameterKey.of(
            "temporary-assistance.expenditure.non-dibao-covered",
            ParameterType.BOOLEAN,
            "flag",
            "支出型临时救助是否覆盖低保家庭以外的家庭",
            "whether expenditure-type assistance covers households not on dibao");

    // ---- 孤儿、事实无人抚养儿童 ----

    /** Age below which a child is covered (未满18周岁). */
    public static final ParameterKey<Integer> CA_AGE_LIMIT = ParameterKey.of(
                    "child-allowance.age-limit",
                    ParameterType.INTEGER,
                    "years",
                    "孤儿、事实无人抚养儿童的年龄（未满）",
                    "age below which a child is covered")
            .within(0, null);
    /** Basic living standard of an orphan raised in an institution. */
    public static final ParameterKey<Money> CA_ORPHAN_INSTITUTIONAL = ParameterKey.of(
                    "child-allowance.orphan.institutional-standard",
                    ParameterType.MONEY,
                    "CNY/person/month",
                    "机构养育孤儿基本生活保障标准",
                    "basic living standard, orphans raised in institutions")
            .within(Money.ZERO, null);
    /** Basic living standard of an orphan living in the community (散居). */
    public static final ParameterKey<Money> CA_ORPHAN_SCATTERED = ParameterKey.of(
                    "child-allowance.orphan.scattered-standard",
                    ParameterType.MONEY,
                    "CNY/person/month",
                    "社会散居孤儿基本生活保障标准",
                    "basic living standard, orphans living in the community")
            .within(Money.ZERO, null);
    /** Basic living allowance of a de-facto unsupported child. */
    public static final ParameterKey<Money> CA_DE_FACTO_STANDARD = ParameterKey.of(
                    "child-allowance.de-facto.standard",
                    ParameterType.MONEY,
                    "CNY/person/month",
                    "事实无人抚养儿童基本生活补贴标准",
                    "basic living allowance of a de-facto unsupported child")
            .within(Money.ZERO, null);
    /** Least length, in months, of a parent's detention or lost contact that counts. */
    public static final ParameterKey<Integer> CA_MIN_MONTHS = ParameterKey.of(
                    "child-allowance.de-facto.min-months",
                    ParameterType.INTEGER,
                    "months",
                    "服刑在押、强制隔离戒毒、其他限制人身自由措施的期限及失联时间（以上，含本数）",
                    "least length of detention or lost contact that counts")
            .within(1, null);
    /** Least severe grade of any disability that makes a parent severely disabled. */
    public static final ParameterKey<Integer> CA_SEVERE_GRADE = ParameterKey.of(
                    "child-allowance.de-facto.severe-max-grade",
                    ParameterType.INTEGER,
                    "grade",
                    "父母重残：残疾等级（含）",
                    "least severe grade making a parent severely disabled")
            .within(1, 4);
    /** Least severe grade of intellectual or psychiatric disability that makes a parent severely disabled. */
    public static final ParameterKey<Integer> CA_MENTAL_GRADE = ParameterKey.of(
                    "child-allowance.de-facto.intellectual-psychiatric-max-grade",
                    ParameterType.INTEGER,
                    "grade",
                    "父母重残：精神、智力残疾等级（含）",
                    "least severe intellectual or psychiatric grade making a parent severely disabled")
            .within(1, 4);

    // ---- 残疾人两项补贴 ----

    /**
     * Living allowance as a share of the local dibao standard: a ratio in (0, 1] — a share of nothing
     * would be no allowance, and the allowance is a part of the standard, not more.
     */
    public static final ParameterKey<BigDecimal> DL_RATIO = ParameterKey.of(
                    "disability.living-allowance.ratio-of-dibao",
                    ParameterType.DECIMAL,
                    "ratio of dibao standard",
                    "困难残疾人生活补贴占当地低保标准的比例",
                    "living allowance as a share of the local dibao standard")
            .within(BigDecimal.ZERO, BigDecimal.ONE)
            .excludingLeast();
    /** Rounding of the living allowance. */
    public static final ParameterKey<Rounding> DL_ROUNDING = ParameterKey.of(
            "disability.living-allowance.rounding",
            ParameterType.ROUNDING,
            "rounding",
            "困难残疾人生活补贴的取整方式",
            "rounding of the living allowance");
    /** The living allowance as the locality published it (paid where configured, instead of a computed amount). */
    public static final ParameterKey<Money> DL_PUBLISHED = ParameterKey.of(
                    "disability.living-allowance.published-amount",
                    ParameterType.MONEY,
                    "CNY/person/month",
                    "当地公布的困难残疾人生活补贴标准（已配置时按此发放）",
                    "living allowance as the locality published it (paid where configured)")
            .within(Money.ZERO, null);
    /** Whether the living allowance extends to edge families (低保边缘家庭). */
    public static final ParameterKey<Boolean> DL_COVERS_EDGE = ParameterKey.of(
            "disability.living-allowance.covers-edge-families",
            ParameterType.BOOLEAN,
            "flag",
            "困难残疾人生活补贴是否延伸至低保边缘家庭",
            "whether the living allowance extends to low-income edge families");
    /** Whether the living allowance extends to 特困 persons. */
    public static final ParameterKey<Boolean> DL_COVERS_EXTREME_POVERTY = ParameterKey.of(
            "disability.living-allowance.covers-extreme-poverty",
            ParameterType.BOOLEAN,
            "flag",
            "困难残疾人生活补贴是否覆盖特困人员",
            "whether the living allowance covers persons in extreme poverty");
    /** Whether the living allowance extends to rigid-expenditure families. */
    public static final ParameterKey<Boolean> DL_COVERS_RIGID = ParameterKey.of(
            "disability.living-allowance.covers-rigid-expenditure-families",
            ParameterType.BOOLEAN,
            "flag",
            "困难残疾人生活补贴是否延伸至刚性支出困难家庭",
            "whether the living allowance extends to rigid-expenditure families");
    /** Whether children receiving the orphan allowance are excluded from the living allowance. */
    public static final ParameterKey<Boolean> DL_EXCLUDES_ORPHANS = ParameterKey.of(
            "disability.living-allowance.excludes-orphans",
            ParameterType.BOOLEAN,
            "flag",
            "享受孤儿基本生活保障的残疾儿童是否不享受困难残疾人生活补贴",
            "whether disabled children receiving the orphan allowance are excluded from the living allowance");
    /** Least severe certificate grade for the care allowance. */
    public static final ParameterKey<Integer> DC_MAX_GRADE = ParameterKey.of(
                    "disability.care-allowance.max-grade",
                    ParameterType.INTEGER,
                    "grade",
                    "重度残疾人护理补贴的残疾等级（含）",
                    "least severe grade for the care allowance")
            .within(1, 4);
    /** Whether the care allowance extends to non-severe intellectual and psychiatric disability. */
    public static final ParameterKey<Boolean> DC_COVERS_MENTAL = ParameterKey.of(
            "disability.care-allowance.covers-non-severe-intellectual-psychiatric",
            ParameterType.BOOLEAN,
            "flag",
            "重度残疾人护理补贴是否延伸至非重度智力、精神残疾人",
            "whether the care allowance extends to non-severe intellectual and psychiatric disability");
    /**
     * The assessment whose result sets the care-allowance tier (浙民福〔2021〕191号: tiers by self-care
     * ability, set by the city or county), one of {@link CareTierAssessment}: {@code SIX_ITEM_SELF_CARE} (the locality
     * assesses the six self-care items, the tier is the category they give) or {@code ASSESSED_TIER}
     * (the locality's own instrument; the facts give the tier it found). NOT FOUND for Zhejiang and
     * Huzhou.
     */
    public static final ParameterKey<CareTierAssessment> DC_TIER_ASSESSMENT = ParameterKey.of(
            "disability.care-allowance.tier-assessment",
            ParameterType.oneOf(CareTierAssessment.class),
            "assessment",
            "重度残疾人护理补贴分档所依据的评估（参照六项生活自理能力指标，或当地评估确定的档次）",
            "the assessment that sets the care-allowance tier (SIX_ITEM_SELF_CARE or ASSESSED_TIER)");
    /** Care allowance for a fully self-caring person. */
    public static final ParameterKey<Money> DC_FULL = ParameterKey.of(
                    "disability.care-allowance.self-care-full",
                    ParameterType.MONEY,
                    "CNY/person/month",
                    "重度残疾人护理补贴：具备生活自理能力档",
                    "care allowance tier: fully self-caring")
            .within(Money.ZERO, null);
    /** Care allowance for a person who has partly lost self-care ability. */
    public static final ParameterKey<Money> DC_PARTIAL = ParameterKey.of(
                    "disability.care-allowance.self-care-partial",
                    ParameterType.MONEY,
                    "CNY/person/month",
                    "重度残疾人护理补贴：部分丧失生活自理能力档",
                    "care allowance tier: self-care partly lost")
            .within(Money.ZERO, null);
    /** Care allowance for a person who has wholly lost self-care ability. */
    public static final ParameterKey<Money> DC_NONE = ParameterKey.of(
                    "disability.care-allowance.self-care-none",
                    ParameterType.MONEY,
                    "CNY/person/month",
                    "重度残疾人护理补贴：完全丧失生活自理能力档",
                    "care allowance tier: self-care wholly lost")
            .within(Money.ZERO, null);

    private EligibilityParameters() {}
}
