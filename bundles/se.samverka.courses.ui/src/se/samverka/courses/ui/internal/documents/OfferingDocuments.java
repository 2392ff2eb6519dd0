package se.samverka.courses.ui.internal.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.function.Function;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import se.samverka.courses.ui.internal.OfferingEditor;
import se.samverka.model.CourseOffering;
import se.samverka.ui.documents.DocumentFiles;

/**
 * What the documents' handlers share: the offering of the active editor, and the courses' words for the steps all
 * plugins' document commands take from {@link DocumentFiles} (where to save, with a chooser put in the application
 * context under {@link #CHOOSER} for the UI tests; writing in a Job; offering to open what was made).
 */
final class OfferingDocuments {

    /**
     * A {@code Function<String, Path>} in the application context, asked instead of the native file and folder
     * dialogs with the suggested file name (or "" for a folder); null for cancel. When it is there, the finished
     * document is not opened.
     */
    static final String CHOOSER = "se.samverka.courses.ui.documents.chooser";

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
        return DocumentFiles.saveAs(shell, title, suggested, "pdf", messages.documents_filterName, chooser);
    }

    /** Which folder to save files in; null when the user cancelled. */
    static Path folder(Shell shell, DocumentMessages messages, Function<String, Path> chooser) {
        return DocumentFiles.folder(shell, messages.documents_chooseFolder, chooser);
    }

    /** A file name without characters that file systems refuse. */
    static String fileName(String pattern, Object... arguments) {
        return DocumentFiles.fileName(pattern, arguments);
    }

    /**
     * Writes one document in a Job with progress and cancel, then, on the UI thread, says where it is and offers to
     * open it (not when a chooser from the context chose the file).
     */
    static void write(Shell shell, DocumentMessages messages, String title, Path file, DocumentFiles.Writer writer,
            boolean offerToOpen) {
        DocumentFiles.write(shell, title, title,
                new DocumentFiles.Texts(messages.documents_saved, messages.documents_failed), file, writer,
                offerToOpen);
    }

    /** Writes to a temporary file beside the target and moves it into place only when complete. */
    static void writeAtomically(Path file, DocumentFiles.IoConsumer<OutputStream> writer) throws IOException {
        DocumentFiles.writeAtomically(file, writer);
    }

    static void report(Shell shell, String title, String message) {
        DocumentFiles.report(shell, title, message);
    }

    static String describe(Throwable e) {
        return DocumentFiles.describe(e);
    }

    /** Reads in a Job and hands the result to the UI thread. */
    static <T> void read(Shell shell, DocumentMessages messages, String title, java.util.function.Supplier<T> reader,
            java.util.function.Consumer<T> then) {
        DocumentFiles.read(shell, title, messages.documents_job_read, messages.documents_failed, reader, then);
    }
}
