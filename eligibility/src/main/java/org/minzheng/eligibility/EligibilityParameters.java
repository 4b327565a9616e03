package org.minzheng.eligibility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.minzheng.core.money.Money;
import org.minzheng.core.money.Rounding;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.ParameterType;
import org.minzheng.eligibility.household.IncomeExemption;

/**
 * The policy parameters of social assistance. Values live in the pack files of this module
 * (official) and in integrators' overlays.
 */
public final class EligibilityParameters {

    /** 最低生活保障标准, per person per month. */
    public static final ParameterKey<Money> DIBAO_STANDARD = ParameterKey.of("dibao.standard", ParameterType.MONEY,
            "CNY/person/month", "最低生活保障标准", "minimum living guarantee (dibao) standard");
    /** Rounding of a dibao amount that is not a whole number of fen. */
    public static final ParameterKey<Rounding> DIBAO_AMOUNT_ROUNDING = ParameterKey.of("dibao.amount-rounding",
            ParameterType.ROUNDING, "rounding", "低保金额的舍入方式（金额不足一分时）",
            "rounding of a dibao amount that is not a whole number of fen");
    /** Financial-asset limit: months of the standard per counted member. */
    public static final ParameterKey<Integer> ASSET_FINANCIAL_MONTHS = ParameterKey.of("dibao.asset.financial-months",
            ParameterType.INTEGER, "months of standard per member", "金融资产上限（人均相当于多少个月的低保标准）",
            "financial-asset limit, in months of the standard per counted member");
    /** Whether a private car is compatible with dibao. */
    public static final ParameterKey<Boolean> ASSET_PRIVATE_CAR_ALLOWED = ParameterKey.of("dibao.asset.private-car-allowed",
            ParameterType.BOOLEAN, "flag", "拥有家用汽车是否仍可纳入低保", "whether owning a private car is compatible with dibao");
    /** The largest number of homes compatible with dibao. */
    public static final ParameterKey<Integer> ASSET_MAX_HOMES = ParameterKey.of("dibao.asset.max-homes",
            ParameterType.INTEGER, "homes", "可拥有的住房套数上限", "largest number of homes compatible with dibao");
    /** Whether the deductions of Art. 13 (last paragraph) are applied. */
    public static final ParameterKey<Boolean> DEDUCTIONS_ALLOWED = ParameterKey.of("dibao.deductions-allowed",
            ParameterType.BOOLEAN, "flag", "核算家庭收入时是否扣减刚性支出和必要就业成本",
            "whether rigid costs and employment costs are deducted from income");
    /** Review period for households whose situation changes little. */
    public static final ParameterKey<Integer> REVIEW_MONTHS_STABLE = ParameterKey.of("dibao.review-months.stable",
            ParameterType.INTEGER, "months", "经济状况变化不大家庭的核查周期", "review period, stable households");
    /** Review period for households with unstable income and members able to work. */
    public static final ParameterKey<Integer> REVIEW_MONTHS_UNSTABLE = ParameterKey.of("dibao.review-months.unstable",
            ParameterType.INTEGER, "months", "收入来源不固定且有劳动能力家庭的核查周期",
            "review period, unstable income with members able to work");
    /** Length of the gradual exit (渐退期), set by the county. */
    public static final ParameterKey<Integer> GRADUAL_EXIT_MONTHS = ParameterKey.of("dibao.gradual-exit-months",
            ParameterType.INTEGER, "months", "渐退期长度", "length of the gradual exit period");
    /**
     * The national cap on the gradual exit: 关于进一步做好最低生活保障等社会救助兜底工作的通知 一（三）
     * (原则上不超过6个月). A county value above it loads, but every decision that uses it warns.
     */
    public static final ParameterKey<Integer> GRADUAL_EXIT_MAX_MONTHS = ParameterKey.of("dibao.gradual-exit-max-months",
            ParameterType.INTEGER, "months", "渐退期上限（原则上不超过）", "cap on the gradual exit period (as a rule)");
    /** Property exemptions and limits of dibao and the edge family (Art. 14). */
    public static final PropertyKeys DIBAO_PROPERTY = PropertyKeys.of("dibao", "低保", "dibao",
            ASSET_PRIVATE_CAR_ALLOWED, ASSET_MAX_HOMES);
    /**
     * Whether the county (or a higher civil-affairs department) has set other categories of people
     * who may apply alone (最低生活保障审核确认办法 Art. 8 (4)): {@code false} when it has set none;
     * when it has, whether a person falls in one is for a case worker.
     */
    public static final ParameterKey<Boolean> SINGLE_MEMBER_COUNTY_CATEGORIES = ParameterKey.of(
            "dibao.single-member.county-categories-defined", ParameterType.BOOLEAN, "flag",
            "县级以上民政部门是否规定了可以单独提出申请的其他特殊困难人员",
            "whether the county has set other categories of people in special hardship who may apply alone");
    /** The edge-family income multiple of the standard. */
    public static final ParameterKey<BigDecimal> EDGE_MULTIPLIER = ParameterKey.of("edge.income-multiplier",
            ParameterType.DECIMAL, "multiple of dibao standard", "低保边缘家庭收入上限（低保标准的倍数）",
            "edge-family income limit, as a multiple of the dibao standard");

    /** Last year's per-capita disposable income of residents (上年度当地居民人均可支配收入), a statistic. */
    public static final ParameterKey<Money> DISPOSABLE_INCOME_LAST_YEAR = ParameterKey.of("statistics.disposable-income-last-year",
            ParameterType.MONEY, "CNY/person/year", "上年度当地居民人均可支配收入",
            "last year's per-capita disposable income of local residents");
    /** The share of household income that 12 months' rigid spending must exceed (刚性支出困难家庭). */
    public static final ParameterKey<BigDecimal> RIGID_SHARE = ParameterKey.of("rigid.spending-share-threshold",
            ParameterType.DECIMAL, "share of household income", "刚性支出总额占家庭总收入比例的认定标准",
            "share of household income that 12 months' rigid spending must exceed");
    /** 刚性支出困难家庭 Art. 4 (3): financial-asset limit, months of the dibao standard per counted member. */
    public static final ParameterKey<Integer> RIGID_ASSET_FINANCIAL_MONTHS = ParameterKey.of("rigid.asset.financial-months",
            ParameterType.INTEGER, "months of standard per member", "刚性支出困难家庭金融资产上限（人均相当于多少个月的低保标准）",
            "rigid-expenditure financial-asset limit, in months of the dibao standard per counted member");
    /** 刚性支出困难家庭 Art. 4 (3): whether a private car is compatible. */
    public static final ParameterKey<Boolean> RIGID_ASSET_PRIVATE_CAR_ALLOWED = ParameterKey.of(
            "rigid.asset.private-car-allowed", ParameterType.BOOLEAN, "flag", "刚性支出困难家庭：拥有家用汽车是否仍可认定",
            "rigid expenditure: whether owning a private car is compatible");
    /** 刚性支出困难家庭 Art. 4 (3): the largest number of homes. */
    public static final ParameterKey<Integer> RIGID_ASSET_MAX_HOMES = ParameterKey.of("rigid.asset.max-homes",
            ParameterType.INTEGER, "homes", "刚性支出困难家庭：可拥有的住房套数上限", "rigid expenditure: largest number of homes");
    /** 刚性支出困难家庭 Art. 4 (3): property exemptions and limits, the family's own keys. */
    public static final PropertyKeys RIGID_PROPERTY = PropertyKeys.of("rigid", "刚性支出困难家庭", "rigid expenditure",
            RIGID_ASSET_PRIVATE_CAR_ALLOWED, RIGID_ASSET_MAX_HOMES);
    /** How long a rigid-expenditure recognition lasts. */
    public static final ParameterKey<Integer> RIGID_VALIDITY_MONTHS = ParameterKey.of("rigid.validity-months",
            ParameterType.INTEGER, "months", "刚性支出困难家庭认定有效期", "validity of a rigid-expenditure recognition");
    /** Early warning: 12-month medical own share as a share of 12-month income that raises a signal. */
    public static final ParameterKey<BigDecimal> ALERT_MEDICAL_SHARE = ParameterKey.of("screening.alert.medical-share",
            ParameterType.DECIMAL, "share of household income", "监测预警：近12个月自付医疗支出占家庭收入比例",
            "early warning: 12-month medical own share relative to household income");
    /** Early warning: a drop of monthly income by at least this share raises a signal. */
    public static final ParameterKey<BigDecimal> ALERT_INCOME_DROP = ParameterKey.of("screening.alert.income-drop",
            ParameterType.DECIMAL, "share of previous income", "监测预警：家庭月收入下降比例",
            "early warning: drop of monthly household income, as a share of the previous income");

    /** Whether each kind of income is exempt, by kind. */
    public static final Map<IncomeExemption, ParameterKey<Boolean>> INCOME_EXEMPT;

    static {
        Map<IncomeExemption, ParameterKey<Boolean>> m = new EnumMap<>(IncomeExemption.class);
        for (IncomeExemption e : IncomeExemption.values()) {
            String name = "income.exempt." + e.name().toLowerCase(Locale.ROOT).replace('_', '-');
            m.put(e, ParameterKey.withGaps(name, ParameterType.BOOLEAN, "flag", "该类收入是否不计入家庭收入：" + e.name(),
                    "whether this kind of income is not counted: " + e.name()));
        }
        INCOME_EXEMPT = Collections.unmodifiableMap(m);
    }

    private EligibilityParameters() {
    }

    /** @return every key this module declares */
    public static List<ParameterKey<?>> all() {
        List<ParameterKey<?>> list = new ArrayList<>(List.of(DIBAO_STANDARD, DIBAO_AMOUNT_ROUNDING, ASSET_FINANCIAL_MONTHS,
                ASSET_PRIVATE_CAR_ALLOWED, ASSET_MAX_HOMES, DEDUCTIONS_ALLOWED, REVIEW_MONTHS_STABLE,
                REVIEW_MONTHS_UNSTABLE, GRADUAL_EXIT_MONTHS, EDGE_MULTIPLIER, DISPOSABLE_INCOME_LAST_YEAR, RIGID_SHARE,
                RIGID_VALIDITY_MONTHS, ALERT_MEDICAL_SHARE, ALERT_INCOME_DROP, GRADUAL_EXIT_MAX_MONTHS,
                SINGLE_MEMBER_COUNTY_CATEGORIES, RIGID_ASSET_FINANCIAL_MONTHS, RIGID_ASSET_PRIVATE_CAR_ALLOWED,
                RIGID_ASSET_MAX_HOMES));
        list.addAll(DIBAO_PROPERTY.declared());
        list.addAll(RIGID_PROPERTY.declared());
        list.addAll(INCOME_EXEMPT.values());
        return list;
    }
}
