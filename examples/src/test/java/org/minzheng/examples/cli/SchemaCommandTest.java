package org.minzheng.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.examples.cli.Fixtures.s;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.core.id.ResidentIdNumber;
import org.minzheng.core.json.Json;
import org.minzheng.core.money.Money;
import org.minzheng.examples.schema.SchemaFactory;

class SchemaCommandTest {

    @Test
    void dibaoFacts_valueTypesAreStringsWithPatterns() {
        CliRun r = CliRun.of("schema", "dibao");
        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode schema = Json.readTree(r.out(), "$");
        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(names(schema.get("required"))).containsExactly("members");
        assertThat(schema.get("additionalProperties").asBoolean()).isFalse();
        JsonNode member = schema.at("/properties/members/items");
        assertThat(names(member.get("required"))).containsExactlyInAnyOrder("relation", "birthDate");
        assertThat(member.at("/properties/birthDate/format").asText()).isEqualTo("date");
        assertThat(member.at("/properties/idNumber/pattern").asText()).isEqualTo(SchemaFactory.RESIDENT_ID_PATTERN);
        assertThat(member.at("/properties/idNumber/minLength").asInt()).isEqualTo(18);
        assertThat(member.at("/properties/hukouRegion/pattern").asText()).isEqualTo(SchemaFactory.REGION_PATTERN);
        assertThat(member.at("/properties/relation/enum").toString()).contains("APPLICANT", "SPOUSE");
        JsonNode income = schema.at("/properties/incomes/items");
        assertThat(income.at("/properties/amount/type").asText()).isEqualTo("string");
        assertThat(income.at("/properties/amount/pattern").asText()).isEqualTo(SchemaFactory.MONEY_PATTERN);
        assertThat(income.at("/properties/months/maximum").asInt()).isEqualTo(12);
        assertThat(names(income.get("required"))).containsExactlyInAnyOrder("category", "amount");
        // no property named after a Java method
        assertThat(r.out()).doesNotContain("()");
    }

    @Test
    void patterns_agreeWithTheValueTypes() {
        assertThat("1145.00")
                .matches(SchemaFactory.MONEY_PATTERN.replace("^", "").replace("$", ""));
        assertThat(Money.parse("1145.5").toString())
                .matches(SchemaFactory.MONEY_PATTERN.replace("^", "").replace("$", ""));
        assertThat("1145.005")
                .doesNotMatch(SchemaFactory.MONEY_PATTERN.replace("^", "").replace("$", ""));
        assertThat(ResidentIdNumber.parse(Fixtures.FULL_ID).value())
                .matches(SchemaFactory.RESIDENT_ID_PATTERN.replace("^", "").replace("$", ""));
    }

    @Test
    void decisionRecord_describesEveryFieldADecisionWrites() {
        CliRun r = CliRun.of("schema", "--decision", "dibao");
        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode schema = Json.readTree(r.out(), "$");
        assertThat(names(schema.get("required")))
                .contains(
                        "schemaVersion", "program", "region", "date", "outcome", "policyFingerprint", "libraryVersion");
        assertThat(schema.at("/properties/outcome/enum").toString()).contains("UNDETERMINED");
        assertThat(schema.at("/properties/result/properties/monthlyAmount/pattern")
                        .asText())
                .isEqualTo(SchemaFactory.MONEY_PATTERN);
        JsonNode decision =
                Json.readTree(CliRun.of("decide", s(Fixtures.SAVINGS)).out(), "$");
        List<String> fields = new ArrayList<>();
        decision.fieldNames().forEachRemaining(fields::add);
        // the schema lists the fields in the order a decision writes them
        assertThat(names(schema.get("properties"))).containsSubsequence(fields);
        List<String> resultFields = new ArrayList<>();
        decision.get("result").fieldNames().forEachRemaining(resultFields::add);
        assertThat(names(schema.at("/properties/result/properties"))).containsAll(resultFields);
        JsonNode finding = decision.get("findings").get(0);
        List<String> findingFields = new ArrayList<>();
        finding.fieldNames().forEachRemaining(findingFields::add);
        assertThat(names(schema.at("/properties/findings/items/properties"))).containsAll(findingFields);
        // without a program the result may be anything
        JsonNode generic = Json.readTree(CliRun.of("schema", "--decision").out(), "$");
        assertThat(generic.at("/properties/result").isEmpty()).isTrue();
    }

    @Test
    void unknownProgram_orNothingAsked_isBadInput() {
        CliRun r = CliRun.of("schema", "no-such-program");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err())
                .contains("unknown program 'no-such-program'; known programs: ")
                .contains("dibao");
        assertThat(CliRun.of("schema").code()).isEqualTo(2);
    }

    private static List<String> names(JsonNode node) {
        List<String> list = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> list.add(n.asText()));
        } else {
            node.fieldNames().forEachRemaining(list::add);
        }
        return list;
    }
}
