package org.minzheng.charity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minzheng.core.testing.ChineseText;

/**
 * The module's Chinese explanations are written in Chinese (issue 20): no message of the zh bundle
 * holds an English word, a parameter key, an enum code or a rounding code; only placeholders and
 * standards cited by their number (GB/T …) keep ASCII letters.
 */
class ChineseMessagesTest {

    @Test
    void theChineseMessagesHoldNoAsciiLettersButPlaceholdersAndStandardsNumbers() {
        assertThat(ChineseText.messagesWithAsciiLetters(
                        "org.minzheng.charity.messages", getClass().getClassLoader()))
                .isEmpty();
    }
}
