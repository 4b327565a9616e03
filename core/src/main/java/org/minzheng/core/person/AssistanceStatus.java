package org.minzheng.core.person;

/**
 * The social-assistance status of a household or person as the civil-affairs system records it:
 * vocabulary shared by the programs that decide it (eligibility) and those that read it
 * (eldercare services, disability allowances…).
 */
public enum AssistanceStatus {
    /** 特困人员 — a person in extreme poverty (特困供养). */
    EXTREME_POVERTY("特困人员"),
    /** 最低生活保障家庭 — a household receiving dibao. */
    DIBAO("低保"),
    /** 最低生活保障边缘家庭 — an edge family. */
    LOW_INCOME_EDGE("低保边缘"),
    /** 刚性支出困难家庭 — a household in hardship from rigid expenditure. */
    RIGID_EXPENDITURE("刚性支出困难");

    private final String nameZh;

    AssistanceStatus(String nameZh) {
        this.nameZh = nameZh;
    }

    /** @return the Chinese name */
    public String nameZh() {
        return nameZh;
    }
}
