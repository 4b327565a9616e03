package org.minzheng.eligibility.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.minzheng.core.json.Json;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.core.validation.ValidationAgreement;
import org.minzheng.eligibility.children.ChildAllowanceFacts;
import org.minzheng.eligibility.household.Household;
import org.minzheng.eligibility.poverty.ExtremePovertyFacts;
import org.minzheng.eligibility.screening.ScreeningFacts;

/**
 * The validators generated at build time (minzheng's annotation processor) and the validation
 * plans built by reflection report exactly what Hibernate Validator reports — the same
 * (path, code) pairs and the same zh/en messages — on the example cases' facts of several
 * programs mutated at random (QuickTheories): households with nested member, income, deduction,
 * asset and expenditure lists, money ({@code @NonNegativeMoney}), dates, optional values and
 * {@code @Min}/{@code @Max} bounds. Each program's mutations must produce the violations named, so
 * the agreement is not vacuous.
 */
class ValidationAgreementPropertyTest {

    static Stream<Arguments> programs() {
        return Stream.of(
                Arguments.of("dibao", Household.class, List.of("NonNegativeMoney", "NotEmpty", "NotNull")),
                Arguments.of("assistance-screening", ScreeningFacts.class, List.of("NonNegativeMoney", "NotNull")),
                Arguments.of("extreme-poverty", ExtremePovertyFacts.class, List.of("NonNegativeMoney", "NotNull")),
                Arguments.of("child-allowance", ChildAllowanceFacts.class, List.of("NotNull")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void mutatedCaseFacts_generatedValidatorsPlansAndHibernateValidatorAgree(
            String program, Class<?> type, List<String> codes) throws IOException {
        List<Object> facts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/examples/cases", program))) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".json") || name.endsWith(".expected.json")) {
                    continue;
                }
                try {
                    facts.add(Json.convert(
                            Json.readTree(Files.readString(f, StandardCharsets.UTF_8), "$")
                                    .get("facts"),
                            type,
                            "facts"));
                } catch (InvalidInputException | NullPointerException e) {
                    // a case of bad input: its facts do not read
                }
            }
        }
        assertThat(facts).as("facts read from the cases of " + program).hasSizeGreaterThan(2);
        assertThat(facts)
                .as("the facts' classes have validators generated at build time, so the property holds them to"
                        + " Hibernate Validator")
                .allSatisfy(f ->
                        assertThat(ValidationAgreement.generated(f.getClass())).isTrue());
        Map<String, Integer> found = ValidationAgreement.assertAgreesOnMutations(facts, 400);
        assertThat(found).as("codes of the mutated facts' violations").containsKeys(codes.toArray(String[]::new));
    }
}
