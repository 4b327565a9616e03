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
        return contract(new DepositWithdrawalProgram())
                .notExercised(
                        "deposit-withdrawal.bank-limit UNDETERMINED",
                        "the national rows of the limit, of whether "
                                + "a bank may raise it and of the ceiling all begin on 2021-02-04 (the 2021 notice), so a date "
                                + "with a limit but without the bank's-own-limit rule exists only in a pack with gaps "
                                + "(DepositWithdrawalProgramTest)")
                .tests();
    }

    /**
     * The after-death bundle has one outcome: the facts alone decide which tasks a death triggers
     * (ELIGIBLE), and a missing deadline only blanks a date (see {@link AfterDeathTasksProgram}).
     */
    @TestFactory
    Stream<DynamicTest> afterDeathTasksKeepsTheContract() {
        return contract(new AfterDeathTasksProgram())
                .singleOutcome(
                        org.minzheng.core.decision.Outcome.ELIGIBLE,
                        "the facts alone decide which tasks a death "
                                + "triggers; a missing deadline only blanks a date")
                .notExercised(
                        "after-death-tasks.hukou-rural-not-configured INFO",
                        "the rural hukou period is "
                                + "national (户口登记条例 Art. 8, 1958), so every region inherits it; only a book without "
                                + "the shipped data reaches it (AfterDeathTasksProgramTest uses the test gaps pack)")
                .tests();
    }

    @TestFactory
    Stream<DynamicTest> ecoBurialAwardKeepsTheContract() {
        return contract(new EcoBurialAwardProgram()).tests();
    }

    @TestFactory
    Stream<DynamicTest> basicFuneralServicesKeepsTheContract() {
        String together = "every pack that sets a region's beneficiaries sets its six items and its cash rule with "
                + "them (Hangzhou 2023, the Huzhou placeholders), so ";
        return contract(new BasicFuneralServicesProgram())
                .notExercised(
                        "basic-funeral-services.item UNDETERMINED",
                        together
                                + "an item not configured where the beneficiaries are is reached only with the test gaps pack "
                                + "(BasicFuneralServicesProgramTest)")
                .notExercised(
                        "basic-funeral-services.unused-items-cash-not-configured INFO",
                        together
                                + "a missing cash rule beside configured items is reached only with the test gaps pack "
                                + "(BasicFuneralServicesProgramTest)")
                .tests();
    }
}
