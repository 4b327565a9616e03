package org.minzheng.eligibility.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Neither the first JSON read of a facts type nor the first {@code decide} starts Hibernate
 * Validator (its start-up costs about half a second), or loads any of its classes (read from the
 * JVM's class-loading log): the compiled validation plans answer both
 * the validation and the JSON reader's required properties. Only a type with a constraint the
 * plans do not understand starts it. Checked in a fresh JVM, since the test JVM has long started it.
 */
class FirstDecideTest {

    @Test
    void theFirstDecideAndJsonRead_doNotStartHibernateValidator_butACustomConstraintDoes() throws Exception {
        Path caseFile = Path.of("src/examples/cases/dibao/huzhou-2024-family-of-three-below-standard.json");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(
                        java,
                        "-Xlog:class+load=info:stdout:uptime",
                        "-cp",
                        System.getProperty("java.class.path"),
                        FirstDecideMain.class.getName(),
                        caseFile.toString()))
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out.lines().filter(l -> l.startsWith("started=")))
                .as(out)
                .containsExactly("started=false", "started=true");
        // not even one of its classes is loaded before the first answer (reading the name of an
        // accessor that is no property must not go through Hibernate Validator's property selection)
        List<String> beforeFirstAnswer =
                out.lines().takeWhile(l -> !l.startsWith("started=")).toList();
        assertThat(beforeFirstAnswer)
                .filteredOn(l -> l.contains(" org.minzheng.core.validation.GeneratedValidator "))
                .isNotEmpty();
        assertThat(beforeFirstAnswer)
                .filteredOn(l -> l.contains("org.hibernate."))
                .isEmpty();
        assertThat(out.lines().dropWhile(l -> !l.startsWith("started=")))
                .filteredOn(l -> l.contains(" org.hibernate.validator."))
                .isNotEmpty();
    }
}
