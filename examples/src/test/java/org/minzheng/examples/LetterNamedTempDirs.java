package org.minzheng.examples;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * The {@code @TempDir} factory of this module's tests (named in {@code junit-platform.properties}):
 * directories named {@code minzheng-} and twelve letters. JUnit's default names end in a random
 * number of up to 19 digits, and the CLI masks any run of digits that could be an identity number
 * in what it prints — one run in about twenty got an 18-digit name, and a test that looks for the
 * file's path in an error message then failed for no reason of its own.
 */
public final class LetterNamedTempDirs implements TempDirFactory {

    @Override
    public Path createTempDirectory(AnnotatedElementContext element, ExtensionContext extension) throws IOException {
        Path base = Path.of(System.getProperty("java.io.tmpdir"));
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (true) {
            StringBuilder name = new StringBuilder("minzheng-");
            for (int i = 0; i < 12; i++) {
                name.append((char) ('a' + random.nextInt(26)));
            }
            try {
                return Files.createDirectory(base.resolve(name.toString()));
            } catch (FileAlreadyExistsException taken) {
                // another directory has this name: draw another
            }
        }
    }
}
