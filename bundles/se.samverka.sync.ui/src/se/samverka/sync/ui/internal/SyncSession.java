package se.samverka.sync.ui.internal;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;

import se.samverka.store.LocalStore;
import se.samverka.sync.SyncClient;
import se.samverka.sync.SyncException;
import se.samverka.sync.SyncReport;
import se.samverka.ui.StatusLine;

/**
 * Sync in the running application: the account, the sync Job, and the state shown in the status line (last sync,
 * unsent changes, open conflicts). One per window, in the application context.
 */
public final class SyncSession {

    private static final String FAMILY = "samverka.sync";

    private final LocalStore store;
    private final StatusLine statusLine;
    private final UISynchronize ui;
    private final Messages messages;
    private final Locale locale;
    private final List<Runnable> listeners = new ArrayList<>();
    private final ServerAccount account;
    private volatile boolean running;

    SyncSession(LocalStore store, StatusLine statusLine, UISynchronize ui, Messages messages, Locale locale,
            ServerAccount account) {
        this.store = store;
        this.statusLine = statusLine;
        this.ui = ui;
        this.messages = messages;
        this.locale = locale;
        this.account = account;
    }

    ServerAccount account() {
        return account;
    }

    LocalStore store() {
        return store;
    }

    boolean running() {
        return running;
    }

    /** Called on the UI thread after a sync ended, or a conflict was resolved. */
    void onChange(Runnable listener) {
        listeners.add(listener);
    }

    /** Shows the state of sync in the status line (from the UI thread). */
    public void showState() {
        if (running) {
            statusLine.setSync(messages.status_syncing);
            return;
        }
        SyncStateText text = new SyncStateText(messages, locale);
        statusLine.setSync(text.of(store.sync().lastSync(), store.sync().unsentChanges(),
                store.sync().conflicts().size()));
    }

    /** Runs a sync as a Job with progress and cancellation; the result goes to the status line. */
    Job start() {
        running = true;
        showState();
        Job job = new Job(messages.job_name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                SubMonitor progress = SubMonitor.convert(monitor, messages.job_name, 10);
                String outcome;
                try {
                    progress.subTask(MessageFormat.format(messages.job_sending, store.sync().unsentChanges()));
                    progress.worked(1);
                    SyncReport report = new SyncClient(account.settings()).sync(store, account.user,
                            account.password, monitor::isCanceled);
                    progress.worked(9);
                    outcome = MessageFormat.format(messages.result_done, report.pushed(), report.received(),
                            report.conflicts());
                } catch (SyncException e) {
                    if (e.reason() == SyncException.Reason.SIGN_IN) {
                        account.password = null;
                    }
                    outcome = MessageFormat.format(messages.result_failed, explain(e));
                } catch (RuntimeException e) {
                    outcome = MessageFormat.format(messages.result_failed, e.getMessage());
                } finally {
                    running = false;
                }
                String shown = outcome;
                ui.asyncExec(() -> {
                    statusLine.setMessage(shown);
                    showState();
                    listeners.forEach(Runnable::run);
                });
                return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return FAMILY.equals(family);
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }

    private String explain(SyncException e) {
        return switch (e.reason()) {
        case UNREACHABLE -> messages.reason_UNREACHABLE;
        case SIGN_IN -> messages.reason_SIGN_IN;
        case UNTRUSTED -> messages.reason_UNTRUSTED;
        case SERVER -> MessageFormat.format(messages.reason_SERVER, e.getMessage());
        case LOCAL -> MessageFormat.format(messages.reason_LOCAL, e.getMessage());
        case CANCELLED -> messages.reason_CANCELLED;
        };
    }

    /** The words of the sync state: "Synkad 14:05 · 3 osända ändringar · 1 konflikter". */
    record SyncStateText(Messages messages, Locale locale) {
        String of(Instant lastSync, int unsent, int conflicts) {
            List<String> parts = new ArrayList<>();
            parts.add(lastSync == null ? messages.status_never
                    : MessageFormat.format(messages.status_last, DateTimeFormatter.ofLocalizedDateTime(
                            FormatStyle.SHORT).withLocale(locale).format(lastSync.atZone(ZoneId.systemDefault()))));
            if (unsent > 0) {
                parts.add(MessageFormat.format(messages.status_unsent, unsent));
            }
            if (conflicts > 0) {
                parts.add(MessageFormat.format(messages.status_conflicts, conflicts));
            }
            return String.join(" · ", parts);
        }
    }
}
