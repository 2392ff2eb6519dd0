package se.samverka.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import se.samverka.inventory.InventoryService;
import se.samverka.model.LocalProject;
import se.samverka.model.Person;
import se.samverka.model.ProjectStatus;
import se.samverka.model.rules.Labels;
import se.samverka.testing.ui.ApplicationDriver;
import se.samverka.testing.ui.Ui;
import se.samverka.testing.ui.WindowDriver;
import se.samverka.testing.ui.WindowTest;

/**
 * A project's contact person on its page in the real window (partners job), among the county's hundreds of people:
 * another person found by typing in the picker and undone; a contact who is not in the register made in place (a
 * nameless one refused in the dialog), saved with the project and in the register after; then cleared and saved.
 */
@Order(3) // before the sync tests: on a laptop that has not synced, as county staff sees it
class ContactScreensTest extends WindowTest {

    private static final String CHOSEN = "inventory.editor.contact.chosen";

    @BeforeAll
    static void attach() {
        assumeSwedishWindow();
    }

    @Test
    void aContactIsFoundByTypingMadeInPlaceSavedWithTheProjectAndCleared() throws Exception {
        InventoryService inventory = ApplicationDriver.service(InventoryService.class);
        List<LocalProject> projects = inventory.projects();
        // An ongoing project with a contact and a title of its own (PartnerScreensTest takes a planned one).
        LocalProject project = projects.stream().filter(p -> p.getStatus() == ProjectStatus.ONGOING)
                .filter(p -> p.getContact() != null)
                .filter(p -> projects.stream().filter(o -> o.getTitle().contains(p.getTitle())).count() == 1)
                .findFirst().orElseThrow();
        Person before = project.getContact();
        List<Person> people = inventory.people();
        Person other = people.stream().filter(p -> !p.getId().equals(before.getId()) && p.getOrganisation() != null)
                .filter(p -> people.stream().filter(o -> Labels.name(o).equals(Labels.name(p))).count() == 1)
                .findFirst().orElseThrow();

        app.closeRecordPages(project.getId()); // as another test may have left it, scrolled down
        open(project.getTitle());
        assertEquals(Labels.name(before), window.textOf(CHOSEN), "the contact by name and organisation");

        // Another person, found among them all by typing part of the name.
        window.clickButton("inventory.editor.contact.choose");
        WindowDriver picker = app.waitForWindow("Välj kontaktperson");
        picker.awaitRows("picker.list");
        int everyone = picker.tableColumn("picker.list").size();
        assertTrue(everyone > 100, "the county's people to choose among: " + everyone);
        picker.type("picker.filter", other.getFirstName() + " " + other.getLastName());
        List<String> found = picker.tableColumn("picker.list");
        assertTrue(found.contains(Labels.name(other)) && found.size() < everyone, found.toString());
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "project-contact-picker.png"));
        picker.selectRow("picker.list", Labels.name(other));
        assertEquals("Välj", picker.textOf("picker.ok"), "one is chosen, not added");
        picker.clickButton("picker.ok");
        window.ui().waitUntil("the picker closed", () -> !picker.isOpen(), Ui.DEFAULT_TIMEOUT);
        assertEquals(Labels.name(other), window.textOf(CHOSEN));
        assertTrue(dirty(project), "an unsaved change: " + app.openParts());

        window.clickMenu("Redigera", "Ångra");
        assertEquals(Labels.name(before), window.textOf(CHOSEN), "undone");
        assertFalse(dirty(project), "clean again after undo: " + app.openParts());

        // From the keyboard: a letter typed in the field opens the picker with the search begun; cancelled, no change.
        window.pressKey(CHOSEN, 'h');
        WindowDriver typed = app.waitForWindow("Välj kontaktperson");
        assertEquals("h", typed.textOf("picker.filter"));
        typed.clickButton("Avbryt");
        window.ui().waitUntil("the picker closed", () -> !typed.isOpen(), Ui.DEFAULT_TIMEOUT);
        assertEquals(Labels.name(before), window.textOf(CHOSEN), "cancelled");
        assertFalse(dirty(project), "nothing changed: " + app.openParts());

        // Someone not in the register: a name is required, then the person is made and becomes the contact.
        window.clickButton("inventory.editor.contact.new");
        WindowDriver person = app.waitForWindow("Ny kontaktperson");
        person.clickButton("OK");
        assertEquals("Skriv både förnamn och efternamn.", person.errorMessage(), "a name is required");
        person.type("person.firstName", "Märta");
        person.type("person.lastName", "Åkesson-Öhrn");
        person.clickButton("OK");
        window.ui().waitUntil("the dialog closed", () -> !person.isOpen(), Ui.DEFAULT_TIMEOUT);
        assertEquals("Märta Åkesson-Öhrn", window.textOf(CHOSEN));
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "project-contact-new.png"));
        window.clickButtonAndWait("inventory.editor.save");
        assertTrue(window.textOf("inventory.editor.message").startsWith("Sparat"),
                window.textOf("inventory.editor.message"));

        Person made = inventory.project(project.getId()).orElseThrow().getContact();
        assertEquals("Märta Åkesson-Öhrn", made.getFirstName() + " " + made.getLastName());
        assertTrue(inventory.people().stream().anyMatch(p -> p.getId().equals(made.getId())),
                "the new person is in the county's register");

        // Cleared, and saved without a contact; read anew when the page is opened again.
        window.clickButton("inventory.editor.contact.clear");
        assertEquals("", window.textOf(CHOSEN));
        window.clickButtonAndWait("inventory.editor.save");
        assertNull(inventory.project(project.getId()).orElseThrow().getContact());
        app.closeRecordPages(project.getId());
        open(project.getTitle());
        assertEquals("", window.textOf(CHOSEN));
        app.closeRecordPages(project.getId());
        window.type("inventory.list.filter", ""); // the project list as the next test expects it, unfiltered
    }

    private static boolean dirty(LocalProject project) {
        return window.ui().get(() -> app.recordPages(project.getId()).stream().anyMatch(MPart::isDirty));
    }

    private static void open(String title) {
        window.selectRow("navigation.areas", "Lokala projekt");
        window.type("inventory.list.filter", title);
        window.openRow("inventory.list", title);
        window.ui().waitUntil("the project's page", () -> window.has(CHOSEN), Ui.DEFAULT_TIMEOUT);
    }
}
