package se.samverka.courses.ui.internal.documents;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;
import se.samverka.courses.CourseDocumentService;
import se.samverka.courses.documents.CourseDocuments;
import se.samverka.courses.documents.SignatureList;
import se.samverka.model.CourseOffering;
import se.samverka.model.SessionDay;

/**
 * "Närvarolista …" of the open offering: choose a session day, where to save, then the list is made in a Job and
 * offered to open.
 */
public class SignatureListHandler extends OfferingDocumentHandler {

    @Execute
    void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
            @Translation DocumentMessages messages, @Named(TranslationService.LOCALE) Locale locale,
            CourseDocumentService service, @Optional @Named(OfferingDocuments.CHOOSER) Function<String, Path> chooser) {
        String title = messages.documents_signatureList;
        CourseOffering offering = OfferingDocuments.offering(part.getObject(), shell, messages, title);
        if (offering == null) {
            return;
        }
        List<SessionDay> days = offering.getSessionDays().stream().filter(d -> d.getId() != null
                && d.getSessionDate() != null).sorted(Comparator.comparing(SessionDay::getSessionDate)).toList();
        if (days.isEmpty()) {
            MessageDialog.openInformation(shell, title, messages.documents_noDays);
            return;
        }
        SessionDay day = days.size() == 1 || chooser != null ? SessionDayDialog.nextOrLast(days)
                : SessionDayDialog.choose(shell, messages, locale, days);
        if (day == null) {
            return;
        }
        String offeringId = offering.getId();
        String dayId = day.getId();
        String date = day.getSessionDate().toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate()
                .toString();
        Path file = OfferingDocuments.saveAs(shell, messages, title, OfferingDocuments
                .fileName(messages.documents_signatureListFile, offering.getTitle(), date), chooser);
        if (file == null) {
            return;
        }
        CourseDocuments documents = new CourseDocuments(locale, "Samverka");
        OfferingDocuments.write(shell, messages, messages.documents_job_signatureList, file, (out, monitor) -> {
            SignatureList list = service.signatureList(offeringId, dayId);
            monitor.worked(50);
            documents.signatureList(list, out);
            monitor.worked(50);
        }, chooser == null);
    }
}
