package org.minzheng.eldercare;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.ParameterType;
import org.minzheng.eldercare.assessment.AdjustmentStacking;
import org.minzheng.eldercare.assessment.ComaRating;
import org.minzheng.eldercare.person.AgeBand;
import org.minzheng.eldercare.person.PriorityGroup;
import org.minzheng.eldercare.person.Situation;
import org.minzheng.eldercare.services.CareWorkerSkillGrade;
import org.minzheng.eldercare.services.RateCombination;

/**
 * The policy parameters of eldercare. Official values live in this module's pack
 * ({@code org/minzheng/eldercare/policy/national.yaml}); everything the sources leave open is
 * absent there, so a decision that needs it is UNDETERMINED and names the key. Integrators
 * supply such values in an overlay; the examples ship ILLUSTRATIVE placeholders.
 *
 * <p>Switches are enumerations ({@link ParameterType#oneOf(Class)}): a word the enum does not know
 * fails when the pack loads. Ranges ({@link ParameterKey#within(Object, Object)}) are only those
 * the quantity itself implies: amounts and hours are never negative, an interval is at least one
 * month, an ability level is one of GB/T 42195-2022's 0–4, hours in a month are at most
 * 31 × 24 = 744; the very-old age is at least 60, the age from which 老年人权益保障法 Art. 2 counts a
 * person as old at all.
 */
public final class EldercareParameters {

    /** 老年人权益保障法 Art. 2: 本法所称老年人是指六十周岁以上的公民. */
    public static final int OLDER_PERSON_AGE = 60;
    /** The hours of the longest month, 31 × 24: the bound of any hours-a-month value. */
    static final int HOURS_IN_A_MONTH = 744;

    // ---------------------------------------------------------------- ability assessment

    /** Policy switch: how a person in a coma is rated. */
    public static final ParameterKey<ComaRating> COMA_RATING = ParameterKey.of(
            "ability.coma-rating",
            ParameterType.oneOf(ComaRating.class),
            "code",
            "昏迷者的评定等级（能力完全丧失或重度失能）",
            "rating of a person in a coma (COMPLETE_LOSS = level 4; SEVERE = at least level 3)");
    /** Policy switch: whether the two C.4 raises add up. */
    public static final ParameterKey<AdjustmentStacking> ADJUSTMENT_STACKING = ParameterKey.of(
            "ability.adjustment-stacking",
            ParameterType.oneOf(AdjustmentStacking.class),
            "code",
            "两项提级情形同时存在时是否累加（累加，或至多提高一级）",
            "whether the two raises add up when both apply (CUMULATIVE = +2; ONE_STEP = at most one level)");
    /** Re-assessment interval of MZ/T 039-2013 records. */
    public static final ParameterKey<Integer> REASSESSMENT_MONTHS_MZT_039 = ParameterKey.of(
                    "ability.reassessment-months.mzt-039-2013",
                    ParameterType.INTEGER,
                    "months",
                    "MZ/T 039-2013 评估结果的常规复评间隔",
                    "routine re-assessment interval of MZ/T 039-2013 results")
            .within(1, null);
    /** Re-assessment interval of GB/T 42195-2022 results. */
    public static final ParameterKey<Integer> REASSESSMENT_MONTHS_GBT_42195 = ParameterKey.of(
                    "ability.reassessment-months.gb-t-42195-2022",
                    ParameterType.INTEGER,
                    "months",
                    "GB/T 42195-2022 评估结果的常规复评间隔",
                    "routine re-assessment interval of GB/T 42195-2022 results")
            .within(1, null);

    // ---------------------------------------------------------------- family care beds

    /** The least severe ability level (0–4) that qualifies for a family care bed. */
    public static final ParameterKey<Integer> FAMILY_BED_MIN_LEVEL = ParameterKey.of(
                    "family-care-bed.min-ability-level",
                    ParameterType.INTEGER,
                    "ability level (0-4)",
                    "家庭养老床位的最低能力等级要求（0–4，数字越大失能越重）",
                    "least severe ability level that qualifies for a family care bed (0-4, higher is worse)")
            .within(0, 4);
    /** Whether each situation qualifies for a family care bed. */
    public static final Map<Situation, ParameterKey<Boolean>> FAMILY_BED_SITUATION_ELIGIBLE;
    /** Service hours a month of the family-bed service package. */
    public static final ParameterKey<Integer> FAMILY_BED_SERVICE_HOURS = ParameterKey.of(
                    "family-care-bed.service-hours-per-month",
                    ParameterType.INTEGER,
                    "hours/bed/month",
                    "家庭养老床位服务包：每月上门服务时长",
                    "family-bed service package: hours of home service a month")
            .within(0, HOURS_IN_A_MONTH);
    /** Monthly subsidy of a family care bed. */
    public static final ParameterKey<Money> FAMILY_BED_SUBSIDY = ParameterKey.of(
                    "family-care-bed.subsidy-per-month",
                    ParameterType.MONEY,
                    "CNY/bed/month",
                    "家庭养老床位每张每月补贴",
                    "monthly subsidy of a family care bed")
            .within(Money.ZERO, null);

    // ---------------------------------------------------------------- meal assistance

    /** Subsidy per meal by age band. */
    public static final Map<AgeBand, ParameterKey<Money>> MEAL_SUBSIDY_BY_AGE;
    /** Subsidy per meal by priority group. */
    public static final Map<PriorityGroup, ParameterKey<Money>> MEAL_SUBSIDY_BY_GROUP;
    /** How several applicable per-meal rates combine. */
    public static final ParameterKey<RateCombination> MEAL_RATE_COMBINATION = ParameterKey.of(
            "meal-assistance.rate-combination",
            ParameterType.oneOf(RateCombination.class),
            "code",
            "多项助餐补贴标准同时适用时的计算方式（就高或叠加）",
            "how several applicable per-meal rates combine (HIGHEST or SUM)");
    /** Monthly cap of the meal subsidy per person. */
    public static final ParameterKey<Money> MEAL_MONTHLY_CAP = ParameterKey.of(
                    "meal-assistance.monthly-cap",
                    ParameterType.MONEY,
                    "CNY/person/month",
                    "每人每月助餐补贴上限",
                    "monthly cap of the meal subsidy per person")
            .within(Money.ZERO, null);

    // ---------------------------------------------------------------- home adaptation

    /** The age from which an older person counts as very old (高龄) for home adaptation. */
    public static final ParameterKey<Integer> ADAPTATION_VERY_OLD_AGE = ParameterKey.of(
                    "home-adaptation.very-old-age",
                    ParameterType.INTEGER,
                    "years",
                    "适老化改造中“高龄”的起始年龄",
                    "age from which an older person is very old (高龄)")
            .within(OLDER_PERSON_AGE, null);
    /**
     * Whether the locality's home-adaptation scheme also covers older people's households outside
     * the national target group of 国办发〔2019〕5号 (a local extension; Huzhou's 2024 report counts
     * 4133 "以旧换新" adaptations, whose criteria were not found).
     */
    public static final ParameterKey<Boolean> ADAPTATION_COVERS_OUTSIDE_TARGET = ParameterKey.of(
            "home-adaptation.covers-outside-national-target-group",
            ParameterType.BOOLEAN,
            "flag",
            "本地适老化改造是否覆盖国家特殊困难老年人家庭范围以外的老年人家庭",
            "whether the local home-adaptation scheme covers older people's households outside the national target group");
    /** Subsidy per household for home adaptation. */
    public static final ParameterKey<Money> ADAPTATION_SUBSIDY = ParameterKey.of(
                    "home-adaptation.subsidy-per-household",
                    ParameterType.MONEY,
                    "CNY/household",
                    "每户适老化改造补助",
                    "home-adaptation subsidy per household")
            .within(Money.ZERO, null);

    // ---------------------------------------------------------------- moderate disability

    /**
     * Monthly care support for an older person at level 2 or worse. No text found grants the
     * support itself, so a configured amount is also what says the region gives it: missing, the
     * decision is UNDETERMINED (it blocks; it does not only blank the amount).
     */
    public static final ParameterKey<Money> MODERATE_DISABILITY_SUBSIDY = ParameterKey.of(
                    "moderate-disability-care.subsidy-per-month",
                    ParameterType.MONEY,
                    "CNY/person/month",
                    "中度及以上失能老年人每人每月照护补贴（未找到设立该补贴的文本：配置了金额即表示本地区给予该补贴；未配置时结果为无法确定）",
                    "monthly care support of an older person at level 2 or worse (no text found grants the support itself: a configured amount is what says the region gives it; not configured, the decision is UNDETERMINED)")
            .within(Money.ZERO, null);

    // ---------------------------------------------------------------- home care nurses

    /** Least training hours of a full-time home carer. */
    public static final ParameterKey<Integer> NURSE_MIN_TRAINING_HOURS = ParameterKey.of(
                    "home-care-nurse.min-training-hours",
                    ParameterType.INTEGER,
                    "hours",
                    "专职居家养老护理员认定：最低培训学时",
                    "full-time home carer: least training hours")
            .within(0, null);
    /** Least vocational skill grade of a full-time home carer. */
    public static final ParameterKey<CareWorkerSkillGrade> NURSE_MIN_SKILL_GRADE = ParameterKey.of(
            "home-care-nurse.min-skill-grade",
            ParameterType.oneOf(CareWorkerSkillGrade.class),
            "code",
            "专职居家养老护理员认定：最低职业技能等级（五级／初级工至一级／高级技师）",
            "full-time home carer: least vocational skill grade (GRADE_5 junior … GRADE_1 senior technician)");
    /** Least home-service hours a month of a full-time home carer. */
    public static final ParameterKey<Integer> NURSE_MIN_SERVICE_HOURS = ParameterKey.of(
                    "home-care-nurse.min-service-hours-per-month",
                    ParameterType.INTEGER,
                    "hours/month",
                    "专职居家养老护理员认定：每月最低居家服务时长",
                    "full-time home carer: least home-service hours a month")
            .within(0, HOURS_IN_A_MONTH);

    static {
        Map<Situation, ParameterKey<Boolean>> s = new EnumMap<>(Situation.class);
        for (Situation v : Situation.values()) {
            s.put(
                    v,
                    ParameterKey.of(
                            "family-care-bed.eligible." + slug(v),
                            ParameterType.BOOLEAN,
                            "flag",
                            "该情形是否可申请家庭养老床位：" + v.nameZh(),
                            "whether this situation qualifies for a family care bed: " + slug(v)));
        }
        FAMILY_BED_SITUATION_ELIGIBLE = Collections.unmodifiableMap(s);
        Map<AgeBand, ParameterKey<Money>> a = new EnumMap<>(AgeBand.class);
        for (AgeBand v : AgeBand.values()) {
            a.put(
                    v,
                    ParameterKey.of(
                                    "meal-assistance.subsidy-per-meal." + slug(v),
                                    ParameterType.MONEY,
                                    "CNY/meal",
                                    "按年龄段的每餐助餐补贴：" + v.nameZh(),
                                    "meal subsidy per meal for the age band " + slug(v))
                            .within(Money.ZERO, null));
        }
        MEAL_SUBSIDY_BY_AGE = Collections.unmodifiableMap(a);
        Map<PriorityGroup, ParameterKey<Money>> g = new EnumMap<>(PriorityGroup.class);
        for (PriorityGroup v : PriorityGroup.values()) {
            g.put(
                    v,
                    ParameterKey.of(
                                    "meal-assistance.subsidy-per-meal.priority." + slug(v),
                                    ParameterType.MONEY,
                                    "CNY/meal",
                                    "重点保障对象的每餐助餐补贴：" + v.nameZh(),
                                    "meal subsidy per meal for the priority group " + slug(v))
                            .within(Money.ZERO, null));
        }
        MEAL_SUBSIDY_BY_GROUP = Collections.unmodifiableMap(g);
    }

    private EldercareParameters() {}

    private static String slug(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
