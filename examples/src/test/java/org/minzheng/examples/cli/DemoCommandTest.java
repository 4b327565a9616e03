package org.minzheng.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.minzheng.core.cases.CaseChecker;
import org.minzheng.core.cases.CasePair;

class DemoCommandTest {

    @Test
    void decidesEveryBundledCase() throws IOException {
        CliRun r = CliRun.of("demo");
        assertThat(r.code()).as(r.toString()).isZero();
        int n = CaseChecker.discover(Fixtures.CASES).size();
        for (CasePair p : CaseChecker.discover(Fixtures.CASES)) {
            assertThat(r.out()).contains("] " + p.name() + "\n");
        }
        assertThat(r.out())
                .contains("outcome: ELIGIBLE  (as expected)")
                .contains("result:  monthlyAmount 1435.00 · countedMembers 3")
                .contains("missing: dibao.asset.financial-months")
                .contains("| Conditions:")
                .contains("330502 Wuxing District")
                .endsWith(n + " of " + n + " cases decided as expected\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void inChinese() {
        CliRun r = CliRun.of("demo", "--lang", "zh", "--lines", "2");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("最低生活保障 · 330500 湖州市").contains("| 认定条件：");
    }
}
