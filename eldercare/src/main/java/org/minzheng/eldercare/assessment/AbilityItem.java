package org.minzheng.eldercare.assessment;

/**
 * The 26 second-level indicators (二级指标) of GB/T 42195-2022 Appendix B, each with its domain
 * and the highest score the standard allows. Scores run from 0 up to the maximum; a higher
 * score means better ability. Most items use the five-point scale (4 = independent … 0 = fully
 * dependent); stairs and going out by transport run 0–3, vision and hearing 0–2, consciousness
 * 0–2, aggression and depressive symptoms 0–1.
 *
 * <p>Source: REFERENCE.md §6.1 (two independent transcriptions agree; the maxima sum to 90).
 * The order is the order of the standard's tables, B.1.1 to B.4.5.
 */
public enum AbilityItem {
    /** B.1.1 进食 — eating, 0–4. */
    EATING(AbilityDomain.SELF_CARE, 1, 4, "进食"),
    /** B.1.2 修饰 — grooming, 0–4. */
    GROOMING(AbilityDomain.SELF_CARE, 2, 4, "修饰"),
    /** B.1.3 洗澡 — bathing, 0–4. */
    BATHING(AbilityDomain.SELF_CARE, 3, 4, "洗澡"),
    /** B.1.4 穿/脱上衣 — upper-body dressing, 0–4. */
    UPPER_BODY_DRESSING(AbilityDomain.SELF_CARE, 4, 4, "穿/脱上衣"),
    /** B.1.5 穿/脱裤子和鞋袜 — lower-body dressing, 0–4. */
    LOWER_BODY_DRESSING(AbilityDomain.SELF_CARE, 5, 4, "穿/脱裤子和鞋袜"),
    /** B.1.6 小便控制 — bladder control, 0–4. */
    BLADDER_CONTROL(AbilityDomain.SELF_CARE, 6, 4, "小便控制"),
    /** B.1.7 大便控制 — bowel control, 0–4. */
    BOWEL_CONTROL(AbilityDomain.SELF_CARE, 7, 4, "大便控制"),
    /** B.1.8 如厕 — toileting, 0–4. */
    TOILETING(AbilityDomain.SELF_CARE, 8, 4, "如厕"),
    /** B.2.1 床上体位转移 — bed mobility, 0–4. */
    BED_MOBILITY(AbilityDomain.BASIC_MOBILITY, 1, 4, "床上体位转移"),
    /** B.2.2 床椅转移 — bed–chair transfer, 0–4. */
    BED_CHAIR_TRANSFER(AbilityDomain.BASIC_MOBILITY, 2, 4, "床椅转移"),
    /** B.2.3 平地行走 — walking on the flat (about 50 m), 0–4. */
    WALKING(AbilityDomain.BASIC_MOBILITY, 3, 4, "平地行走"),
    /** B.2.4 上下楼梯 — stairs (10–15 steps), 0–3. */
    STAIRS(AbilityDomain.BASIC_MOBILITY, 4, 3, "上下楼梯"),
    /** B.3.1 时间定向 — time orientation, 0–4. */
    TIME_ORIENTATION(AbilityDomain.MENTAL_STATE, 1, 4, "时间定向"),
    /** B.3.2 空间定向 — place orientation, 0–4. */
    PLACE_ORIENTATION(AbilityDomain.MENTAL_STATE, 2, 4, "空间定向"),
    /** B.3.3 人物定向 — person orientation, 0–4. */
    PERSON_ORIENTATION(AbilityDomain.MENTAL_STATE, 3, 4, "人物定向"),
    /** B.3.4 记忆 — memory, 0–4. */
    MEMORY(AbilityDomain.MENTAL_STATE, 4, 4, "记忆"),
    /** B.3.5 理解能力 — comprehension, 0–4. */
    COMPREHENSION(AbilityDomain.MENTAL_STATE, 5, 4, "理解能力"),
    /** B.3.6 表达能力 — expression, 0–4. */
    EXPRESSION(AbilityDomain.MENTAL_STATE, 6, 4, "表达能力"),
    /** B.3.7 攻击行为 — aggression, 0–1. */
    AGGRESSION(AbilityDomain.MENTAL_STATE, 7, 1, "攻击行为"),
    /** B.3.8 抑郁症状 — depressive symptoms, 0–1. */
    DEPRESSIVE_SYMPTOMS(AbilityDomain.MENTAL_STATE, 8, 1, "抑郁症状"),
    /** B.3.9 意识水平 — consciousness, 0–2. */
    CONSCIOUSNESS(AbilityDomain.MENTAL_STATE, 9, 2, "意识水平"),
    /** B.4.1 视力 — vision, 0–2. */
    VISION(AbilityDomain.PERCEPTION_AND_SOCIAL_PARTICIPATION, 1, 2, "视力"),
    /** B.4.2 听力 — hearing, 0–2. */
    HEARING(AbilityDomain.PERCEPTION_AND_SOCIAL_PARTICIPATION, 2, 2, "听力"),
    /** B.4.3 执行日常事务 — daily tasks, 0–4. */
    DAILY_TASKS(AbilityDomain.PERCEPTION_AND_SOCIAL_PARTICIPATION, 3, 4, "执行日常事务"),
    /** B.4.4 使用交通工具外出 — going out by transport, 0–3. */
    GOING_OUT_BY_TRANSPORT(AbilityDomain.PERCEPTION_AND_SOCIAL_PARTICIPATION, 4, 3, "使用交通工具外出"),
    /** B.4.5 社会交往能力 — social interaction, 0–4. */
    SOCIAL_INTERACTION(AbilityDomain.PERCEPTION_AND_SOCIAL_PARTICIPATION, 5, 4, "社会交往能力");

    /** The highest total score: the sum of all item maxima. */
    public static final int MAXIMUM_TOTAL = 90;

    private final AbilityDomain domain;
    private final int number;
    private final int maximum;
    private final String nameZh;

    AbilityItem(AbilityDomain domain, int number, int maximum, String nameZh) {
        this.domain = domain;
        this.number = number;
        this.maximum = maximum;
        this.nameZh = nameZh;
    }

    /** @return the domain (一级指标) the item belongs to */
    public AbilityDomain domain() {
        return domain;
    }

    /** @return the highest score of the item (the lowest is 0) */
    public int maximum() {
        return maximum;
    }

    /** @return the number in the standard, such as {@code B.2.4} */
    public String code() {
        return domain.code() + "." + number;
    }

    /** @return the Chinese name */
    public String nameZh() {
        return nameZh;
    }
}
