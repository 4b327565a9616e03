package org.minzheng.eligibility.special;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.minzheng.core.json.Json;
import org.minzheng.core.validation.InputValidator;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.eligibility.children.ChildAllowanceFacts;
import org.minzheng.eligibility.children.ImmutableParentSituation;
import org.minzheng.eligibility.children.ParentCondition;
import org.minzheng.eligibility.children.ParentSituation;
import org.minzheng.eligibility.disability.DisabilityLivingAllowanceFacts;
import org.minzheng.eligibility.household.Disability;
import org.minzheng.eligibility.household.DisabilityCategory;
import org.minzheng.eligibility.poverty.ExtremePovertyFacts;
import org.minzheng.eligibility.temporary.TemporaryAssistanceFacts;

/**
 * Absent facts of the special-assistance programs are {@code Optional}: a present value reads and
 * writes as the plain value, an omitted or null one is empty, a value of the wrong type is refused
 * with its path (never silently coerced, never echoed), and a constraint on the optional value
 * applies when it is present.
 */
class OptionalFactsJsonTest {

    private static <T> T read(String json, Class<T> type) {
        return Json.convert(Json.readTree(json, "facts"), type, "facts");
    }

    private static final String SELF_CARE =
            "\"selfCare\":{\"eating\":true,\"dressing\":true,\"gettingInOutOfBed\":true,"
                    + "\"toileting\":true,\"walkingIndoors\":true,\"bathing\":true}";

    @Test
    void presentValues_readAndWriteAsPlainValues_andOmittedOnesAreEmpty() {
        ExtremePovertyFacts f = read(
                "{\"birthDate\":\"2010-01-01\"," + SELF_CARE + ",\"qualifiesForChildScheme\":true,"
                        + "\"schemeChoice\":\"CHILD_SCHEME\",\"disability\":{\"category\":\"VISUAL\",\"grade\":1,\"certificate\":true}}",
                ExtremePovertyFacts.class);
        assertThat(f.schemeChoice())
                .hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("CHILD_SCHEME"));
        assertThat(f.disability()).contains(new Disability(DisabilityCategory.VISUAL, 1, true));
        assertThat(f.schoolLevel()).isEmpty();
        String json = Json.pretty(f);
        assertThat(json)
                .contains("\"schemeChoice\" : \"CHILD_SCHEME\"")
                .doesNotContain("present")
                .doesNotContain("schoolLevel");
        assertThat(read(json, ExtremePovertyFacts.class)).isEqualTo(f);
        DisabilityLivingAllowanceFacts none = read("{\"householdStatus\":null}", DisabilityLivingAllowanceFacts.class);
        assertThat(none.householdStatus()).isEmpty();
        assertThat(none.disability()).isEmpty();
    }

    @Test
    void valuesOfTheWrongType_areRefusedWithTheirPath_notCoerced_notEchoed() {
        assertThatThrownBy(() -> read(
                        "{\"father\":{\"condition\":\"IMPRISONED_OR_DETAINED\",\"termMonths\":\"thirty-seven\"},"
                                + "\"mother\":{\"condition\":\"DEAD\"},\"birthDate\":\"2015-01-01\"}",
                        ChildAllowanceFacts.class))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations()).extracting(v -> v.path()).contains("facts.father.termMonths");
                    assertThat(e.getMessage()).doesNotContain("thirty-seven");
                });
        assertThatThrownBy(() -> read(
                        "{\"father\":{\"condition\":\"IMPRISONED_OR_DETAINED\",\"termMonths\":36.5},"
                                + "\"mother\":{\"condition\":\"DEAD\"},\"birthDate\":\"2015-01-01\"}",
                        ChildAllowanceFacts.class))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.path())
                                .contains("facts.father.termMonths"));
        assertThatThrownBy(() -> read("{\"householdStatus\":true}", DisabilityLivingAllowanceFacts.class))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.path())
                                .contains("facts.householdStatus"));
        assertThatThrownBy(() -> read(
                        "{\"event\":\"FIRE\",\"eventDate\":\"2024-12-01\",\"persons\":1,"
                                + "\"basicLivingSeriouslyAffected\":true,\"monthsOfHardship\":1,\"householdStatus\":\"RICH\"}",
                        TemporaryAssistanceFacts.class))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations()).extracting(v -> v.path()).contains("facts.householdStatus");
                    assertThat(e.getMessage()).doesNotContain("RICH");
                });
        assertThatThrownBy(() -> read(
                        "{\"birthDate\":\"2010-01-01\"," + SELF_CARE + ",\"schemeChoice\":5}",
                        ExtremePovertyFacts.class))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.path())
                                .contains("facts.schemeChoice"));
    }

    @Test
    void aConstraintOnAnOptionalValue_appliesWhenPresent_atTheValuesPath() {
        ParentSituation zero = ImmutableParentSituation.builder()
                .condition(ParentCondition.IMPRISONED_OR_DETAINED)
                .termMonths(0)
                .build();
        assertThat(InputValidator.get().validate(zero, "facts.father"))
                .extracting(v -> v.path() + " " + v.code())
                .containsExactly("facts.father.termMonths Min");
        ParentSituation absent = ImmutableParentSituation.builder()
                .condition(ParentCondition.DEAD)
                .termMonths(Optional.empty())
                .build();
        assertThat(InputValidator.get().validate(absent, "facts.father")).isEmpty();
        assertThat(InputValidator.get()
                        .validate(
                                ImmutableParentSituation.builder()
                                        .condition(ParentCondition.SEVERE_DISABILITY)
                                        .disability(new Disability(DisabilityCategory.PHYSICAL, 5, true))
                                        .build(),
                                "facts.mother"))
                .extracting(v -> v.path() + " " + v.code())
                .containsExactly("facts.mother.disability.grade Max");
    }
}
