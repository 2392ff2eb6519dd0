package se.samverka.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import se.samverka.testing.ui.ApplicationDriver;
import se.samverka.testing.ui.ScreenshotOnFailure;
import se.samverka.testing.ui.Ui;
import se.samverka.testing.ui.WindowDriver;
import se.samverka.testing.ui.WindowDriver.TreeRow;

/**
 * The real product started with {@code -nl en} on the data folder of {@link MainWindowTest} (so it opens the database
 * that run created): every text of the window is English, the sign-in's too, and the conflicts the Swedish run left
 * read in English with dates as the window writes them.
 */
@ExtendWith(ScreenshotOnFailure.class)
@Order(1)
class EnglishLocaleTest {

    @Test
    void theWindowSpeaksEnglish() throws Exception {
        ApplicationDriver app = ApplicationDriver.attach(Ui.DEFAULT_TIMEOUT);
        WindowDriver window = app.mainWindow();

        assertEquals("Samverka", window.title());
        assertEquals(List.of("File", "Edit", "Sync", "Documents", "Help"), window.menuBar());
        assertEquals(List.of("New meeting series …", "Save", "Verify certificate …", "Preferences…", "Exit"), window.menuItems("File"));
        assertEquals(List.of("Undo", "Redo"), window.menuItems("Edit"));
        assertEquals(List.of("Home", "Meetings", "Groups", "My action items", "Courses", "Local projects",
                "Municipalities", "County overview", "Support to municipalities", "Testområde", "Conflicts"),
                window.tableColumn("navigation.areas"));
        assertEquals("Welcome to Samverka", window.textOf("start.heading"));
        assertEquals("Ready", window.textOf("status.message"));

        window.clickMenu("Help", "About Samverka");
        WindowDriver about = app.waitForWindow("About Samverka");
        app.screenshot(Path.of(System.getProperty("samverka.screenshots", "target/screenshots"), "about-en.png"));
        assertTrue(about.textOf("about.version").startsWith("Version "), about.textOf("about.version"));
        assertTrue(about.has("about.dataFolder"));
        about.clickButton("Close");
        app.ui().waitUntil("the About dialog to close", () -> !about.isOpen(), Ui.DEFAULT_TIMEOUT);

        SignInDialogTest.refusesAWrongPassword(app, Locale.ENGLISH, "Sign in", "Wrong password. Please try again.");

        window.clickMenu("File", "Preferences…");
        WindowDriver preferences = app.waitForWindow("Preferences");
        assertTrue(preferences.isChosen("English"), "the language shown now is chosen");
        preferences.clickButton("Cancel");
        app.ui().waitUntil("the preferences to close", () -> !preferences.isOpen(), Ui.DEFAULT_TIMEOUT);

        // The Swedish run synced and left conflicts of a meeting and an invitation (SyncScreensTest).
        String synced = window.textOf("status.sync");
        assertTrue(synced.matches("Synced \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}( · .+)?"),
                "the sync time written as every date and time of the window: " + synced);
        window.clickMenu("Sync", "Conflicts");
        app.ui().waitUntil("the conflicts view", () -> window.has("conflicts.table") && window
                .treeRows("conflicts.table").stream().anyMatch(row -> row.cells().get(0).equals("Date and time")),
                Ui.DEFAULT_TIMEOUT);
        List<TreeRow> rows = window.treeRows("conflicts.table");
        assertTrue(rows.stream().anyMatch(row -> row.level() == 0 && row.cells().get(0).startsWith("Meeting: ")),
                rows.toString());
        assertTrue(rows.stream().anyMatch(row -> row.level() == 0 && row.cells().get(0).startsWith("Invitation: ")),
                rows.toString());
        TreeRow start = rows.stream().filter(row -> row.cells().get(0).equals("Date and time")).findFirst()
                .orElseThrow();
        for (String value : start.cells().subList(1, 3)) {
            assertTrue(value.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"), value);
        }
        assertEquals("Edited on two computers", start.cells().get(4));
        TreeRow response = rows.stream().filter(row -> row.cells().get(0).equals("Response")).findFirst()
                .orElseThrow(() -> new AssertionError(rows.toString()));
        for (String value : response.cells().subList(1, 3)) {
            assertTrue(List.of("No response", "Accepted", "Declined", "Apology").contains(value), value);
        }
        for (TreeRow row : rows) {
            assertFalse(row.cells().stream().anyMatch(cell -> cell.matches("(?s).*[0-9a-f]{8}-[0-9a-f]{4}-.*")),
                    "an id shown: " + row);
        }
        app.screenshot(Path.of(System.getProperty("samverka.screenshots", "target/screenshots"),
                "sync-conflicts-en.png"));
    }
}
