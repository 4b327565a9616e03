package org.minzheng.eligibility.temporary;

/**
 * What caused the hardship (社会救助暂行办法 Art. 47), and the kind of assistance it leads to.
 */
public enum TriggerEvent {
    /** 火灾. */
    FIRE(AssistanceType.EMERGENCY),
    /** 爆炸. */
    EXPLOSION(AssistanceType.EMERGENCY),
    /** 交通事故. */
    TRAFFIC_ACCIDENT(AssistanceType.EMERGENCY),
    /** 溺水. */
    DROWNING(AssistanceType.EMERGENCY),
    /** 人身伤害. */
    PERSONAL_INJURY(AssistanceType.EMERGENCY),
    /** 家庭成员突发重大疾病. */
    SUDDEN_SERIOUS_ILLNESS(AssistanceType.EMERGENCY),
    /** 遭遇其他特殊困难: whether it qualifies is for a person to decide. */
    OTHER_SPECIAL_HARDSHIP(AssistanceType.EMERGENCY),
    /** 医疗等生活必需支出突然增加. */
    MEDICAL_EXPENSES(AssistanceType.EXPENDITURE),
    /** 教育等生活必需支出突然增加. */
    EDUCATION_EXPENSES(AssistanceType.EXPENDITURE),
    /** 其他生活必需支出突然增加. */
    OTHER_NECESSARY_EXPENSES(AssistanceType.EXPENDITURE);

    private final AssistanceType type;

    TriggerEvent(AssistanceType type) {
        this.type = type;
    }

    /** @return the kind of assistance the event leads to */
    public AssistanceType type() {
        return type;
    }
}
