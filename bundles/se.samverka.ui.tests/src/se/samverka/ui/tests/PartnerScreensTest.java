package se.samverka.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import se.samverka.inventory.InventoryService;
import se.samverka.model.LocalProject;
import se.samverka.model.Organisation;
import se.samverka.model.ProjectStatus;
import se.samverka.model.ProjectStatusChange;
import se.samverka.testing.ui.ApplicationDriver;
import se.samverka.testing.ui.Ui;
import se.samverka.testing.ui.WindowDriver;
import se.samverka.testing.ui.WindowTest;

/**
 * A project's partner organisations and status history on its page in the real window (partners job): a demo
 * project gets a partner organisation made in place (a blank name refused in the dialog) and a new status with a
 * note; after the save and a reopening of the page, the partner is in its list and the change heads its history.
 */
@Order(3) // before the sync tests: on a laptop that has not synced, as county staff sees it
class PartnerScreensTest extends WindowTest {

    private static final String PARTNER = "Trygghetsrådet i Testbyn";
    private static final String NOTE = "Startmöte med skolan och polisen hållet";

    @BeforeAll
    static void attach() {
        assumeSwedishWindow();
    }

    @Test
    void aPartnerMadeInPlaceAndAStatusChangeWithANoteAreShownAfterReopening() throws Exception {
        InventoryService inventory = ApplicationDriver.service(InventoryService.class);
        List<LocalProject> projects = inventory.projects();
        // A planned project with a title of its own, so that the list's filter finds it alone.
        LocalProject project = projects.stream().filter(p -> p.getStatus() == ProjectStatus.PLANNED)
                .filter(p -> projects.stream().filter(o -> o.getTitle().contains(p.getTitle())).count() == 1)
                .findFirst().orElseThrow();
        String title = project.getTitle();

        open(title);
        List<List<String>> history = window.tableRows("inventory.editor.statusHistory");
        assertEquals("Planerat", history.get(0).get(1), "the demo's history, newest first: " + history);
        assertEquals("Idé", history.get(history.size() - 1).get(1));
        List<String> partnersBefore = window.tableColumn("inventory.editor.partnerOrganisations.chosen");
        assertFalse(partnersBefore.isEmpty(), "the demo project's partner organisations");

        // A new organisation made in place: a blank name is refused where the user looks, then one is typed.
        window.clickButton("inventory.editor.partnerOrganisations.new");
        WindowDriver dialog = app.waitForWindow("Ny organisation");
        dialog.clickButton("OK");
        assertEquals("Skriv organisationens namn.", dialog.errorMessage());
        dialog.type("organisation.name", PARTNER);
        dialog.clickButton("OK");
        window.ui().waitUntil("the dialog closed", () -> !dialog.isOpen(), Ui.DEFAULT_TIMEOUT);
        assertTrue(window.tableColumn("inventory.editor.partnerOrganisations.chosen").contains(PARTNER));

        // The status changed, with a note on why.
        window.chooseItem("inventory.editor.status", "Pågår");
        window.type("inventory.editor.statusNote", NOTE);
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "project-partners-editing.png"));
        window.clickButtonAndWait("inventory.editor.save");
        assertTrue(window.textOf("inventory.editor.message").startsWith("Sparat"),
                window.textOf("inventory.editor.message"));

        // Closed and opened again: read anew from the database.
        // Found by the record it shows: a tab's label is cut at 40 characters, and the demo's first planned project
        // (which one depends on the day) may have a longer title.
        assertEquals(1, app.recordPages(project.getId()).size(), "the project's page is open");
        app.closeRecordPages(project.getId());
        open(title);
        List<String> partners = window.tableColumn("inventory.editor.partnerOrganisations.chosen");
        assertTrue(partners.contains(PARTNER) && partners.containsAll(partnersBefore), partners.toString());
        List<String> newest = window.tableRows("inventory.editor.statusHistory").get(0);
        assertEquals(List.of(LocalDate.now().toString(), "Pågår", NOTE), newest.subList(0, 3), newest.toString());
        assertFalse(newest.get(3).isBlank(), "who changed it");
        assertEquals("", window.textOf("inventory.editor.statusNote"), "the note went with the change");
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "project-partners.png"));
        // Scrolled down to the history, as the user would to read it.
        window.scrollTo("inventory.editor.statusHistory");
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "project-status-history.png"));

        LocalProject saved = inventory.project(project.getId()).orElseThrow();
        assertTrue(saved.getPartnerOrganisations().stream().map(Organisation::getName).anyMatch(PARTNER::equals));
        ProjectStatusChange last = saved.getStatusHistory().get(saved.getStatusHistory().size() - 1);
        assertEquals(ProjectStatus.ONGOING, last.getStatus());
        assertEquals(NOTE, last.getNote());
    }

    private static void open(String title) {
        window.selectRow("navigation.areas", "Lokala projekt");
        window.type("inventory.list.filter", title);
        window.openRow("inventory.list", title);
        window.ui().waitUntil("the project's page", () -> window.has("inventory.editor.statusHistory"),
                Ui.DEFAULT_TIMEOUT);
    }
}
