package se.samverka.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import se.samverka.inventory.Amounts;
import se.samverka.inventory.BudgetService;
import se.samverka.inventory.IndicatorService;
import se.samverka.inventory.InventoryService;
import se.samverka.inventory.ProjectBudgetYears;
import se.samverka.inventory.ProjectBudgetYears.YearTotals;
import se.samverka.inventory.ProjectIndicators.Indicator;
import se.samverka.inventory.ProjectIndicators.Period;
import se.samverka.inventory.ProjectRow;
import se.samverka.inventory.ui.internal.indicators.IndicatorsSection;
import se.samverka.model.LocalProject;
import se.samverka.model.Person;
import se.samverka.model.rules.Labels;
import se.samverka.testing.ui.ApplicationDriver;
import se.samverka.testing.ui.Ui;
import se.samverka.testing.ui.WindowTest;

/**
 * A demo project's page in the real window: an indicator added with a unit and a baseline, two periods with target
 * and outcome typed in place, one period first typed wrongly (the message shows under the table and nothing is
 * saved), a number typed wrongly the same way; the contact chosen and saved; the page closed and opened again shows
 * all of it; and the budget section shows per year the totals the budget page works out, as "1&nbsp;050&nbsp;000 kr".
 */
@Order(5)
class IndicatorScreensTest extends WindowTest {

    private static final Locale SV = Locale.forLanguageTag("sv-SE");
    private static final String NAME = "Deltagare i trygghetsvandringar";

    @BeforeAll
    static void attach() {
        assumeTrue(window.tableColumn("navigation.areas").contains("Lokala projekt"), "a Swedish window");
    }

    @Test
    void anIndicatorWithTwoPeriodsIsAddedInPlaceAndTheBudgetShowsItsTotals() throws Exception {
        InventoryService inventory = ApplicationDriver.service(InventoryService.class);
        IndicatorService indicators = ApplicationDriver.service(IndicatorService.class);
        // A Heby project with a budget (no other test changes Heby's projects).
        ProjectRow row = inventory.rows().stream()
                .filter(r -> r.municipality() != null && r.municipality().startsWith("Heby")
                        && r.plannedExpenses() != null)
                .min(Comparator.comparing(ProjectRow::title)).orElseThrow();
        int before = indicators.indicators(row.id()).indicators().size();
        open(row.title());

        // The new indicator: its name typed in the last row, then its unit and baseline in place.
        window.awaitRows("indicators.table");
        assertEquals("Ny indikator …", last(window.tableColumn("indicators.table")));
        window.clickButton("indicators.add");
        enter("indicators.edit.name", NAME);
        window.ui().waitUntil("the indicator added", () -> named(indicators, row.id()) != null, Ui.DEFAULT_TIMEOUT);
        window.awaitRows("indicators.table");
        assertEquals(before + 2, window.tableRows("indicators.table").size(), "the new row and 'Ny indikator …'");
        window.ui().run(() -> section().editIndicator(before, 1));
        enter("indicators.edit.unit", "antal");
        window.ui().run(() -> section().editIndicator(before, 2));
        enter("indicators.edit.baseline", "12");
        window.ui().waitUntil("unit and baseline written", () -> named(indicators, row.id()).baseline() != null,
                Ui.DEFAULT_TIMEOUT);
        assertEquals(List.of(NAME, "antal", "12"), window.tableRows("indicators.table").get(before));
        assertEquals("Mål och utfall för ”" + NAME + "”", window.textOf("indicators.periodsHeading"));

        // A period typed wrongly: the message under the periods, nothing written.
        window.clickButton("indicators.addPeriod");
        enter("indicators.edit.period", "2025-H3");
        window.awaitRows("indicators.periods");
        window.ui().waitUntil("the message", () -> window.has("indicators.periodsMessage"), Ui.DEFAULT_TIMEOUT);
        assertEquals("”2025-H3” är ingen period. Skriv ett år (2024), ett halvår (2024-H1), ett kvartal (2024-Q3) "
                + "eller ett tertial (2024-T2).", window.textOf("indicators.periodsMessage"));
        window.clickLink("project.contents.Indikatorer");
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "project-indicator-refused.png"));
        assertTrue(named(indicators, row.id()).periods().isEmpty(), "nothing written");

        // Two periods, each with target and outcome; a number typed wrongly is refused the same way.
        period(0, "2025-H1", "10", "14");
        period(1, "2025-H2", "20", "17,5");
        window.ui().run(() -> section().editPeriod(1, 2));
        enter("indicators.edit.outcome", "sjutton");
        window.ui().waitUntil("the message", () -> window.has("indicators.periodsMessage"), Ui.DEFAULT_TIMEOUT);
        assertEquals("”sjutton” är inget tal. Skriv siffror med decimalkomma, t.ex. 1 250 eller 12,5.",
                window.textOf("indicators.periodsMessage"));
        Indicator written = named(indicators, row.id());
        assertEquals(List.of("2025-H1", "2025-H2"), written.periods().stream().map(Period::label).toList());
        assertEquals(0, new BigDecimal("17.5").compareTo(written.periods().get(1).outcome()), "17,5 kept");
        List<List<String>> periods = window.tableRows("indicators.periods");
        assertEquals(List.of("2025-H1", "10", "14", "+4", "Ja", ""), periods.get(0));
        assertEquals(List.of("2025-H2", "20", "17,50", "\u22122,50", "Nej", ""), periods.get(1));
        // "Ja" is drawn green and "Nej" red, not in the table's black (GTK ignores a cell's colour in an editable
        // table unless the section draws it): the pixels of the cells, from the screen.
        // Read until painted: right after the page scrolls to the table the cell may not be drawn yet (a busy
        // machine's CI run read "Nej" before it was painted).
        window.ui().waitUntil("'Ja' drawn green", () -> drawnIn(0, 4, 0, 100, 0), Ui.DEFAULT_TIMEOUT);
        window.ui().waitUntil("'Nej' drawn red", () -> drawnIn(1, 4, 100, 0, 0), Ui.DEFAULT_TIMEOUT);

        // The contact chosen (the last of the county's people, found in the picker) and saved with the page.
        List<Person> people = inventory.people();
        String contact = Labels.name(people.get(people.size() - 1));
        window.clickButton("inventory.editor.contact.choose");
        app.pick("Välj kontaktperson", contact);
        window.clickButtonAndWait("inventory.editor.save");
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "project-page.png"));

        // Closed and opened again: the indicator, its periods and the contact as saved.
        app.closeRecordPages(row.id());
        open(row.title());
        window.awaitRows("indicators.table");
        assertEquals(List.of(NAME, "antal", "12"), window.tableRows("indicators.table").get(before));
        window.selectRow("indicators.table", NAME);
        window.awaitRows("indicators.periods");
        assertEquals(List.of("2025-H1", "10", "14", "+4", "Ja", ""), window.tableRows("indicators.periods").get(0));
        assertEquals(contact, window.textOf("inventory.editor.contact.chosen"));
        LocalProject saved = inventory.project(row.id()).orElseThrow();
        assertTrue(saved.getContact() != null && contact.startsWith(saved.getContact().getFirstName()));

        // The budget section: per year the budget sheet's totals, as the budget page shows them.
        ProjectBudgetYears years = ProjectBudgetYears.of(ApplicationDriver.service(BudgetService.class)
                .budget(row.id()));
        assertFalse(years.isEmpty());
        List<List<String>> expected = new ArrayList<>();
        for (YearTotals year : years.years()) {
            expected.add(amounts(String.valueOf(year.year()), year));
        }
        expected.add(amounts("Totalt", years.total()));
        assertEquals(expected, window.tableRows("project.budget"));
        assertTrue(expected.get(0).get(1).endsWith("\u00a0kr"), expected.toString());
        // The budget's rows came after the page was laid out: the page still scrolls to its last row.
        assertEquals(0, window.pixelsBeyondTheEnd("inventory.editor"), "the page scrolls to its end");
        window.clickLink("project.contents.Budget");
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "project-page-budget.png"));
        // The page closed and the start page chosen, so that the next test's "Lokala projekt" brings the list.
        app.closeRecordPages(row.id());
        window.selectRow("navigation.areas", "Start");
    }

    private static void open(String title) {
        window.selectRow("navigation.areas", "Lokala projekt");
        window.type("inventory.list.filter", title);
        window.openRow("inventory.list", title);
        window.ui().waitUntil("the project's page", () -> window.has("indicators.table"), Ui.DEFAULT_TIMEOUT);
    }

    /** Types a new period in the last row, then its target and outcome in place. */
    private static void period(int row, String label, String target, String outcome) {
        window.clickButton("indicators.addPeriod");
        enter("indicators.edit.period", label);
        window.awaitRows("indicators.periods");
        window.ui().waitUntil("the period " + label, () -> window.tableColumn("indicators.periods").contains(label),
                Ui.DEFAULT_TIMEOUT);
        window.ui().run(() -> section().editPeriod(row, 1));
        enter("indicators.edit.target", target);
        window.awaitRows("indicators.periods");
        window.ui().run(() -> section().editPeriod(row, 2));
        enter("indicators.edit.outcome", outcome);
        window.awaitRows("indicators.periods");
        window.ui().waitUntil("the outcome of " + label,
                () -> !window.tableRows("indicators.periods").get(row).get(2).isEmpty(), Ui.DEFAULT_TIMEOUT);
    }

    /** Types into a cell editor, presses Enter and waits while the change is written and read back. */
    private static void enter(String editor, String text) {
        window.type(editor, text);
        window.ui().run(() -> window.find(editor, Text.class).notifyListeners(SWT.DefaultSelection, new Event()));
        window.awaitRows("indicators.table");
    }

    private static IndicatorsSection section() {
        return window.ui().get(() -> (IndicatorsSection) window.find("indicators.table", Table.class)
                .getData(IndicatorsSection.class.getName()));
    }

    private static Indicator named(IndicatorService indicators, String projectId) {
        try {
            return indicators.indicators(projectId).indicators().stream().filter(i -> NAME.equals(i.name()))
                    .findFirst().orElse(null);
        } catch (se.samverka.inventory.IndicatorException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> amounts(String first, YearTotals totals) {
        return List.of(first, Amounts.format(totals.income().planned(), SV),
                Amounts.format(totals.income().actual(), SV), Amounts.format(totals.expenses().planned(), SV),
                Amounts.format(totals.expenses().actual(), SV), Amounts.format(totals.result().planned(), SV),
                Amounts.format(totals.result().actual(), SV));
    }

    private static String last(List<String> list) {
        return list.get(list.size() - 1);
    }

    /**
     * True when the text of a cell of the periods table is drawn, somewhere, in a colour near {@code (r, g, b)}
     * (strongly that colour: its own channel(s) at least 100, the others below 60).
     */
    private boolean drawnIn(int row, int column, int red, int green, int blue) {
        return window.ui().get(() -> {
            org.eclipse.swt.widgets.Table table = window.find("indicators.periods", org.eclipse.swt.widgets.Table.class);
            table.deselectAll();
            table.setFocus();
            table.showItem(table.getItem(row));
            // On the screen, so that its pixels can be read: the page scrolled to the table.
            for (org.eclipse.swt.widgets.Composite parent = table.getParent(); parent != null; parent = parent
                    .getParent()) {
                if (parent instanceof org.eclipse.swt.custom.ScrolledComposite scrolled) {
                    scrolled.showControl(table);
                    break;
                }
            }
            table.redraw();
            table.update();
            org.eclipse.swt.graphics.Rectangle cell = table.getItem(row).getBounds(column);
            org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(table.getDisplay(),
                    cell.width, cell.height);
            org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(table);
            try {
                gc.copyArea(image, cell.x, cell.y);
                org.eclipse.swt.graphics.ImageData data = image.getImageData();
                for (int y = 0; y < data.height; y++) {
                    for (int x = 0; x < data.width; x++) {
                        org.eclipse.swt.graphics.RGB rgb = data.palette.getRGB(data.getPixel(x, y));
                        if (near(rgb.red, red) && near(rgb.green, green) && near(rgb.blue, blue)) {
                            return true;
                        }
                    }
                }
                return false;
            } finally {
                gc.dispose();
                image.dispose();
            }
        });
    }

    private static boolean near(int channel, int wanted) {
        return wanted == 0 ? channel < 60 : channel >= wanted;
    }
}
