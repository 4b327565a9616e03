package org.minzheng.eldercare.assessment;

/**
 * The four first-level indicators (一级指标) of GB/T 42195-2022 Appendix B. A domain's maximum
 * is the sum of its items' maxima ({@link AbilityItem#maximum()}): 32 + 15 + 28 + 15 = 90.
 */
public enum AbilityDomain {
    /** B.1 自理能力 — self-care, 8 items, 0–32. */
    SELF_CARE("B.1", "自理能力"),
    /** B.2 基础运动能力 — basic mobility, 4 items, 0–15. */
    BASIC_MOBILITY("B.2", "基础运动能力"),
    /** B.3 精神状态 — mental state, 9 items, 0–28. */
    MENTAL_STATE("B.3", "精神状态"),
    /** B.4 感知觉与社会参与 — perception and social participation, 5 items, 0–15. */
    PERCEPTION_AND_SOCIAL_PARTICIPATION("B.4", "感知觉与社会参与");

    private final String code;
    private final String nameZh;

    AbilityDomain(String code, String nameZh) {
        this.code = code;
        this.nameZh = nameZh;
    }

    /** @return the table number in Appendix B, such as {@code B.1} */
    public String code() {
        return code;
    }

    /** @return the Chinese name */
    public String nameZh() {
        return nameZh;
    }

    /** @return the highest subtotal: the sum of the maxima of the domain's items */
    public int maximum() {
        int sum = 0;
        for (AbilityItem item : AbilityItem.values()) {
            if (item.domain() == this) {
                sum += item.maximum();
            }
        }
        return sum;
    }
}
