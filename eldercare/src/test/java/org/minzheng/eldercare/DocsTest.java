package org.minzheng.eldercare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.minzheng.eldercare.bed.BedCode;

/** docs/eldercare.md names files that exist, keys that are declared and a bed code that is valid. */
class DocsTest {

    static final Path DOC = Path.of("../docs/eldercare.md");

    static List<String> quoted(String text) {
        List<String> list = new ArrayList<>();
        Matcher m = Pattern.compile("`([^`\\n]+)`").matcher(text);
        while (m.find()) {
            list.add(m.group(1));
        }
        return list;
    }

    @Test
    void documentedPathsExist() throws IOException {
        String text = Files.readString(DOC, StandardCharsets.UTF_8);
        int checked = 0;
        for (String q : quoted(text)) {
            if (q.contains("/") && !q.contains("<") && !q.contains(" ") && (q.endsWith(".yaml") || q.endsWith("/"))) {
                assertThat(Path.of("..").resolve(q)).as(q).exists();
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(3);
    }

    @Test
    void documentedKeysAreDeclared_andTheSwitchDefaultIsStated() throws IOException {
        String text = Files.readString(DOC, StandardCharsets.UTF_8);
        List<String> names =
                new EldercarePolicyData().keys().stream().map(k -> k.name()).toList();
        for (String q : quoted(text)) {
            if (q.matches(
                    "(ability|family-care-bed|meal-assistance|home-adaptation|moderate-disability-care|home-care-nurse)\\.[a-z0-9.-]+")) {
                assertThat(names).as(q).contains(q);
            }
        }
        assertThat(text)
                .contains("`ability.coma-rating` — default `COMPLETE_LOSS`")
                .contains("`ability.adjustment-stacking` — absent");
        assertThat(BedCode.isValid("52330502MJ5402138Q-01-0203-02-N")).isTrue();
    }
}
