package org.minzheng.core.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * Architecture rules every minzheng module is checked against, published in the core tests jar:
 * rule code is a pure function of its inputs (no clock, default locale or time zone, files,
 * system properties or console), and a domain module never depends on another domain module.
 */
public final class ArchitectureRules {

    private static final List<String> DOMAINS = List.of("eligibility", "eldercare", "charity", "funeral");

    private ArchitectureRules() {}

    /**
     * @param basePackage the module's package, such as {@code org.minzheng.eligibility}
     * @return the module's production classes
     */
    public static JavaClasses productionClasses(String basePackage) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(basePackage);
    }

    /** @return rule: no reading of clocks, default locale or time zone, files, environment or console */
    public static ArchRule noHiddenInputs() {
        return noClasses()
                .should()
                .callMethod(java.time.LocalDate.class, "now")
                .orShould()
                .callMethod(java.time.LocalDateTime.class, "now")
                .orShould()
                .callMethod(java.time.Instant.class, "now")
                .orShould()
                .callMethod(System.class, "currentTimeMillis")
                .orShould()
                .callMethod(java.util.Locale.class, "getDefault")
                .orShould()
                .callMethod(java.util.TimeZone.class, "getDefault")
                .orShould()
                .callMethod(java.time.ZoneId.class, "systemDefault")
                .orShould()
                .callMethod(System.class, "getenv", String.class)
                .orShould()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .orShould()
                .dependOnClassesThat()
                .belongToAnyOf(
                        java.io.FileInputStream.class,
                        java.io.FileReader.class,
                        java.io.FileOutputStream.class,
                        java.io.FileWriter.class)
                .because("rules are pure functions of their inputs: a program never reads clocks, files, the default "
                        + "locale or time zone (ARCHITECTURE.md)");
    }

    /**
     * @param module the module's short name, such as {@code eligibility}
     * @return rule: the module depends on no other domain module
     */
    public static ArchRule noOtherDomains(String module) {
        String[] others = DOMAINS.stream()
                .filter(d -> !d.equals(module))
                .map(d -> "org.minzheng." + d + "..")
                .toArray(String[]::new);
        return noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(others)
                .because("domain modules depend on core only; shared vocabulary lives in core");
    }

    /**
     * @return rule: a program's decisions are checked against its declared rules: no production
     *         code starts a context without them ({@code RuleContext.start(String, PolicySnapshot)}
     *         is for tools and tests) or records a finding by rule id instead of by {@code Rule}
     */
    public static ArchRule decisionsUseDeclaredRules() {
        return noClasses()
                .should()
                .callMethod(
                        org.minzheng.core.decision.RuleContext.class,
                        "start",
                        String.class,
                        org.minzheng.core.policy.PolicySnapshot.class)
                .because("a program starts its decisions with its rules (AbstractProgram.start), so that what it "
                        + "records and reads is checked against them (issue: programs declare their rules)");
    }
}
