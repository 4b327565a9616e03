package org.minzheng.examples.simulation;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;
import org.minzheng.core.decision.Language;
import org.minzheng.core.money.Money;
import org.minzheng.eligibility.simulation.IncomeBand;
import org.minzheng.eligibility.simulation.SimulationSummary;
import org.minzheng.examples.notice.CjkAwtFont;

/**
 * Draws a simulation's summary as one PNG with two bar charts side by side: the monthly gain (and
 * loss) of households by per-capita income band, and each paying program's monthly cost before and
 * after the reform. Labels in zh-CN or en from the bundle {@code org.minzheng.examples.simulation.chart},
 * in the Noto Sans SC font the module ships ({@link CjkAwtFont}), so Chinese renders without any font
 * installed. Money is summed exactly in fen; it becomes a floating-point yuan figure only to be drawn.
 *
 * <p>The picture depends on the summary and the language only (a fixed size, font, palette and number
 * format, locale {@link Locale#ROOT}): on one Java runtime the same summary gives the same bytes
 * (the PNG writer of {@link ImageIO} stores no time). Different runtimes may rasterise text differently.
 */
public final class SimulationChart {

    /** Width of one chart, in pixels. */
    static final int WIDTH = 720;
    /** Height, in pixels. */
    static final int HEIGHT = 480;

    private static final Color GAIN = new Color(0x2E7D32);
    private static final Color LOSS = new Color(0xC62828);
    private static final Color BEFORE = new Color(0x90A4AE);
    private static final Color AFTER = new Color(0x1565C0);

    private SimulationChart() {}

    /**
     * Writes the PNG.
     *
     * @param summary the summary, not null
     * @param lang    the language of the labels, not null
     * @param out     where to write, not closed
     * @throws IOException if writing fails
     */
    public static void write(SimulationSummary summary, Language lang, OutputStream out) throws IOException {
        ImageIO.write(image(summary, lang), "png", out);
    }

    /**
     * @param summary the summary
     * @param lang    the language
     * @return the picture: gains by band on the left, cost on the right
     */
    public static BufferedImage image(SimulationSummary summary, Language lang) {
        ResourceBundle b = ResourceBundle.getBundle(
                "org.minzheng.examples.simulation.chart",
                lang.locale(),
                SimulationChart.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        BufferedImage left = BitmapEncoder.getBufferedImage(gainsByBand(summary, b));
        BufferedImage right = BitmapEncoder.getBufferedImage(cost(summary, b));
        BufferedImage both = new BufferedImage(WIDTH * 2, HEIGHT, BufferedImage.TYPE_INT_RGB);
        var g = both.createGraphics();
        try {
            g.drawImage(left, 0, 0, null);
            g.drawImage(right, WIDTH, 0, null);
        } finally {
            g.dispose();
        }
        return both;
    }

    private static CategoryChart gainsByBand(SimulationSummary summary, ResourceBundle b) {
        CategoryChart c = new CategoryChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .title(b.getString("gains.title"))
                .xAxisTitle(b.getString("gains.x"))
                .yAxisTitle(b.getString("gains.y"))
                .build();
        style(c);
        List<String> bands = new ArrayList<>();
        List<BigDecimal> gains = new ArrayList<>();
        List<BigDecimal> losses = new ArrayList<>();
        for (Map.Entry<IncomeBand, SimulationSummary.Group> e : summary.byBand().entrySet()) {
            bands.add(
                    e.getKey() == IncomeBand.UNKNOWN
                            ? b.getString("band.unknown")
                            : e.getKey().label());
            gains.add(yuan(e.getValue().gain()));
            losses.add(yuan(e.getValue().loss()));
        }
        c.addSeries(b.getString("gains.gain"), bands, gains).setFillColor(GAIN);
        c.addSeries(b.getString("gains.loss"), bands, losses).setFillColor(LOSS);
        c.getStyler().setOverlapped(true);
        return c;
    }

    private static CategoryChart cost(SimulationSummary summary, ResourceBundle b) {
        CategoryChart c = new CategoryChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .title(b.getString("cost.title"))
                .xAxisTitle(b.getString("cost.x"))
                .yAxisTitle(b.getString("cost.y"))
                .build();
        style(c);
        List<String> programs = new ArrayList<>();
        List<BigDecimal> before = new ArrayList<>();
        List<BigDecimal> after = new ArrayList<>();
        for (String id : summary.programIds()) {
            if (summary.pays(id)) {
                programs.add(id + " ("
                        + SimulationSummary.format(summary.costAfter(id).minus(summary.costBefore(id)), true) + ")");
                before.add(yuan(summary.costBefore(id)));
                after.add(yuan(summary.costAfter(id)));
            }
        }
        if (programs.isEmpty()) {
            programs.add(b.getString("cost.none"));
            before.add(BigDecimal.ZERO);
            after.add(BigDecimal.ZERO);
        }
        c.addSeries(b.getString("cost.before"), programs, before).setFillColor(BEFORE);
        c.addSeries(b.getString("cost.after"), programs, after).setFillColor(AFTER);
        c.getStyler().setLabelsVisible(true);
        c.getStyler().setLabelsFont(CjkAwtFont.of(Font.PLAIN, 11f));
        return c;
    }

    private static void style(CategoryChart c) {
        var s = c.getStyler();
        s.setLocale(Locale.ROOT);
        s.setBaseFont(CjkAwtFont.of(Font.PLAIN, 12f));
        s.setChartTitleFont(CjkAwtFont.of(Font.PLAIN, 16f));
        s.setAxisTitleFont(CjkAwtFont.of(Font.PLAIN, 13f));
        s.setAxisTickLabelsFont(CjkAwtFont.of(Font.PLAIN, 12f));
        s.setLegendFont(CjkAwtFont.of(Font.PLAIN, 12f));
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Horizontal);
        s.setXAxisTickMarkSpacingHint(30);
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setYAxisDecimalPattern("#,##0");
        s.setAntiAlias(true);
        s.setTextAntiAlias(true);
    }

    /** Yuan, exact; the charting library turns it into pixels. */
    private static BigDecimal yuan(Money m) {
        return BigDecimal.valueOf(m.fen(), 2);
    }
}
