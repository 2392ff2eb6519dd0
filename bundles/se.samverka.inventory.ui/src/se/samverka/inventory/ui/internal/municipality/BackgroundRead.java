package se.samverka.inventory.ui.internal.municipality;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.widgets.Widget;

import se.samverka.store.RecordsChanged;

/**
 * What the records job's parts share: their read model read in a Job, off the UI thread, shown on it, and read again
 * when records of the types it is made of change. While a read is under way the part's marker widget carries
 * {@link #LOADING} (what the UI tests wait for); a read answered after a newer one was asked leaves it there.
 *
 * @param <T> the read model
 */
public final class BackgroundRead<T> {

    /** {@code Widget.setData} key set to {@code Boolean.TRUE} on the marker while the part is being read. */
    public static final String LOADING = "samverka.loading";

    private final Set<String> types;
    private final Widget marker;
    private final Job job;
    private final AtomicInteger asked = new AtomicInteger();

    /**
     * @param name   the job's name
     * @param types  the record types (model class names) whose changes change what the part shows
     * @param marker the widget the UI tests wait on
     * @param read   reads the model; runs in the job
     * @param show   shows it; runs on the UI thread, only while the marker is not disposed
     * @param failed tells of a read that failed; runs on the UI thread
     */
    public BackgroundRead(String name, Set<String> types, Widget marker, UISynchronize ui, Supplier<T> read,
            Consumer<T> show, Consumer<RuntimeException> failed) {
        this.types = types;
        this.marker = marker;
        this.job = Job.create(name, monitor -> {
            int answering = asked.get();
            try {
                T model = read.get();
                ui.asyncExec(() -> done(answering, () -> show.accept(model)));
            } catch (RuntimeException e) {
                ui.asyncExec(() -> done(answering, () -> failed.accept(e)));
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
    }

    private void done(int answering, Runnable then) {
        if (marker.isDisposed()) {
            return;
        }
        then.run();
        if (!marker.isDisposed() && answering == asked.get()) {
            marker.setData(LOADING, null);
        }
    }

    /** Reads again in the background (once more after a read already running). */
    public void load() {
        asked.incrementAndGet();
        marker.setData(LOADING, Boolean.TRUE);
        job.schedule();
    }

    /** Records changed: reads again when they are of the part's types. */
    public void changed(RecordsChanged changed) {
        if (changed.touchesAny(types) && !marker.isDisposed()) {
            load();
        }
    }

    /** The part is closed. */
    public void stop() {
        job.cancel();
    }
}
