package se.samverka.inventory.ui.internal.budgets;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.MessageFormat;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Saving a CSV file for Excel from the window: the file chosen (the native dialog, or for the UI tests a chooser put
 * in the context under {@link #CHOOSER}), written in a Job beside its place and moved there, so that a failure leaves
 * no half file behind; what happened is told back on the UI thread.
 */
final class CsvFiles {

    /**
     * A function from a purpose ({@code "export"}) to the file chosen, put in the application context, asked instead
     * of the native file dialog (which the UI tests cannot drive).
     */
    static final String CHOOSER = "se.samverka.inventory.ui.budgets.fileChooser";

    /** Something that writes a file's content and says how many rows. */
    interface Content {
        int write(OutputStream out) throws IOException;
    }

    private CsvFiles() {
    }

    /**
     * Asks where to save (proposing {@code fileName}) and writes the file in a Job; {@code done} is told, on the UI
     * thread, the message to show: {@code exported} with the count and the file, or {@code failed} with the reason.
     */
    static void export(IEclipseContext context, Shell shell, BudgetMessages messages, String fileName,
            String exported, Content content, Consumer<String> done) {
        Path file = choose(context, shell, messages, fileName);
        if (file == null) {
            return;
        }
        UISynchronize ui = context.get(UISynchronize.class);
        Job.create(messages.budget_exporting, monitor -> {
            try {
                int count = write(file, content);
                ui.asyncExec(() -> done.accept(MessageFormat.format(exported, String.valueOf(count), file)));
            } catch (IOException e) {
                ui.asyncExec(() -> done.accept(MessageFormat.format(messages.budget_exportFailed,
                        e.getLocalizedMessage())));
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    /** Writes beside the file and moves it into place. */
    static int write(Path file, Content content) throws IOException {
        Path partial = Files.createTempFile(file.toAbsolutePath().getParent(), ".samverka", ".csv");
        try {
            int count;
            try (OutputStream out = Files.newOutputStream(partial)) {
                count = content.write(out);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            return count;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** A name without the characters file systems refuse. */
    static String safe(String name) {
        return name == null ? "" : name.replaceAll("[\\\\/:*?\"<>|]", " ").strip();
    }

    @SuppressWarnings("unchecked")
    private static Path choose(IEclipseContext context, Shell shell, BudgetMessages messages, String fileName) {
        Object chooser = context.get(CHOOSER);
        if (chooser instanceof Function<?, ?> function) {
            return ((Function<String, Path>) function).apply("export");
        }
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(messages.budget_exportTitle);
        dialog.setFilterExtensions(new String[] { "*.csv", "*" });
        dialog.setFilterNames(new String[] { messages.budget_filterName, "*" });
        dialog.setFileName(fileName);
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        return chosen == null ? null : Path.of(chosen);
    }
}
