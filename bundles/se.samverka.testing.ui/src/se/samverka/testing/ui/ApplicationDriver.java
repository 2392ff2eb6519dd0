package se.samverka.testing.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The running application, seen from a UI test: its main window, the dialogs it opens, and screenshots. Tests run
 * on their own thread; every access to widgets goes through the UI thread.
 */
public final class ApplicationDriver {

    /** Where a record page's part names its record (the application's {@code SamverkaUi.RECORD_ID}). */
    public static final String RECORD_ID = "samverka.record.id";

    /** How long a screenshot waits for the window to be painted. */
    private static final long SETTLE_MILLIS = 400;

    /** The driver of the application attached last, for screenshots of failed tests. */
    private static volatile ApplicationDriver current;

    private final Ui ui;
    private final IWorkbench workbench;

    private ApplicationDriver(Ui ui, IWorkbench workbench) {
        this.ui = ui;
        this.workbench = workbench;
    }

    /** Waits for the e4 workbench of the running application and for its main window to be shown. */
    public static ApplicationDriver attach(Duration timeout) {
        Bundle bundle = FrameworkUtil.getBundle(ApplicationDriver.class);
        ServiceTracker<IWorkbench, IWorkbench> tracker = new ServiceTracker<>(bundle.getBundleContext(),
                IWorkbench.class, null);
        tracker.open();
        try {
            IWorkbench workbench = tracker.waitForService(timeout.toMillis());
            if (workbench == null) {
                throw new AssertionError("The application did not start within " + timeout.toSeconds() + " s");
            }
            Display display = waitForDisplay(workbench, timeout);
            ApplicationDriver driver = new ApplicationDriver(new Ui(display), workbench);
            driver.ui.waitUntil("the main window to be shown", () -> driver.mainShell().map(Shell::isVisible)
                    .orElse(false), timeout);
            current = driver;
            return driver;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            tracker.close();
        }
    }

    /** Waits for a sign-in window (the one named {@code signin.dialog}) and returns it. */
    public static WindowDriver waitForSignIn(Duration timeout) {
        Ui ui = new Ui(waitForUiDisplay(timeout));
        ui.waitUntil("the sign-in window", () -> signInShell(ui.display()) != null, timeout);
        return new WindowDriver(ui, ui.get(() -> signInShell(ui.display())));
    }

    private static Shell signInShell(Display display) {
        return Arrays.stream(display.getShells()).filter(s -> !s.isDisposed() && s.isVisible()
                && "signin.dialog".equals(s.getData(WindowDriver.WIDGET_ID))).findFirst().orElse(null);
    }

    /** The display of the application's UI thread, found among the running threads. */
    private static Display waitForUiDisplay(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (Thread thread : Thread.getAllStackTraces().keySet()) {
                Display display = Display.findDisplay(thread);
                if (display != null && !display.isDisposed()) {
                    return display;
                }
            }
            Ui.sleep(50);
        }
        throw new AssertionError("The application created no display within " + timeout.toSeconds() + " s");
    }

    private static Display waitForDisplay(IWorkbench workbench, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            List<MWindow> windows = workbench.getApplication().getChildren();
            if (!windows.isEmpty() && windows.get(0).getWidget() instanceof Shell shell) {
                return shell.getDisplay();
            }
            Ui.sleep(50);
        }
        throw new AssertionError("The main window was not created within " + timeout.toSeconds() + " s");
    }

    public Ui ui() {
        return ui;
    }

    /** A service the running application registered (its local store, a plugin's service), waiting for it. */
    public static <T> T service(Class<T> type) {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(ApplicationDriver.class).getBundleContext(), type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(20_000);
            if (service == null) {
                throw new AssertionError(type.getSimpleName() + " is not registered");
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for " + type.getSimpleName(), e);
        }
    }

    /** The driver attached last, if any. */
    static Optional<ApplicationDriver> current() {
        return Optional.ofNullable(current);
    }

    public MApplication model() {
        return workbench.getApplication();
    }

    /**
     * The pages open for the record with this id (record editors, whose persisted state names it), made and in the
     * window. A page is found by its record, not by its tab's label, which is cut at 40 characters.
     */
    public List<MPart> recordPages(String recordId) {
        return ui.get(() -> model().getContext().get(EModelService.class)
                .findElements(model(), null, MPart.class, null).stream()
                .filter(part -> recordId.equals(part.getPersistedState().get(RECORD_ID)))
                .filter(part -> part.isToBeRendered() && part.getWidget() != null).toList());
    }

    /** Closes the pages of the record with this id, unsaved changes dropped, and waits until they are gone. */
    public void closeRecordPages(String recordId) {
        ui.run(() -> recordPages(recordId).forEach(part -> {
            model().getContext().get(EPartService.class).hidePart(part, true);
            part.setToBeRendered(false); // closed, whichever window's part service the application's context has
        }));
        ui.waitUntil("the pages of " + recordId + " closed", () -> recordPages(recordId).isEmpty(),
                Ui.DEFAULT_TIMEOUT);
    }

    /**
     * The parts open in the window's main area, as their tabs read: the label, with an asterisk in front when the
     * part has unsaved changes (as the tab shows it).
     */
    public List<String> openParts() {
        return ui.get(() -> {
            List<String> labels = new java.util.ArrayList<>();
            collectParts(model(), labels);
            return labels;
        });
    }

    private static void collectParts(Object element, List<String> labels) {
        if (element instanceof org.eclipse.e4.ui.model.application.ui.basic.MPart part && part.isToBeRendered()
                && part.getWidget() != null) {
            labels.add((part.isDirty() ? "*" : "") + part.getLocalizedLabel());
        }
        if (element instanceof org.eclipse.e4.ui.model.application.ui.MElementContainer<?> container) {
            for (Object child : container.getChildren()) {
                collectParts(child, labels);
            }
        }
    }

    /** The main window of the application. */
    public WindowDriver mainWindow() {
        return new WindowDriver(ui, ui.get(() -> mainShell().orElseThrow(
                () -> new AssertionError("The application has no main window"))));
    }

    /** Waits for a window or dialog with this title to open, and returns it. */
    public WindowDriver waitForWindow(String title) {
        return waitForWindow(title, Ui.DEFAULT_TIMEOUT);
    }

    public WindowDriver waitForWindow(String title, Duration timeout) {
        ui.waitUntil("a window titled '" + title + "' (open: " + openWindowTitles() + ")",
                () -> findShell(title).isPresent(), timeout);
        return new WindowDriver(ui, ui.get(() -> findShell(title).orElseThrow()));
    }

    /**
     * Answers the record picker titled {@code title} (the application's {@code RecordPicker}) with the record whose
     * name begins with {@code name}: types the name in its search, waits for the record, takes it with a double-click
     * and waits for the picker to close.
     */
    public void pick(String title, String name) {
        WindowDriver picker = waitForWindow(title);
        picker.type("picker.filter", name);
        ui.waitUntil(name + " in the picker", () -> picker.tableColumn("picker.list").stream()
                .anyMatch(label -> label.startsWith(name)), Ui.DEFAULT_TIMEOUT);
        String label = picker.tableColumn("picker.list").stream().filter(l -> l.startsWith(name)).findFirst()
                .orElseThrow();
        picker.openRow("picker.list", label);
        ui.waitUntil("the picker closed", () -> !picker.isOpen(), Ui.DEFAULT_TIMEOUT);
    }

    /** The titles of the windows that are open now. */
    public List<String> openWindowTitles() {
        return ui.get(() -> Arrays.stream(ui.display().getShells()).filter(s -> !s.isDisposed() && s.isVisible())
                .map(Shell::getText).toList());
    }

    /** Saves a picture of the whole screen as PNG and returns its path. */
    public Path screenshot(Path file) {
        return screenshot(ui, file);
    }

    static Path screenshot(Ui ui, Path file) {
        // The UI thread paints what the last action changed (a selection, a button enabled) when it is idle, and
        // GTK hands it to the X server after that: give it the time to, or the picture shows the moment before.
        Ui.sleep(SETTLE_MILLIS);
        ImageData data = ui.get(() -> {
            Display display = ui.display();
            display.update();
            Rectangle bounds = display.getBounds();
            Image image = new Image(display, bounds.width, bounds.height);
            GC gc = new GC(display);
            try {
                gc.copyArea(image, bounds.x, bounds.y);
                return image.getImageData();
            } finally {
                gc.dispose();
                image.dispose();
            }
        });
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { data };
        loader.save(file.toString(), SWT.IMAGE_PNG);
        return file;
    }

    private Optional<Shell> mainShell() {
        List<MWindow> windows = workbench.getApplication().getChildren();
        return windows.isEmpty() || !(windows.get(0).getWidget() instanceof Shell shell) || shell.isDisposed()
                ? Optional.empty()
                : Optional.of(shell);
    }

    private Optional<Shell> findShell(String title) {
        return Arrays.stream(ui.display().getShells())
                .filter(s -> !s.isDisposed() && s.isVisible() && title.equals(s.getText())).findFirst();
    }
}
