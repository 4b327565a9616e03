package org.minzheng.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void noCommand_isBadInput_withUsageOnStderr() {
        CliRun r = CliRun.of();
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err())
                .contains("a command is required")
                .contains("Commands:")
                .contains("decide");
    }

    @Test
    void unknownOptionOrCommand_isBadInput_nothingOnStdout() {
        for (String[] args : new String[][] {
            {"decide", "--no-such-option", "x.json"},
            {"frobnicate"},
            {"params", "--date", "2024-02-30"},
            {"params", "--region", "33050"},
            {"explain", "x.json", "--lang", "fr"}
        }) {
            CliRun r = CliRun.of(args);
            assertThat(r.code()).as(r.toString()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).startsWith("minzheng: ").contains("--help");
        }
    }

    @Test
    void version_namesLibraryAndPolicyData() {
        CliRun r = CliRun.of("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("minzheng ").contains("policy data ");
    }

    @Test
    void help_listsEveryCommand() {
        CliRun r = CliRun.of("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("programs", "params", "decide", "explain", "check", "demo", "schema");
    }

    @Test
    void internalError_isOneLineOnStderr_stackTraceOnlyWithDebug() {
        StringWriter err = new StringWriter();
        Main main = new Main();
        main.out = new PrintWriter(new StringWriter());
        main.err = new PrintWriter(err);
        assertThat(main.failure(new IllegalStateException("boom\nsecond line"))).isEqualTo(1);
        // the message of a foreign exception may quote input: only its type is printed
        assertThat(err.toString())
                .isEqualTo("minzheng: internal error: java.lang.IllegalStateException"
                        + " (run with --debug for the stack trace)" + System.lineSeparator());

        StringWriter debugErr = new StringWriter();
        main.err = new PrintWriter(debugErr);
        main.debug = true;
        assertThat(main.failure(new IllegalStateException("boom"))).isEqualTo(1);
        assertThat(debugErr.toString())
                .contains("internal error: java.lang.IllegalStateException")
                .contains("boom")
                .contains("\tat org.minzheng.examples.cli.MainTest");
    }

    @Test
    void badInputException_isExitTwo() {
        StringWriter err = new StringWriter();
        Main main = new Main();
        main.out = new PrintWriter(new StringWriter());
        main.err = new PrintWriter(err);
        assertThat(main.failure(new BadInputException("x.json: no such file"))).isEqualTo(2);
        assertThat(err.toString()).contains("minzheng: x.json: no such file");
    }
}
