package org.minzheng.examples.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.minzheng.core.decision.CitizenNotice;
import org.minzheng.core.decision.CitizenNotice.Reason;
import org.minzheng.core.decision.Language;

/**
 * The printable notice, on notices built by hand (the citizen view that builds them from decisions
 * is tested in core; {@link NoticeForEveryExampleCaseTest} renders the notice of every example case).
 * Each test renders, reads the PDF back with PDFBox and checks what a reader would see. PNGs of the
 * main notices are written under {@code target/notice/} for reviewers.
 */
class NoticePdfTest {

    static final String FULL_NAME = "张三丰";
    static final String FULL_ID = "33050219580101123X";

    static final Reason INCOME =
            new Reason("您家共同生活的家庭成员3人，家庭人均月收入666.67元，低于湖州市2024年最低生活保障标准每人每月1145元。", "《社会救助暂行办法》（国务院令第649号）第九条");
    static final Reason ASSETS = new Reason("您家的金融资产未超过当地规定的限额，名下无机动车辆，住房符合规定。", "《最低生活保障审核确认办法》（民发〔2021〕57号）第十三条");

    /** The notice of the dibao example (family of three below the standard), as the citizen view writes it. */
    static CitizenNotice dibaoZh() {
        return new CitizenNotice(
                Language.ZH,
                "湖州市民政局",
                "最低生活保障",
                Optional.of("张*（330502********123X）"),
                "符合最低生活保障条件",
                Optional.of("每月低保金1435元"),
                List.of(INCOME, ASSETS),
                List.of(
                        "如对本结果有异议，可以自收到本告知书之日起60日内向湖州市人民政府申请行政复议，或者在6个月内向人民法院提起行政诉讼。",
                        "家庭人口、收入、财产状况发生变化的，请及时告知乡镇（街道）。"),
                List.of("本告知书依据您提供的材料作出；所用的部分数值为示例值，不是当地正式公布的标准。"),
                LocalDate.of(2024, 12, 1),
                "3f9a2c71d0b4");
    }

    static CitizenNotice dibaoEn() {
        return new CitizenNotice(
                Language.EN,
                "Huzhou Civil Affairs Bureau (湖州市民政局)",
                "Minimum living guarantee",
                Optional.of("Zhang * (330502********123X)"),
                "Eligible for the minimum living guarantee",
                Optional.of("1,435.00 yuan a month"),
                List.of(new Reason(
                        "Your household of 3 has a per-capita monthly income of 666.67 yuan, below Huzhou's 2024 dibao standard of 1,145.00 yuan a person a month.",
                        "《社会救助暂行办法》（国务院令第649号）第九条")),
                List.of(
                        "If you disagree, you may apply for administrative review within 60 days of receiving this notice."),
                List.of(),
                LocalDate.of(2024, 12, 1),
                "3f9a2c71d0b4");
    }

    static CitizenNotice withReasons(List<Reason> reasons) {
        CitizenNotice n = dibaoZh();
        return new CitizenNotice(
                n.language(),
                n.office(),
                n.programTitle(),
                n.applicant(),
                n.outcome(),
                n.amount(),
                reasons,
                n.nextSteps(),
                n.cautions(),
                n.date(),
                n.reference());
    }

    /** A long reason: the income reason repeated, with numbers and a Latin standard name that must not split. */
    static Reason longReason(int i) {
        return new Reason(
                "第" + i + "项：" + INCOME.text().repeat(2) + "按照GB/T 42195-2022评估，认定的数额为1435.00元，其中包括342.87元的差额。",
                ASSETS.basis());
    }

    @Test
    void dibaoNoticeZh_showsReasonsWithBasis_amount_reference_onOnePage() throws IOException {
        byte[] pdf = Rendered.pdf(dibaoZh());
        Rendered.png(pdf, "dibao-zh");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("zh-CN");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("最低生活保障审核结果告知书");
        }
        String text = Rendered.joined(pdf);
        assertThat(text)
                .contains("湖州市民政局")
                .contains("最低生活保障审核结果告知书")
                .contains("编号：3f9a2c71d0b4")
                .contains("申请人：张*（330502********123X）")
                .contains("审核结果：符合最低生活保障条件")
                .contains("金额：每月低保金1435元")
                .contains("理由及依据")
                .contains("1. " + INCOME.text())
                .contains("依据：《社会救助暂行办法》（国务院令第649号）第九条")
                .contains("2. " + ASSETS.text())
                .contains("依据：《最低生活保障审核确认办法》（民发〔2021〕57号）第十三条")
                .contains("请注意")
                .contains("您可以")
                .contains("向湖州市人民政府申请行政复议")
                .contains("2024年12月1日")
                .contains("第1页　共1页");
        // the order of a notice: outcome, reasons, cautions, next steps, then office and date
        assertThat(text.indexOf("审核结果")).isLessThan(text.indexOf("理由及依据"));
        assertThat(text.indexOf("理由及依据")).isLessThan(text.indexOf("请注意"));
        assertThat(text.indexOf("请注意")).isLessThan(text.indexOf("您可以"));
        assertThat(text.indexOf("您可以")).isLessThan(text.lastIndexOf("2024年12月1日"));
    }

    @Test
    void maskedApplicant_theFullNameAndIdNumberNeverAppear_evenIfAReasonQuotesTheId() throws IOException {
        CitizenNotice careless = withReasons(List.of(new Reason("申请人身份证号" + FULL_ID + "核验一致。", ASSETS.basis())));
        for (CitizenNotice n : List.of(dibaoZh(), careless)) {
            byte[] pdf = Rendered.pdf(n);
            String text = Rendered.joined(pdf);
            assertThat(text).contains("张*").doesNotContain(FULL_NAME).doesNotContain(FULL_ID);
            // nor in the raw bytes (document information, metadata)
            assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1))
                    .doesNotContain(FULL_ID);
        }
        assertThat(Rendered.joined(Rendered.pdf(careless))).contains("3305**********123X");
    }

    @Test
    void englishNotice_usesEnglishLabelsAndDate_andStillPrintsChineseCitations() throws IOException {
        byte[] pdf = Rendered.pdf(dibaoEn());
        Rendered.png(pdf, "dibao-en");
        String text = Rendered.joined(pdf);
        assertThat(text)
                .contains("Notice of decision: Minimum living guarantee")
                .contains("Reference: 3f9a2c71d0b4")
                .contains("Applicant: Zhang * (330502********123X)")
                .contains("Decision: Eligible for the minimum living guarantee")
                .contains("Amount: 1,435.00 yuan a month")
                .contains("Reasons and legal basis")
                .contains("1,145.00 yuan a person a month")
                .contains("Legal basis: 《社会救助暂行办法》（国务院令第649号）第九条")
                .contains("What you can do next")
                .contains("1 December 2024")
                .contains("Page 1 of 1")
                .doesNotContain("Please note"); // no cautions: no empty section
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en");
        }
    }

    @Test
    void longReasons_wrapInsideTheMargins_andKeepNumbersAndLatinWordsWhole() throws IOException {
        CitizenNotice n = withReasons(List.of(longReason(1), longReason(2)));
        byte[] pdf = Rendered.pdf(n);
        Rendered.png(pdf, "long-reasons");
        List<List<TextPosition>> lines = Rendered.lines(pdf).get(0);
        float right = PDRectangle.A4.getWidth() - 62f;
        for (List<TextPosition> line : lines) {
            TextPosition last = line.get(line.size() - 1);
            assertThat(line.get(0).getX()).as(Rendered.text(line)).isGreaterThanOrEqualTo(62f - 0.5f);
            assertThat(last.getX() + last.getWidth()).as(Rendered.text(line)).isLessThanOrEqualTo(right + 0.5f);
        }
        List<String> texts = lines.stream().map(Rendered::text).collect(Collectors.toList());
        // a reason takes several lines, and no line begins with closing punctuation
        assertThat(texts.stream().filter(t -> t.contains("人均月收入666.67元")).count())
                .isGreaterThanOrEqualTo(4);
        assertThat(texts).noneMatch(t -> !t.isEmpty() && "，。、；：）》".indexOf(t.charAt(0)) >= 0);
        // the numbers and the standard's name are never split between lines: each occurrence sits on one line
        for (String whole : List.of("666.67", "1435.00", "342.87", "42195-2022", "GB/T")) {
            long onLines = texts.stream().mapToLong(t -> occurrences(t, whole)).sum();
            assertThat(onLines).as(whole).isEqualTo(occurrences(Rendered.joined(pdf), whole));
        }
        assertThat(Rendered.joined(pdf)).contains(longReason(2).text());
    }

    @Test
    void manyReasons_stillOnePage_withASmallerBodyFont_notBelowNinePoints() throws IOException {
        List<Reason> reasons =
                IntStream.rangeClosed(1, 7).mapToObj(NoticePdfTest::longReason).toList();
        byte[] pdf = Rendered.pdf(withReasons(reasons));
        Rendered.png(pdf, "many-reasons-one-page");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
        }
        float body = Rendered.sizeOf(pdf, "第7项");
        assertThat(body).isLessThan(NoticePdf.BODY_SIZES[0]).isGreaterThanOrEqualTo(9f);
        assertThat(Rendered.joined(pdf)).contains(longReason(7).text()).contains("2024年12月1日");
        // the two-reason notice keeps the full size
        assertThat(Rendered.sizeOf(Rendered.pdf(dibaoZh()), "理由及依据")).isEqualTo(NoticePdf.BODY_SIZES[0]);
    }

    @Test
    void contentBeyondOnePageAtNinePoints_continuesOnAMarkedSecondPage_withNothingLost() throws IOException {
        List<Reason> reasons =
                IntStream.rangeClosed(1, 24).mapToObj(NoticePdfTest::longReason).toList();
        byte[] pdf = Rendered.pdf(withReasons(reasons));
        Rendered.png(pdf, "overflow-page-1");
        List<String> pages = Rendered.pages(pdf);
        assertThat(pages).hasSizeGreaterThanOrEqualTo(2);
        int total = pages.size();
        for (int p = 0; p < total; p++) {
            String page = pages.get(p);
            assertThat(page).contains("第" + (p + 1) + "页　共" + total + "页");
            if (p < total - 1) {
                assertThat(page).contains("（续见下页）");
            } else {
                assertThat(page).doesNotContain("（续见下页）").contains("2024年12月1日");
            }
            if (p > 0) {
                assertThat(page).startsWith("最低生活保障审核结果告知书（续）");
            }
        }
        // the text read on, page after page, without the page furniture, loses nothing
        StringBuilder b = new StringBuilder();
        for (int p = 0; p < total; p++) {
            b.append(pages.get(p)
                    .replace("最低生活保障审核结果告知书（续）", "")
                    .replace("（续见下页）", "")
                    .replace("第" + (p + 1) + "页　共" + total + "页", ""));
        }
        String all = b.toString().replaceAll("\\R", "");
        int at = 0;
        for (Reason r : reasons) {
            int i = all.indexOf(r.text(), at);
            assertThat(i).as(r.text()).isGreaterThanOrEqualTo(at);
            at = i;
        }
        assertThat(Rendered.sizeOf(pdf, "第24项")).isEqualTo(9f);
    }

    @Test
    void noApplicant_noAmount_noReasons_leaveNoEmptyLabels() throws IOException {
        CitizenNotice n = new CitizenNotice(
                Language.ZH,
                "湖州市民政局",
                "临时救助",
                Optional.empty(),
                "暂不能认定",
                Optional.empty(),
                List.of(),
                List.of(),
                List.of(),
                LocalDate.of(2024, 1, 31),
                "0000");
        String text = Rendered.joined(Rendered.pdf(n));
        assertThat(text)
                .contains("临时救助审核结果告知书")
                .contains("审核结果：暂不能认定")
                .contains("2024年1月31日")
                .doesNotContain("申请人")
                .doesNotContain("金额")
                .doesNotContain("理由及依据")
                .doesNotContain("您可以");
    }

    @Test
    void aCharacterTheFontLacks_isPrintedAsASquare_notDropped_andControlCharactersAsSpaces() throws IOException {
        CitizenNotice n = withReasons(List.of(new Reason("家庭情况\t说明😀完毕", ASSETS.basis())));
        assertThat(Rendered.joined(Rendered.pdf(n))).contains("家庭情况 说明□完毕");
    }

    @Test
    void sameNotice_sameBytes() throws IOException {
        assertThat(Rendered.pdf(dibaoZh())).isEqualTo(Rendered.pdf(dibaoZh()));
        assertThat(Rendered.pdf(dibaoZh())).isNotEqualTo(Rendered.pdf(dibaoEn()));
    }

    @Test
    void fontIsEmbeddedAsASubset_soTheFileStaysSmall() throws IOException {
        byte[] pdf = Rendered.pdf(dibaoZh());
        assertThat(pdf.length).isLessThan(200_000);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var fonts = doc.getPage(0).getResources().getFontNames();
            for (var name : fonts) {
                var font = doc.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+NotoSansSC-Regular");
            }
        }
    }

    @Test
    void chineseAndEnglishWords_haveTheSameKeys() throws IOException {
        Properties zh = load("NoticeMessages_zh.properties");
        Properties en = load("NoticeMessages_en.properties");
        assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames()).isNotEmpty();
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = NoticePdf.class.getResourceAsStream(name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    private static long occurrences(String text, String part) {
        long n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    /** Renders and reads back. */
    static final class Rendered {

        private Rendered() {}

        static byte[] pdf(CitizenNotice n) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            NoticePdf.render(n, out);
            return out.toByteArray();
        }

        /** @return the text of each page, as PDFBox extracts it */
        static List<String> pages(byte[] pdf) throws IOException {
            List<String> pages = new ArrayList<>();
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                PDFTextStripper s = new PDFTextStripper();
                for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                    s.setStartPage(p);
                    s.setEndPage(p);
                    pages.add(s.getText(doc).strip());
                }
            }
            return pages;
        }

        /** @return the whole text with the line breaks removed (a wrapped sentence reads whole again) */
        static String joined(byte[] pdf) throws IOException {
            return String.join("", pages(pdf)).replaceAll("\\R", "");
        }

        /** @return per page, the lines with the position of each character */
        static List<List<List<TextPosition>>> lines(byte[] pdf) throws IOException {
            List<List<List<TextPosition>>> pages = new ArrayList<>();
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                    List<List<TextPosition>> lines = new ArrayList<>();
                    PDFTextStripper s = new PDFTextStripper() {
                        @Override
                        protected void writeString(String text, List<TextPosition> positions) {
                            lines.add(List.copyOf(positions));
                        }
                    };
                    s.setStartPage(p);
                    s.setEndPage(p);
                    s.getText(doc);
                    pages.add(lines);
                }
            }
            return pages;
        }

        static String text(List<TextPosition> line) {
            return line.stream().map(TextPosition::getUnicode).collect(Collectors.joining());
        }

        /** @return the font size of the first line that contains the text */
        static float sizeOf(byte[] pdf, String part) throws IOException {
            for (List<List<TextPosition>> page : lines(pdf)) {
                for (List<TextPosition> line : page) {
                    if (text(line).contains(part)) {
                        return line.get(line.size() - 1).getFontSizeInPt();
                    }
                }
            }
            throw new AssertionError("not found: " + part);
        }

        /** Writes page one as a PNG under target/notice/ for reviewers. */
        static void png(byte[] pdf, String name) throws IOException {
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                var image = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 110);
                java.nio.file.Path file = java.nio.file.Path.of("target", "notice", name + ".png");
                java.nio.file.Files.createDirectories(file.getParent());
                javax.imageio.ImageIO.write(image, "png", file.toFile());
            }
        }
    }
}
