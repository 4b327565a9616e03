package org.minzheng.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.minzheng.core.decision.Language;
import org.minzheng.core.program.EnumLabels;

/**
 * A key family's descriptions quote labels from a message bundle; they are made when first read
 * (messages, explanations, the policy book), not when the keys are declared on the way to a first
 * decision, and read the same as descriptions given as text.
 */
class LazyKeyDescriptionsTest {

    /** Counts how often it is asked for its text. */
    private static final class Counting implements Supplier<String> {
        final AtomicInteger calls = new AtomicInteger();
        private final String text;

        Counting(String text) {
            this.text = text;
        }

        @Override
        public String get() {
            calls.incrementAndGet();
            return text;
        }
    }

    @Test
    void descriptionsAreMadeWhenFirstReadAndOnlyThen() {
        Counting zh = new Counting("该类收入是否不计入家庭收入：工资");
        Counting en = new Counting("whether this kind of income is not counted: wages");
        ParameterKey<Boolean> key = ParameterKey.withGaps("lazy.exempt.wages", ParameterType.BOOLEAN, "flag", zh, en);
        assertThat(zh.calls).hasValue(0);
        assertThat(en.calls).hasValue(0);
        assertThat(key.gapsAllowed()).isTrue();

        assertThat(key.descriptionZh()).isEqualTo("该类收入是否不计入家庭收入：工资");
        assertThat(key.descriptionZh()).isEqualTo("该类收入是否不计入家庭收入：工资");
        assertThat(zh.calls).hasValue(1);
        assertThat(en.calls).hasValue(0);
        assertThat(key.descriptionEn()).isEqualTo("whether this kind of income is not counted: wages");
        assertThat(en.calls).hasValue(1);
    }

    @Test
    void aRangedKeyKeepsItsDescriptionsWhetherOrNotTheyWereRead() {
        Counting zh = new Counting("期限");
        Counting en = new Counting("months");
        ParameterKey<Integer> key = ParameterKey.of("lazy.due-months", ParameterType.INTEGER, "months", zh, en);
        ParameterKey<Integer> ranged = key.within(1, null);
        assertThat(ranged.descriptionZh()).isEqualTo("期限");
        assertThat(key.descriptionZh()).isEqualTo("期限");
        assertThat(ranged.descriptionEn()).isEqualTo(key.descriptionEn()).isEqualTo("months");
        assertThat(ranged.gapsAllowed()).isFalse();
        assertThat(ranged).isEqualTo(key);
    }

    @Test
    void aLabelTextQuotesTheLabelOrTheConstantsNameWhereTheBundleHasNone() {
        // the core's own bundle has no enum labels for Language: the name is written, so a gap shows
        Supplier<String> zh = EnumLabels.text("前（", Language.ZH, "org.minzheng.core.messages", Language.ZH, "）后");
        assertThat(zh.get())
                .isEqualTo("前（" + EnumLabels.label(Language.ZH, "org.minzheng.core.messages", Language.ZH) + "）后");
        assertThat(EnumLabels.text("plain text").get()).isEqualTo("plain text");
    }

    @Test
    void aDescriptionThatMakesNothingFailsWhenRead() {
        ParameterKey<Boolean> key =
                ParameterKey.of("lazy.broken", ParameterType.BOOLEAN, "flag", new Counting(null), new Counting("x"));
        assertThatThrownBy(key::descriptionZh).isInstanceOf(NullPointerException.class);
    }
}
