package se.samverka.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import se.samverka.model.CourseOffering;
import se.samverka.model.Person;
import se.samverka.store.LocalStore;
import se.samverka.testing.ui.ApplicationDriver;
import se.samverka.testing.ui.Ui;
import se.samverka.testing.ui.WindowDriver;
import se.samverka.testing.ui.WindowTest;

/**
 * The three plugins' screens in the real product, on the demo county loaded at the first start ({@code -demo}):
 * each list opens, sorts and filters with its count in the status line; a record opens in its editor, which
 * validates at the field, undoes, saves, and the list shows the change. {@link SavedAcrossRestartTest} checks the
 * saved changes after the application is started again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(3)
class PluginScreensTest extends WindowTest {

    /** The network's second meeting of this year (in May), renamed by the test. */
    static final String MEETING = "Nätverksträff 2 " + LocalDate.now().getYear();
    static final String RENAMED_MEETING = MEETING + " i Tierp";
    static final String RAISED_CAPACITY = "26";

    private static String originalDate;

    @Test
    @Order(1)
    void theMeetingsListShowsTheDemoCountySortsAndFiltersAsYouType() {
        window.selectRow("navigation.areas", "Möten");
        List<List<String>> rows = window.tableRows("meetings.list");
        assertTrue(rows.size() > 50, "meetings in the demo county: " + rows.size());
        assertEquals(rows.size() + " av " + rows.size() + " möten", window.textOf("status.detail"));

        window.clickColumnHeader("meetings.list", "Rubrik");
        List<String> titles = window.tableRows("meetings.list").stream().map(row -> row.get(3)).toList();
        assertEquals(titles.stream().sorted(java.text.Collator.getInstance(java.util.Locale.of("sv"))).toList(),
                titles);

        window.type("meetings.list.filter", "nätverksträff " + LocalDate.now().getYear());
        List<List<String>> filtered = window.tableRows("meetings.list");
        assertEquals(4, filtered.size(), "the network meets four times a year: " + filtered);
        assertTrue(filtered.stream().allMatch(row -> row.get(2).equals("Länsnätverket")));
        assertEquals("4 av " + rows.size() + " möten", window.textOf("status.detail"));
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "meetings-list.png"));
    }

    @Test
    @Order(2)
    void aMeetingOpensInItsEditorWhichValidatesAtTheFieldAndUndoes() {
        window.type("meetings.list.filter", MEETING);
        window.openRow("meetings.list", MEETING);
        assertTrue(app.openParts().contains(MEETING), "open: " + app.openParts());
        assertEquals(MEETING, window.textOf("meetings.editor.title"));
        assertEquals("Länsnätverket", window.chosenItem("meetings.editor.cooperationGroup"));

        window.type("meetings.editor.title", "");
        assertEquals("Rubrik måste fyllas i.", window.textOf("meetings.editor.title.problem"));
        assertTrue(app.openParts().stream().anyMatch(label -> label.startsWith("*")), "dirty: " + app.openParts());
        window.clickButtonAndWait("meetings.editor.save");
        assertEquals("Rätta felen innan du sparar.", window.textOf("meetings.editor.message"));

        window.clickMenu("Redigera", "Ångra");
        window.ui().waitUntil("the title back", () -> MEETING.equals(window.textOf("meetings.editor.title")),
                Ui.DEFAULT_TIMEOUT);
        assertFalse(window.has("meetings.editor.title.problem"));
        assertTrue(app.openParts().contains(MEETING), "clean again after undo: " + app.openParts());

        originalDate = window.textOf("meetings.editor.meetingDate");
        window.type("meetings.editor.meetingDate", "2026-13-45 09:00");
        assertTrue(window.textOf("meetings.editor.meetingDate.problem").startsWith("Skriv datumet som ÅÅÅÅ-MM-DD"));
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "meetings-editor-invalid.png"));
    }

    @Test
    @Order(3)
    void aSavedMeetingShowsInTheList() {
        window.type("meetings.editor.meetingDate", originalDate);
        assertFalse(window.has("meetings.editor.meetingDate.problem"));
        window.type("meetings.editor.title", RENAMED_MEETING);
        assertTrue(app.openParts().contains("*" + RENAMED_MEETING), "dirty: " + app.openParts());
        window.clickButtonAndWait("meetings.editor.save");
        assertTrue(app.openParts().contains(RENAMED_MEETING), "saved: " + app.openParts());
        assertTrue(window.textOf("meetings.editor.message").startsWith("Sparat"));
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "meetings-editor-saved.png"));

        window.selectRow("navigation.areas", "Möten");
        window.type("meetings.list.filter", "i tierp");
        assertTrue(window.tableRows("meetings.list").stream().anyMatch(row -> row.get(3).equals(RENAMED_MEETING)),
                "the list shows the saved title");
    }

    @Test
    @Order(4)
    void theCoursesListShowsSeatsAndWaitlistAndAnOfferingIsEdited() {
        window.selectRow("navigation.areas", "Utbildningar");
        List<List<String>> rows = window.tableRows("courses.list");
        assertTrue(rows.size() >= 12, "offerings: " + rows.size());
        List<String> full = rows.stream().filter(row -> !row.get(5).isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("no offering with a waitlist: " + rows));
        assertEquals("24 av 24", full.get(4));
        assertEquals("5", full.get(5));
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "courses-list.png"));

        window.openRow("courses.list", full.get(2));
        assertEquals("24", window.textOf("courses.editor.capacity"));
        window.type("courses.editor.capacity", "tjugosex");
        assertEquals("Skriv ett heltal.", window.textOf("courses.editor.capacity.problem"));
        window.type("courses.editor.capacity", RAISED_CAPACITY);
        window.clickButtonAndWait("courses.editor.save");
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "courses-editor.png"));

        // The two new seats go to the first two on the waitlist.
        window.selectRow("navigation.areas", "Utbildningar");
        EnrolmentScreensTest.eventually("the raised capacity filled from the waitlist", () -> window
                .tableRows("courses.list").stream().anyMatch(row -> row.get(2).equals(full.get(2))
                        && row.get(4).equals(RAISED_CAPACITY + " av " + RAISED_CAPACITY) && row.get(5).equals("3")));
    }

    @Test
    @Order(5)
    void theProjectsListFiltersByMunicipalityAndAProjectGetsAFocusArea() {
        window.selectRow("navigation.areas", "Lokala projekt");
        List<List<String>> rows = window.tableRows("inventory.list");
        assertTrue(rows.size() >= 55 && rows.size() <= 65, "projects: " + rows.size());
        window.type("inventory.list.filter", "osthammar");
        List<List<String>> osthammar = window.tableRows("inventory.list");
        assertFalse(osthammar.isEmpty());
        assertTrue(osthammar.stream().allMatch(row -> row.get(0).equals("Östhammar")), osthammar.toString());
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "inventory-list.png"));

        String project = osthammar.stream().filter(row -> !row.get(3).contains("ANDT")).map(row -> row.get(1))
                .min(Comparator.naturalOrder()).orElseThrow();
        window.openRow("inventory.list", project);
        window.clickButton("inventory.editor.focusAreas.ANDT");
        window.ui().waitUntil("the editor dirty", () -> app.openParts().stream().anyMatch(l -> l.startsWith("*")),
                Ui.DEFAULT_TIMEOUT);
        window.clickButtonAndWait("inventory.editor.save");
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "inventory-editor.png"));
        assertTrue(window.isChosen("inventory.editor.focusAreas.ANDT"));
        assertEquals(List.of(), window.chosenBoxesDrawnUnchosen(), "ticked boxes drawn without their check mark");

        window.selectRow("navigation.areas", "Lokala projekt");
        assertTrue(window.tableRows("inventory.list").stream()
                .anyMatch(row -> row.get(1).equals(project) && row.get(3).contains("ANDT")));
        SavedAcrossRestartTest.remember(project);
    }

    @Test
    @Order(6)
    void anOfferingGetsATrainerFromThePickerByPartOfTheNameAndKeepsWhatIsSaved() throws Exception {
        LocalStore store = service(LocalStore.class);
        List<CourseOffering> offerings = store.findAll(CourseOffering.class);
        CourseOffering offering = offerings.stream()
                .filter(o -> offerings.stream().filter(other -> other.getTitle().equals(o.getTitle())).count() == 1)
                .max(Comparator.comparing(CourseOffering::getTitle)).orElseThrow();
        List<String> before = offering.getTrainers().stream().map(Person::getId).toList();
        List<Person> others = store.findAll(Person.class).stream()
                .filter(p -> p.getOrganisation() != null && !before.contains(p.getId()))
                .sorted(Comparator.comparing(Person::getLastName).thenComparing(Person::getFirstName)).toList();
        Person first = others.get(0);
        Person second = others.get(others.size() - 1);
        String firstName = first.getFirstName() + " " + first.getLastName() + " ("
                + first.getOrganisation().getName() + ")";
        String secondName = second.getFirstName() + " " + second.getLastName() + " ("
                + second.getOrganisation().getName() + ")";

        window.selectRow("navigation.areas", "Utbildningar");
        window.type("courses.list.filter", "");
        window.openRow("courses.list", offering.getTitle());
        assertEquals(before.size(), window.tableColumn("courses.editor.trainers.chosen").size());

        // Part of the last name and of the first name, in lower case, finds the person among all of the county.
        window.clickButton("courses.editor.trainers.add");
        WindowDriver picker = app.waitForWindow("Lägg till utbildare");
        int everyone = picker.tableColumn("picker.list").size();
        assertTrue(everyone >= others.size() - 1, "candidates: " + everyone);
        picker.type("picker.filter", first.getLastName().substring(0, 3).toLowerCase(java.util.Locale.ROOT) + " "
                + first.getFirstName().substring(0, 2).toLowerCase(java.util.Locale.ROOT));
        List<String> found = picker.tableColumn("picker.list");
        assertTrue(found.contains(firstName), firstName + " among " + found);
        assertTrue(found.size() < everyone, "filtered: " + found.size() + " of " + everyone);
        assertEquals(found.size() + " av " + everyone, picker.textOf("picker.count"));
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "trainers-picker.png"));
        picker.openRow("picker.list", firstName);
        window.ui().waitUntil("the picker closed", () -> !picker.isOpen(), Ui.DEFAULT_TIMEOUT);
        assertTrue(window.tableColumn("courses.editor.trainers.chosen").contains(firstName));
        assertTrue(app.openParts().stream().anyMatch(label -> label.startsWith("*")), "dirty: " + app.openParts());

        // One already chosen is not offered again; the second is picked by selecting it and pressing Lägg till.
        window.clickButton("courses.editor.trainers.add");
        WindowDriver again = app.waitForWindow("Lägg till utbildare");
        assertFalse(again.tableColumn("picker.list").contains(firstName), "the chosen one is not offered again");
        again.type("picker.filter", second.getLastName());
        again.selectRow("picker.list", secondName);
        again.clickButton("picker.ok");
        window.ui().waitUntil("the picker closed", () -> !again.isOpen(), Ui.DEFAULT_TIMEOUT);
        assertEquals(before.size() + 2, window.tableColumn("courses.editor.trainers.chosen").size());

        // Removed, and back by undo.
        window.selectRow("courses.editor.trainers.chosen", secondName);
        window.clickButtonAndWait("courses.editor.trainers.remove");
        assertFalse(window.tableColumn("courses.editor.trainers.chosen").contains(secondName));
        window.clickMenu("Redigera", "Ångra");
        window.ui().waitUntil("the removed trainer back",
                () -> window.tableColumn("courses.editor.trainers.chosen").contains(secondName), Ui.DEFAULT_TIMEOUT);
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "trainers-editor.png"));

        window.clickButtonAndWait("courses.editor.save");
        window.ui().waitUntil("saved", () -> window.textOf("courses.editor.message").startsWith("Sparat"),
                Ui.DEFAULT_TIMEOUT);
        List<String> saved = store.find(CourseOffering.class, offering.getId()).orElseThrow().getTrainers().stream()
                .map(Person::getId).sorted().toList();
        List<String> expected = new java.util.ArrayList<>(before);
        expected.add(first.getId());
        expected.add(second.getId());
        assertEquals(expected.stream().sorted().toList(), saved, "the saved trainers");
    }

    private static <T> T service(Class<T> type) {
        return ApplicationDriver.service(type);
    }
}
