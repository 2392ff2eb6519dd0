package se.samverka.courses.ui.internal.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import se.samverka.courses.ui.internal.OfferingEditor;
import se.samverka.model.CourseOffering;

/**
 * What the documents' handlers share: the offering of the active editor, where to save (the native dialogs, or a
 * chooser put in the application context under {@link #CHOOSER} for the UI tests), writing in a Job (to a temporary
 * file moved into place when complete, so a failed or cancelled run leaves no half-written document) and offering
 * to open what was made.
 */
final class OfferingDocuments {

    /**
     * A {@code Function<String, Path>} in the application context, asked instead of the native file and folder
     * dialogs with the suggested file name (or "" for a folder); null for cancel. When it is there, the finished
     * document is not opened.
     */
    static final String CHOOSER = "se.samverka.courses.ui.documents.chooser";

    /** Writes a document to a stream. */
    interface Writer {
        void write(OutputStream out, SubMonitor monitor) throws IOException;
    }

    private OfferingDocuments() {
    }

    /** The saved offering of the editor, or null (with a message) when the active part is not one or is unsaved. */
    static CourseOffering offering(Object part, Shell shell, DocumentMessages messages, String title) {
        if (!(part instanceof OfferingEditor editor) || editor.record() == null) {
            return null;
        }
        CourseOffering offering = editor.record();
        if (offering.getId() == null) {
            MessageDialog.openInformation(shell, title, messages.documents_unsaved);
            return null;
        }
        return offering;
    }

    static boolean isOffering(Object part) {
        return part instanceof OfferingEditor editor && editor.record() != null;
    }

    /** Where to save a file, suggested by name; null when the user cancelled. */
    static Path saveAs(Shell shell, DocumentMessages messages, String title, String suggested,
            Function<String, Path> chooser) {
        if (chooser != null) {
            return chooser.apply(suggested);
        }
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(title);
        dialog.setFilterExtensions(new String[] {"*.pdf", "*"});
        dialog.setFilterNames(new String[] {messages.documents_filterName, "*"});
        dialog.setFileName(suggested);
        dialog.setOverwrite(true);
        String home = System.getProperty("user.home");
        if (home != null) {
            dialog.setFilterPath(home);
        }
        String chosen = dialog.open();
        return chosen == null ? null : Path.of(chosen.toLowerCase(Locale.ROOT).endsWith(".pdf") ? chosen
                : chosen + ".pdf");
    }

    /** Which folder to save files in; null when the user cancelled. */
    static Path folder(Shell shell, DocumentMessages messages, Function<String, Path> chooser) {
        if (chooser != null) {
            return chooser.apply("");
        }
        DirectoryDialog dialog = new DirectoryDialog(shell, SWT.SAVE);
        dialog.setText(messages.documents_chooseFolder);
        dialog.setFilterPath(System.getProperty("user.home"));
        String chosen = dialog.open();
        return chosen == null ? null : Path.of(chosen);
    }

    /** A file name without characters that file systems refuse. */
    static String fileName(String pattern, Object... arguments) {
        return MessageFormat.format(pattern, arguments).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
    }

    /**
     * Writes one document in a Job with progress and cancel, then, on the UI thread, says where it is and offers to
     * open it (not when a chooser from the context chose the file).
     */
    static void write(Shell shell, DocumentMessages messages, String title, Path file, Writer writer,
            boolean offerToOpen) {
        Job job = Job.create(title, monitor -> {
            SubMonitor progress = SubMonitor.convert(monitor, title, 100);
            try {
                writeAtomically(file, out -> writer.write(out, progress));
            } catch (OperationCanceledException | java.util.concurrent.CancellationException e) {
                return Status.CANCEL_STATUS;
            } catch (IOException | RuntimeException e) {
                report(shell, title, MessageFormat.format(messages.documents_failed, describe(e)));
                return Status.OK_STATUS;
            }
            done(shell, title, MessageFormat.format(messages.documents_saved, file), file, offerToOpen);
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
    }

    /** Writes to a temporary file beside the target and moves it into place only when complete. */
    static void writeAtomically(Path file, IoConsumer<OutputStream> writer) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Path part = Files.createTempFile(folder, ".samverka-", ".pdf.part");
        try {
            try (OutputStream out = Files.newOutputStream(part)) {
                writer.accept(out);
            }
            try {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(part);
        }
    }

    interface IoConsumer<T> {
        void accept(T value) throws IOException;
    }

    static void done(Shell shell, String title, String message, Path file, boolean offerToOpen) {
        asyncExec(shell, () -> {
            if (offerToOpen) {
                if (MessageDialog.openQuestion(shell, title, message) && file != null) {
                    Program.launch(file.toString());
                }
            }
        });
    }

    static void report(Shell shell, String title, String message) {
        asyncExec(shell, () -> MessageDialog.openInformation(shell, title, message));
    }

    static void asyncExec(Shell shell, Runnable runnable) {
        Display display = shell.isDisposed() ? Display.getDefault() : shell.getDisplay();
        display.asyncExec(() -> {
            if (!shell.isDisposed()) {
                runnable.run();
            }
        });
    }

    static String describe(Throwable e) {
        String message = e.getLocalizedMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** Reads in a Job and hands the result to the UI thread. */
    static <T> void read(Shell shell, DocumentMessages messages, String title, java.util.function.Supplier<T> reader,
            java.util.function.Consumer<T> then) {
        Job job = Job.create(messages.documents_job_read, (IProgressMonitor monitor) -> {
            T value;
            try {
                value = reader.get();
            } catch (RuntimeException e) {
                report(shell, title, MessageFormat.format(messages.documents_failed, describe(e)));
                return Status.OK_STATUS;
            }
            asyncExec(shell, () -> then.accept(value));
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
    }
}
