package org.minzheng.examples.walkthrough;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.minzheng.core.testing.ProgramContract;

/**
 * The walk-through of {@code docs/writing-a-program.md}, run: the old-age allowance program, found
 * through its ServiceLoader line like every program, keeps the program contract with its pack rows,
 * its messages and its example cases.
 */
class OldAgeAllowanceContractTest {

    @TestFactory
    Stream<DynamicTest> oldAgeAllowanceKeepsTheContract() {
        return ProgramContract.of(Walkthrough.programs().find("old-age-allowance").orElseThrow())
                .official(Walkthrough.official())
                .illustrative(Walkthrough.illustrative())
                .cases(Walkthrough.CASES)
                .notExercised("old-age-allowance.age UNDETERMINED",
                        "the national minimum age covers every region from 2018-12-29; only a case dated before it reaches this")
                .tests();
    }
}
