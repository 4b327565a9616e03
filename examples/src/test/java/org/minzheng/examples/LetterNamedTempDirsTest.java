package org.minzheng.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LetterNamedTempDirsTest {

    @Test
    void aTempDirOfThisModule_hasNoRunOfDigitsTheCliWouldMask(@TempDir Path dir) {
        assertThat(dir.getFileName().toString()).matches("minzheng-[a-z]{12}");
        assertThat(dir).isDirectory();
    }
}
