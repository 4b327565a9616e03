package org.minzheng.examples.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The shipped font is the one its provenance file describes, with its licence beside it. */
class NoticeFontTest {

    static final String SHA_256 = "d45f67f0a7c0ca3f256950777ce6a61cc7ce5f9696d02900cbbaac25f8aa7d16";

    @Test
    void fontFile_hasTheDigestAndSizeItsProvenanceRecords() throws IOException, NoSuchAlgorithmException {
        byte[] font = resource(NoticeFont.RESOURCE);
        assertThat(font).hasSize(10_559_284);
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(font)))
                .isEqualTo(SHA_256);
        String provenance = new String(resource("NotoSansSC-PROVENANCE.md"), StandardCharsets.UTF_8);
        assertThat(provenance).contains(SHA_256).contains("10,559,284").contains("SIL Open Font License 1.1");
    }

    @Test
    void licence_isTheOpenFontLicence_andTheFontAllowsEmbedding() throws IOException {
        String ofl = new String(resource("NotoSansSC-OFL.txt"), StandardCharsets.UTF_8);
        assertThat(ofl).contains("SIL OPEN FONT LICENSE Version 1.1").contains("Reserved Font Name 'Source'");
        synchronized (NoticeFont.LOCK) {
            var font = NoticeFont.shared();
            assertThat(font.getName()).isEqualTo("NotoSansSC-Regular");
            assertThat(font.getOS2Windows().getFsType()).isZero(); // installable embedding
            assertThat(font.getGlyph()).isNotNull(); // TrueType outlines, which PDFBox can subset
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = NoticeFont.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
