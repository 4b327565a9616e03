package org.minzheng.examples.notice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The notice's font, Noto Sans SC Regular (SIL Open Font License 1.1), shipped as a resource of this
 * module; its provenance and digest are in {@code NotoSansSC-PROVENANCE.md} beside it.
 *
 * <p>Parsing the 10 MB font takes about half a second, so it is parsed once per class loader and
 * shared. A parsed font is not safe for concurrent use: whoever uses {@link #shared()} holds the
 * lock {@link #LOCK} while doing so. The font lives in memory (no file handle) and is never closed.
 */
final class NoticeFont {

    /** The font's resource name, relative to this class. */
    static final String RESOURCE = "NotoSansSC-Regular.ttf";

    /** Held while the shared font is in use. */
    static final Object LOCK = new Object();

    private NoticeFont() {}

    /**
     * @return the parsed font, shared: use it only while holding {@link #LOCK}, and never close it
     * @throws UncheckedIOException if the resource cannot be read as a TrueType font
     */
    static TrueTypeFont shared() {
        return Holder.FONT;
    }

    private static final class Holder {
        static final TrueTypeFont FONT = parse();

        private static TrueTypeFont parse() {
            try (InputStream in = NoticeFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(
                            "the notice's font " + RESOURCE + " is missing from the class path");
                }
                return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException("the notice's font " + RESOURCE + " cannot be read", e);
            }
        }
    }
}
