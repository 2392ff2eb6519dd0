package se.samverka.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Arrays;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;

import se.samverka.store.LocalStore;
import se.samverka.store.SeedData;

/**
 * Fills a new, empty database with the demo county when Samverka is started with {@code -demo} (as the README's
 * run command does), with a progress dialog while it is written.
 */
final class DemoLoading {

    static final String OPTION = "-demo";

    private DemoLoading() {
    }

    /** True when the command line asks for the demo data. */
    static boolean requested(String eclipseCommands) {
        return eclipseCommands != null && Arrays.stream(eclipseCommands.split("\\R")).anyMatch(OPTION::equals);
    }

    /**
     * Writes the seed into a database just made, in one transaction (all or nothing), with a progress dialog; says
     * so when it fails. Called only for a new database, so that everyday starts do not wait for the store.
     */
    static void loadIfEmpty(LocalStore store, SeedData seed, Messages messages) {
        ProgressMonitorDialog progress = new ProgressMonitorDialog(null);
        try {
            progress.run(true, false, (IProgressMonitor monitor) -> {
                monitor.beginTask(MessageFormat.format(messages.demo_loading, seed.name()),
                        IProgressMonitor.UNKNOWN);
                try {
                    if (!store.isEmpty()) {
                        return;
                    }
                    store.saveAll(seed.records(LocalDate.now()));
                } catch (Exception e) {
                    throw new InvocationTargetException(e);
                } finally {
                    monitor.done();
                }
            });
        } catch (InvocationTargetException e) {
            MessageDialog.openError(null, messages.demo_failedTitle,
                    MessageFormat.format(messages.demo_failed, seed.name(), e.getCause().getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
