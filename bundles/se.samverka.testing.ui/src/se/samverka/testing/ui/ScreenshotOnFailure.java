package se.samverka.testing.ui;

import java.nio.file.Path;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Saves a screenshot when a UI test fails, as {@code <folder>/<TestClass>.<test>.png}. The folder is the system
 * property {@code samverka.screenshots}, else {@code target/screenshots}. Use with
 * {@code @ExtendWith(ScreenshotOnFailure.class)}.
 */
public class ScreenshotOnFailure implements TestWatcher {

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        ApplicationDriver application = ApplicationDriver.current().orElse(null);
        if (application == null || application.ui().display().isDisposed()) {
            return;
        }
        Path folder = Path.of(System.getProperty("samverka.screenshots", "target/screenshots"));
        String name = context.getRequiredTestClass().getSimpleName() + "." + context.getDisplayName()
                .replaceAll("[^\\p{Alnum}._-]+", "_") + ".png";
        try {
            Path saved = application.screenshot(folder.resolve(name));
            System.err.println("Screenshot of the failed test: " + saved);
        } catch (RuntimeException e) {
            System.err.println("No screenshot of the failed test: " + e);
        }
    }
}
