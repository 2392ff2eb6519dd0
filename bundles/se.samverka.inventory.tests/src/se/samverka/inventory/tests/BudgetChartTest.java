package se.samverka.inventory.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

import se.samverka.inventory.BudgetSheet;
import se.samverka.inventory.BudgetSheet.Cell;
import se.samverka.inventory.BudgetSheet.Row;
import se.samverka.inventory.BudgetSheet.RowKey;
import se.samverka.inventory.BudgetSheet.Year;
import se.samverka.inventory.charts.BudgetChart;
import se.samverka.model.BudgetCategory;
import se.samverka.model.BudgetLineKind;

/** The budget chart inside OSGi: what it shows per year, and that JFreeChart draws it (AWT, no SWT). */
class BudgetChartTest {

    private static final Locale SV = Locale.forLanguageTag("sv-SE");

    @Test
    void plannedAgainstActualPerYear() {
        BudgetSheet sheet = sheet("552000");
        DefaultCategoryDataset dataset = BudgetChart.dataset(sheet, SV);

        assertEquals(List.of("2025", "2026"), dataset.getColumnKeys());
        assertEquals(List.of("Intäkter, budget", "Intäkter, utfall", "Kostnader, budget", "Kostnader, utfall"),
                dataset.getRowKeys());
        assertEquals(900000, dataset.getValue(BudgetChart.INCOME_PLANNED, 0).intValue());
        assertEquals(552000, dataset.getValue(BudgetChart.EXPENSES_ACTUAL, 0).intValue());
        assertEquals(0, dataset.getValue(BudgetChart.EXPENSES_ACTUAL, 1).intValue(), "nothing spent yet");
        assertEquals("Expenses, actual", BudgetChart.dataset(sheet, Locale.ENGLISH).getRowKey(3));
    }

    @Test
    void anotherActualAmountDrawsAnotherChart() {
        JFreeChart before = BudgetChart.chart(sheet("552000"), SV, null);
        JFreeChart after = BudgetChart.chart(sheet("100000"), SV, null);
        BufferedImage one = BudgetChart.image(before, 480, 280);
        BufferedImage two = BudgetChart.image(after, 480, 280);

        assertEquals(480, one.getWidth());
        int coloured = 0;
        for (int x = 0; x < one.getWidth(); x++) {
            for (int y = 0; y < one.getHeight(); y++) {
                if ((one.getRGB(x, y) & 0xFFFFFF) == 0xC05A0C) {
                    coloured++;
                }
            }
        }
        assertNotEquals(0, coloured, "the bar of actual expenses is drawn in its colour");
        assertNotEquals(pixels(one), pixels(two), "the bar's height follows the amount");
    }

    private static int pixels(BufferedImage image) {
        int count = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == 0xC05A0C) {
                    count++;
                }
            }
        }
        return count;
    }

    private static BudgetSheet sheet(String actualSalary2025) {
        Map<Integer, Cell> income = new LinkedHashMap<>();
        income.put(2025, new Cell("i1", "Huvudintressenter", new BigDecimal("900000"), new BigDecimal("900000"), 30,
                new BigDecimal("30000")));
        income.put(2026, new Cell("i2", "Huvudintressenter", new BigDecimal("1050000"), null, 35,
                new BigDecimal("30000")));
        Map<Integer, Cell> salary = new LinkedHashMap<>();
        salary.put(2025, new Cell("s1", "Lön", new BigDecimal("540000"), new BigDecimal(actualSalary2025), null,
                null));
        salary.put(2026, new Cell("s2", "Lön", new BigDecimal("540000"), null, null, null));
        return new BudgetSheet("p", "Trygg i Heby",
                List.of(new Year(2025, "b1", "Budget 2025"), new Year(2026, "b2", "Budget 2026")),
                List.of(new Row(new RowKey(BudgetLineKind.INCOME, BudgetCategory.STAKEHOLDER_CONTRIBUTION, 0),
                        "Huvudintressenter", income),
                        new Row(new RowKey(BudgetLineKind.EXPENSE, BudgetCategory.COORDINATOR_SALARY, 0), "Lön",
                                salary)));
    }
}
