package org.minzheng.benchmarks.dmn.jdmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed jDMN code is what jDMN 9.0.0 generates from the committed {@code dibao.dmn}
 * today, so the benchmark times the model and nothing edited by hand. Run with
 * {@code -Dminzheng.golden.update=true} to regenerate.
 */
class GeneratedJavaIsCurrentTest {

    @Test
    void committedCodeIsWhatJdmnGenerates(@TempDir Path scratch) throws IOException {
        Map<String, String> generated = DibaoJavaGenerator.generate(DibaoJavaGenerator.MODEL, scratch);
        assertThat(generated)
                .containsKeys(
                        "src/main/java/org/minzheng/benchmarks/dmn/jdmn/generated/Eligible.java",
                        "src/main/java/org/minzheng/benchmarks/dmn/jdmn/generated/Amount.java",
                        "src/main/java/org/minzheng/benchmarks/dmn/jdmn/generated/Reason.java");
        if (Boolean.getBoolean("minzheng.golden.update")) {
            DibaoJavaGenerator.write(Path.of("."), generated);
        }
        Map<String, String> committed = new TreeMap<>();
        for (String root : new String[] {"src/main/java/", "src/main/resources/"}) {
            Path dir = Path.of(root + DibaoJavaGenerator.PACKAGE.replace('.', '/'));
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : (Iterable<Path>) s::iterator) {
                    if (!p.getFileName().toString().equals("package-info.java")) {
                        committed.put(
                                root + DibaoJavaGenerator.PACKAGE.replace('.', '/') + "/" + p.getFileName(),
                                Files.readString(p, StandardCharsets.UTF_8));
                    }
                }
            }
        }
        assertThat(committed).as("regenerate: see DibaoJavaGenerator").isEqualTo(generated);
        assertThat(generated.values())
                .filteredOn(t -> t.startsWith("//"))
                .allMatch(t -> t.startsWith(DibaoJavaGenerator.HEADER));
    }
}
