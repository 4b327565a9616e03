package org.minzheng.funeral;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.minzheng.funeral.cases.CaseField;
import org.minzheng.funeral.cases.CaseViewPolicy;
import org.minzheng.funeral.cases.Role;

/** docs/funeral.md names real files, every program, and the role matrix the code implements. */
class DocsTest {

    static final Path ROOT = Path.of("..");
    static final String DOC = read();

    static String read() {
        try {
            return Files.readString(ROOT.resolve("docs/funeral.md"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyDocumentedPathExists() {
        Matcher m = Pattern.compile("`((?:funeral|examples|docs)/[^`\\s]+)`").matcher(DOC);
        int n = 0;
        while (m.find()) {
            assertThat(ROOT.resolve(m.group(1))).as(m.group(1)).exists();
            n++;
        }
        assertThat(n).isGreaterThanOrEqualTo(10);
    }

    @Test
    void everyProgramIdIsDocumented() {
        for (String id : List.of(
                "estate-query",
                "deposit-withdrawal",
                "after-death-tasks",
                "eco-burial-award",
                "basic-funeral-services")) {
            assertThat(DOC).contains("`" + id + "`");
        }
    }

    @Test
    void theDocumentedRoleMatrix_isTheImplementedOne() {
        List<Role> columns = List.of(Role.APPLICANT, Role.CO_HEIR, Role.OFFICIAL, Role.AUDITOR);
        int rows = 0;
        for (String line : DOC.split("\n")) {
            for (CaseField f : CaseField.values()) {
                if (line.startsWith("| " + f.name() + " |")) {
                    String[] cells = line.split("\\|", -1);
                    for (int i = 0; i < columns.size(); i++) {
                        boolean ticked = cells[i + 2].contains("✓");
                        assertThat(ticked)
                                .as(f + " " + columns.get(i))
                                .isEqualTo(CaseViewPolicy.allows(columns.get(i), f));
                    }
                    rows++;
                }
            }
        }
        assertThat(rows).isEqualTo(CaseField.values().length);
        Set<Role> all = EnumSet.allOf(Role.class);
        assertThat(columns).containsExactlyInAnyOrderElementsOf(all);
    }
}
