package org.minzheng.charity;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.minzheng.charity.change.TrustChangeProgram;
import org.minzheng.charity.filing.TrustFilingProgram;
import org.minzheng.charity.matching.MatchingProgram;
import org.minzheng.charity.reporting.AnnualReportProgram;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySource;
import org.minzheng.core.program.Program;
import org.minzheng.core.testing.ProgramContract;

/**
 * The four charity programs keep the program contract ({@link ProgramContract}): their rules cite
 * known instruments, every parameter they declare has a value in the shipped data or the
 * illustrative overlay, every declared outcome and note has zh and en messages, and their example
 * cases ({@code src/examples/cases/<program>}) decide as expected, deterministically, explained in
 * both languages without personal data, exercising every declared rule × verdict pair.
 */
class ProgramContractTest {

    static final Path CASES = Path.of("src/examples/cases");
    static final PolicyBook OFFICIAL = PolicyBook.loadDefault();
    static final PolicyBook ILLUSTRATIVE = PolicyBook.builderWithDefaults()
            .addOverlay(PolicySource.of(Path.of("src/examples/illustrative/charity.yaml")))
            .build();

    static ProgramContract contract(Program<?, ?> program) {
        return ProgramContract.of(program)
                .official(OFFICIAL)
                .illustrative(ILLUSTRATIVE)
                .cases(CASES.resolve(program.id()));
    }

    @TestFactory
    Stream<DynamicTest> trustFilingKeepsTheContract() {
        return contract(new TrustFilingProgram()).tests();
    }

    @TestFactory
    Stream<DynamicTest> trustChangeKeepsTheContract() {
        return contract(new TrustChangeProgram()).tests();
    }

    @TestFactory
    Stream<DynamicTest> annualReportKeepsTheContract() {
        String inForce = "configured in the shipped pack from the day the Charity Law came into force (2016-09-01), "
                + "and a charitable trust is filed, reports and ends under that law only from then on: only a record "
                + "dated before the law reaches it";
        return contract(new AnnualReportProgram())
                .notExercised(
                        "charity-trust-annual-report.annual-report UNDETERMINED",
                        "the least number of reports a year is " + inForce)
                .notExercised(
                        "charity-trust-annual-report.termination-report UNDETERMINED",
                        "the termination-report period is " + inForce)
                .tests();
    }

    @TestFactory
    Stream<DynamicTest> matchingKeepsTheContract() {
        return contract(new MatchingProgram()).tests();
    }
}
