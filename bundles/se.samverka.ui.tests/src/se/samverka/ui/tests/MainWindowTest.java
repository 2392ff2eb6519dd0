package se.samverka.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

import se.samverka.store.LocalStore;
import se.samverka.testing.ui.Ui;
import se.samverka.testing.ui.WindowDriver;
import se.samverka.testing.ui.WindowTest;

/**
 * The main window of the real Samverka product, started without {@code -nl} on a machine set up in English: it
 * must speak Swedish. The first sign-in creates the encrypted local database.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(1)
class MainWindowTest extends WindowTest {

    @AfterEach
    void closeDialogs() {
        for (String title : app.openWindowTitles()) {
            if (!title.equals(window.title())) {
                app.waitForWindow(title).close();
            }
        }
    }

    @Test
    @Order(1)
    void theWindowIsTitledSamverkaAndSpeaksSwedish() {
        assertEquals("Samverka", window.title());
        // Dokument and Verifiera intyg are the courses plugin's (its fragment), Ny mötesserie the meetings plugin's; the
        // rest is the window's own.
        assertEquals(List.of("Arkiv", "Redigera", "Synk", "Dokument", "Hjälp"), window.menuBar());
        assertEquals(List.of("Ny mötesserie …", "Spara", "Verifiera intyg …", "Inställningar…", "Avsluta"),
                window.menuItems("Arkiv"));
        assertEquals(List.of("Ångra", "Gör om"), window.menuItems("Redigera"));
        // Uppföljningsrapport is the inventory plugin's, between the courses' items and the meetings'.
        assertEquals(List.of("Närvarolista …", "Intyg …", "Uppföljningsrapport …", "Kallelse …", "Protokoll …",
                "Kalenderfil (.ics) …", "Kalenderfil (.ics) för hela serien …"), window.menuItems("Dokument"));
        assertEquals(List.of("Om Samverka"), window.menuItems("Hjälp"));
        assertEquals("Klar", window.textOf("status.message"));
    }

    @Test
    @Order(1)
    void theSignInOpenedTheEncryptedDatabase() {
        assertTrue(app.ui().get(() -> app.model().getContext().get(LocalStore.class)) != null,
                "the store is in the application context");
        assertTrue(Files.isRegularFile(dataFolder().resolve("database/store.properties")),
                "the database was created in the data folder");
    }

    @Test
    @Order(2)
    void theNavigationListsTheStartPageAndTheContributedAreas() {
        assertEquals(List.of("Start", "Möten", "Grupper", "Mina åtgärder", "Utbildningar", "Lokala projekt", "Kommuner",
                "Länsöversikt", "Stöd till kommuner", "Testområde", "Konflikter"),
                window.tableColumn("navigation.areas"));
        assertEquals("Välkommen till Samverka", window.textOf("start.heading"));
        assertTrue(window.has("start.area.se.samverka.ui.tests.area"),
                "the start page links to the contributed area");
    }

    @Test
    @Order(3)
    void choosingAnAreaOpensItsPartInTheMainArea() {
        window.selectRow("navigation.areas", "Testområde");
        app.ui().waitUntil("the test area to be shown", () -> window.has("testArea.content"), Ui.DEFAULT_TIMEOUT);
        assertEquals(TestAreaPart.CONTENT, window.textOf("testArea.content"));
        assertEquals("Öppnade Testområde", window.textOf("status.message"));

        window.selectRow("navigation.areas", "Start");
        app.ui().waitUntil("the start page to be in front", () -> window.has("start.heading"), Ui.DEFAULT_TIMEOUT);
        assertFalse(window.has("testArea.content"), "the test area is behind the start page");
        assertEquals(List.of("Start"), window.selectedRows("navigation.areas"));
    }

    @Test
    @Order(3)
    void theStartPageLinksOpenTheAreaAndTheNavigationFollows() {
        window.clickLink("start.area.se.samverka.ui.tests.area");
        app.ui().waitUntil("the test area to be shown", () -> window.has("testArea.content"), Ui.DEFAULT_TIMEOUT);
        assertEquals(List.of("Testområde"), window.selectedRows("navigation.areas"));

        window.selectRow("navigation.areas", "Start");
        app.ui().waitUntil("the start page to be in front", () -> window.has("start.heading"), Ui.DEFAULT_TIMEOUT);
    }

    @Test
    @Order(4)
    void theAboutDialogShowsVersionJavaAndDataFolder() {
        window.clickMenu("Hjälp", "Om Samverka");
        WindowDriver about = app.waitForWindow("Om Samverka");
        app.screenshot(screenshots().resolve("about-sv.png"));

        Version version = FrameworkUtil.getBundle(se.samverka.ui.SamverkaUi.class).getVersion();
        String release = version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
        assertEquals("Version " + release + " (bygge " + version.getQualifier() + ")", about.textOf("about.version"));
        assertEquals("Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")",
                about.textOf("about.java"));
        assertEquals(dataFolder().toString(), about.textOf("about.dataFolder"));

        about.clickButton("Kopiera uppgifterna");
        app.ui().waitUntil("the copy to be confirmed",
                () -> "Uppgifterna har kopierats.".equals(about.textOf("about.copied")), Ui.DEFAULT_TIMEOUT);
        about.clickButton("Stäng");
        app.ui().waitUntil("the About dialog to close", () -> !about.isOpen(), Ui.DEFAULT_TIMEOUT);
    }

    @Test
    @Order(5)
    void thePreferencesKeepTheChosenLanguageForTheNextStart() throws Exception {
        window.clickMenu("Arkiv", "Inställningar…");
        WindowDriver preferences = app.waitForWindow("Inställningar");
        app.screenshot(screenshots().resolve("preferences-sv.png"));
        assertTrue(preferences.isChosen("Svenska"), "the language shown now is chosen");
        assertEquals(dataFolder().toString(), preferences.textOf("preferences.dataFolder"));
        assertEquals("", preferences.textOf("preferences.restartNote"));

        preferences.choose("English");
        assertEquals("Det nya språket gäller nästa gång du startar Samverka.",
                preferences.textOf("preferences.restartNote"));
        preferences.clickButton("Avbryt");
        app.ui().waitUntil("the preferences to close", () -> !preferences.isOpen(), Ui.DEFAULT_TIMEOUT);
        assertEquals(null, InstanceScope.INSTANCE.getNode("se.samverka.ui").get("language", null),
                "Avbryt keeps nothing");

        window.clickMenu("Arkiv", "Inställningar…");
        WindowDriver again = app.waitForWindow("Inställningar");
        again.choose("English");
        again.clickButton("OK");
        app.ui().waitUntil("the preferences to close", () -> !again.isOpen(), Ui.DEFAULT_TIMEOUT);
        var node = InstanceScope.INSTANCE.getNode("se.samverka.ui");
        assertEquals("en", node.get("language", null));
        // The window keeps its language until the next start.
        assertEquals(List.of("Arkiv", "Redigera", "Synk", "Dokument", "Hjälp"), window.menuBar());

        // Leave the data folder as it was, so that a rerun without "clean" starts in Swedish again.
        node.remove("language");
        node.flush();
    }

    @Test
    @Order(6)
    void aScreenshotOfTheWindowCanBeTaken() {
        Path file = screenshots().resolve("main-window-sv.png");
        assertTrue(app.screenshot(file).toFile().length() > 10_000, "a screenshot with content");
    }

    private static Path screenshots() {
        return Path.of(System.getProperty("samverka.screenshots", "target/screenshots"));
    }

    private static Path dataFolder() {
        return Path.of(System.getProperty("samverka.test.data"));
    }
}
