package se.samverka.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import se.samverka.inventory.Amounts;
import se.samverka.inventory.BudgetService;
import se.samverka.inventory.BudgetSheet;
import se.samverka.inventory.BudgetSheet.Row;
import se.samverka.inventory.BudgetTotals;
import se.samverka.inventory.charts.ProjectCharts;
import se.samverka.inventory.ui.internal.budgets.BudgetPart;
import se.samverka.inventory.ui.internal.overview.CountGrid;
import se.samverka.model.BudgetCategory;
import se.samverka.model.LocalProject;
import se.samverka.model.Organisation;
import se.samverka.store.LocalStore;
import se.samverka.testing.ui.ApplicationDriver;
import se.samverka.testing.ui.Ui;
import se.samverka.testing.ui.WindowTest;

/**
 * The county overview's budget totals and charts on the demo county: a municipality's totals for this year are its
 * projects' budget pages' totals added, and after an actual amount is edited on one of those budget pages the
 * overview's total changes by as much; the charts of active projects are drawn and count the projects the matrix
 * counts.
 */
@Order(3) // before the sync tests: on a laptop that has not synced, as county staff sees it (every municipality)
class OverviewScreensTest extends WindowTest {

    private static final Locale SV = Locale.forLanguageTag("sv-SE");
    private static final BigDecimal ADDED = new BigDecimal("72500");

    @BeforeAll
    static void attach() {
        assumeSwedishWindow();
    }

    @Test
    void aMunicipalitysBudgetTotalsAreItsProjectsPagesAndFollowAnEditedActualAmount() throws Exception {
        int year = LocalDate.now().getYear();
        LocalStore store = ApplicationDriver.service(LocalStore.class);
        BudgetService budgets = ApplicationDriver.service(BudgetService.class);
        Map<String, String> names = new HashMap<>();
        store.select(Organisation.class, "id", "name").forEach(r -> names.put((String) r[0], (String) r[1]));
        // Every municipality's projects' budget pages of this year, added; and a project with a salary line this year.
        Map<String, BudgetTotals> pages = new HashMap<>();
        String projectTitle = null;
        String projectMunicipality = null;
        String projectId = null;
        for (Object[] r : store.select(LocalProject.class, "id", "municipality.id", "title")) {
            if (r[1] == null) {
                continue;
            }
            BudgetSheet sheet = budgets.budget((String) r[0]);
            pages.merge(names.get(r[1]), BudgetTotals.of(sheet, year), BudgetTotals::plus);
            if (projectId == null && sheet.year(year) != null && salary(sheet) != null && store.select(
                    LocalProject.class, "title").stream().filter(t -> r[2].equals(t[0])).count() == 1) {
                projectId = (String) r[0];
                projectTitle = (String) r[2];
                projectMunicipality = names.get(r[1]);
            }
        }
        assertTrue(projectId != null, "a project with a budget this year");
        String municipality = projectMunicipality;
        BudgetTotals expected = pages.get(municipality);
        BudgetTotals county = pages.values().stream().reduce(BudgetTotals.ZERO, BudgetTotals::plus);

        window.selectRow("navigation.areas", "Länsöversikt");
        window.awaitRows("overview.matrix");
        assertEquals(shown(expected), budgetRow(municipality), municipality + " as its projects' budget pages");
        assertEquals(shown(county), budgetRow("Hela länet"), "the county's total");
        assertEquals(shown(BudgetTotals.of(budgets.budget(null), year)), budgetRow("Länsprogrammet"),
                "the programme as its budget page");

        // The charts are drawn, of the counts the tables total ("Hela länet"), in the same order.
        int active = window.tableRows("overview.matrix").stream()
                .mapToInt(row -> Integer.parseInt(row.get(row.size() - 1))).sum();
        assertTrue(active > 0, "active projects in the demo county");
        for (String table : List.of("byFocus", "byMethod")) {
            String chart = "overview.chart." + table;
            DefaultCategoryDataset data = window.ui().get(() -> (DefaultCategoryDataset) ((JFreeChart) window
                    .find(chart, Canvas.class).getData("samverka.chart")).getCategoryPlot().getDataset());
            // A row per focus area or method, the county's total ("Hela länet") in the last column.
            List<String> total = gridRows("overview." + table).stream().map(r -> r.get(r.size() - 1)).toList();
            List<String> charted = new java.util.ArrayList<>();
            for (int i = 0; i < data.getColumnCount(); i++) {
                charted.add(String.valueOf(data.getValue(0, i).intValue()));
            }
            assertEquals(total, charted, chart + " shows the table's totals");
            assertTrue(ProjectCharts.total(data) > 0, chart + ": bars, not an empty chart");
            assertTrue(window.ui().get(() -> window.find(chart, Canvas.class).getSize().y) > 200, chart + " shown");
        }
        // Every table reads without scrolling sideways beside the navigation (1440 pixels): its columns fit in it.
        for (String table : List.of("matrix", "budgets", "byFocus", "byMethod")) {
            int[] widths = window.ui().get(() -> {
                if (table.startsWith("by")) {
                    // The tables by focus area and method are drawn (CountGrid): a column per municipality.
                    Canvas drawn = window.find("overview." + table, Canvas.class);
                    return new int[] { java.util.Arrays.stream(CountGrid.of(drawn).columnWidths()).sum(),
                            drawn.getClientArea().width };
                }
                Table shown = window.find("overview." + table, Table.class);
                int columns = 0;
                for (TableColumn column : shown.getColumns()) {
                    columns += column.getWidth();
                }
                // Against the table's outer width: GTK reports the last column with the spare width it stretched it by.
                return new int[] { columns, shown.getSize().x };
            });
            assertTrue(widths[0] <= widths[1], "overview." + table + ": columns " + widths[0]
                    + " px wide in a table of " + widths[1] + " px");
        }
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "county-overview-budgets.png"));
        window.ui().run(() -> {
            Canvas chart = window.find("overview.chart.byMethod", Canvas.class);
            org.eclipse.swt.widgets.Composite parent = chart.getParent();
            while (!(parent instanceof ScrolledComposite)) {
                parent = parent.getParent();
            }
            ((ScrolledComposite) parent).showControl(chart);
        });
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "county-overview-charts.png"));

        // An actual amount edited on the project's budget page: the overview's total follows.
        BudgetSheet sheet = budgets.budget(projectId);
        Row salary = salary(sheet);
        BigDecimal planned = salary.cell(year).planned();
        BigDecimal oldActual = salary.cell(year).actual();
        BigDecimal typed = (oldActual == null ? BigDecimal.ZERO : oldActual).add(ADDED);
        try {
            window.selectRow("navigation.areas", "Lokala projekt");
            window.type("inventory.list.filter", ""); // the list as another test may have left it, filtered
            window.openRow("inventory.list", projectTitle);
            window.clickButton("inventory.editor.budget");
            window.ui().waitUntil("the budget page open", () -> app.openParts().stream()
                    .anyMatch(p -> p.startsWith("Budget: ")), Ui.DEFAULT_TIMEOUT);
            window.awaitRows("budget.table");
            window.selectRow("budget.table", salary.description());
            window.ui().run(() -> page().edit(salary.key(), year, false));
            window.type("budget.cellEditor", Amounts.number(typed, SV));
            window.ui().run(() -> window.find("budget.cellEditor", Text.class).notifyListeners(SWT.DefaultSelection,
                    new org.eclipse.swt.widgets.Event()));
            String id = projectId;
            window.ui().waitUntil("the amount written",
                    () -> same(typed, budgets.budget(id).row(salary.key()).cell(year).actual()), Ui.DEFAULT_TIMEOUT);

            window.selectRow("navigation.areas", "Länsöversikt");
            BudgetTotals after = expected.plus(new BudgetTotals(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                    ADDED));
            window.ui().waitUntil("the overview's total changed", () -> shown(after).equals(budgetRow(municipality)),
                    Ui.DEFAULT_TIMEOUT);
            assertEquals(shown(county.plus(after).plus(minus(expected))), budgetRow("Hela länet"));
        } finally {
            // As it was, for the tests after this one (once the page's own write is done: a write in between is
            // refused as a change by someone else, and tried again).
            String id = projectId;
            window.ui().waitUntil("the amount as it was", () -> {
                try {
                    budgets.setAmounts(id, salary.key(), year, planned, oldActual);
                    return true;
                } catch (se.samverka.inventory.BudgetException e) {
                    return false;
                }
            }, Ui.DEFAULT_TIMEOUT);
        }
    }

    private static boolean same(BigDecimal expected, BigDecimal actual) {
        return actual != null && expected.compareTo(actual) == 0;
    }

    /** The line of the coordinator's salary (the project's lead), or null. */
    private static Row salary(BudgetSheet sheet) {
        return sheet.expenses().stream().filter(r -> r.key().category() == BudgetCategory.COORDINATOR_SALARY)
                .findFirst().orElse(null);
    }

    private static BudgetTotals minus(BudgetTotals totals) {
        return new BudgetTotals(totals.plannedIncome().negate(), totals.actualIncome().negate(),
                totals.plannedExpenses().negate(), totals.actualExpenses().negate());
    }

    /** A row of the budget table as the overview writes it: name left out. */
    private static List<String> shown(BudgetTotals totals) {
        return List.of(Amounts.format(totals.plannedIncome(), SV), Amounts.format(totals.actualIncome(), SV),
                Amounts.format(totals.plannedExpenses(), SV), Amounts.format(totals.actualExpenses(), SV),
                Amounts.percent(totals.expenses().percent(), SV), Amounts.format(totals.result().actual(), SV));
    }

    /** The rows of a drawn table of counts (its header row left out). */
    private static List<List<String>> gridRows(String widgetId) {
        return window.ui().get(() -> CountGrid.of(window.find(widgetId, Canvas.class)).rows());
    }

    private static List<String> budgetRow(String name) {
        List<String> row = window.tableRows("overview.budgets").stream().filter(r -> r.get(0).equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + name + " in the budget totals"));
        return row.subList(1, row.size());
    }

    /** The budget page in front. */
    private static BudgetPart page() {
        return (BudgetPart) app.model().getContext().get(org.eclipse.e4.ui.workbench.modeling.EPartService.class)
                .getActivePart().getObject();
    }
}
