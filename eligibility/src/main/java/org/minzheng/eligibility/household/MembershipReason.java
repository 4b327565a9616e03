package org.minzheng.eligibility.household;

/** Why a listed person is, or is not, counted as a member of the household (Art. 7). */
public enum MembershipReason {
    /** The applicant. */
    APPLICANT(true),
    /** 配偶 (Art. 7 (1)). */
    SPOUSE(true),
    /** 未成年子女 (Art. 7 (2)). */
    MINOR_CHILD(true),
    /** 已成年但不能独立生活的子女 (Art. 7 (3)). */
    ADULT_CHILD_DEPENDENT(true),
    /** 在校接受全日制本科及以下学历教育的子女 (Art. 7 (3)). */
    ADULT_CHILD_IN_EDUCATION(true),
    /** 其他具有法定赡养、扶养、抚养义务关系并长期共同居住的人员 (Art. 7 (4)). */
    SUPPORT_DUTY_LIVING_TOGETHER(true),
    /** An adult child who lives independently: not listed in Art. 7. */
    ADULT_CHILD_INDEPENDENT(false),
    /** No legal support duty, or not living together long-term: not listed in Art. 7. */
    NO_SUPPORT_DUTY_OR_APART(false),
    /** 连续三年以上脱离家庭独立生活的宗教教职人员 (Art. 7, excluded (1)). */
    CLERGY_APART_THREE_YEARS(false),
    /** 在监狱内服刑 (Art. 7, excluded (2)). */
    IN_PRISON(false),
    /** 在戒毒所强制隔离戒毒 (Art. 7, excluded (2)). */
    COMPULSORY_REHABILITATION(false),
    /** 宣告失踪 (Art. 7, excluded (2)). */
    DECLARED_MISSING(false);

    private final boolean counted;

    MembershipReason(boolean counted) {
        this.counted = counted;
    }

    /** @return true if a person with this reason is counted */
    public boolean counted() {
        return counted;
    }
}
