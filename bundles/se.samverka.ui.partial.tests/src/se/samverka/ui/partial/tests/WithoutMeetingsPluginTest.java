package se.samverka.ui.partial.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import se.samverka.testing.ui.Ui;
import se.samverka.testing.ui.WindowTest;

/**
 * The product installed without the meetings plugin (its two bundles are not in this test runtime): it starts,
 * loads the demo county, and the other two plugins work; the start page shows the card the courses plugin contributes
 * (the core names no plugin's card).
 */
class WithoutMeetingsPluginTest extends WindowTest {

    @Test
    void theMeetingsPluginIsNotInstalled() {
        Bundle[] bundles = FrameworkUtil.getBundle(WithoutMeetingsPluginTest.class).getBundleContext().getBundles();
        assertTrue(Arrays.stream(bundles).noneMatch(b -> b.getSymbolicName().startsWith("se.samverka.meetings")));
        assertTrue(Arrays.stream(bundles).anyMatch(b -> b.getSymbolicName().equals("se.samverka.courses.ui")));
    }

    @Test
    void theWindowShowsTheOtherTwoAreasAndTheyWork() {
        assertEquals(java.util.List.of("Start", "Utbildningar", "Lokala projekt", "Kommuner", "Länsöversikt",
                "Stöd till kommuner"),
                window.tableColumn("navigation.areas"));
        window.selectRow("navigation.areas", "Utbildningar");
        assertTrue(window.tableRows("courses.list").size() >= 12);
        window.selectRow("navigation.areas", "Lokala projekt");
        int projects = window.tableRows("inventory.list").size();
        assertTrue(projects >= 55, "projects: " + projects);
        assertEquals(projects + " av " + projects + " projekt", window.textOf("status.detail"));
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "without-meetings.png"));
    }

    @Test
    void theStartPageShowsTheCardOfTheCoursesPlugin() {
        window.selectRow("navigation.areas", "Start");
        window.ui().waitUntil("the courses card is drawn", () -> window.has("start.card.courses.coming.title"),
                Ui.DEFAULT_TIMEOUT);
        // The demo's offerings of the coming six weeks, or (in a quiet month) its next three.
        String title = window.textOf("start.card.courses.coming.title");
        assertTrue(title.equals("Kommande kurstillfällen")
                || title.equals("Nästa kurstillfällen (inget börjar de närmaste 6 veckorna)"), title);
    }
}
