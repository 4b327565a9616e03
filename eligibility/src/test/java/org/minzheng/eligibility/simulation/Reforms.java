package org.minzheng.eligibility.simulation;

import org.minzheng.core.money.Money;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySource;

/** Reformed books for the tests: the baseline with a Huzhou dibao standard of the given amount from 2025-01-01. */
final class Reforms {

    private Reforms() {}

    /** The pack of a Huzhou standard from 2025-01-01, ILLUSTRATIVE. */
    static String huzhouStandard(Money standard) {
        return """
                pack: test-reform
                dataVersion: "test"
                instruments:
                  - id: test-reform
                    title: 测试用模拟方案（非政策）
                    titleEn: a reform for the tests (not policy)
                    issuer: minzheng
                    rank: ILLUSTRATIVE
                values:
                  - key: dibao.standard
                    region: "330500"
                    since: 2025-01-01
                    value: "%s"
                    unit: CNY/person/month
                    grade: ILLUSTRATIVE
                    citation: {instrument: test-reform, article: test}
                """.formatted(standard);
    }

    /**
     * @param baselineOverlays the baseline's overlays (the illustrative ones, or none)
     * @param standard         the reformed standard
     * @return the baseline with the reform on top
     */
    static PolicyBook reformed(java.util.List<PolicySource> baselineOverlays, Money standard) {
        PolicyBook.Builder b = PolicyBook.builderWithDefaults();
        baselineOverlays.forEach(b::addOverlay);
        b.addOverlay(PolicySource.ofText("test-reform.yaml", huzhouStandard(standard)));
        return b.build();
    }
}
