package se.samverka.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import se.samverka.model.LocalProject;
import se.samverka.store.LocalStore;
import se.samverka.testing.ui.DocumentChooser;
import se.samverka.testing.ui.ApplicationDriver;
import se.samverka.testing.ui.Ui;
import se.samverka.testing.ui.WindowDriver;
import se.samverka.testing.ui.WindowTest;

/**
 * Dokument → Uppföljningsrapport … in the real window (issue 13, item 6): the dialog refuses a year that is not one
 * where the user looks and keeps what was typed; Tierp's interim report for last year and this is then made in a Job
 * and saved where the user chose (a chooser in the application context stands in for the native file dialog), and its
 * text, read back, names Tierp's projects of those years and none of Heby's.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(3) // before the sync tests: on a laptop that has not synced, as county staff sees it
class FollowUpScreensTest extends WindowTest {

    private static final String CHOOSER = "se.samverka.inventory.ui.followup.chooser";

    private static DocumentChooser chooser;

    @BeforeAll
    static void attach() throws Exception {
        chooser = DocumentChooser.install(app, CHOOSER, "followup-report", suggested -> "uppfoljningsrapport.pdf");
    }

    @Test
    @Order(1)
    void tierpsInterimReportIsMadeThroughTheWindowAndReadBack() throws Exception {
        int year = LocalDate.now().getYear();
        window.clickMenu("Dokument", "Uppföljningsrapport …");
        WindowDriver dialog = app.waitForWindow("Uppföljningsrapport");
        dialog.chooseItem("followup.scope", "Tierps kommun");
        dialog.type("followup.from", "20x5");
        dialog.clickButton("followup.ok");
        dialog.ui().waitUntil("the bad year is refused", () -> dialog.errorMessage() != null, Ui.DEFAULT_TIMEOUT);
        assertTrue(dialog.errorMessage().contains("20x5") && dialog.errorMessage().contains("inget år"),
                dialog.errorMessage());
        assertTrue(dialog.isOpen(), "the dialog stays open with what was typed");
        assertEquals("Tierps kommun", dialog.chosenItem("followup.scope"));
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "followup-dialog-refused.png"));
        dialog.type("followup.from", String.valueOf(year + 1));
        dialog.clickButton("followup.ok");
        dialog.ui().waitUntil("the backward period is refused",
                () -> dialog.errorMessage() != null && dialog.errorMessage().contains("före den börjar"),
                Ui.DEFAULT_TIMEOUT);
        dialog.type("followup.from", String.valueOf(year - 1));
        dialog.clickButton("followup.ok");
        dialog.ui().waitUntil("the dialog closed", () -> !dialog.isOpen(), Ui.DEFAULT_TIMEOUT);

        Path file = chooser.folder.resolve("uppfoljningsrapport.pdf");
        DocumentChooser.awaitFile(window, file, "%PDF-", Duration.ofSeconds(90));
        assertEquals(List.of("Uppföljningsrapport delrapport Tierps kommun " + (year - 1) + "–" + year + ".pdf"),
                chooser.asked);
        String text;
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            text = new PDFTextStripper().getText(document).replaceAll("[ \\t\\r\\n]+", " ");
        }
        assertTrue(text.contains("Uppföljningsrapport – delrapport"), text);
        assertTrue(text.contains("Tierps kommun") && text.contains("Period: " + (year - 1) + "–" + year), text);
        for (String section : List.of("Projekt under perioden", "Indikatorer: mål och utfall",
                "Lagstadgade handlingar (lag 2023:196)", "Budget och utfall", "Stöd till kommuner")) {
            assertTrue(text.contains(section), section + ":\n" + text);
        }
        LocalStore store = ApplicationDriver.service(LocalStore.class);
        List<LocalProject> tierp = projects(store, "Tierps kommun", year);
        assertFalse(tierp.isEmpty(), "the demo county's Tierp has projects last year or this");
        for (LocalProject project : tierp) {
            assertTrue(text.contains(project.getTitle()), "Tierp's report names " + project.getTitle());
        }
        for (LocalProject project : projects(store, "Heby kommun", year)) {
            assertFalse(text.contains(project.getTitle()), "Tierp's report names Heby's " + project.getTitle());
        }
    }

    /** A municipality's projects whose dates overlap last year and this, with a title of their own. */
    private static List<LocalProject> projects(LocalStore store, String municipality, int year) {
        List<LocalProject> all = store.findAll(LocalProject.class);
        return all.stream().filter(p -> p.getMunicipality() != null
                && municipality.equals(p.getMunicipality().getName()) && p.getStartsOn() != null)
                .filter(p -> day(p.getStartsOn()).getYear() <= year
                        && (p.getEndsOn() == null || day(p.getEndsOn()).getYear() >= year - 1))
                .filter(p -> all.stream().filter(o -> o != p).noneMatch(o -> o.getTitle().contains(p.getTitle())
                        || p.getTitle().contains(o.getTitle())))
                .toList();
    }

    private static LocalDate day(java.util.Date date) {
        return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }
}
