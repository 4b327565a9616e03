package org.minzheng.charity.trust;

/**
 * The charitable activities of 慈善法 Art. 3 (本法所称慈善活动), items (一) to (六), which are the
 * purposes a charitable trust may pursue (Art. 44: "基于慈善目的").
 *
 * <p>The enumeration follows the law's own text (texts/中华人民共和国慈善法.md, 第三条). The
 * 《慈善信托管理办法》 Art. 7 restates the list in slightly different words (REFERENCE.md §7);
 * where they differ, the law wins.
 */
public enum CharitablePurpose {

    /** (一) 扶贫、济困: relieving poverty and helping people in hardship. */
    POVERTY_AND_HARDSHIP(1, "扶贫、济困"),

    /** (二) 扶老、救孤、恤病、助残、优抚: helping the elderly, orphans, the sick and the disabled; preferential care. */
    ELDERLY_ORPHANS_SICK_DISABLED_ENTITLED(2, "扶老、救孤、恤病、助残、优抚"),

    /** (三) 救助自然灾害、事故灾难和公共卫生事件等突发事件造成的损害: relief of harm from emergencies. */
    EMERGENCY_RELIEF(3, "救助自然灾害、事故灾难和公共卫生事件等突发事件造成的损害"),

    /** (四) 促进教育、科学、文化、卫生、体育等事业的发展: education, science, culture, health, sport. */
    EDUCATION_SCIENCE_CULTURE_HEALTH_SPORT(4, "促进教育、科学、文化、卫生、体育等事业的发展"),

    /** (五) 防治污染和其他公害，保护和改善生态环境: pollution and other public hazards; the ecological environment. */
    ENVIRONMENT(5, "防治污染和其他公害，保护和改善生态环境"),

    /**
     * (六) 符合本法规定的其他公益活动: other public-benefit activities that conform to the law. Whether
     * an activity qualifies is a judgement, so a trust relying on this item alone goes to review.
     */
    OTHER_PUBLIC_BENEFIT(6, "符合本法规定的其他公益活动");

    private final int item;
    private final String zh;

    CharitablePurpose(int item, String zh) {
        this.item = item;
        this.zh = zh;
    }

    /** @return the item number in Art. 3, 1 to 6 */
    public int item() {
        return item;
    }

    /** @return the words of the law */
    public String zh() {
        return zh;
    }

    /** @return true for items (一) to (五), which the law names; false for the open item (六) */
    public boolean named() {
        return this != OTHER_PUBLIC_BENEFIT;
    }
}
