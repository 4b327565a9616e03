package org.minzheng.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Explainer;
import org.minzheng.core.decision.Finding;
import org.minzheng.core.decision.Language;
import org.minzheng.core.decision.Note;
import org.minzheng.core.program.Program;
import org.minzheng.core.program.ProgramRegistry;

/** Every message the programs can produce exists in both languages, and the two bundles have the same keys. */
class MessagesTest {

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bundles_haveTheSameKeys() throws IOException {
        Properties en = load("/org/minzheng/eligibility/messages.properties");
        Properties zh = load("/org/minzheng/eligibility/messages_zh.properties");
        assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    }

    @Test
    void everyFindingOfTheScenarioSuite_hasAMessageInBothLanguages() {
        List<Decision<?>> decisions = new ArrayList<>(SampleDecisions.all());
        ProgramRegistry registry = ProgramRegistry.loadDefault();
        List<String> bundles = registry.all().stream().map(Program::messageBundle).distinct().toList();
        Explainer ex = Explainer.of(bundles, getClass().getClassLoader(), Books.OFFICIAL.instruments());
        List<String> missing = new ArrayList<>();
        for (Decision<?> d : decisions) {
            for (Language lang : Language.values()) {
                for (Finding f : d.findings()) {
                    if (!ex.hasMessage(f.messageKey(), lang)) {
                        missing.add(lang + " " + f.messageKey());
                    }
                }
                for (Note n : d.counterfactuals()) {
                    if (!ex.hasMessage(n.code(), lang)) {
                        missing.add(lang + " " + n.code());
                    }
                }
                String text = ex.explain(d, "t", lang);
                assertThat(text).doesNotContain("{");
            }
        }
        assertThat(missing).isEmpty();
    }
}
