package org.minzheng.eldercare.person;

/**
 * The social-assistance status of an older person's household, as recorded by the civil-affairs
 * system. Input vocabulary: eldercare does not decide it (the social-assistance programs do).
 */
public enum AssistanceCategory {
    /** 特困人员 — a person in extreme poverty (特困供养). */
    EXTREME_POVERTY("特困人员"),
    /** 最低生活保障家庭 — a household receiving dibao. */
    DIBAO("低保"),
    /** 最低生活保障边缘家庭 — an edge family. */
    LOW_INCOME_EDGE("低保边缘");

    private final String nameZh;

    AssistanceCategory(String nameZh) {
        this.nameZh = nameZh;
    }

    /** @return the Chinese name */
    public String nameZh() {
        return nameZh;
    }
}
