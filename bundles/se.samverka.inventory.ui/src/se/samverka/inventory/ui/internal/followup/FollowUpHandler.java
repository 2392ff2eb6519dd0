package se.samverka.inventory.ui.internal.followup;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;
import se.samverka.inventory.followup.FollowUp;
import se.samverka.inventory.followup.FollowUpDocument;
import se.samverka.inventory.followup.FollowUpException;
import se.samverka.inventory.followup.FollowUpRequest;
import se.samverka.inventory.followup.FollowUpService;
import se.samverka.inventory.followup.ReportKind;
import se.samverka.inventory.records.MunicipalityRow;
import se.samverka.inventory.records.MunicipalityService;
import se.samverka.ui.documents.DocumentFiles;

/**
 * Dokument → Uppföljningsrapport …: reads the municipalities the user may report on (in a Job), asks what report
 * to make ({@link FollowUpDialog}), where to save it, then reads the live data and writes the PDF/A-2u in a Job and
 * offers to open it (the steps of {@link DocumentFiles}, as the other documents).
 */
public class FollowUpHandler {

    /**
     * A {@code Function<String, Path>} in the application context, asked instead of the native file dialog with the
     * suggested file name; null for cancel. When it is there, the finished report is not opened (UI tests).
     */
    public static final String CHOOSER = "se.samverka.inventory.ui.followup.chooser";

    @CanExecute
    boolean canExecute(@Optional FollowUpService service) {
        return service != null;
    }

    @Execute
    void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Translation FollowUpMessages messages,
            @Named(TranslationService.LOCALE) Locale locale, @Optional FollowUpService service,
            @Optional MunicipalityService municipalities, @Optional @Named(CHOOSER) Function<String, Path> chooser) {
        if (service == null || municipalities == null) {
            MessageDialog.openInformation(shell, messages.followup_title, messages.followup_noService);
            return;
        }
        LocalDate today = LocalDate.now();
        String own = service.ownMunicipality();
        DocumentFiles.read(shell, messages.followup_title, messages.followup_reading, messages.followup_failed,
                () -> municipalities.municipalities(today).stream()
                        .filter(m -> own == null || own.equals(m.id())).toList(),
                rows -> ask(shell, messages, locale, service, rows, own == null, today, chooser));
    }

    private static void ask(Shell shell, FollowUpMessages messages, Locale locale, FollowUpService service,
            List<MunicipalityRow> rows, boolean programmeAllowed, LocalDate today, Function<String, Path> chooser) {
        FollowUpDialog dialog = new FollowUpDialog(shell, messages, locale, rows, programmeAllowed, today.getYear());
        if (dialog.open() != Window.OK) {
            return;
        }
        FollowUpRequest request = dialog.request();
        String scope = request.programme() ? messages.followup_programme
                : rows.stream().filter(r -> r.id().equals(request.municipalityId())).findFirst()
                        .map(MunicipalityRow::name).orElse("");
        String kind = (request.kind() == ReportKind.INTERIM ? messages.followup_interim : messages.followup_final)
                .replace("&", "").toLowerCase(locale);
        String suggested = DocumentFiles.fileName(messages.followup_fileName, kind, scope,
                FollowUpDocument.period(request));
        Path file = DocumentFiles.saveAs(shell, messages.followup_title, suggested, "pdf", messages.followup_pdfFilter,
                chooser);
        if (file == null) {
            return;
        }
        DocumentFiles.write(shell, messages.followup_title, messages.followup_job,
                new DocumentFiles.Texts(messages.followup_saved, messages.followup_failed), file,
                (out, monitor) -> {
                    FollowUp content;
                    try {
                        content = service.read(request, today, locale);
                    } catch (FollowUpException e) {
                        throw new IOException(e.getMessage(), e);
                    }
                    monitor.worked(50);
                    new FollowUpDocument(locale, "Samverka").write(content, out);
                    monitor.worked(50);
                }, chooser == null);
    }
}
