package se.samverka.sync.ui.internal;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import se.samverka.store.LocalStore;
import se.samverka.sync.SyncClient;
import se.samverka.sync.SyncException;
import se.samverka.sync.SyncFiles;
import se.samverka.sync.SyncReport;
import se.samverka.sync.protocol.SyncFile;
import se.samverka.ui.StatusLine;
import se.samverka.ui.forms.FieldFormats;

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
    private final FieldFormats formats;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final ServerAccount account;
    private volatile boolean running;

    SyncSession(LocalStore store, StatusLine statusLine, UISynchronize ui, Messages messages, FieldFormats formats,
            ServerAccount account) {
        this.store = store;
        this.statusLine = statusLine;
        this.ui = ui;
        this.messages = messages;
        this.formats = formats;
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

    /** How the window writes dates, times and amounts. */
    FieldFormats formats() {
        return formats;
    }

    /**
     * Called on the UI thread after a sync ended or an answer was read in; returns what stops it (for a part that
     * closes).
     */
    Runnable onChange(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Shows the state of sync in the status line (from the UI thread). */
    public void showState() {
        if (running) {
            statusLine.setSync(messages.status_syncing);
            return;
        }
        SyncStateText text = new SyncStateText(messages, formats);
        statusLine.setSync(text.of(store.sync().lastSync(), store.sync().unsentChanges(),
                store.sync().conflicts().size()));
    }

    /** Runs a sync as a Job with progress and cancellation; the result goes to the status line. */
    Job start() {
        return run(messages.job_name, monitor -> {
            SubMonitor progress = SubMonitor.convert(monitor, messages.job_name, 10);
            try {
                progress.subTask(MessageFormat.format(messages.job_sending, store.sync().unsentChanges()));
                progress.worked(1);
                SyncReport report = new SyncClient(account.settings()).sync(store, account.user, account.password,
                        monitor::isCanceled, phase -> {
                            switch (phase) {
                            case CONNECTED -> progress.subTask(messages.job_serverWorking);
                            case ANSWERED -> progress.subTask(messages.job_applying);
                            default -> {
                                // the request is made: already said
                            }
                            }
                            progress.worked(2);
                        });
                return new Outcome(true, MessageFormat.format(messages.result_done, report.pushed(),
                        report.received(), report.conflicts()));
            } catch (SyncException e) {
                if (e.reason() == SyncException.Reason.SIGN_IN) {
                    account.password = null;
                }
                return new Outcome(false, MessageFormat.format(messages.result_failed, explain(e)));
            } catch (RuntimeException e) {
                return new Outcome(false, MessageFormat.format(messages.result_failed, e.getMessage()));
            }
        }, outcome -> {
        });
    }

    /**
     * Runs {@code work} as a user Job of the sync family (one at a time): its outcome goes to the status line and
     * then to {@code done}, on the UI thread.
     */
    private Job run(String name, Function<IProgressMonitor, Outcome> work, Consumer<Outcome> done) {
        running = true;
        showState();
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                Outcome outcome;
                try {
                    outcome = work.apply(monitor);
                } finally {
                    running = false;
                }
                ui.asyncExec(() -> {
                    statusLine.setMessage(outcome.message());
                    showState();
                    listeners.forEach(Runnable::run);
                    done.accept(outcome);
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

    /** Writes the unsent changes to a sync file; returns what to tell the user (on the UI thread, it is quick). */
    Outcome exportFile(Path file) {
        try {
            SyncFile.Header header = SyncFiles.export(store, account.user, file);
            statusLine.setMessage(MessageFormat.format(messages.file_exportedStatus, header.records(),
                    file.getFileName()));
            return new Outcome(true, MessageFormat.format(messages.file_exported, header.records(),
                    file.getFileName()));
        } catch (SyncException e) {
            String outcome = MessageFormat.format(messages.file_exportFailed, explain(e));
            statusLine.setMessage(outcome);
            return new Outcome(false, outcome);
        }
    }

    /**
     * Hands a laptop's sync file in to the county server as a Job, signed in as {@code signIn} (the file's user),
     * and writes the answer beside it; {@code done} gets what to tell the user (on the UI thread).
     */
    Job handIn(Path request, ServerAccount signIn, Consumer<Outcome> done) {
        return run(messages.job_handIn, monitor -> {
            monitor.beginTask(messages.job_handIn, IProgressMonitor.UNKNOWN);
            try {
                Path answer = SyncFiles.answerFor(request);
                SyncFile.Header answered = SyncFiles.handIn(new SyncClient(signIn.settings()), request, answer,
                        signIn.password, monitor::isCanceled);
                return new Outcome(true, MessageFormat.format(messages.file_handedIn, answered.records(),
                        answer.getFileName(), answer.getParent()));
            } catch (SyncException e) {
                return new Outcome(false, MessageFormat.format(messages.file_handInFailed, explain(e)));
            } catch (RuntimeException e) {
                return new Outcome(false, MessageFormat.format(messages.file_handInFailed, e.getMessage()));
            } finally {
                Arrays.fill(signIn.password, '\0');
            }
        }, done);
    }

    /**
     * Takes an answer file in (one local transaction) as a Job, off the UI thread; {@code done} gets what to tell
     * the user (on the UI thread).
     */
    Job readAnswer(Path file, Consumer<Outcome> done) {
        return run(messages.command_readAnswer, monitor -> {
            monitor.beginTask(messages.job_applying, IProgressMonitor.UNKNOWN);
            try {
                SyncReport report = SyncFiles.readAnswer(store, file);
                return new Outcome(true, MessageFormat.format(messages.file_read, report.received(),
                        report.conflicts()));
            } catch (SyncException e) {
                return new Outcome(false, MessageFormat.format(messages.file_readFailed, explain(e)));
            } catch (RuntimeException e) {
                return new Outcome(false, MessageFormat.format(messages.file_readFailed, e.getMessage()));
            }
        }, done);
    }

    private String explain(SyncException e) {
        return switch (e.reason()) {
        case UNREACHABLE -> messages.reason_UNREACHABLE;
        case SIGN_IN -> messages.reason_SIGN_IN;
        case UNTRUSTED -> messages.reason_UNTRUSTED;
        case SERVER -> MessageFormat.format(messages.reason_SERVER, e.getMessage());
        case LOCAL -> MessageFormat.format(messages.reason_LOCAL, e.getMessage());
        case CANCELLED -> messages.reason_CANCELLED;
        case OUTDATED -> messages.reason_OUTDATED;
        case FILE -> switch (e.fileProblem()) {
            case NOT_A_SYNC_FILE -> messages.file_NOT_A_SYNC_FILE;
            case CHANGED -> messages.file_CHANGED;
            case WRONG_KIND -> messages.file_WRONG_KIND;
            case OTHER_USER -> messages.file_OTHER_USER;
            case OTHER_LAPTOP -> messages.file_OTHER_LAPTOP;
            case NO_KEY -> messages.file_NO_KEY;
            case OLDER -> messages.file_OLDER;
            case OUT_OF_DATE -> messages.file_OUT_OF_DATE;
            case UNREADABLE -> MessageFormat.format(messages.file_UNREADABLE, e.getMessage());
        };
        };
    }

    /** How a sync command ended: done or not, and what to tell the user. */
    record Outcome(boolean done, String message) {

        /** Tells the user in a dialog: information when done, a warning when not. */
        void show(Shell shell, String title) {
            if (done) {
                MessageDialog.openInformation(shell, title, message);
            } else {
                MessageDialog.openWarning(shell, title, message);
            }
        }
    }

    /**
     * The words of the sync state, its time written as every date and time of the window: "Synkad 2026-11-30 14:05
     * · 3 osända ändringar · 1 konflikt".
     */
    record SyncStateText(Messages messages, FieldFormats formats) {
        String of(Instant lastSync, int unsent, int conflicts) {
            List<String> parts = new ArrayList<>();
            parts.add(lastSync == null ? messages.status_never
                    : MessageFormat.format(messages.status_last,
                            formats.format(FieldFormats.Kind.DATE_TIME, Date.from(lastSync))));
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
