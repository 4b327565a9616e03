package org.minzheng.core.policy;

import java.math.BigDecimal;
import java.util.List;
import org.minzheng.core.money.Money;

/** Keys of the frozen fixture pack. */
final class TestKeys {
    static final ParameterKey<Money> STANDARD =
            ParameterKey.of("test.standard", ParameterType.MONEY, "CNY/person/month", "测试标准", "test standard");
    static final ParameterKey<BigDecimal> RATIO =
            ParameterKey.of("test.ratio", ParameterType.DECIMAL, "ratio", "测试比例", "test ratio");
    static final ParameterKey<Integer> MONTHS =
            ParameterKey.withGaps("test.months", ParameterType.INTEGER, "months", "测试月数", "test months");

    static final List<ParameterKey<?>> ALL = List.of(STANDARD, RATIO, MONTHS);

    private TestKeys() {}

    static PolicyBook.Builder fixture() {
        return PolicyBook.builder()
                .addKeys("test", ALL)
                .addSource(PolicySource.ofResource(
                        TestKeys.class.getClassLoader(), "org/minzheng/core/policy/fixture.yaml"));
    }
}
