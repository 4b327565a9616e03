package org.minzheng.examples.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Line breaking of mixed Chinese and Latin text, with every character one unit wide. */
class LineBreakerTest {

    static final LineBreaker.Widths ONE = cp -> 1f;

    static List<String> wrap(String text, int width) {
        return LineBreaker.wrap(text, width, ONE);
    }

    @Test
    void chinese_breaksBetweenAnyTwoCharacters() {
        assertThat(wrap("最低生活保障审核确认", 4)).containsExactly("最低生活", "保障审核", "确认");
    }

    @Test
    void numbersAndLatinWords_stayWhole() {
        assertThat(wrap("收入666.67元低于标准", 6)).containsExactly("收入", "666.67", "元低于标准");
        assertThat(wrap("按照GB/T 42195-2022评估", 11)).containsExactly("按照GB/T", "42195-2022评", "估");
        assertThat(wrap("apply for administrative review", 16))
                .containsExactly("apply for", "administrative", "review");
    }

    @Test
    void closingPunctuation_neverStartsALine_openingNeverEndsOne() {
        // 。 would start the second line: it stays with 准, which moves down with it
        assertThat(wrap("低保标准。", 4)).containsExactly("低保标", "准。");
        // 《 would end the first line: it moves down with the title; 》 stays with 法
        assertThat(wrap("依据《办法》", 3)).containsExactly("依据", "《办", "法》");
    }

    @Test
    void aWordWiderThanTheLine_isSplitWhereItNoLongerFits() {
        assertThat(wrap("330502********123X", 8)).containsExactly("330502**", "******12", "3X");
    }

    @Test
    void newline_endsALine_andAnEmptyParagraphIsAnEmptyLine() {
        assertThat(wrap("第一行\n\n第二行", 10)).containsExactly("第一行", "", "第二行");
    }

    @Test
    void property_linesFit_andReadBackAsTheText() {
        String[] pieces = {"低", "保", "。", "，", "《", "》", "1145", "元", "yuan", " ", "GB/T", "42195-2022", "（", "）"};
        qt().forAll(
                        lists().of(integers().between(0, pieces.length - 1)).ofSizeBetween(0, 60),
                        integers().between(1, 30))
                .checkAssert((indexes, width) -> {
                    StringBuilder b = new StringBuilder();
                    indexes.forEach(i -> b.append(pieces[i]));
                    String text = b.toString();
                    List<String> lines = wrap(text, width);
                    for (String line : lines) {
                        assertThat(line.codePointCount(0, line.length()))
                                .as(line)
                                .isLessThanOrEqualTo(width);
                    }
                    // only spaces are dropped at breaks
                    assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
                });
    }
}
