package se.samverka.ui;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * What the status line at the bottom of the window shows: a message on the left (what just happened), the state
 * of sync, and a detail on the right (for example the number of rows in the current list).
 * <p>
 * Found in the application context; parts set it from the UI thread. It holds no widgets, the window's
 * status line control observes it.
 */
public final class StatusLine {

    private final List<Consumer<StatusLine>> observers = new CopyOnWriteArrayList<>();
    private String message = "";
    private String detail = "";
    private String sync = "";

    public String message() {
        return message;
    }

    public String detail() {
        return detail;
    }

    public String sync() {
        return sync;
    }

    /** Shows the state of sync (last sync, unsent changes, open conflicts) beside the detail; null clears it. */
    public void setSync(String sync) {
        this.sync = Objects.requireNonNullElse(sync, "");
        changed();
    }

    /** Shows a message on the left; {@code null} clears it. */
    public void setMessage(String message) {
        this.message = Objects.requireNonNullElse(message, "");
        changed();
    }

    /** Shows a detail on the right; {@code null} clears it. */
    public void setDetail(String detail) {
        this.detail = Objects.requireNonNullElse(detail, "");
        changed();
    }

    /** Registers an observer that is told about every change; returns a handle that removes it again. */
    public Runnable observe(Consumer<StatusLine> observer) {
        observers.add(observer);
        observer.accept(this);
        return () -> observers.remove(observer);
    }

    private void changed() {
        observers.forEach(observer -> observer.accept(this));
    }
}
