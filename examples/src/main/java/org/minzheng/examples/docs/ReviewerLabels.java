package org.minzheng.examples.docs;

import java.util.Map;
import java.util.Optional;
import org.minzheng.core.citation.InstrumentRank;
import org.minzheng.core.decision.Language;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.policy.ParameterType;
import org.minzheng.core.policy.Provenance;

/**
 * The words the reviewer's documents (the policy book, {@code minzheng params}) use for verdicts,
 * outcomes, grades, ranks, value types and units, in Chinese and English: one place, so that the
 * Chinese pages are Chinese throughout. A unit a key declares must have a Chinese label here
 * ({@code ReviewerLabelsTest} checks every registered key).
 */
public final class ReviewerLabels {

    private static final Map<String, String> UNITS_ZH = Map.ofEntries(
            Map.entry("flag", "是/否"),
            Map.entry("CNY", "元"),
            Map.entry("CNY/person/month", "元/人·月"),
            Map.entry("CNY/person/year", "元/人·年"),
            Map.entry("CNY/person", "元/人"),
            Map.entry("CNY/meal", "元/餐"),
            Map.entry("CNY/household", "元/户"),
            Map.entry("CNY/bed/month", "元/床·月"),
            Map.entry("CNY/legal-person bank", "元（每家法人银行）"),
            Map.entry("CNY/set of remains", "元/具"),
            Map.entry("months", "个月"),
            Map.entry("months after month of death", "个月（自死亡当月的次月起算）"),
            Map.entry("years", "年"),
            Map.entry("days", "日"),
            Map.entry("dates", "日期"),
            Map.entry("hours", "小时"),
            Map.entry("hours/month", "小时/月"),
            Map.entry("hours/bed/month", "小时/床·月"),
            Map.entry("grade", "级"),
            Map.entry("ability level (0-4)", "能力等级（0至4级）"),
            Map.entry("homes", "套"),
            Map.entry("code", "代码"),
            Map.entry("scope code", "范围代码"),
            Map.entry("assessment", "评估方式"),
            Map.entry("rounding", "取整方式"),
            Map.entry("reports/year", "次/年"),
            Map.entry("share of household income", "占家庭收入的比例"),
            Map.entry("share of previous income", "占此前收入的比例"),
            Map.entry("months of standard per member", "个月（每人低保标准的月数）"),
            Map.entry("ratio of dibao standard", "倍（低保标准的倍数）"),
            Map.entry("multiple of dibao standard", "倍（低保标准的倍数）"));

    private ReviewerLabels() {}

    /**
     * @param unit a key's unit, such as {@code CNY/person/month}
     * @return its Chinese label, such as {@code 元/人·月}, empty if none is recorded
     */
    public static Optional<String> unitZh(String unit) {
        return Optional.ofNullable(UNITS_ZH.get(unit));
    }

    /**
     * @param unit a key's unit
     * @param lang the language
     * @return the unit as the reader's language writes it (in Chinese the label, or the unit as
     *         declared where no label is recorded, which the test forbids)
     */
    public static String unit(String unit, Language lang) {
        return lang == Language.ZH ? UNITS_ZH.getOrDefault(unit, unit) : unit;
    }

    /**
     * @param v    a verdict
     * @param lang the language
     * @return 符合, 不符合, 不适用, 需人工审核, 暂不能认定, 说明; in English the code
     */
    public static String verdict(Verdict v, Language lang) {
        if (lang == Language.EN) {
            return v.name();
        }
        return switch (v) {
            case MET -> "符合";
            case NOT_MET -> "不符合";
            case NOT_APPLICABLE -> "不适用";
            case NEEDS_REVIEW -> "需人工审核";
            case UNDETERMINED -> "暂不能认定";
            case INFO -> "说明";
        };
    }

    /**
     * @param o    an outcome
     * @param lang the language
     * @return 符合, 不符合, 需人工审核, 暂不能认定; in English the code
     */
    public static String outcome(Outcome o, Language lang) {
        if (lang == Language.EN) {
            return o.name();
        }
        return switch (o) {
            case ELIGIBLE -> "符合";
            case INELIGIBLE -> "不符合";
            case NEEDS_REVIEW -> "需人工审核";
            case UNDETERMINED -> "暂不能认定";
        };
    }

    /**
     * @param p    a provenance grade
     * @param lang the language
     * @return 官方, 推算, 示例; in English the code
     */
    public static String grade(Provenance p, Language lang) {
        if (lang == Language.EN) {
            return p.name();
        }
        return switch (p) {
            case OFFICIAL -> "官方";
            case DERIVED -> "推算";
            case ILLUSTRATIVE -> "示例";
        };
    }

    /**
     * @param r    an instrument's rank
     * @param lang the language
     * @return the rank's name (法律, 规范性文件, 工作报告, 新闻报道…); in English the code in words
     */
    public static String rank(InstrumentRank r, Language lang) {
        return lang == Language.ZH
                ? r.nameZh()
                : r.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /**
     * @param t    a value type
     * @param lang the language
     * @return the type in words: 金额, 数值, 整数, 是/否, 取整方式, 代码, 日期; in English its name
     */
    public static String type(ParameterType<?> t, Language lang) {
        if (lang == Language.EN) {
            return t.name();
        }
        return switch (t.name()) {
            case "money" -> "金额";
            case "decimal" -> "数值";
            case "integer" -> "整数";
            case "boolean" -> "是/否";
            case "rounding" -> "取整方式";
            case "code" -> "代码";
            case "dates" -> "日期";
            default -> t.name();
        };
    }
}
