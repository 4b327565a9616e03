package org.minzheng.core.citation;

/** The rank of a cited instrument in the Chinese legal order, with its Chinese name. */
public enum InstrumentRank {
    /** 法律, adopted by the NPC or its Standing Committee. */
    LAW("法律"),
    /** 行政法规, issued by the State Council. */
    ADMINISTRATIVE_REGULATION("行政法规"),
    /** 部门规章, issued by a ministry as a rule. */
    DEPARTMENTAL_RULE("部门规章"),
    /** 地方性法规, adopted by a local people's congress. */
    LOCAL_REGULATION("地方性法规"),
    /** 规范性文件, a normative document (notices, opinions, measures issued as 民发 etc.). */
    NORMATIVE_DOCUMENT("规范性文件"),
    /** 国家标准 (GB or GB/T). */
    NATIONAL_STANDARD("国家标准"),
    /** 行业标准 (e.g. MZ/T for civil affairs). */
    INDUSTRY_STANDARD("行业标准"),
    /** 地方标准 (DB). */
    LOCAL_STANDARD("地方标准"),
    /**
     * 工作报告 or other official publication stating figures (e.g. a bureau's annual report): it may
     * prove a figure as of its date, never the legal basis of a rule.
     */
    OFFICIAL_REPORT("工作报告"),
    /**
     * 新闻报道: a newspaper's report of a policy; it may prove a figure as of its date, never the
     * legal basis of a rule.
     */
    NEWS_REPORT("新闻报道"),
    /** Not an official instrument: a placeholder source for illustrative values only. */
    ILLUSTRATIVE("示例");

    private final String nameZh;

    InstrumentRank(String nameZh) {
        this.nameZh = nameZh;
    }

    /**
     * @return true for a report ({@link #OFFICIAL_REPORT}, {@link #NEWS_REPORT}): it states figures
     *         as of a date and is labelled as a report wherever it is shown; a rule never cites it
     */
    public boolean isReport() {
        return this == OFFICIAL_REPORT || this == NEWS_REPORT;
    }

    /** @return the Chinese name of the rank */
    public String nameZh() {
        return nameZh;
    }
}
