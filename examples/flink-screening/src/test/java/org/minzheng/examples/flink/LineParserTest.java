package org.minzheng.examples.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LineParserTest {

    static Rejection rejected(String line) {
        Object head = LineParser.head(line, null);
        assertThat(head).isInstanceOf(Rejection.class);
        return (Rejection) head;
    }

    @Test
    void head_isReadWithoutBindingTheRest() {
        String line = "{\"householdId\":\"HZ-1\",\"household\":{\"members\":[{\"x\":[1,{\"date\":\"1999-01-01\"}]}]},"
                + "\"type\":\"SNAPSHOT\",\"date\":\"2025-02-03\"}";
        assertThat(LineParser.head(line, null))
                .isEqualTo(new Envelope("HZ-1", LocalDate.of(2025, 2, 3).toEpochDay(), 0, line));
        String change =
                "{\"type\":\"MEMBER_DEATH\",\"householdId\":\"a.b:c_d-9\",\"date\":\"2025-02-03\",\"member\":1}";
        assertThat(((Envelope) LineParser.head(change, null)).getOrder()).isEqualTo(1);
        assertThat(((Envelope) LineParser.head(change, LocalDate.of(2030, 1, 1))).getEpochDay())
                .isEqualTo(LocalDate.of(2030, 1, 1).toEpochDay());
    }

    @Test
    void missingOrWrongHeadFields_areAllReported() {
        assertThat(rejected("{\"member\":1}").codes())
                .containsExactly("record.missing", "record.missing", "record.type");
        Rejection r = rejected("{\"type\":\"HOLIDAY\",\"householdId\":\"HZ 1\",\"date\":\"03/02/2025\"}");
        assertThat(r.problems())
                .extracting(v -> v.path() + " " + v.code())
                .containsExactly("date record.date", "householdId record.key-format", "type record.type");
        assertThat(r.householdId()).isNull();
        assertThat(rejected("{\"type\":\"SNAPSHOT\",\"householdId\":7,\"date\":\"2025-01-01\"}")
                        .codes())
                .containsExactly("record.missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "110105194912310021", "110105491231002"})
    void aKeyThatLooksLikeAnIdentityNumber_isRejectedWithoutRepeatingIt(String key) {
        String line = "{\"type\":\"SNAPSHOT\",\"householdId\":\"" + key + "\",\"date\":\"2025-01-01\"}";
        Rejection r = rejected(line);
        assertThat(r.codes()).containsExactly("record.key-is-id-number");
        assertThat(r.householdId()).isNull();
        assertThat(HouseholdMonitor.toJson(r)).doesNotContain(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"type\":", "[1,2]", "{\"type\":\"SNAPSHOT\"} {}", "not json", "\"text\""})
    void malformedLines_areRejectedWithoutRepeatingThem(String line) {
        Rejection r = rejected(line);
        assertThat(r.codes()).containsExactly("json.malformed");
        assertThat(HouseholdMonitor.toJson(r))
                .isEqualTo("{\"problems\":[{\"path\":\"$\",\"code\":\"json.malformed\","
                        + "\"messageZh\":\"不是一行完整的 JSON 对象\",\"messageEn\":\"is not one well-formed JSON object\"}]}");
    }
}
