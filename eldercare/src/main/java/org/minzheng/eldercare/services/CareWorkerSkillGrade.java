package org.minzheng.eldercare.services;

/**
 * The five vocational skill grades (职业技能等级) of an eldercare worker (养老护理员), from the
 * lowest, 五级／初级工, to the highest, 一级／高级技师. Declared from lowest to highest, so a later
 * constant is a higher qualification. (The grade system is China's national vocational skill
 * system; it is vocabulary here, not a policy value.)
 */
public enum CareWorkerSkillGrade {
    /** 五级／初级工 — junior. */
    GRADE_5,
    /** 四级／中级工 — intermediate. */
    GRADE_4,
    /** 三级／高级工 — senior. */
    GRADE_3,
    /** 二级／技师 — technician. */
    GRADE_2,
    /** 一级／高级技师 — senior technician. */
    GRADE_1;

    /**
     * @param minimum the least grade required, not null
     * @return true if this grade is the minimum or higher
     */
    public boolean meets(CareWorkerSkillGrade minimum) {
        return ordinal() >= minimum.ordinal();
    }
}
