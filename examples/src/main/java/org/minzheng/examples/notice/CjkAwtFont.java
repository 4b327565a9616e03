package org.minzheng.examples.notice;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The notice's font, Noto Sans SC Regular ({@link NoticeFont#RESOURCE}, SIL Open Font License 1.1),
 * as a Java 2D font, for pictures that carry Chinese text (the charts of {@code minzheng simulate}):
 * it does not depend on the fonts installed on the machine, so Chinese labels render the same
 * everywhere. Read once per class loader; {@link Font} is immutable and may be shared.
 */
public final class CjkAwtFont {

    private CjkAwtFont() {}

    /**
     * @param style {@link Font#PLAIN} or {@link Font#BOLD} (bold is synthesised from the regular face)
     * @param size  the size in points
     * @return the font
     * @throws UncheckedIOException if the font resource cannot be read
     */
    public static Font of(int style, float size) {
        return Holder.FONT.deriveFont(style, size);
    }

    private static final class Holder {
        static final Font FONT = load();

        private static Font load() {
            try (InputStream in = NoticeFont.class.getResourceAsStream(NoticeFont.RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(
                            "the font " + NoticeFont.RESOURCE + " is missing from the class path");
                }
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException e) {
                throw new UncheckedIOException("the font " + NoticeFont.RESOURCE + " cannot be read", e);
            } catch (FontFormatException e) {
                throw new UncheckedIOException(
                        "the font " + NoticeFont.RESOURCE + " is not a TrueType font", new IOException(e));
            }
        }
    }
}
