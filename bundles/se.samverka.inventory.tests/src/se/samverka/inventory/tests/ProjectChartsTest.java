package se.samverka.inventory.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

import se.samverka.inventory.BudgetTotals;
import se.samverka.inventory.charts.BudgetChart;
import se.samverka.inventory.charts.ProjectCharts;
import se.samverka.inventory.records.CountyOverview;
import se.samverka.inventory.records.Severity;
import se.samverka.model.FocusArea;
import se.samverka.model.PreventionMethod;

/**
 * The county overview's charts inside OSGi: active projects per focus area and per method over the municipalities
 * shown, every value named in the user's language, and drawn by JFreeChart (AWT, no SWT).
 */
class ProjectChartsTest {

    private static final Locale SV = Locale.forLanguageTag("sv-SE");

    @Test
    void theMunicipalitiesCountsAddedPerFocusAreaAndMethod() {
        CountyOverview overview = overview(3);
        DefaultCategoryDataset focus = ProjectCharts.byFocusArea(overview, SV);

        assertEquals(FocusArea.VALUES.size(), focus.getColumnCount(), "every focus area, also those with none");
        assertEquals("Barn och unga", focus.getColumnKey(0));
        assertEquals(3 + 2, focus.getValue(0, focus.getColumnIndex("Barn och unga")).intValue(),
                "Tierp's and Heby's added");
        assertEquals(0, focus.getValue(0, focus.getColumnIndex("ANDT")).intValue());
        assertEquals(3 + 2 + 1, ProjectCharts.total(focus));
        DefaultCategoryDataset methods = ProjectCharts.byMethod(overview, Locale.ENGLISH);
        assertEquals(PreventionMethod.VALUES.size(), methods.getColumnCount());
        assertEquals("Active projects", methods.getRowKey(0));
        assertEquals(1, ProjectCharts.total(methods));
    }

    @Test
    void moreProjectsDrawLongerBars() {
        BufferedImage one = BudgetChart.image(ProjectCharts.focusAreaChart(overview(1), SV, null), 480, 360);
        BufferedImage four = BudgetChart.image(ProjectCharts.focusAreaChart(overview(4), SV, null), 480, 360);
        assertNotEquals(0, bar(one), "the bars are drawn in their colour");
        assertNotEquals(bar(one), bar(four), "a bar's length follows the count");
    }

    private static int bar(BufferedImage image) {
        int count = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == 0x1F5F99) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Tierp with {@code children} projects for children and youth, Heby with two of them and one in public space. */
    private static CountyOverview overview(int children) {
        CountyOverview.Row tierp = new CountyOverview.Row("t", "Tierps kommun", Map.of(), Severity.OK, children,
                Map.of(FocusArea.CHILDREN_AND_YOUTH, children), Map.of(), BudgetTotals.ZERO);
        CountyOverview.Row heby = new CountyOverview.Row("h", "Heby kommun", Map.of(), Severity.OK, 3,
                Map.of(FocusArea.CHILDREN_AND_YOUTH, 2, FocusArea.PUBLIC_SPACE, 1),
                Map.of(PreventionMethod.SAFETY_WALK, 1), BudgetTotals.ZERO);
        return new CountyOverview(2026, LocalDate.of(2026, 11, 30), List.of(heby, tierp), BudgetTotals.ZERO);
    }
}
