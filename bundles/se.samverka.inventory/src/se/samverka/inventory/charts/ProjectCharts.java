package se.samverka.inventory.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import org.eclipse.emf.common.util.Enumerator;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import se.samverka.inventory.records.CountyOverview;
import se.samverka.model.FocusArea;
import se.samverka.model.PreventionMethod;
import se.samverka.model.rules.Labels;

/**
 * The charts of the county overview: the projects active in the year per focus area and per method, over every
 * municipality the overview shows, as horizontal bars (one per value, named in the locale's language, so that long
 * names read on one line), the count written at each bar's end. No SWT: the overview draws them into images it
 * shows, and a report can draw the same charts into a PDF through any {@link Graphics2D} (see
 * {@link BudgetChart#image}). The {@linkplain #byFocusArea dataset} is what a chart shows, to check in tests.
 */
public final class ProjectCharts {

    private static final Color BAR = new Color(0x1F, 0x5F, 0x99);

    private ProjectCharts() {
    }

    /** Active projects by focus area: one column per focus area (every one, also those with none), in model order. */
    public static DefaultCategoryDataset byFocusArea(CountyOverview overview, Locale locale) {
        return dataset(overview.byFocusArea(), FocusArea.VALUES, locale);
    }

    /** Active projects by method: one column per method (every one, also those with none), in model order. */
    public static DefaultCategoryDataset byMethod(CountyOverview overview, Locale locale) {
        return dataset(overview.byMethod(), PreventionMethod.VALUES, locale);
    }

    /** The chart of active projects by focus area. */
    public static JFreeChart focusAreaChart(CountyOverview overview, Locale locale, Font font) {
        return chart(byFocusArea(overview, locale), locale, font);
    }

    /** The chart of active projects by method. */
    public static JFreeChart methodChart(CountyOverview overview, Locale locale, Font font) {
        return chart(byMethod(overview, locale), locale, font);
    }

    /** The number of active projects a chart's dataset counts (over all its bars). */
    public static int total(DefaultCategoryDataset dataset) {
        int total = 0;
        for (int column = 0; column < dataset.getColumnCount(); column++) {
            Number value = dataset.getValue(0, column);
            total += value == null ? 0 : value.intValue();
        }
        return total;
    }

    private static <E extends Enum<E> & Enumerator> DefaultCategoryDataset dataset(Map<E, Integer> counts,
            List<E> values, Locale locale) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        String series = texts(locale).getString("projects.active");
        for (E value : values) {
            dataset.addValue(counts.getOrDefault(value, 0), series, Labels.of(value, locale));
        }
        return dataset;
    }

    /**
     * A horizontal bar chart of counts, without a title or legend (the page and the report have their own headings),
     * whole numbers on the count axis.
     *
     * @param font the font to write with (the page's or the report's); {@code null} for a sans-serif
     */
    static JFreeChart chart(DefaultCategoryDataset dataset, Locale locale, Font font) {
        Font base = font != null ? font : new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        CategoryAxis categories = new CategoryAxis();
        categories.setTickLabelFont(base);
        categories.setCategoryMargin(0.2);
        categories.setMaximumCategoryLabelWidthRatio(0.45f);
        // A long name ("EST – effektiv samordning för trygghet") wraps onto a second line instead of being cut with
        // "…": the bars have room for two lines (the page sizes the chart by two lines of text a bar).
        categories.setMaximumCategoryLabelLines(2);
        NumberAxis counts = new NumberAxis(texts(locale).getString("projects.axis"));
        counts.setLabelFont(base);
        counts.setTickLabelFont(base.deriveFont(base.getSize2D() - 1));
        counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits(locale));
        counts.setUpperMargin(0.1);
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setMaximumBarWidth(0.08);
        bars.setSeriesPaint(0, BAR);
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
        bars.setDefaultItemLabelFont(base.deriveFont(base.getSize2D() - 1));
        bars.setDefaultItemLabelsVisible(true);
        // The count just right of the bar's end (JFreeChart's default puts it above the bar, over the next one).
        bars.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        bars.setItemLabelAnchorOffset(4);
        CategoryPlot plot = new CategoryPlot(dataset, categories, counts, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xD0, 0xD0, 0xD0));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        JFreeChart chart = new JFreeChart(null, base, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        return chart;
    }

    /** The charts' words, in the language of {@code locale} (Swedish first). */
    private static ResourceBundle texts(Locale locale) {
        Locale wanted = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle(ProjectCharts.class.getPackageName() + ".texts", wanted,
                ProjectCharts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
