package se.samverka.courses.ui.internal.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.MessageFormat;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Inject;
import se.samverka.courses.ParticipantImport;
import se.samverka.courses.ParticipantSheet;
import se.samverka.courses.ParticipantSheet.Action;
import se.samverka.model.CourseOffering;
import se.samverka.store.StoreException;
import se.samverka.ui.Widgets;
import se.samverka.ui.forms.RecordForm;

/**
 * "Importera deltagare…" and "Exportera deltagarlista…" on the offering page: a file is chosen, checked in a job and
 * shown in the {@link ImportPreviewDialog}; a clean file is imported in a job; the list is exported in a job. A
 * chooser put in the application context under {@link #CHOOSER} (a function from {@code import} or {@code export}
 * to the file; null for cancel) is asked instead of the native file dialog, which the UI tests cannot drive.
 */
public final class ParticipantSheetActions {

    public static final String CHOOSER = "se.samverka.courses.ui.spreadsheet.fileChooser";

    @Inject
    private IEclipseContext context;
    @Inject
    private ParticipantImport participants;
    @Inject
    private UISynchronize ui;
    @Inject
    @Translation
    private SpreadsheetMessages messages;

    private RecordForm<CourseOffering> form;
    private Supplier<CourseOffering> offering;

    /** Adds "Importera deltagare …" and "Exportera deltagarlista …" to the offering page's row of tools. */
    public void addTools(Composite tools, RecordForm<CourseOffering> recordForm, Supplier<CourseOffering> current) {
        this.form = recordForm;
        this.offering = current;
        Button importButton = Widgets.named(new Button(tools, SWT.PUSH), "courses.editor.importParticipants");
        importButton.setText(messages.spreadsheet_import);
        importButton.addListener(SWT.Selection, e -> importParticipants(importButton.getShell()));
        Button exportButton = Widgets.named(new Button(tools, SWT.PUSH), "courses.editor.exportParticipants");
        exportButton.setText(messages.spreadsheet_export);
        exportButton.addListener(SWT.Selection, e -> exportParticipants(exportButton.getShell()));
    }

    private String savedOfferingId() {
        CourseOffering current = offering.get();
        if (current == null || current.getId() == null || current.getVersion() == 0) {
            form.showNotice(messages.spreadsheet_saveFirst);
            return null;
        }
        return current.getId();
    }

    private void importParticipants(Shell shell) {
        String offeringId = savedOfferingId();
        Path file = offeringId == null ? null : choose(shell, "import");
        if (file == null) {
            return;
        }
        Job.create(messages.spreadsheet_checking, monitor -> {
            byte[] content;
            try {
                content = Files.readAllBytes(file);
            } catch (IOException e) {
                ui.asyncExec(() -> form.showSaveError(MessageFormat.format(messages.spreadsheet_unreadable,
                        file.getFileName(), e.getLocalizedMessage())));
                return Status.OK_STATUS;
            }
            ParticipantSheet sheet = participants.check(content, offeringId, null);
            ui.asyncExec(() -> preview(shell, file, content, sheet));
            return Status.OK_STATUS;
        }).schedule();
    }

    private void preview(Shell shell, Path file, byte[] content, ParticipantSheet sheet) {
        if (shell.isDisposed()) {
            return;
        }
        ImportPreviewDialog dialog = new ImportPreviewDialog(shell, messages, sheet,
                String.valueOf(file.getFileName()));
        if (dialog.open() != Window.OK) {
            return;
        }
        Job.create(messages.spreadsheet_importing, monitor -> {
            SubMonitor progress = SubMonitor.convert(monitor, 1);
            try {
                // Checked again: the register may have changed while the preview was open.
                ParticipantSheet imported = participants.importParticipants(content, sheet.offeringId(), null);
                ui.asyncExec(() -> form.showSaved(MessageFormat.format(messages.spreadsheet_imported,
                        imported.count(Action.NEW_PERSON),
                        imported.count(Action.NEW_PERSON) + imported.count(Action.EXISTING_PERSON),
                        imported.count(Action.ALREADY_ENROLLED))));
            } catch (StoreException | IllegalArgumentException e) {
                ui.asyncExec(() -> form.showSaveError(MessageFormat.format(messages.spreadsheet_importFailed,
                        e.getLocalizedMessage())));
            }
            progress.worked(1);
            return Status.OK_STATUS;
        }).schedule();
    }

    private void exportParticipants(Shell shell) {
        String offeringId = savedOfferingId();
        Path file = offeringId == null ? null : choose(shell, "export");
        if (file == null) {
            return;
        }
        Job.create(messages.spreadsheet_exporting, monitor -> {
            try {
                // Written beside the file and moved into place, so a failure leaves no half list behind.
                Path partial = Files.createTempFile(file.toAbsolutePath().getParent(), ".participants", ".csv");
                int count;
                try (OutputStream out = Files.newOutputStream(partial)) {
                    count = participants.export(offeringId, out);
                }
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
                ui.asyncExec(() -> form.showSaved(MessageFormat.format(messages.spreadsheet_exported, count, file)));
            } catch (IOException e) {
                ui.asyncExec(() -> form.showSaveError(MessageFormat.format(messages.spreadsheet_exportFailed,
                        e.getLocalizedMessage())));
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    @SuppressWarnings("unchecked")
    private Path choose(Shell shell, String purpose) {
        Object chooser = context.get(CHOOSER);
        if (chooser instanceof Function<?, ?> function) {
            return ((Function<String, Path>) function).apply(purpose);
        }
        boolean export = purpose.equals("export");
        FileDialog dialog = new FileDialog(shell, export ? SWT.SAVE : SWT.OPEN);
        dialog.setText(export ? messages.spreadsheet_chooseExport : messages.spreadsheet_chooseImport);
        dialog.setFilterExtensions(new String[] { "*.csv;*.CSV;*.txt", "*" });
        dialog.setFilterNames(new String[] { messages.spreadsheet_filterName, "*" });
        if (export) {
            CourseOffering current = offering.get();
            dialog.setFileName(MessageFormat.format(messages.spreadsheet_exportFileName,
                    current.getTitle() == null ? "" : current.getTitle().replaceAll("[\\\\/:*?\"<>|]", " ")));
            dialog.setOverwrite(true);
        }
        String chosen = dialog.open();
        return chosen == null ? null : Path.of(chosen);
    }
}
