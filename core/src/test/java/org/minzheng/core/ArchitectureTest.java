package org.minzheng.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.junit.jupiter.api.Test;
import org.minzheng.core.testing.ArchitectureRules;

class ArchitectureTest {

    static final JavaClasses CORE = ArchitectureRules.productionClasses("org.minzheng.core");

    @Test
    void coreHasNoHiddenInputs() {
        ArchitectureRules.noHiddenInputs().check(CORE);
    }

    @Test
    void coreDependsOnNoDomainModule() {
        ArchRuleDefinition.noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.minzheng.eligibility..",
                        "org.minzheng.eldercare..",
                        "org.minzheng.charity..",
                        "org.minzheng.funeral..",
                        "org.minzheng.examples..")
                .check(CORE);
    }

    @Test
    void coresOwnContextsAreCheckedAgainstTheirRules() {
        ArchitectureRules.decisionsUseDeclaredRules().check(CORE);
    }
}
