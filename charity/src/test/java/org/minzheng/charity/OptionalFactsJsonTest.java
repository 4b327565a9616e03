package org.minzheng.charity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.minzheng.charity.change.TrustChange;
import org.minzheng.charity.trust.CharitableTrust;
import org.minzheng.core.json.Json;
import org.minzheng.core.validation.InvalidInputException;

/**
 * The absent facts of the charity records are {@code Optional} attributes read and written by the
 * core mapper's JDK 8 support (the module's own Optional reader is gone): absent or {@code null}
 * reads as empty, a value of the wrong type is rejected, not coerced, and an empty value is left
 * out on output.
 */
class OptionalFactsJsonTest {

    static JsonNode facts(String file) throws IOException {
        String text =
                Files.readString(Path.of("src/examples/cases/charity-trust-change", file), StandardCharsets.UTF_8);
        return Json.readTree(text, "$").get("facts");
    }

    @Test
    void anAbsentOrNullDate_readsAsEmpty_andIsLeftOutOnOutput() throws IOException {
        ObjectNode change = (ObjectNode) facts("change-not-listed-for-refiling.json");
        TrustChange absent = Json.convert(change, TrustChange.class, "facts");
        assertThat(absent.refiledOn()).isEmpty();
        change.putNull("refiledOn");
        assertThat(Json.convert(change, TrustChange.class, "facts").refiledOn()).isEmpty();
        JsonNode written = Json.mapper().valueToTree(absent);
        assertThat(written.has("refiledOn")).isFalse();
        assertThat(written.has("replacement")).isFalse();
    }

    @Test
    void aPresentDate_readsAsItself_andIsWrittenAsItself() throws IOException {
        JsonNode change = facts("trustee-replaced-for-breach-refiled-on-time.json");
        TrustChange c = Json.convert(change, TrustChange.class, "facts");
        assertThat(c.refiledOn()).isPresent();
        assertThat(Json.mapper().valueToTree(c).get("refiledOn")).isEqualTo(change.get("refiledOn"));
    }

    @Test
    void aValueOfTheWrongType_isRejected_notCoerced() throws IOException {
        ObjectNode trust = (ObjectNode)
                facts("trustee-replaced-for-breach-refiled-on-time.json").get("trust");
        trust.put("filedOn", 20240305);
        assertThatThrownBy(() -> Json.convert(trust, CharitableTrust.class, "facts.trust"))
                .isInstanceOf(InvalidInputException.class);
        trust.put("filedOn", "2024-03-05");
        trust.put("filingNumber", 3305002024000105L);
        assertThatThrownBy(() -> Json.convert(trust, CharitableTrust.class, "facts.trust"))
                .isInstanceOf(InvalidInputException.class);
        trust.put("filingNumber", "3305002024000105");
        assertThat(Json.convert(trust, CharitableTrust.class, "facts.trust").filingNumber())
                .contains("3305002024000105");
    }
}
