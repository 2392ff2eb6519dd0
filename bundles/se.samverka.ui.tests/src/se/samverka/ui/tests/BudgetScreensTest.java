package se.samverka.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import se.samverka.inventory.Amounts;
import se.samverka.inventory.BudgetService;
import se.samverka.inventory.BudgetSheet;
import se.samverka.inventory.BudgetSheet.Row;
import se.samverka.inventory.charts.BudgetChart;
import se.samverka.inventory.ui.internal.budgets.BudgetPart;
import se.samverka.model.BudgetCategory;
import se.samverka.model.BudgetLineKind;
import se.samverka.testing.ui.ApplicationDriver;
import se.samverka.testing.ui.Ui;
import se.samverka.testing.ui.WindowTest;

/**
 * The county programme's budget page in the real window, opened from the project list: an actual amount typed in
 * place changes the expenses' sum, the result and the chart while it is typed, is written on Enter, undone with
 * Ctrl+Z, and the budget is exported for Excel.
 */
@Order(5)
class BudgetScreensTest extends WindowTest {

    private static final Locale SV = Locale.forLanguageTag("sv-SE");
    /** The budget page's file chooser in the context (instead of the native dialog). */
    private static final String CHOOSER = "se.samverka.inventory.ui.budgets.fileChooser";

    @BeforeAll
    static void attach() {
        assumeSwedishWindow();
    }

    @Test
    void editingAnActualAmountChangesTheTotalsAndTheChart() throws Exception {
        BudgetService budgets = ApplicationDriver.service(BudgetService.class);
        BudgetSheet before = budgets.budget(null);
        List<Integer> years = before.yearNumbers();
        Row salary = before.expenses().stream()
                .filter(r -> r.key().category() == BudgetCategory.COORDINATOR_SALARY).findFirst().orElseThrow();
        // The last year with a coordinator's salary (the programme's 2020 budget holds only the support round).
        int year = years.stream().filter(y -> salary.cell(y) != null).reduce((a, b) -> b).orElseThrow();
        BigDecimal oldActual = salary.cell(year).actual();
        BigDecimal expensesActual = before.total(BudgetLineKind.EXPENSE, year).actual();
        BigDecimal typed = oldActual.add(new BigDecimal("72500"));

        window.selectRow("navigation.areas", "Lokala projekt");
        window.clickButton("inventory.list.programmeBudget");
        window.ui().waitUntil("the budget page open", () -> app.openParts().stream()
                .anyMatch(p -> p.startsWith("Budget: " + before.title())), Ui.DEFAULT_TIMEOUT);
        window.awaitRows("budget.table");
        List<String> lines = window.tableColumn("budget.table");
        assertEquals("Intäkter", lines.get(0));
        assertTrue(lines.contains("Summa kostnader"), lines.toString());
        assertEquals("Resultat (intäkter − kostnader)", lines.get(lines.size() - 1));
        int column = 2 + 2 * years.indexOf(year);
        int sumRow = lines.indexOf("Summa kostnader");
        assertEquals(Amounts.number(expensesActual, SV), cell(sumRow, column));
        assertEquals(expensesActual.intValue(), chartValue(BudgetChart.EXPENSES_ACTUAL, year));
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "budget-programme.png"));

        // Into the cell of this year's actual salary with the keyboard; the totals follow what is typed.
        window.selectRow("budget.table", salary.description());
        window.ui().run(() -> page().edit(salary.key(), year, false));
        window.type("budget.cellEditor", Amounts.number(typed, SV));
        BigDecimal newSum = expensesActual.add(new BigDecimal("72500"));
        assertEquals(Amounts.number(newSum, SV), cell(sumRow, column), "the sum as typed, before Enter");
        assertEquals(newSum.intValue(), chartValue(BudgetChart.EXPENSES_ACTUAL, year), "the chart as typed");
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "budget-typing.png"));
        // Enter in the cell: the amount kept.
        window.ui().run(() -> window.find("budget.cellEditor", Text.class).notifyListeners(SWT.DefaultSelection,
                new org.eclipse.swt.widgets.Event()));
        window.awaitRows("budget.table");
        window.ui().waitUntil("the amount written",
                () -> typed.compareTo(budgets.budget(null).row(salary.key()).cell(year).actual()) == 0,
                Ui.DEFAULT_TIMEOUT);
        assertEquals(Amounts.number(newSum, SV), cell(sumRow, column));
        assertEquals(Amounts.number(before.result(year).actual().subtract(new BigDecimal("72500")), SV),
                cell(lines.size() - 1, column), "the result follows");

        // Exported for Excel: the amount as a number with no grouping.
        Path file = Files.createTempDirectory("budget-export").resolve("budget.csv");
        app.model().getContext().set(CHOOSER,
                (Function<String, Path>) purpose -> file);
        try {
            window.clickButton("budget.export");
            window.ui().waitUntil("the file written", () -> Files.exists(file), Ui.DEFAULT_TIMEOUT);
        } finally {
            app.model().getContext().remove(CHOOSER);
        }
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF"), "BOM");
        assertTrue(csv.contains(";" + Amounts.spreadsheet(typed) + ";"), csv);

        // Undone with Ctrl+Z: the amount before, stored and shown.
        window.clickMenu("Redigera", "Ångra");
        window.awaitRows("budget.table");
        window.ui().waitUntil("the amount undone",
                () -> oldActual.compareTo(budgets.budget(null).row(salary.key()).cell(year).actual()) == 0,
                Ui.DEFAULT_TIMEOUT);
        window.awaitRows("budget.table");
        window.ui().waitUntil("the sum shown as before",
                () -> Amounts.number(expensesActual, SV).equals(itemText(sumRow, column)),
                Ui.DEFAULT_TIMEOUT);
        assertEquals(expensesActual.intValue(), chartValue(BudgetChart.EXPENSES_ACTUAL, year));
    }

    /** The budget page in front. */
    private static BudgetPart page() {
        return (BudgetPart) app.model().getContext().get(org.eclipse.e4.ui.workbench.modeling.EPartService.class)
                .getActivePart().getObject();
    }

    private static String cell(int row, int column) {
        return window.tableRows("budget.table").get(row).get(column);
    }

    private static String itemText(int row, int column) {
        return table().getItem(row).getText(column);
    }

    /** The value the chart shows now for a series and a year. */
    private static int chartValue(int series, int year) {
        return window.ui().get(() -> {
            JFreeChart chart = (JFreeChart) window.find("budget.chart", Control.class).getData("samverka.chart");
            return chart.getCategoryPlot().getDataset().getValue(series, chart.getCategoryPlot().getDataset()
                    .getColumnIndex(String.valueOf(year))).intValue();
        });
    }

    private static Table table() {
        return window.find("budget.table", Table.class);
    }

}
