package se.samverka.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import se.samverka.testing.ui.ApplicationDriver;
import se.samverka.testing.ui.ScreenshotOnFailure;
import se.samverka.testing.ui.Ui;
import se.samverka.testing.ui.WindowDriver;

/**
 * Runs in the second start of the application (in English, on the same data folder): what
 * {@link PluginScreensTest} saved in the first start is still there.
 */
@ExtendWith(ScreenshotOnFailure.class)
@Order(2)
class SavedAcrossRestartTest {

    private static WindowDriver window;

    @BeforeAll
    static void attach() {
        window = ApplicationDriver.attach(Ui.DEFAULT_TIMEOUT).mainWindow();
    }

    /** Remembers, for the second start, which project the first start changed. */
    static void remember(String project) {
        try {
            Files.writeString(memory(), project);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Path memory() {
        return Path.of(System.getProperty("samverka.test.data")).resolveSibling("changed-project.txt");
    }

    @Test
    void theRenamedMeetingIsSaved() {
        window.selectRow("navigation.areas", "Meetings");
        window.type("meetings.list.filter", PluginScreensTest.RENAMED_MEETING);
        List<List<String>> rows = window.tableRows("meetings.list");
        assertTrue(rows.stream().anyMatch(row -> row.get(3).equals(PluginScreensTest.RENAMED_MEETING)),
                rows.toString());
    }

    @Test
    void theRaisedCapacityIsSaved() {
        window.selectRow("navigation.areas", "Courses");
        String raised = PluginScreensTest.RAISED_CAPACITY;
        assertTrue(window.tableRows("courses.list").stream()
                .anyMatch(row -> row.get(4).equals(raised + " of " + raised)), "filled from the waitlist");
    }

    @Test
    void theAddedFocusAreaIsSaved() throws IOException {
        String project = Files.readString(memory());
        window.selectRow("navigation.areas", "Local projects");
        assertTrue(window.tableRows("inventory.list").stream()
                .anyMatch(row -> row.get(1).equals(project) && row.get(3).contains("ANDT")), project);
    }
}
