package org.minzheng.funeral;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.minzheng.core.testing.ArchitectureRules;

class ArchitectureTest {

    static final JavaClasses CLASSES = ArchitectureRules.productionClasses("org.minzheng.funeral");

    @Test
    void rulesHaveNoHiddenInputs() {
        ArchitectureRules.noHiddenInputs().check(CLASSES);
    }

    @Test
    void dependsOnNoOtherDomain() {
        ArchitectureRules.noOtherDomains("funeral").check(CLASSES);
    }

    @Test
    void decisionsAreCheckedAgainstTheDeclaredRules() {
        ArchitectureRules.decisionsUseDeclaredRules().check(CLASSES);
    }
}
