package se.samverka.inventory.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.NumberFormat;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

import se.samverka.inventory.BudgetSheet;
import se.samverka.inventory.BudgetSheet.PlannedActual;
import se.samverka.inventory.internal.budgets.BudgetTexts;
import se.samverka.model.BudgetLineKind;

/**
 * The chart of a budget planned against actual per year, as grouped bars: income planned and actual, expenses
 * planned and actual, one group per year. No SWT: the budget page draws it into an image it shows, and a report can
 * draw the same chart into a PDF through any {@link Graphics2D}. The chart's {@linkplain #dataset dataset} is what it
 * shows, to check in tests.
 */
public final class BudgetChart {

    /** The series, in order: income planned, income actual, expenses planned, expenses actual. */
    public static final int INCOME_PLANNED = 0;
    public static final int INCOME_ACTUAL = 1;
    public static final int EXPENSES_PLANNED = 2;
    public static final int EXPENSES_ACTUAL = 3;

    private static final Color[] COLOURS = { new Color(0x9C, 0xC3, 0xE6), new Color(0x1F, 0x5F, 0x99),
        new Color(0xF5, 0xC2, 0x8E), new Color(0xC0, 0x5A, 0x0C) };

    private BudgetChart() {
    }

    /**
     * What the chart shows: one row per series (in the order of the constants above, named in the locale's
     * language), one column per year (its number as text), amounts in kronor (missing amounts as zero).
     */
    public static DefaultCategoryDataset dataset(BudgetSheet sheet, Locale locale) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        String[] series = series(locale);
        for (int year : sheet.yearNumbers()) {
            String column = String.valueOf(year);
            PlannedActual income = sheet.total(BudgetLineKind.INCOME, year);
            PlannedActual expenses = sheet.total(BudgetLineKind.EXPENSE, year);
            dataset.addValue(income.planned(), series[INCOME_PLANNED], column);
            dataset.addValue(income.actual(), series[INCOME_ACTUAL], column);
            dataset.addValue(expenses.planned(), series[EXPENSES_PLANNED], column);
            dataset.addValue(expenses.actual(), series[EXPENSES_ACTUAL], column);
        }
        return dataset;
    }

    /** The names of the series in the locale's language. */
    public static String[] series(Locale locale) {
        return new String[] { BudgetTexts.get(locale, "chart.incomePlanned"),
            BudgetTexts.get(locale, "chart.incomeActual"), BudgetTexts.get(locale, "chart.expensesPlanned"),
            BudgetTexts.get(locale, "chart.expensesActual") };
    }

    /**
     * The chart of a budget, without a title (the page and the report have their own headings), amounts on the value
     * axis grouped as the locale writes them, and the legend below.
     *
     * @param font the font to write with (the page's or the report's); {@code null} for a sans-serif
     */
    public static JFreeChart chart(BudgetSheet sheet, Locale locale, Font font) {
        Font base = font != null ? font : new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        CategoryAxis years = new CategoryAxis();
        years.setTickLabelFont(base);
        years.setCategoryMargin(0.25);
        NumberAxis amounts = new NumberAxis(BudgetTexts.get(locale, "chart.axis"));
        amounts.setLabelFont(base);
        amounts.setTickLabelFont(base.deriveFont(base.getSize2D() - 1));
        amounts.setNumberFormatOverride(NumberFormat.getIntegerInstance(locale));
        amounts.setUpperMargin(0.12);
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setItemMargin(0.04);
        bars.setDrawBarOutline(false);
        for (int i = 0; i < COLOURS.length; i++) {
            bars.setSeriesPaint(i, COLOURS[i]);
        }
        CategoryPlot plot = new CategoryPlot(dataset(sheet, locale), years, amounts, bars);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xD0, 0xD0, 0xD0));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        JFreeChart chart = new JFreeChart(null, base, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(base);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        return chart;
    }

    /** Draws a chart into a new image of this size (RGB, white background). */
    public static BufferedImage image(JFreeChart chart, int width, int height) {
        BufferedImage image = new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            chart.draw(g, new Rectangle2D.Double(0, 0, image.getWidth(), image.getHeight()));
        } finally {
            g.dispose();
        }
        return image;
    }
}
