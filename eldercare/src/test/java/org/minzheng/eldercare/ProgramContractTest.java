package org.minzheng.eldercare;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.minzheng.core.program.Program;
import org.minzheng.core.testing.ProgramContract;
import org.minzheng.eldercare.assessment.AbilityAssessmentProgram;
import org.minzheng.eldercare.services.FamilyCareBedProgram;
import org.minzheng.eldercare.services.HomeAdaptationProgram;
import org.minzheng.eldercare.services.HomeCareNurseProgram;
import org.minzheng.eldercare.services.MealAssistanceProgram;
import org.minzheng.eldercare.services.ModerateDisabilityCareProgram;

/**
 * Every eldercare program keeps the program contract: its rules cite known instruments, its
 * parameters are keys with values in a pack, every declared outcome has zh and en messages, and its
 * example cases ({@code src/examples/cases/<program>/}) decide as expected, deterministically,
 * masked, and exercise every declared rule × verdict pair.
 */
class ProgramContractTest {

    private static Stream<DynamicTest> contract(Program<?, ?> program) {
        return ProgramContract.of(program)
                .official(Books.official())
                .illustrative(Books.illustrative())
                .cases(Path.of("src/examples/cases", program.id()))
                .tests();
    }

    @TestFactory
    Stream<DynamicTest> abilityAssessmentKeepsTheContract() {
        return contract(new AbilityAssessmentProgram());
    }

    @TestFactory
    Stream<DynamicTest> familyCareBedKeepsTheContract() {
        return contract(new FamilyCareBedProgram());
    }

    @TestFactory
    Stream<DynamicTest> mealAssistanceKeepsTheContract() {
        return contract(new MealAssistanceProgram());
    }

    @TestFactory
    Stream<DynamicTest> homeAdaptationKeepsTheContract() {
        return contract(new HomeAdaptationProgram());
    }

    @TestFactory
    Stream<DynamicTest> moderateDisabilityCareKeepsTheContract() {
        return contract(new ModerateDisabilityCareProgram());
    }

    @TestFactory
    Stream<DynamicTest> homeCareNurseKeepsTheContract() {
        return contract(new HomeCareNurseProgram());
    }
}
