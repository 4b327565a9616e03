package org.minzheng.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.regex.Pattern;
import org.minzheng.core.id.ResidentIdNumber;
import org.minzheng.core.id.UnifiedSocialCreditCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.region.RegionCode;

/**
 * Coverage-guided fuzz tests (Jazzer) of the value types that read text from the outside. The
 * property: any text either gives a value that prints back to an equal value, or is refused with
 * {@link IllegalArgumentException} (or {@link ArithmeticException} for an amount too large) whose
 * message holds no ID-shaped run of the input; never another exception.
 *
 * <p>In {@code ./mvnw verify} each runs once per input of its committed corpus
 * ({@code src/test/resources/org/minzheng/core/fuzz/ValueTypesFuzzTestInputs/<method>/});
 * {@code JAZZER_FUZZ=1} fuzzes (see docs/fuzzing.md).
 */
class ValueTypesFuzzTest {

    private static final Pattern ID_SHAPED = Pattern.compile("[0-9]{15,}|[0-9]{17}[Xx]");

    @FuzzTest(maxDuration = "30s")
    void moneyParse(byte[] data) {
        String text = text(data);
        try {
            Money m = Money.parse(text);
            assertThat(Money.parse(m.toString())).isEqualTo(m);
        } catch (IllegalArgumentException | ArithmeticException e) {
            assertNoIdIn(e, text, neutral -> message(() -> Money.parse(neutral)));
        }
    }

    @FuzzTest(maxDuration = "30s")
    void regionCode(byte[] data) {
        String text = text(data);
        try {
            RegionCode r = RegionCode.of(text);
            assertThat(RegionCode.parse(r.toString())).isEqualTo(r);
            r.level();
            r.structuralParent();
        } catch (IllegalArgumentException e) {
            assertNoIdIn(e, text, neutral -> message(() -> RegionCode.of(neutral)));
        }
    }

    @FuzzTest(maxDuration = "30s")
    void residentIdNumber(byte[] data) {
        String text = text(data);
        try {
            ResidentIdNumber id = ResidentIdNumber.parse(text);
            assertThat(id.toString()).doesNotContain(text);
            assertThat(ResidentIdNumber.isValid(text)).isTrue();
        } catch (IllegalArgumentException e) {
            assertNoIdIn(e, text, neutral -> message(() -> ResidentIdNumber.parse(neutral)));
            assertThat(ResidentIdNumber.isValid(text)).isFalse();
        }
    }

    @FuzzTest(maxDuration = "30s")
    void unifiedSocialCreditCode(byte[] data) {
        String text = text(data);
        try {
            UnifiedSocialCreditCode c = UnifiedSocialCreditCode.parse(text);
            assertThat(UnifiedSocialCreditCode.parse(c.value())).isEqualTo(c);
        } catch (IllegalArgumentException e) {
            assertNoIdIn(e, text, neutral -> message(() -> UnifiedSocialCreditCode.parse(neutral)));
        }
    }

    /** Corpus files are plain UTF-8 text; anything else is read leniently. */
    static String text(byte[] data) {
        return new String(data, java.nio.charset.StandardCharsets.UTF_8);
    }

    static void assertNoIdIn(Exception e, String input) {
        assertNoIdIn(e, input, neutral -> "");
    }

    /**
     * The message holds no ID-shaped run of the input and does not repeat the input. The fuzzer
     * learns the strings it is compared with, so it soon offers a piece of the message's own fixed
     * text as input ({@code "l plac"} for "… two decimal places …"): the input counts as repeated
     * only if it occurs more often in the message than in the message for a neutral input of the
     * same length ({@code templateFor}), that is, only if it came from the input.
     */
    static void assertNoIdIn(Exception e, String input, java.util.function.Function<String, String> templateFor) {
        String m = String.valueOf(e.getMessage());
        var found = ID_SHAPED.matcher(m);
        while (found.find()) {
            assertThat(input)
                    .as("message repeats an ID-shaped part of the input")
                    .doesNotContain(found.group());
        }
        if (input.length() >= 6 && input.codePoints().anyMatch(Character::isLetterOrDigit)) {
            String template = templateFor.apply("#".repeat(input.codePointCount(0, input.length())));
            assertThat(occurrences(m, input))
                    .as("message repeats the input: " + m)
                    .isLessThanOrEqualTo(occurrences(template, input));
        }
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    /** @return the message of what the call throws, or "" if it throws nothing */
    static String message(Runnable call) {
        try {
            call.run();
            return "";
        } catch (RuntimeException e) {
            return String.valueOf(e.getMessage());
        }
    }
}
