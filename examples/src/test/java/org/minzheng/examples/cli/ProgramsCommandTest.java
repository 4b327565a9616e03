package org.minzheng.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.minzheng.core.json.Json;
import org.minzheng.core.program.Program;
import org.minzheng.core.program.ProgramRegistry;

class ProgramsCommandTest {

    @Test
    void listsEveryRegisteredProgram_withResolvedCitations() {
        CliRun r = CliRun.of("programs");
        assertThat(r.code()).as(r.toString()).isZero();
        for (Program<?, ?> p : ProgramRegistry.loadDefault().all()) {
            assertThat(r.out()).contains(p.id() + "  " + p.title().zh() + " / " + p.title().en());
        }
        // resolved: the instrument's English title and document number, then the article
        assertThat(r.out()).contains("Measures for the Review and Confirmation of the Minimum Living Guarantee (民发〔2021〕57号) 第二十三条")
                .contains("parameters: dibao.standard");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void chineseReferences_withLangZh() {
        CliRun r = CliRun.of("programs", "--lang", "zh");
        assertThat(r.out()).contains("《最低生活保障审核确认办法》（民发〔2021〕57号） 第七条");
    }

    @Test
    void json_hasOneEntryPerProgram() {
        CliRun r = CliRun.of("programs", "--json");
        JsonNode list = Json.readTree(r.out(), "$");
        assertThat(list.size()).isEqualTo(ProgramRegistry.loadDefault().all().size());
        JsonNode dibao = null;
        for (JsonNode p : list) {
            if (p.get("id").asText().equals("dibao")) {
                dibao = p;
            }
        }
        assertThat(dibao).isNotNull();
        assertThat(dibao.get("id").asText()).isEqualTo("dibao");
        assertThat(dibao.get("titleZh").asText()).isEqualTo("最低生活保障");
        assertThat(dibao.get("citations").get(0).get("instrument").asText()).isEqualTo("sc-social-assistance-2014");
        assertThat(dibao.get("citations").get(0).get("reference").asText()).startsWith("Interim Measures for Social Assistance");
    }
}
