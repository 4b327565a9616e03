package org.minzheng.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskingTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "11010519491231002X | 4 | 4 | 1101**********002X",
                "13812345678        | 3 | 4 | 138****5678",
                "abcdef             | 1 | 1 | a****f",
                "abcdef             | 0 | 0 | ******",
                "abcdef             | 6 | 0 | ******",
                "abcdef             | 5 | 0 | abcde*",
                "abcdef             | 0 | 5 | *bcdef",
                "abcd               | 2 | 2 | ****",
                "abc                | 4 | 4 | ***",
                "北京市朝阳区         | 2 | 1 | 北京***区"
            })
    void maskMiddle(String text, int keepHead, int keepTail, String expected) {
        assertThat(Masking.maskMiddle(text, keepHead, keepTail)).isEqualTo(expected);
    }

    @Test
    void maskMiddleOfEmptyTextIsEmpty() {
        assertThat(Masking.maskMiddle("", 0, 0)).isEmpty();
        assertThat(Masking.maskMiddle("", 4, 4)).isEmpty();
    }

    @Test
    void maskMiddleCountsCodePointsNotChars() {
        // 𠮷 (U+20BB7) is one character made of two Java chars
        assertThat(Masking.maskMiddle("a\uD842\uDFB7b", 1, 1)).isEqualTo("a*b");
        assertThat(Masking.maskMiddle("\uD842\uDFB7xyz\uD842\uDFB7", 1, 1)).isEqualTo("\uD842\uDFB7***\uD842\uDFB7");
    }

    @Test
    void maskMiddleHandlesHugeKeepCounts() {
        assertThat(Masking.maskMiddle("abc", Integer.MAX_VALUE, Integer.MAX_VALUE))
                .isEqualTo("***");
    }

    @Test
    void negativeKeepCountsAreRejected() {
        assertThatThrownBy(() -> Masking.maskMiddle("abc", -1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Masking.maskMiddle("abc", 0, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void maskMiddleKeepsLengthAndEnds() {
        qt().forAll(
                        strings().allPossible().ofLengthBetween(0, 30),
                        integers().between(0, 10),
                        integers().between(0, 10))
                .checkAssert((text, head, tail) -> {
                    String masked = Masking.maskMiddle(text, head, tail);
                    int length = text.codePointCount(0, text.length());
                    assertThat(masked.codePointCount(0, masked.length())).isEqualTo(length);
                    if (head + tail < length) {
                        assertThat(masked)
                                .startsWith(text.substring(0, text.offsetByCodePoints(0, head)))
                                .endsWith(text.substring(text.offsetByCodePoints(text.length(), -tail)));
                        assertThat(masked.chars().filter(c -> c == '*').count())
                                .isGreaterThanOrEqualTo(length - head - tail);
                    } else {
                        assertThat(masked).isEqualTo("*".repeat(length));
                    }
                });
    }

    @ParameterizedTest
    @CsvSource({"张三丰, 张**", "张三, 张*", "李, *", "欧阳娜娜, 欧***", "阿沛·阿旺晋美, 阿******"})
    void maskName(String name, String expected) {
        assertThat(Masking.maskName(name)).isEqualTo(expected);
    }

    @Test
    void maskNameWithCharacterOutsideTheBasicPlane() {
        assertThat(Masking.maskName("\uD842\uDFB7明")).isEqualTo("\uD842\uDFB7*");
        assertThat(Masking.maskName("\uD842\uDFB7")).isEqualTo("*");
    }

    @Test
    void maskNameOfEmptyNameIsEmpty() {
        assertThat(Masking.maskName("")).isEmpty();
    }

    @Test
    void nullIsRejected() {
        new NullPointerTester().testAllPublicStaticMethods(Masking.class);
    }
}
