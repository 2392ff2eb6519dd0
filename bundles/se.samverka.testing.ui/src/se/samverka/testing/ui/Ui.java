package se.samverka.testing.ui;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/** Runs code on the UI thread and waits for conditions, from a test thread. */
public final class Ui {

    /** How long the driver waits for something to appear unless told otherwise. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    private static final long POLL_MILLIS = 50;

    private final Display display;

    Ui(Display display) {
        this.display = display;
    }

    public Display display() {
        return display;
    }

    /** Runs a query on the UI thread and returns its result; exceptions are rethrown on the test thread. */
    public <T> T get(Callable<T> query) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        display.syncExec(() -> {
            try {
                result.set(query.call());
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        if (failure.get() instanceof RuntimeException e) {
            throw e;
        }
        if (failure.get() instanceof Error e) {
            throw e;
        }
        if (failure.get() != null) {
            throw new IllegalStateException(failure.get());
        }
        return result.get();
    }

    /** Runs an action on the UI thread and waits for it. */
    public void run(Runnable action) {
        get(() -> {
            action.run();
            return null;
        });
    }

    /**
     * Starts an action on the UI thread without waiting for it: for clicks that may open a modal dialog, whose
     * event loop would otherwise block the test.
     */
    public void post(Runnable action) {
        display.asyncExec(action);
    }

    /** Waits until a condition (evaluated on the UI thread) holds, or fails with the description. */
    public void waitUntil(String description, BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (get(condition::getAsBoolean)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for: " + description);
            }
            sleep(POLL_MILLIS);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting", e);
        }
    }
}
