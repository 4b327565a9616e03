package org.minzheng.eldercare.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.minzheng.core.json.Json;
import org.minzheng.core.person.AssistanceStatus;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.eldercare.assessment.AbilityLevel;
import org.minzheng.eldercare.services.CareWorkerSkillGrade;
import org.minzheng.eldercare.services.HomeCareNurseApplication;

/**
 * Absent facts are {@code Optional}: a field left out or {@code null} reads as empty, a present one
 * as its value, a value of the wrong type is refused with its path (never coerced), and an empty
 * value is left out when written.
 */
class OlderPersonJsonTest {

    static OlderPerson read(String json) {
        return Json.convert(Json.readTree(json, "facts"), OlderPerson.class, "facts");
    }

    @Test
    void aLevelAndStatusLeftOutOrNull_readAsEmpty_andAreLeftOutWhenWritten() {
        OlderPerson missing = read("{\"birthDate\": \"1940-01-01\"}");
        OlderPerson nulls = read("{\"birthDate\": \"1940-01-01\", \"abilityLevel\": null, \"assistance\": null}");
        for (OlderPerson p : new OlderPerson[] {missing, nulls}) {
            assertThat(p.abilityLevel()).isEmpty();
            assertThat(p.assistance()).isEmpty();
            assertThat(Json.compact(p))
                    .isEqualTo("{\"birthDate\":\"1940-01-01\",\"dispersedSupport\":false,"
                            + "\"registeredPoor\":false,\"livesAlone\":false,\"emptyNest\":false,\"leftBehind\":false,"
                            + "\"disabled\":false,\"lostOnlyChild\":false}");
        }
    }

    @Test
    void aPresentLevelAndStatus_readAsTheirValues() {
        OlderPerson p =
                read("{\"birthDate\": \"1940-01-01\", \"abilityLevel\": \"MODERATE\", \"assistance\": \"DIBAO\"}");
        assertThat(p.abilityLevel()).contains(AbilityLevel.MODERATE);
        assertThat(p.assistance()).contains(AssistanceStatus.DIBAO);
        assertThat(p.receives(AssistanceStatus.DIBAO)).isTrue();
        assertThat(p.receives(AssistanceStatus.EXTREME_POVERTY)).isFalse();
    }

    @Test
    void aWrongTypeOrAnUnknownWord_isRefusedWithItsPath_notCoerced() {
        for (String bad : new String[] {"2", "true", "\"moderate\"", "[\"MODERATE\"]", "{}"}) {
            assertThatThrownBy(() -> read("{\"birthDate\": \"1940-01-01\", \"abilityLevel\": " + bad + "}"))
                    .as(bad)
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.violations())
                                    .extracting(v -> v.path())
                                    .contains("facts.abilityLevel"));
        }
    }

    @Test
    void aCarerWithoutAGrade_readsAsEmpty() {
        HomeCareNurseApplication a = Json.convert(
                Json.readTree("{\"trainingHours\": 40, \"monthlyServiceHours\": 120}", "facts"),
                HomeCareNurseApplication.class,
                "facts");
        assertThat(a.skillGrade()).isEmpty();
        HomeCareNurseApplication b = Json.convert(
                Json.readTree(
                        "{\"trainingHours\": 40, \"skillGrade\": \"GRADE_4\", \"monthlyServiceHours\": 120}", "facts"),
                HomeCareNurseApplication.class,
                "facts");
        assertThat(b.skillGrade()).isEqualTo(Optional.of(CareWorkerSkillGrade.GRADE_4));
    }
}
