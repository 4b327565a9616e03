package org.minzheng.charity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
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
import org.minzheng.charity.trust.TrustChecks;
import org.minzheng.charity.trust.TrusteeIssue;
import org.minzheng.charity.trust.TrusteeType;
import org.minzheng.core.decision.Explainer;
import org.minzheng.core.decision.Language;
import org.minzheng.core.decision.Rule;
import org.minzheng.core.program.Program;
import org.minzheng.core.region.RegionLevel;

/**
 * What the program contract does not check about the module's bundles: every enum value a finding
 * can carry and every message a value renders with has a message in both languages, both languages
 * of each bundle hold the same keys, and the findings bundle holds no key nothing uses. The rule ×
 * verdict and note messages themselves are part of the contract ({@code ProgramContractTest}).
 */
class MessageBundlesTest {

    static final Explainer EX = CharityTestSupport.explainer();

    static final List<Program<?, ?>> PROGRAMS = List.of(
            new TrustFilingProgram(), new TrustChangeProgram(), new AnnualReportProgram(), new MatchingProgram());

    /** Messages that values render with, and the policy book's line per program that counts a deadline. */
    static final List<String> VALUE_MESSAGES = List.of(
            "charity.department",
            "charity-matching.allocation-entry",
            "charity-trust-filing.deadlines",
            "charity-trust-change.deadlines",
            "charity-trust-annual-report.deadlines");

    static final List<Class<? extends Enum<?>>> ENUMS = List.of(
            TrusteeType.class,
            TrusteeIssue.class,
            CharitablePurpose.class,
            FilingDocument.class,
            AuthorityBasis.class,
            TaxStanding.class,
            Confidence.class,
            ChangeKind.class,
            ReplacementGround.class,
            NeedStatus.class,
            RegionLevel.class);

    /**
     * Enums of the programs' facts and results, which no finding carries today but a reader's view of
     * a decision (the citizen's notice, the reviewer's view) may name: labelled in both languages so
     * that no code reaches a reader.
     */
    static final List<Class<? extends Enum<?>>> FACT_AND_RESULT_ENUMS = List.of(
            org.minzheng.charity.change.RefilingStatus.class,
            org.minzheng.charity.reporting.DutyStatus.class,
            org.minzheng.charity.matching.FundKind.class,
            org.minzheng.charity.registry.AmountUnit.class,
            org.minzheng.charity.trust.PartyKind.class,
            org.minzheng.charity.trust.PropertyKind.class);

    static List<String> allKeys() {
        List<String> keys = new ArrayList<>();
        for (Program<?, ?> p : PROGRAMS) {
            for (Rule r : p.rules()) {
                keys.addAll(r.messageKeys());
            }
        }
        keys.addAll(VALUE_MESSAGES);
        List<Class<? extends Enum<?>>> labelled = new ArrayList<>(ENUMS);
        labelled.addAll(FACT_AND_RESULT_ENUMS);
        for (Class<? extends Enum<?>> e : labelled) {
            for (Enum<?> c : e.getEnumConstants()) {
                keys.add("enum." + e.getSimpleName() + "." + c.name());
            }
        }
        return keys;
    }

    @Test
    void everyEnumValue_andValueMessage_hasAMessageInBothLanguages() {
        List<String> keys = allKeys();
        assertThat(keys).hasSizeGreaterThan(100);
        for (String key : keys) {
            for (Language lang : Language.values()) {
                assertThat(EX.hasMessage(key, lang)).as(key + " in " + lang).isTrue();
            }
        }
    }

    @Test
    void bothFindingBundles_holdTheSameKeys_andNoUnusedOnes() throws IOException {
        Properties en = load("org/minzheng/charity/messages.properties");
        Properties zh = load("org/minzheng/charity/messages_zh.properties");
        assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(allKeys());
        for (String k : zh.stringPropertyNames()) {
            assertThat(zh.getProperty(k)).as(k).isNotBlank();
        }
    }

    @Test
    void bothValidationBundles_holdTheSameKeys() throws IOException {
        String base = TrustChecks.BUNDLE.replace('.', '/');
        Properties en = load(base + ".properties");
        Properties zh = load(base + "_zh.properties");
        assertThat(en.stringPropertyNames()).isNotEmpty().isEqualTo(zh.stringPropertyNames());
        for (String k : zh.stringPropertyNames()) {
            assertThat(zh.getProperty(k)).as(k).isNotBlank();
            assertThat(en.getProperty(k)).as(k).isNotBlank();
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
