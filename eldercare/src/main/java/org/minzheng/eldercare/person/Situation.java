package org.minzheng.eldercare.person;

/**
 * The situations a family care bed (家庭养老床位) may be open to, each switched on or off by a
 * parameter {@code family-care-bed.eligible.<situation>}. Every older person is at least in
 * {@link #ANY_OLDER_PERSON}; a person on assistance or living alone is also in that situation.
 */
public enum Situation {
    /** 特困人员. */
    EXTREME_POVERTY("特困人员"),
    /** 低保家庭. */
    DIBAO("低保家庭"),
    /** 低保边缘家庭. */
    LOW_INCOME_EDGE("低保边缘家庭"),
    /** 独居. */
    LIVING_ALONE("独居"),
    /** Any older person at the required level, whatever their household (不限对象). */
    ANY_OLDER_PERSON("不限对象");

    private final String nameZh;

    Situation(String nameZh) {
        this.nameZh = nameZh;
    }

    /** @return the Chinese name */
    public String nameZh() {
        return nameZh;
    }
}
