package se.samverka.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import se.samverka.testing.ui.Ui;
import se.samverka.testing.ui.WindowDriver;
import se.samverka.testing.ui.WindowTest;

/**
 * The municipality page, the county overview and the start page's card on the demo county, where Tierp's lägesbild is
 * due in 40 days (se.samverka.demo): the warning shows in all three; recording a new lägesbild (after a badly typed
 * date is refused in the dialog) clears the lägesbild's warning and leaves the action plan's (now older than the
 * lägesbild); recording a new action plan clears Tierp from the warnings in the page, the overview and the card.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(5)
class MunicipalityScreensTest extends WindowTest {

    private static final String TIERP = "Tierps kommun";
    private static final String CARD = "start.card.inventory.records";

    @Test
    @Order(1)
    void tierpsLägesbildIsDueOnTheStartPageTheOverviewAndItsPage() {
        window.selectRow("navigation.areas", "Start");
        window.ui().waitUntil("the card lists Tierp", () -> cardRow(TIERP) != null, Ui.DEFAULT_TIMEOUT);
        assertEquals("Kommunernas lägesbild och åtgärdsplan att åtgärda", window.textOf(CARD + ".title"));
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "start-page-records-card.png"));

        window.selectRow("navigation.areas", "Länsöversikt");
        window.awaitRows("overview.matrix");
        List<String> tierp = row("overview.matrix", TIERP);
        String due = LocalDate.now().minusYears(2).plusDays(40).toString();
        assertEquals(due + " · Förnyas snart", tierp.get(1), "the lägesbild's date and state, in words");
        assertTrue(row("overview.matrix", "Knivsta kommun").get(2).equals("Saknas"), "Knivsta has no action plan");
        assertTrue(row("overview.matrix", "Älvkarleby kommun").get(1).endsWith("Försenad"));
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "county-overview.png"));

        window.selectRow("navigation.areas", "Kommuner");
        List<String> listed = row("municipalities.list", TIERP);
        // The name column holds its longest name ("Östhammars kommun") whole.
        int[] nameWidths = window.ui().get(() -> {
            org.eclipse.swt.widgets.Table list = window.find("municipalities.list", org.eclipse.swt.widgets.Table.class);
            org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(list);
            try {
                int widest = 0;
                for (org.eclipse.swt.widgets.TableItem item : list.getItems()) {
                    widest = Math.max(widest, gc.textExtent(item.getText(0)).x);
                }
                return new int[] { widest, list.getColumn(0).getWidth() };
            } finally {
                gc.dispose();
            }
        });
        assertTrue(nameWidths[1] >= nameWidths[0] + 12, "the name column (" + nameWidths[1]
                + " px) holds the longest name (" + nameWidths[0] + " px) with its padding");
        assertEquals("Varning", listed.get(1));
        assertEquals("Ta fram en ny lägesbild senast " + LocalDate.now().plusDays(40) + ".", listed.get(2));
        window.openRow("municipalities.list", TIERP);
        window.ui().waitUntil("Tierp's page opens", () -> app.openParts().contains(TIERP), Ui.DEFAULT_TIMEOUT);
        awaitPage();
        assertEquals("Förnyas snart", window.textOf("municipality.state.SITUATION_PICTURE").strip());
        assertTrue(window.has("municipality.finding.SITUATION_PICTURE"));
        // The county's support to Tierp (the demo's 2020 round) stands on its page, between records and projects.
        List<String> support = window.tableRows("municipality.support").get(0);
        assertEquals(List.of("2020", "Stöd till lokal resurs"), support.subList(0, 2), support.toString());
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "municipality-page-due.png"));
    }

    @Test
    @Order(2)
    void aNewLägesbildAndActionPlanClearTierpsWarningEverywhere() {
        window.clickButton("municipality.new.SITUATION_PICTURE");
        WindowDriver dialog = app.waitForWindow("Ny lägesbild");
        dialog.type("municipality.newRecord.adoptedOn", "14/3 2026");
        dialog.clickButton("municipality.newRecord.ok");
        dialog.ui().waitUntil("the bad date is refused", () -> dialog.errorMessage() != null, Ui.DEFAULT_TIMEOUT);
        assertTrue(dialog.errorMessage().contains("ÅÅÅÅ-MM-DD"), dialog.errorMessage());
        assertTrue(dialog.isOpen(), "the dialog stays open with what was typed");
        String title = dialog.textOf("municipality.newRecord.title");
        dialog.type("municipality.newRecord.adoptedOn", LocalDate.now().toString());
        dialog.type("municipality.newRecord.documentLink", "https://www.tierp.se/lagesbild.pdf");
        dialog.clickButton("municipality.newRecord.ok");
        dialog.ui().waitUntil("the dialog closed", () -> !dialog.isOpen(), Ui.DEFAULT_TIMEOUT);

        window.ui().waitUntil("the lägesbild is current", () -> "Aktuell".equals(
                window.textOf("municipality.state.SITUATION_PICTURE").strip()), Ui.DEFAULT_TIMEOUT);
        awaitPage();
        assertEquals(title, window.tableRows("municipality.records.SITUATION_PICTURE").get(0).get(2),
                "the new lägesbild first");
        assertFalse(window.has("municipality.finding.SITUATION_PICTURE"));
        assertEquals("Äldre än lägesbilden", window.textOf("municipality.state.ACTION_PLAN").strip(),
                "the old action plan is not based on the new lägesbild");

        window.clickButton("municipality.new.ACTION_PLAN");
        WindowDriver plan = app.waitForWindow("Ny åtgärdsplan");
        plan.clickButton("municipality.newRecord.ok");
        plan.ui().waitUntil("the dialog closed", () -> !plan.isOpen(), Ui.DEFAULT_TIMEOUT);
        window.ui().waitUntil("Tierp is in order", () -> window.has("municipality.finding.OK"), Ui.DEFAULT_TIMEOUT);
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "municipality-page-in-order.png"));

        window.selectRow("navigation.areas", "Kommuner");
        window.ui().waitUntil("the list says Tierp is in order",
                () -> row("municipalities.list", TIERP).get(1).equals("I ordning"), Ui.DEFAULT_TIMEOUT);
        window.selectRow("navigation.areas", "Länsöversikt");
        window.ui().waitUntil("the overview shows Tierp's lägesbild as current", () -> row("overview.matrix", TIERP)
                .get(1).equals(LocalDate.now() + " · Aktuell"), Ui.DEFAULT_TIMEOUT);
        assertEquals(LocalDate.now() + " · Aktuell", row("overview.matrix", TIERP).get(2));
        window.selectRow("navigation.areas", "Start");
        window.ui().waitUntil("the card no longer lists Tierp",
                () -> window.has(CARD + ".0") && cardRow(TIERP) == null, Ui.DEFAULT_TIMEOUT);
        assertTrue(cardRow("Älvkarleby kommun") != null, "the others are still listed");
    }

    /** Waits while the open municipality page reads itself. */
    private static void awaitPage() {
        window.awaitRows("municipality.page");
    }

    private static List<String> row(String table, String firstCell) {
        return window.tableRows(table).stream().filter(r -> r.get(0).equals(firstCell)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + firstCell + " in " + table));
    }

    /** The id of the card's row naming {@code text}, or null. */
    private static String cardRow(String text) {
        for (int i = 0; window.has(CARD + "." + i); i++) {
            if (window.textOf(CARD + "." + i).equals(text)) {
                return CARD + "." + i;
            }
        }
        return null;
    }
}
