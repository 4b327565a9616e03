package org.minzheng.charity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.minzheng.charity.change.ChangeKind;
import org.minzheng.charity.change.ReplacementGround;
import org.minzheng.charity.change.TrustChangeProgram;
import org.minzheng.charity.filing.TaxStanding;
import org.minzheng.charity.filing.TrustFilingProgram;
import org.minzheng.charity.matching.MatchingProgram;
import org.minzheng.charity.matching.NeedStatus;
import org.minzheng.charity.reporting.AnnualReportProgram;
import org.minzheng.charity.trust.AuthorityBasis;
import org.minzheng.charity.trust.CharitablePurpose;
import org.minzheng.charity.trust.Confidence;
import org.minzheng.charity.trust.FilingDocument;
import org.minzheng.charity.trust.TrusteeIssue;
import org.minzheng.charity.trust.TrusteeType;
import org.minzheng.core.decision.Explainer;
import org.minzheng.core.decision.Language;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.region.RegionLevel;

/** Every rule × verdict, note and enum value the programs can write has a message in both languages. */
class MessagesTest {

    static final Explainer EX = CharityTestSupport.explainer();

    static final List<Map<String, Set<Verdict>>> RULES = List.of(TrustFilingProgram.RULES, TrustChangeProgram.RULES,
            AnnualReportProgram.RULES, MatchingProgram.RULES);

    static final List<String> NOTES = List.of("charity.department",
            "charity-trust-filing.counterfactual.documents", "charity-trust-filing.counterfactual.late",
            "charity-trust-filing.counterfactual.authority", "charity-trust-change.counterfactual.late",
            "charity-trust-annual-report.counterfactual.overdue",
            "charity-trust-annual-report.counterfactual.termination-late",
            "charity-trust-annual-report.warning.termination-confidence", "charity-matching.allocation-entry",
            "charity-matching.counterfactual.shortfall",
            // the policy book's line for each program that counts a deadline (PolicyBookWriter, deadlines page)
            "charity-trust-filing.deadlines", "charity-trust-change.deadlines", "charity-trust-annual-report.deadlines");

    static final List<Class<? extends Enum<?>>> ENUMS = List.of(TrusteeType.class, TrusteeIssue.class,
            CharitablePurpose.class, FilingDocument.class, AuthorityBasis.class, TaxStanding.class, Confidence.class,
            ChangeKind.class, ReplacementGround.class, NeedStatus.class, RegionLevel.class);

    static List<String> allKeys() {
        List<String> keys = new ArrayList<>();
        for (Map<String, Set<Verdict>> rules : RULES) {
            rules.forEach((rule, verdicts) -> verdicts.forEach(v -> keys.add(rule + "." + v.name())));
        }
        keys.addAll(NOTES);
        for (Class<? extends Enum<?>> e : ENUMS) {
            for (Enum<?> c : e.getEnumConstants()) {
                keys.add("enum." + e.getSimpleName() + "." + c.name());
            }
        }
        return keys;
    }

    @Test
    void everyRuleVerdict_note_andEnumValue_hasAMessageInBothLanguages() {
        List<String> keys = allKeys();
        assertThat(keys).hasSizeGreaterThan(100);
        for (String key : keys) {
            for (Language lang : Language.values()) {
                assertThat(EX.hasMessage(key, lang)).as(key + " in " + lang).isTrue();
            }
        }
    }

    @Test
    void bothBundles_holdTheSameKeys_andNoUnusedOnes() throws IOException {
        Properties en = load("org/minzheng/charity/messages.properties");
        Properties zh = load("org/minzheng/charity/messages_zh.properties");
        assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(allKeys());
        for (String k : zh.stringPropertyNames()) {
            assertThat(zh.getProperty(k)).as(k).isNotBlank();
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
