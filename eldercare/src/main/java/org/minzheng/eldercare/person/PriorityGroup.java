package org.minzheng.eldercare.person;

/**
 * The priority groups (重点保障对象, 特殊困难老年人) of meal assistance named by 民发〔2023〕58号
 * 《积极发展老年助餐服务行动方案》: older people of 特困, 低保 and edge families, and those living
 * alone, empty-nest, left-behind, disabled or functionally impaired, very old, or of families that
 * lost their only child. "Very old" (高龄) is served through the age bands ({@link AgeBand}), so
 * it is not a group here.
 */
public enum PriorityGroup {
    /** 特困人员. */
    EXTREME_POVERTY("特困人员"),
    /** 低保家庭老年人. */
    DIBAO("低保家庭老年人"),
    /** 低保边缘家庭老年人. */
    LOW_INCOME_EDGE("低保边缘家庭老年人"),
    /** 独居老年人. */
    LIVING_ALONE("独居老年人"),
    /** 空巢老年人. */
    EMPTY_NEST("空巢老年人"),
    /** 留守老年人. */
    LEFT_BEHIND("留守老年人"),
    /** 失能、残疾老年人 (ability level 1 or worse under GB/T 42195-2022, or a disability certificate). */
    DISABLED("失能、残疾老年人"),
    /** 计划生育特殊家庭老年人. */
    LOST_ONLY_CHILD("计划生育特殊家庭老年人");

    private final String nameZh;

    PriorityGroup(String nameZh) {
        this.nameZh = nameZh;
    }

    /** @return the Chinese name */
    public String nameZh() {
        return nameZh;
    }
}
