package se.samverka.ui.inventoryalone.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import se.samverka.testing.ui.DocumentChooser;
import se.samverka.testing.ui.Ui;
import se.samverka.testing.ui.WindowDriver;
import se.samverka.testing.ui.WindowTest;

/**
 * The product installed with the inventory plugin alone (the meetings and courses plugins are not in this test
 * runtime), as issue 13 asks of its follow-up report: it "works whether or not the meetings and courses plugins are
 * installed". The courses plugin makes the Dokument menu the report's item goes into; without it the inventory's
 * {@code DocumentsMenuAddon} makes one of its own. Here the window starts on the demo county, shows the inventory's
 * areas and its start-page card, and the county programme's final report is made through the menu and read back.
 */
class InventoryPluginAloneTest extends WindowTest {

    /** The key under which the report's command takes a chooser instead of the native file dialog. */
    private static final String CHOOSER = "se.samverka.inventory.ui.followup.chooser";

    @Test
    void onlyTheInventoryPluginIsInstalled() {
        Bundle[] bundles = FrameworkUtil.getBundle(InventoryPluginAloneTest.class).getBundleContext().getBundles();
        assertTrue(Arrays.stream(bundles).noneMatch(b -> b.getSymbolicName().startsWith("se.samverka.meetings")
                || b.getSymbolicName().startsWith("se.samverka.courses")));
        assertTrue(Arrays.stream(bundles).anyMatch(b -> b.getSymbolicName().equals("se.samverka.inventory.ui")));
    }

    @Test
    void theWindowShowsTheInventoryAreasAndItsOwnDocumentsMenu() {
        assertEquals(List.of("Start", "Lokala projekt", "Kommuner", "Länsöversikt", "Stöd till kommuner",
                "Konflikter"), window.tableColumn("navigation.areas"));
        assertEquals(List.of("Arkiv", "Redigera", "Synk", "Dokument", "Hjälp"), window.menuBar(),
                "the inventory's own Dokument menu, before Hjälp");
        assertEquals(List.of("Uppföljningsrapport …"), window.menuItems("Dokument"));
        window.selectRow("navigation.areas", "Lokala projekt");
        assertTrue(window.tableRows("inventory.list").size() >= 55);
    }

    @Test
    void theStartPageShowsTheCardOfTheInventoryPlugin() {
        window.selectRow("navigation.areas", "Start");
        window.ui().waitUntil("the inventory's card is drawn", () -> window.has("start.card.inventory.records.title"),
                Ui.DEFAULT_TIMEOUT);
        assertEquals("Kommunernas lägesbild och åtgärdsplan att åtgärda",
                window.textOf("start.card.inventory.records.title"));
    }

    @Test
    void theProgrammesFinalReportIsMadeWithoutTheOtherPlugins() throws Exception {
        DocumentChooser chooser = DocumentChooser.install(app, CHOOSER, "followup-report-alone",
                suggested -> "slutrapport.pdf");
        int year = LocalDate.now().getYear();
        window.clickMenu("Dokument", "Uppföljningsrapport …");
        WindowDriver dialog = app.waitForWindow("Uppföljningsrapport");
        dialog.choose("followup.final");
        assertEquals("Länets program (alla kommuner)", dialog.chosenItem("followup.scope"));
        dialog.type("followup.from", String.valueOf(year - 2));
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "inventory-alone-followup-dialog.png"));
        dialog.clickButton("followup.ok");
        dialog.ui().waitUntil("the dialog closed", () -> !dialog.isOpen(), Ui.DEFAULT_TIMEOUT);

        Path file = chooser.folder.resolve("slutrapport.pdf");
        DocumentChooser.awaitFile(window, file, "%PDF-", Duration.ofSeconds(90));
        assertEquals(1, chooser.asked.size());
        assertTrue(chooser.asked.get(0).startsWith("Uppföljningsrapport slutrapport Länets program")
                && chooser.asked.get(0).endsWith((year - 2) + "–" + year + ".pdf"), chooser.asked.get(0));
        String text;
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            text = new PDFTextStripper().getText(document).replaceAll("[ \\t\\r\\n]+", " ");
        }
        assertTrue(text.contains("Uppföljningsrapport – slutrapport"), text);
        assertTrue(text.contains("Länets brottsförebyggande program") && text.contains("Period: " + (year - 2) + "–"
                + year), text);
        for (String section : List.of("Projekt under perioden", "Indikatorer: mål och utfall",
                "Lagstadgade handlingar (lag 2023:196)", "Budget och utfall", "Stöd till kommuner")) {
            assertTrue(text.contains(section), section + ":\n" + text);
        }
        for (String municipality : List.of("Tierps kommun", "Heby kommun", "Östhammars kommun")) {
            assertTrue(text.contains(municipality), "the programme's report names " + municipality);
        }
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "inventory-alone.png"));
    }
}
