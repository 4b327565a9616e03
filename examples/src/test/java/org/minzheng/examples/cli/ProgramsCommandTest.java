package org.minzheng.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.decision.Language;
import org.minzheng.core.decision.Rule;
import org.minzheng.core.json.Json;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.program.Program;
import org.minzheng.core.program.ProgramRegistry;
import org.minzheng.examples.walkthrough.OldAgeAllowanceProgram;

class ProgramsCommandTest {

    static final String ELDERLY_LAW_EN =
            "Law of the People's Republic of China on the Protection of the Rights and Interests of the Elderly";

    @Test
    void listsEveryRegisteredProgram_withResolvedCitations() {
        CliRun r = CliRun.of("programs");
        assertThat(r.code()).as(r.toString()).isZero();
        PolicyBook book = PolicyBook.loadDefault();
        for (Program<?, ?> p : ProgramRegistry.loadDefault().all()) {
            assertThat(r.out())
                    .contains(p.id() + "  " + p.title().zh() + " / " + p.title().en());
            for (Citation c : p.citations()) {
                assertThat(r.out()).contains("    " + Session.cite(book, c, Language.EN) + "\n");
            }
        }
        // resolved: the instrument's English title and document number, then the article
        assertThat(r.out())
                .contains(
                        "Measures for the Review and Confirmation of the Minimum Living Guarantee (民发〔2021〕57号), Art. ")
                .containsPattern("parameters: .*dibao\\.standard");
        assertThat(r.lastLine()).isEqualTo(ProgramRegistry.loadDefault().all().size() + " programs");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void chineseReferences_withLangZh() {
        CliRun r = CliRun.of("programs", "--lang", "zh");
        assertThat(r.out()).contains("《最低生活保障审核确认办法》（民发〔2021〕57号）第");
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
        List<String> references = new ArrayList<>();
        dibao.get("citations")
                .forEach(c -> references.add(c.get("instrument").asText() + " → "
                        + c.get("reference").asText()));
        assertThat(references)
                .anyMatch(c -> c.startsWith("sc-social-assistance-2014 → Interim Measures for Social Assistance"));
        assertThat(dibao.get("rules").isArray()).isTrue();
    }

    /** Issue 15: every program's rules, as it declares them, in the order it decides them. */
    @Test
    void json_listsEveryDeclaredRule_ofEveryProgram_asDeclared() {
        CliRun r = CliRun.of("programs", "--json");
        assertThat(r.code()).as(r.toString()).isZero();
        for (JsonNode p : Json.readTree(r.out(), "$")) {
            Program<?, ?> program =
                    ProgramRegistry.loadDefault().find(p.get("id").asText()).orElseThrow();
            JsonNode rules = p.get("rules");
            assertThat(rules.size())
                    .as("rules of " + program.id())
                    .isEqualTo(program.rules().size());
            for (int i = 0; i < rules.size(); i++) {
                assertRuleAsDeclared(rules.get(i), program.rules().get(i));
            }
        }
    }

    @Test
    void json_aDeclaredRule_hasItsArticleQuoteVerdictsParametersAndNotes() {
        JsonNode programs = Json.readTree(
                Json.pretty(ProgramsCommand.infos(
                        List.of(new OldAgeAllowanceProgram()), PolicyBook.loadDefault(), Language.EN)),
                "$");
        JsonNode rules = programs.get(0).get("rules");
        assertThat(rules.size()).isEqualTo(3);
        JsonNode age = rules.get(0);
        assertThat(age.get("id").asText()).isEqualTo("old-age-allowance.age");
        assertThat(age.get("citation").get("instrument").asText()).isEqualTo("law-elderly-rights-protection");
        assertThat(age.get("citation").get("article").asText()).isEqualTo("第三十三条第二款");
        assertThat(age.get("citation").get("reference").asText()).isEqualTo(ELDERLY_LAW_EN + ", Art. 33, para. 2");
        assertThat(age.get("quote").asText()).isEqualTo("国家鼓励地方建立八十周岁以上低收入老年人高龄津贴制度。");
        assertThat(age.get("verdicts").toString()).isEqualTo("[\"MET\",\"NOT_MET\",\"UNDETERMINED\"]");
        assertThat(age.get("parameters").toString()).isEqualTo("[\"old-age-allowance.minimum-age\"]");
        assertThat(age.get("notes").toString()).isEqualTo("[\"old-age-allowance.counterfactual.reaches-age\"]");
        assertThat(age.has("alsoCites")).as("no other article: left out").isFalse();
        JsonNode lowIncome = rules.get(1);
        assertThat(lowIncome.get("parameters").size()).isZero();
        assertThat(lowIncome.get("verdicts").toString()).isEqualTo("[\"MET\",\"NOT_MET\",\"NEEDS_REVIEW\"]");
        assertRuleAsDeclared(rules.get(2), OldAgeAllowanceProgram.AMOUNT);
    }

    @Test
    void text_showsTheRulesAsATable_withTheirQuotes() {
        String text = ProgramsCommand.text(
                ProgramsCommand.infos(List.of(new OldAgeAllowanceProgram()), PolicyBook.loadDefault(), Language.EN));
        assertThat(text)
                .contains("old-age-allowance  高龄津贴 / Old-age allowance\n")
                .contains("    parameters: old-age-allowance.minimum-age, old-age-allowance.monthly-amount\n")
                .contains("    rules, in the order they are decided:\n")
                .containsPattern("\n +# +RULE +VERDICTS +ARTICLE +PARAMETERS +NOTES\n")
                .containsPattern(
                        "\n +1 +old-age-allowance\\.age +MET, NOT_MET, UNDETERMINED +"
                                + java.util.regex.Pattern.quote(ELDERLY_LAW_EN)
                                + ", Art\\. 33, para\\. 2 +old-age-allowance\\.minimum-age +old-age-allowance\\.counterfactual\\.reaches-age\n")
                .containsPattern(
                        "\n +2 +old-age-allowance\\.low-income +MET, NOT_MET, NEEDS_REVIEW +.+, Art\\. 33, para\\. 2 +- +-\n")
                .containsPattern(
                        "\n +3 +old-age-allowance\\.amount +UNDETERMINED, INFO +.+ old-age-allowance\\.monthly-amount +-\n")
                .contains("      old-age-allowance.age: 「国家鼓励地方建立八十周岁以上低收入老年人高龄津贴制度。」\n")
                .endsWith("1 program\n");
        assertThat(TextTable.width("高龄津贴")).isEqualTo(8);
    }

    private static void assertRuleAsDeclared(JsonNode node, Rule rule) {
        assertThat(node.get("id").asText()).isEqualTo(rule.id());
        assertThat(node.get("citation").get("instrument").asText())
                .isEqualTo(rule.citation().instrument());
        assertThat(node.get("citation").get("reference").asText())
                .as("citation of " + rule.id())
                .isNotBlank();
        assertThat(node.has("quote") ? node.get("quote").asText() : null).isEqualTo(rule.quote());
        List<String> verdicts = new ArrayList<>();
        node.get("verdicts").forEach(v -> verdicts.add(v.asText()));
        assertThat(verdicts)
                .isEqualTo(rule.verdicts().stream().map(Enum::name).toList())
                .isNotEmpty();
        List<String> parameters = new ArrayList<>();
        node.get("parameters").forEach(v -> parameters.add(v.asText()));
        assertThat(parameters)
                .isEqualTo(rule.parameters().stream().map(k -> k.name()).toList());
        List<String> notes = new ArrayList<>();
        node.get("notes").forEach(v -> notes.add(v.asText()));
        assertThat(notes).isEqualTo(rule.notes());
        assertThat(node.has("alsoCites") ? node.get("alsoCites").size() : 0)
                .isEqualTo(rule.alsoCites().size());
    }
}
