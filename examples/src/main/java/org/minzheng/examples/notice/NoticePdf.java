package org.minzheng.examples.notice;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.zip.CRC32;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.minzheng.core.decision.CitizenNotice;
import org.minzheng.core.decision.Language;
import org.minzheng.core.json.MaskedText;

/**
 * Renders a {@link CitizenNotice} (群众版, the citizen's view of a decision) as a printable A4 PDF
 * notice (告知书): the office, a title derived from the program's title, the reference, the
 * applicant (already masked in the notice), the outcome and amount, the numbered reasons each
 * with its legal basis, what to note, what the person can do next, and the office and date as
 * the signature block. The texts come from the notice as they are; the notice's own words
 * (labels, the title pattern, the date pattern, page numbers) come from the message bundle
 * {@code NoticeMessages} in Chinese and English.
 *
 * <p><b>When the content does not fit one page.</b> The notice is meant to be one page. The
 * body text is set at 11 pt; if the notice does not fit one page, the body is set smaller, in
 * steps of half a point down to 9 pt (still readable on paper). If it does not fit one page at
 * 9 pt, it continues on further pages: the foot of every page but the last says "（续见下页）"
 * ("continued on the next page"), each following page starts with the title followed by
 * "（续）", and every page carries "第n页 共N页" ("Page n of N"), so a reader always knows
 * whether a page is missing.
 *
 * <p>Lines break between any two Chinese characters, never inside a Latin word or a number, and
 * never before closing or after opening punctuation ({@link LineBreaker}). A character the font
 * has no glyph for (rare outside CJK Extension B and emoji) is printed as □ rather than
 * dropped, so that the reader sees something is there. As a second guard behind the notice's own
 * masking, anything shaped like an identity number is masked ({@link MaskedText#scrub}).
 *
 * <p>The font is Noto Sans SC Regular (SIL Open Font License 1.1), shipped with this module;
 * the PDF embeds the subset of glyphs the notice uses. The same notice gives byte-identical
 * PDFs (no creation time, a document ID derived from the content). The parsed font is shared, so
 * notices are rendered one at a time (a few tenths of a second each); the first one also parses
 * the font (about half a second).
 */
public final class NoticePdf {

    /** The body text sizes tried in turn, in points, largest first. */
    static final float[] BODY_SIZES = {11f, 10.5f, 10f, 9.5f, 9f};

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN_X = 62f; // about 22 mm
    private static final float MARGIN_TOP = 62f;
    private static final float MARGIN_BOTTOM = 50f;
    private static final float FOOTER_Y = 30f;
    private static final float FOOTER_SIZE = 9f;
    private static final float OFFICE_SIZE = 14f;
    private static final float TITLE_SIZE = 17f;
    private static final float SMALL_SIZE = 9.5f;
    private static final float LEADING = 1.55f;
    private static final float TEXT_WIDTH = PAGE.getWidth() - 2 * MARGIN_X;
    private static final char MISSING_GLYPH = '□';

    private NoticePdf() {}

    /**
     * Renders a notice as a PDF.
     *
     * @param notice the notice, not null
     * @param out    where the PDF is written (not closed), not null
     * @throws IOException if writing fails
     */
    public static void render(CitizenNotice notice, OutputStream out) throws IOException {
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(out, "out");
        Words words = Words.of(notice.language());
        synchronized (NoticeFont.LOCK) {
            TrueTypeFont ttf = NoticeFont.shared();
            try (PDDocument doc = new PDDocument()) {
                PDType0Font font = PDType0Font.load(doc, ttf, true);
                Metrics metrics = new Metrics(font, ttf.getUnicodeCmapLookup());
                List<List<Line>> pages = paginate(notice, words, metrics);
                for (int p = 0; p < pages.size(); p++) {
                    PDPage page = new PDPage(PAGE);
                    doc.addPage(page);
                    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                        draw(cs, font, pages.get(p));
                        String footer = words.text(
                                "page", "page", String.valueOf(p + 1), "pages", String.valueOf(pages.size()));
                        show(cs, font, Line.centered(metrics, footer, FOOTER_SIZE, false, 0), FOOTER_Y);
                    }
                }
                String title = words.text("title", "program", notice.programTitle());
                PDDocumentInformation info = doc.getDocumentInformation();
                info.setTitle(metrics.printable(title));
                doc.getDocumentCatalog().setLanguage(notice.language() == Language.ZH ? "zh-CN" : "en");
                doc.setDocumentId(contentId(notice));
                doc.save(out);
            }
        }
    }

    /** Lays the notice out at the largest body size that fits one page, else over several pages. */
    private static List<List<Line>> paginate(CitizenNotice notice, Words words, Metrics metrics) {
        float top = PAGE.getHeight() - MARGIN_TOP;
        float available = top - MARGIN_BOTTOM;
        for (float size : BODY_SIZES) {
            List<Line> lines = compose(notice, words, metrics, size);
            if (height(lines) <= available) {
                return List.of(lines);
            }
        }
        float size = BODY_SIZES[BODY_SIZES.length - 1];
        List<Line> lines = compose(notice, words, metrics, size);
        Line mark = Line.right(metrics, words.text("continuedOnNext"), size, false, 0);
        float reserve = mark.leading() + size;
        String title = words.text("title", "program", notice.programTitle());
        List<Line> head = new ArrayList<>();
        for (String l : LineBreaker.wrap(
                metrics.printable(words.text("continuedTitle", "title", title)), TEXT_WIDTH, metrics.at(size + 1))) {
            head.add(Line.left(l, size + 1, MARGIN_X, true, 0));
        }
        List<List<Line>> pages = new ArrayList<>();
        List<Line> page = new ArrayList<>();
        float used = 0;
        for (Line line : lines) {
            if (line.sameBaseline()) {
                page.add(line); // beside the line just placed: takes no height
                continue;
            }
            float need = (page.isEmpty() ? 0 : line.spaceBefore()) + line.leading();
            if (!page.isEmpty() && used + need > available - reserve) {
                page.add(mark.withSpaceBefore(available - used - mark.leading()));
                pages.add(page);
                page = new ArrayList<>(head);
                used = height(head);
                line = line.withSpaceBefore(size);
                need = line.spaceBefore() + line.leading();
            }
            page.add(line);
            used += need;
        }
        pages.add(page);
        return pages;
    }

    /** The lines of the notice at one body size, top to bottom. */
    private static List<Line> compose(CitizenNotice notice, Words words, Metrics metrics, float body) {
        List<Line> lines = new ArrayList<>();
        String title = words.text("title", "program", notice.programTitle());
        centered(lines, metrics, notice.office(), OFFICE_SIZE, true, 0);
        centered(lines, metrics, title, TITLE_SIZE, true, 8);
        for (String l : LineBreaker.wrap(
                metrics.printable(words.text("reference", "reference", notice.reference())),
                TEXT_WIDTH,
                metrics.at(SMALL_SIZE))) {
            lines.add(Line.right(metrics, l, SMALL_SIZE, false, 4));
        }
        float gap = body * 0.9f;
        notice.applicant()
                .ifPresent(a -> paragraph(lines, metrics, words.text("applicant", "applicant", a), body, false, gap));
        paragraph(lines, metrics, words.text("outcome", "outcome", notice.outcome()), body, true, gap / 2);
        notice.amount()
                .ifPresent(a -> paragraph(lines, metrics, words.text("amount", "amount", a), body, true, gap / 2));
        if (!notice.reasons().isEmpty()) {
            paragraph(lines, metrics, words.text("reasons"), body, true, gap);
            int n = 1;
            for (CitizenNotice.Reason r : notice.reasons()) {
                item(lines, metrics, words, n++, List.of(r.text(), words.text("basis", "basis", r.basis())), body);
            }
        }
        section(lines, metrics, words, "cautions", notice.cautions(), body, gap);
        section(lines, metrics, words, "nextSteps", notice.nextSteps(), body, gap);
        String date = DateTimeFormatter.ofPattern(
                        words.text("date"), notice.language().locale())
                .format(notice.date());
        lines.add(Line.right(metrics, metrics.printable(notice.office()), body, false, body * 2.5f));
        lines.add(Line.right(metrics, metrics.printable(date), body, false, 0));
        return lines;
    }

    private static void section(
            List<Line> lines, Metrics metrics, Words words, String key, List<String> items, float body, float gap) {
        if (items.isEmpty()) {
            return;
        }
        paragraph(lines, metrics, words.text(key), body, true, gap);
        int n = 1;
        for (String text : items) {
            item(lines, metrics, words, n++, List.of(text), body);
        }
    }

    /** A numbered item: the number in its own column, each paragraph of the item wrapped beside it. */
    private static void item(
            List<Line> lines, Metrics metrics, Words words, int number, List<String> paragraphs, float body) {
        float indent = body * 2f;
        String label = words.text("item", "number", String.valueOf(number));
        boolean first = true;
        for (String paragraph : paragraphs) {
            for (String l : LineBreaker.wrap(metrics.printable(paragraph), TEXT_WIDTH - indent, metrics.at(body))) {
                if (first) {
                    lines.add(Line.left(label, body, MARGIN_X, false, body * 0.3f));
                    // the text of the first line sits on the number's baseline
                    lines.add(Line.left(l, body, MARGIN_X + indent, false, 0).onSameBaseline());
                    first = false;
                } else {
                    lines.add(Line.left(l, body, MARGIN_X + indent, false, 0));
                }
            }
        }
    }

    private static void paragraph(
            List<Line> lines, Metrics metrics, String text, float size, boolean bold, float spaceBefore) {
        float before = spaceBefore;
        for (String l : LineBreaker.wrap(metrics.printable(text), TEXT_WIDTH, metrics.at(size))) {
            lines.add(Line.left(l, size, MARGIN_X, bold, before));
            before = 0;
        }
    }

    private static void centered(
            List<Line> lines, Metrics metrics, String text, float size, boolean bold, float spaceBefore) {
        float before = spaceBefore;
        for (String l : LineBreaker.wrap(metrics.printable(text), TEXT_WIDTH, metrics.at(size))) {
            lines.add(Line.centered(metrics, l, size, bold, before));
            before = 0;
        }
    }

    private static float height(List<Line> lines) {
        float h = 0;
        boolean first = true;
        for (Line l : lines) {
            if (l.sameBaseline()) {
                continue;
            }
            h += (first ? 0 : l.spaceBefore()) + l.leading();
            first = false;
        }
        return h;
    }

    private static void draw(PDPageContentStream cs, PDType0Font font, List<Line> lines) throws IOException {
        float y = PAGE.getHeight() - MARGIN_TOP;
        boolean first = true;
        for (Line l : lines) {
            if (!l.sameBaseline()) {
                y -= (first ? 0 : l.spaceBefore()) + l.leading();
                first = false;
            }
            // the text sits in the middle of its line box; the font's descent is about 0.12 em
            show(cs, font, l, y + (l.leading() - l.size()) / 2 + 0.12f * l.size());
        }
    }

    private static void show(PDPageContentStream cs, PDType0Font font, Line l, float baseline) throws IOException {
        if (l.text().isEmpty()) {
            return;
        }
        cs.beginText();
        cs.setFont(font, l.size());
        if (l.bold()) {
            // the font has one weight: bold is drawn by stroking the outline as well as filling it
            cs.setRenderingMode(RenderingMode.FILL_STROKE);
            cs.setLineWidth(l.size() * 0.03f);
        } else {
            cs.setRenderingMode(RenderingMode.FILL);
        }
        cs.newLineAtOffset(l.x(), baseline);
        cs.showText(l.text());
        cs.endText();
    }

    /** A document ID derived from the notice, so that the same notice gives the same bytes. */
    private static long contentId(CitizenNotice notice) {
        CRC32 crc = new CRC32();
        crc.update(notice.toString().getBytes(StandardCharsets.UTF_8));
        crc.update(notice.reference().getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    /**
     * One line of text.
     *
     * @param text         the text, drawable by the font
     * @param size         the font size in points
     * @param x            the left edge
     * @param bold         drawn bold
     * @param spaceBefore  extra space above the line (dropped at the top of a page)
     * @param sameBaseline drawn on the previous line's baseline (the text beside an item's number)
     */
    private record Line(String text, float size, float x, boolean bold, float spaceBefore, boolean sameBaseline) {

        static Line left(String text, float size, float x, boolean bold, float spaceBefore) {
            return new Line(text, size, x, bold, spaceBefore, false);
        }

        static Line centered(Metrics m, String text, float size, boolean bold, float spaceBefore) {
            return left(text, size, MARGIN_X + (TEXT_WIDTH - m.width(text, size)) / 2, bold, spaceBefore);
        }

        static Line right(Metrics m, String text, float size, boolean bold, float spaceBefore) {
            return left(text, size, MARGIN_X + TEXT_WIDTH - m.width(text, size), bold, spaceBefore);
        }

        float leading() {
            return size * LEADING;
        }

        Line onSameBaseline() {
            return new Line(text, size, x, bold, 0, true);
        }

        Line withSpaceBefore(float space) {
            return new Line(text, size, x, bold, space, sameBaseline);
        }
    }

    /** Widths of characters in the notice's font, and which characters it can draw. */
    private static final class Metrics {
        private final PDType0Font font;
        private final CmapLookup cmap;
        private final Map<Integer, Float> perMille = new HashMap<>();

        Metrics(PDType0Font font, CmapLookup cmap) {
            this.font = font;
            this.cmap = cmap;
        }

        /**
         * @return the text with anything shaped like an identity number masked (a second guard: the
         *     notice's texts are masked already), each character the font cannot draw replaced by □,
         *     and tabs and other control characters by a space
         */
        String printable(String text) {
            StringBuilder b = new StringBuilder(text.length());
            MaskedText.scrub(text).codePoints().forEach(cp -> {
                if (cp == '\n') {
                    b.append('\n');
                } else if (Character.isISOControl(cp)) {
                    b.append(' ');
                } else if (cmap.getGlyphId(cp) == 0) {
                    b.append(MISSING_GLYPH);
                } else {
                    b.appendCodePoint(cp);
                }
            });
            return b.toString();
        }

        LineBreaker.Widths at(float size) {
            return cp -> perMille(cp) * size / 1000f;
        }

        float width(String text, float size) {
            LineBreaker.Widths w = at(size);
            float points = 0;
            for (int cp : text.codePoints().toArray()) {
                points += w.of(cp);
            }
            return points;
        }

        private float perMille(int cp) {
            return perMille.computeIfAbsent(cp, c -> {
                try {
                    return font.getStringWidth(new String(Character.toChars(c)));
                } catch (IOException | IllegalArgumentException e) {
                    throw new IllegalStateException(
                            "the notice's font has no width for U+" + Integer.toHexString(c), e);
                }
            });
        }
    }

    /** The notice's own words in one language. */
    private record Words(ResourceBundle bundle) {

        static Words of(Language lang) {
            return new Words(ResourceBundle.getBundle(
                    "org.minzheng.examples.notice.NoticeMessages",
                    lang.locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        }

        /** @return the message, each {name} replaced by the value that follows the name */
        String text(String key, String... namesAndValues) {
            String s = bundle.getString(key);
            for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
                s = s.replace("{" + namesAndValues[i] + "}", namesAndValues[i + 1]);
            }
            return s;
        }
    }
}
