package org.minzheng.examples.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.minzheng.examples.cli.Main;

/** The example cases (examples/cases) and the CLI run in-process on them. */
final class Cases {

    /** examples/cases, from the module's directory (where Surefire runs). */
    static final Path DIR = Path.of("..", "cases");

    private Cases() {}

    static Path file(String program, String name) {
        return DIR.resolve(program).resolve(name + ".json");
    }

    static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String program, String name) {
        return new String(bytes(file(program, name)), StandardCharsets.UTF_8);
    }

    /** @return the first {@code perProgram} case files (by name) of every program directory */
    static List<Path> sample(int perProgram) {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(DIR)) {
            for (Path d : dirs.sorted().toList()) {
                if (!Files.isDirectory(d)) {
                    continue;
                }
                try (Stream<Path> files = Files.list(d)) {
                    files.map(Path::toString)
                            .filter(f -> f.endsWith(".json") && !f.endsWith(".expected.json"))
                            .sorted()
                            .limit(perProgram)
                            .forEach(f -> out.add(Path.of(f)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * Runs {@code minzheng} in-process.
     *
     * @return standard output, as bytes; the run must succeed
     */
    static byte[] cli(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(
                args.toArray(String[]::new),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        if (code != 0) {
            throw new AssertionError(
                    "minzheng " + args + " exited " + code + ": " + err.toString(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
