package org.minzheng.funeral.estate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.minzheng.core.json.Json;

class EstateQueryJsonTest {

    @Test
    void applicationReadsAndWritesJson_withOptionalNames() {
        String json =
                "{\"deceased\":{\"idNumber\":\"11010519491231002X\",\"name\":\"张三丰\",\"dateOfDeath\":\"2024-10-01\"},"
                        + "\"applicant\":{\"idNumber\":\"11010519730315001X\",\"relation\":\"CHILD\"},"
                        + "\"evidence\":[\"DEATH_CERTIFICATE\",\"OWN_ID\"],\"assetKinds\":[\"DEPOSITS\"],\"institutions\":[\"湖州银行\"]}";
        EstateQueryApplication a = Json.convert(Json.readTree(json, "facts"), EstateQueryApplication.class, "facts");
        assertThat(a.deceased().name())
                .hasValueSatisfying(n -> assertThat(n.value()).isEqualTo("张三丰"));
        assertThat(a.applicant().name()).isEmpty();
        assertThat(Json.pretty(a)).doesNotContain("null");
        EstateQueryApplication back =
                Json.convert(Json.readTree(Json.pretty(a), "facts"), EstateQueryApplication.class, "facts");
        assertThat(back).isEqualTo(a);
        assertThat(a.deceased().dateOfDeath()).isEqualTo(LocalDate.of(2024, 10, 1));
    }
}
