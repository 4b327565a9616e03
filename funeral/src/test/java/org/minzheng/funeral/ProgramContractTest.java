package org.minzheng.funeral;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.minzheng.core.program.Program;
import org.minzheng.core.testing.ProgramContract;
import org.minzheng.funeral.afterdeath.AfterDeathTasksProgram;
import org.minzheng.funeral.burial.EcoBurialAwardProgram;
import org.minzheng.funeral.deposit.DepositWithdrawalProgram;
import org.minzheng.funeral.estate.EstateQueryProgram;
import org.minzheng.funeral.services.BasicFuneralServicesProgram;
import org.minzheng.funeral.testing.FuneralTestBooks;

/**
 * The program contract (core's {@link ProgramContract}) for each funeral program: declarations
 * cite known instruments, every declared parameter has a value in a pack (the shipped data or the
 * illustrative overlay), every declared outcome and note has zh and en messages, and the example
 * cases under {@code src/examples/cases/<program>} decide as expected, reproducibly, explained in
 * both languages, without leaking an ID number or a name, and exercise every declared rule ×
 * verdict pair.
 */
class ProgramContractTest {

    private static ProgramContract contract(Program<?, ?> program) {
        return ProgramContract.of(program)
                .official(FuneralTestBooks.official())
                .illustrative(FuneralTestBooks.illustrative())
                .cases(Path.of("src/examples/cases", program.id()));
    }

    @TestFactory
    Stream<DynamicTest> estateQueryKeepsTheContract() {
        return contract(new EstateQueryProgram()).tests();
    }

    @TestFactory
    Stream<DynamicTest> depositWithdrawalKeepsTheContract() {
        return contract(new DepositWithdrawalProgram()).tests();
    }

    @TestFactory
    Stream<DynamicTest> afterDeathTasksKeepsTheContract() {
        return contract(new AfterDeathTasksProgram()).tests();
    }

    @TestFactory
    Stream<DynamicTest> ecoBurialAwardKeepsTheContract() {
        return contract(new EcoBurialAwardProgram()).tests();
    }

    @TestFactory
    Stream<DynamicTest> basicFuneralServicesKeepsTheContract() {
        return contract(new BasicFuneralServicesProgram()).tests();
    }
}
