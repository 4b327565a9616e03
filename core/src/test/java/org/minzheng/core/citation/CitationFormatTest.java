package org.minzheng.core.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one citation format: real citations of the shipped packs, in Chinese and English. */
class CitationFormatTest {

    private static Instrument instrument(String title, String titleEn, String number, InstrumentRank rank) {
        return new Instrument(
                "x", title, titleEn, "发布机关", number, rank, LocalDate.of(2021, 7, 1), null, null, null, null);
    }

    private static final Instrument DIBAO = instrument(
            "最低生活保障审核确认办法",
            "Measures for the Review and Confirmation of Minimum Living Allowance",
            "民发〔2021〕57号",
            InstrumentRank.NORMATIVE_DOCUMENT);
    private static final Instrument CHARITY_2023 =
            instrument("中华人民共和国慈善法（2023年修正）", "Charity Law of the PRC (2023 amendment)", null, InstrumentRank.LAW);
    private static final Instrument HOLIDAYS_2013 = instrument(
            "全国年节及纪念日放假办法（2013年修订）",
            "Measures on National Holidays (2013 revision)",
            "国务院令第644号",
            InstrumentRank.ADMINISTRATIVE_REGULATION);
    private static final Instrument GPCL_OPINIONS = instrument(
            "最高人民法院关于贯彻执行《中华人民共和国民法通则》若干问题的意见（试行）",
            "Opinions of the SPC on the GPCL (trial)",
            null,
            InstrumentRank.NORMATIVE_DOCUMENT);
    private static final Instrument SOCIAL_ASSISTANCE = instrument(
            "社会救助暂行办法", "Interim Measures for Social Assistance", null, InstrumentRank.ADMINISTRATIVE_REGULATION);
    private static final Instrument ABILITY_STANDARD = instrument(
            "老年人能力评估规范",
            "Specification for ability assessment of older people",
            "GB/T 42195-2022",
            InstrumentRank.NATIONAL_STANDARD);
    private static final Instrument REPORT = instrument(
            "置顶“民声”惠民生（湖州市民政局2024年工作回顾）",
            "Huzhou Civil Affairs Bureau, review of 2024",
            null,
            InstrumentRank.OFFICIAL_REPORT);
    private static final Instrument REFORM = instrument(
            "关于改革完善社会救助制度的意见",
            "Opinions on Reforming and Improving the Social Assistance System",
            null,
            InstrumentRank.NORMATIVE_DOCUMENT);

    @Test
    void documentNumberWithHexagonalBrackets_followsTheTitleInParentheses() {
        assertThat(CitationFormat.zh(DIBAO, "第三十一条第二款 每年核查一次")).isEqualTo("《最低生活保障审核确认办法》（民发〔2021〕57号）第三十一条第二款：每年核查一次");
        assertThat(CitationFormat.en(DIBAO, "第三十一条第二款 每年核查一次"))
                .isEqualTo(
                        "Measures for the Review and Confirmation of Minimum Living Allowance (民发〔2021〕57号), Art. 31, para. 2: 每年核查一次");
        assertThat(DIBAO.reference()).isEqualTo("《最低生活保障审核确认办法》（民发〔2021〕57号）");
    }

    @Test
    void amendmentYear_standsOutsideTheTitle() {
        assertThat(CitationFormat.zh(CHARITY_2023, "第四十五条第一款")).isEqualTo("《中华人民共和国慈善法》（2023年修正）第四十五条第一款");
        assertThat(CitationFormat.referenceZh(HOLIDAYS_2013)).isEqualTo("《全国年节及纪念日放假办法》（2013年修订，国务院令第644号）");
    }

    @Test
    void titleInsideATitle_isInAngleBrackets() {
        assertThat(CitationFormat.zh(GPCL_OPINIONS, "第198条")).isEqualTo("《最高人民法院关于贯彻执行〈中华人民共和国民法通则〉若干问题的意见（试行）》第198条");
    }

    @Test
    void itemsAreCitedAsTheStatuteBookCitesThem_withoutParentheses() {
        Instrument income = instrument("最低生活保障审核确认办法", "Dibao measures", null, InstrumentRank.NORMATIVE_DOCUMENT);
        assertThat(CitationFormat.zh(income, "第十三条第二款第（一）项 奖学金")).isEqualTo("《最低生活保障审核确认办法》第十三条第二款第一项：奖学金");
        assertThat(CitationFormat.en(income, "第十三条第二款第（一）项 奖学金"))
                .isEqualTo("Dibao measures, Art. 13, para. 2, item 1: 奖学金");
        assertThat(CitationFormat.articleEn("第八条第（四）项")).isEqualTo("Art. 8, item 4");
    }

    @Test
    void severalArticles_inOneReference() {
        assertThat(CitationFormat.zh(SOCIAL_ASSISTANCE, List.of("第四十七条", "第四十九条", "第四十七条")))
                .isEqualTo("《社会救助暂行办法》第四十七条、第四十九条");
        assertThat(CitationFormat.zh(SOCIAL_ASSISTANCE, "第二十一、二十二条")).isEqualTo("《社会救助暂行办法》第二十一、二十二条");
        assertThat(CitationFormat.articleEn("第二十一、二十二条")).isEqualTo("Arts. 21 and 22");
        assertThat(CitationFormat.articleEn("第二百零一条至第二百零三条")).isEqualTo("Art. 201 to Art. 203");
        assertThat(CitationFormat.en(SOCIAL_ASSISTANCE, List.of("第四十七条", "第四十九条")))
                .isEqualTo("Interim Measures for Social Assistance, Art. 47, Art. 49");
    }

    @Test
    void aStandard_isCitedWithItsNumberInParentheses_andItsAppendixSections() {
        assertThat(CitationFormat.zh(ABILITY_STANDARD, "附录C C.4 处于昏迷状态者，直接评定为能力完全丧失（完全失能）"))
                .isEqualTo("《老年人能力评估规范》（GB/T 42195-2022）附录C C.4：处于昏迷状态者，直接评定为能力完全丧失（完全失能）");
        assertThat(CitationFormat.zh(ABILITY_STANDARD, "附录C C.1、C.2"))
                .isEqualTo("《老年人能力评估规范》（GB/T 42195-2022）附录C C.1、C.2");
        assertThat(CitationFormat.zh(ABILITY_STANDARD, "附录B 表B.1–B.4（26项二级指标）"))
                .isEqualTo("《老年人能力评估规范》（GB/T 42195-2022）附录B 表B.1–B.4（26项二级指标）");
    }

    @Test
    void aReportsSentence_followsTheTitleAfterAColon() {
        assertThat(CitationFormat.zh(REPORT, "加强中度失能老年人照护支持")).isEqualTo("《置顶“民声”惠民生（湖州市民政局2024年工作回顾）》：加强中度失能老年人照护支持");
        assertThat(CitationFormat.en(REPORT, "加强中度失能老年人照护支持"))
                .isEqualTo("Huzhou Civil Affairs Bureau, review of 2024: 加强中度失能老年人照护支持");
    }

    @Test
    void anOutlineSection_followsTheTitleDirectly() {
        assertThat(CitationFormat.zh(REFORM, "二（四）15")).isEqualTo("《关于改革完善社会救助制度的意见》二（四）15");
        assertThat(CitationFormat.en(REFORM, "二（四）15"))
                .isEqualTo("Opinions on Reforming and Improving the Social Assistance System, 二（四）15");
    }

    @Test
    void theWholeInstrument_isItsReference() {
        assertThat(CitationFormat.zh(SOCIAL_ASSISTANCE, (String) null)).isEqualTo("《社会救助暂行办法》");
        assertThat(CitationFormat.en(SOCIAL_ASSISTANCE, (String) null))
                .isEqualTo("Interim Measures for Social Assistance");
        assertThat(CitationFormat.unresolved(Citation.of("unknown-id", "第九条"), true))
                .isEqualTo("unknown-id第九条");
        assertThat(CitationFormat.unresolved(Citation.of("unknown-id", "第九条"), false))
                .isEqualTo("unknown-id, Art. 9");
    }

    @Test
    void chineseNumerals() {
        assertThat(CitationFormat.number("十九")).isEqualTo(19);
        assertThat(CitationFormat.number("二百零三")).isEqualTo(203);
        assertThat(CitationFormat.number("一千一百二十七")).isEqualTo(1127);
        assertThat(CitationFormat.number("四十八")).isEqualTo(48);
        assertThat(CitationFormat.number("12")).isEqualTo(12);
    }
}
