package se.samverka.sync.ui.internal;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import se.samverka.sync.protocol.SyncFile;

/**
 * The file choosers of sync by file: sync files only, named so that the user can tell them apart. A chooser put in
 * the application context under {@link #CHOOSER} (a function from the command, {@code export}, {@code handIn} or
 * {@code readAnswer}, to the file; null for cancel) is asked instead of the native dialog, which the UI tests cannot
 * drive.
 */
final class SyncFileDialogs {

    static final String CHOOSER = "se.samverka.sync.ui.fileChooser";

    private SyncFileDialogs() {
    }

    /** Where to save a new sync file; null if the user cancelled. */
    static Path save(Shell shell, Messages messages, String title, String user) {
        FileDialog dialog = dialog(shell, messages, title, SWT.SAVE);
        dialog.setFileName("samverka-" + user + "-"
                + DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").format(LocalDateTime.now()) + "."
                + SyncFile.EXTENSION);
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        return chosen == null ? null : Path.of(chosen);
    }

    /** Which sync file to open; null if the user cancelled. */
    static Path open(Shell shell, Messages messages, String title) {
        String chosen = dialog(shell, messages, title, SWT.OPEN).open();
        return chosen == null ? null : Path.of(chosen);
    }

    private static FileDialog dialog(Shell shell, Messages messages, String title, int style) {
        FileDialog dialog = new FileDialog(shell, style);
        dialog.setText(title);
        dialog.setFilterExtensions(new String[] { "*." + SyncFile.EXTENSION, "*" });
        dialog.setFilterNames(new String[] { messages.file_filterName, "*" });
        String home = System.getenv("HOME");
        if (home != null) {
            dialog.setFilterPath(home);
        }
        return dialog;
    }
}
