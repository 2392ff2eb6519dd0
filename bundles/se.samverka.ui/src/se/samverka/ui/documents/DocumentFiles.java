package se.samverka.ui.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

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

/**
 * The steps every plugin's document commands share (the courses' signature list and certificates, the meetings'
 * kallelse, protokoll and calendar file): where to save (the native dialogs, or a chooser the UI tests put in the
 * context), reading and writing in Jobs (to a temporary file moved into place when complete, so a failed or cancelled
 * run leaves no half-written document), saying where it went and offering to open it, and a failure said in the
 * user's words. The words come from the caller; the plugin's service makes the content.
 */
public final class DocumentFiles {

    /** Writes a document to a stream. */
    public interface Writer {
        void write(OutputStream out, SubMonitor monitor) throws IOException;
    }

    /** Writes to a stream, as {@link #writeAtomically} needs. */
    public interface IoConsumer<T> {
        void accept(T value) throws IOException;
    }

    /**
     * The words of one command's dialogs.
     *
     * @param saved  "saved in {0}, open it?"
     * @param failed "could not be made: {0}"
     */
    public record Texts(String saved, String failed) {
    }

    private DocumentFiles() {
    }

    /**
     * Where to save a file, suggested by name; null when the user cancelled. A chooser (from the context, for the UI
     * tests) is asked instead of the native dialog when there is one.
     *
     * @param extension  e.g. "pdf" or "ics"; added when the user's name lacks it
     * @param filterName e.g. "PDF-dokument (*.pdf)"
     */
    public static Path saveAs(Shell shell, String title, String suggested, String extension, String filterName,
            Function<String, Path> chooser) {
        if (chooser != null) {
            return chooser.apply(suggested);
        }
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(title);
        dialog.setFilterExtensions(new String[] {"*." + extension, "*"});
        dialog.setFilterNames(new String[] {filterName, "*"});
        dialog.setFileName(suggested);
        dialog.setOverwrite(true);
        String home = System.getProperty("user.home");
        if (home != null) {
            dialog.setFilterPath(home);
        }
        String chosen = dialog.open();
        return chosen == null ? null
                : Path.of(chosen.toLowerCase(Locale.ROOT).endsWith("." + extension) ? chosen : chosen + "." + extension);
    }

    /** Which folder to save files in; null when the user cancelled. */
    public static Path folder(Shell shell, String title, Function<String, Path> chooser) {
        if (chooser != null) {
            return chooser.apply("");
        }
        DirectoryDialog dialog = new DirectoryDialog(shell, SWT.SAVE);
        dialog.setText(title);
        dialog.setFilterPath(System.getProperty("user.home"));
        String chosen = dialog.open();
        return chosen == null ? null : Path.of(chosen);
    }

    /** A file name without characters that file systems refuse. */
    public static String fileName(String pattern, Object... arguments) {
        return MessageFormat.format(pattern, arguments).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
    }

    /**
     * Writes one document in a Job with progress and cancel, then, on the UI thread, says where it is and offers to
     * open it (when {@code offerToOpen}; not when a test's chooser chose the file). A failure is said in a dialog;
     * the file is then left as it was.
     */
    public static void write(Shell shell, String title, String jobName, Texts texts, Path file, Writer writer,
            boolean offerToOpen) {
        Job job = Job.create(jobName, monitor -> {
            SubMonitor progress = SubMonitor.convert(monitor, jobName, 100);
            try {
                writeAtomically(file, out -> writer.write(out, progress));
            } catch (OperationCanceledException | java.util.concurrent.CancellationException e) {
                return Status.CANCEL_STATUS;
            } catch (IOException | RuntimeException e) {
                report(shell, title, MessageFormat.format(texts.failed(), describe(e)));
                return Status.OK_STATUS;
            }
            done(shell, title, MessageFormat.format(texts.saved(), file), file, offerToOpen);
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
    }

    /** Writes to a temporary file beside the target and moves it into place only when complete. */
    public static void writeAtomically(Path file, IoConsumer<OutputStream> writer) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Path part = Files.createTempFile(folder, ".samverka-", ".part");
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

    /** Says, on the UI thread, that the file is there and offers to open it (when {@code offerToOpen}). */
    public static void done(Shell shell, String title, String message, Path file, boolean offerToOpen) {
        asyncExec(shell, () -> {
            if (offerToOpen && MessageDialog.openQuestion(shell, title, message) && file != null) {
                Program.launch(file.toString());
            }
        });
    }

    /** Says something in a dialog on the UI thread. */
    public static void report(Shell shell, String title, String message) {
        asyncExec(shell, () -> MessageDialog.openInformation(shell, title, message));
    }

    /** Runs on the shell's UI thread, unless the shell is gone by then. */
    public static void asyncExec(Shell shell, Runnable runnable) {
        Display display = shell.isDisposed() ? Display.getDefault() : shell.getDisplay();
        display.asyncExec(() -> {
            if (!shell.isDisposed()) {
                runnable.run();
            }
        });
    }

    /** A failure in words: its message, or its kind when it has none. */
    public static String describe(Throwable e) {
        String message = e.getLocalizedMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /**
     * Reads in a Job and hands the result to the UI thread; a failure is said in a dialog ({@code failed}: "could not
     * be made: {0}").
     */
    public static <T> void read(Shell shell, String title, String jobName, String failed, Supplier<T> reader,
            Consumer<T> then) {
        Job job = Job.create(jobName, (IProgressMonitor monitor) -> {
            T value;
            try {
                value = reader.get();
            } catch (RuntimeException e) {
                report(shell, title, MessageFormat.format(failed, describe(e)));
                return Status.OK_STATUS;
            }
            asyncExec(shell, () -> then.accept(value));
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
    }
}
