package org.minzheng.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A pack file read from the class path is decoded from its bytes straight into the characters the
 * pack reader reads (session 9): they are exactly the characters of {@code new String(bytes,
 * UTF_8)}, which is what the reader read before — for well-formed UTF-8 by the decoder itself, and
 * for anything else (a stray or missing continuation byte, an overlong form, an encoded surrogate)
 * by the JDK's decoder with its replacement characters, which the decoder leaves it to.
 */
class PackBytesDecodedAsTextTest {

    private static char[] jdk(byte[] b) {
        return new String(b, StandardCharsets.UTF_8).toCharArray();
    }

    @Test
    void wellFormedText_isDecodedByTheDecoder_asTheJdkDecodesIt() {
        qt().withExamples(2000)
                .forAll(strings().allPossible().ofLengthBetween(0, 40))
                .checkAssert(s -> {
                    // a lone surrogate is not encodable: getBytes writes '?', which is well formed
                    byte[] b = s.getBytes(StandardCharsets.UTF_8);
                    assertThat(PolicySource.decodeWellFormed(b)).isEqualTo(jdk(b));
                });
        byte[] mixed = "dibao.standard: \"1145.00\" # 湖州市 𠀀 é".getBytes(StandardCharsets.UTF_8);
        assertThat(PolicySource.decodeWellFormed(mixed)).isEqualTo(jdk(mixed));
    }

    @Test
    void anyBytes_giveTheJdksCharacters_orAreLeftToIt() {
        qt().withExamples(5000).forAll(longs().all(), integers().between(0, 24)).checkAssert((seed, length) -> {
            Random r = new Random(seed);
            byte[] b = new byte[length];
            for (int i = 0; i < length; i++) {
                // mostly bytes around the UTF-8 boundaries: lead bytes, continuations, ASCII
                int[] picks = {
                    0x41, 0x0A, 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF,
                    0xA0, 0x9F, 0x8F, 0x90
                };
                b[i] = (byte) (r.nextInt(4) == 0 ? r.nextInt(256) : picks[r.nextInt(picks.length)]);
            }
            char[] decoded = PolicySource.decodeWellFormed(b);
            if (decoded != null) {
                assertThat(decoded).isEqualTo(jdk(b));
            }
            PolicySource source = resourceOf(b);
            assertThat(source.chars()).isEqualTo(jdk(b));
            assertThat(source.text()).isEqualTo(new String(b, StandardCharsets.UTF_8));
        });
    }

    @Test
    void malformedBytes_areLeftToTheJdk() {
        for (int[] bad : new int[][] {
            {0x80},
            {0xC0, 0x80},
            {0xE0, 0x80, 0x80},
            {0xED, 0xA0, 0x80},
            {0xF4, 0x90, 0x80, 0x80},
            {0xC2},
            {0xE4, 0xB8},
            {0xF8, 0x80, 0x80, 0x80, 0x80}
        }) {
            byte[] b = new byte[bad.length];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) bad[i];
            }
            assertThat(PolicySource.decodeWellFormed(b)).isNull();
            assertThat(resourceOf(b).chars()).isEqualTo(jdk(b));
        }
    }

    @Test
    void everyShippedPackFile_readAsAResource_givesItsText() throws Exception {
        for (Path f : YamlSubsetTest.shippedPackFiles()) {
            byte[] b = Files.readAllBytes(f);
            assertThat(PolicySource.decodeWellFormed(b)).as("%s", f).isNotNull().isEqualTo(jdk(b));
        }
        PolicySource core = PolicySource.ofResource(getClass().getClassLoader(), "org/minzheng/core/policy/core.yaml");
        String text = Files.readString(
                Path.of("src/main/resources/org/minzheng/core/policy/core.yaml"), StandardCharsets.UTF_8);
        assertThat(core.chars()).isEqualTo(text.toCharArray());
        assertThat(core.text()).isEqualTo(text);
        assertThat(core.location()).isEqualTo("org/minzheng/core/policy/core.yaml");
    }

    /** A class-path resource holding the bytes, read through {@link PolicySource#ofResource}. */
    private static PolicySource resourceOf(byte[] b) {
        ClassLoader loader = new ClassLoader(null) {
            @Override
            protected java.net.URL findResource(String name) {
                try {
                    return new java.net.URL(null, "bytes:" + name, new java.net.URLStreamHandler() {
                        @Override
                        protected java.net.URLConnection openConnection(java.net.URL u) {
                            return new java.net.URLConnection(u) {
                                @Override
                                public void connect() {}

                                @Override
                                public java.io.InputStream getInputStream() {
                                    return new java.io.ByteArrayInputStream(b);
                                }
                            };
                        }
                    });
                } catch (java.net.MalformedURLException e) {
                    throw new AssertionError(e);
                }
            }
        };
        return PolicySource.ofResource(loader, "pack.yaml");
    }
}
