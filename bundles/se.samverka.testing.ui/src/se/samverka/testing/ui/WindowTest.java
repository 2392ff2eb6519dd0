package se.samverka.testing.ui;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that drives the running application's main window: before its tests it attaches to the application
 * ({@link #app}) and its window ({@link #window}), and a failed test leaves a screenshot ({@link ScreenshotOnFailure}).
 * A test class that needs more before its tests adds a {@code @BeforeAll} of its own, which runs after this one.
 */
@ExtendWith(ScreenshotOnFailure.class)
public abstract class WindowTest {

    /** The application under test. */
    protected static ApplicationDriver app;
    /** Its main window. */
    protected static WindowDriver window;

    @BeforeAll
    public static void attachToTheWindow() {
        app = ApplicationDriver.attach(Ui.DEFAULT_TIMEOUT);
        window = app.mainWindow();
    }

    /**
     * Skips the test class in a window that is not in Swedish: tests that check the Swedish window's words do not run
     * in the English run ({@code -nl en}), should a test filter pick them.
     */
    protected static void assumeSwedishWindow() {
        assumeTrue(window.tableColumn("navigation.areas").contains("Lokala projekt"), "a Swedish window");
    }
}
