package se.samverka.courses.ui.internal.documents;

import java.io.OutputStream;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.Function;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
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
import se.samverka.courses.documents.CertificateContent;
import se.samverka.courses.documents.CourseDocuments;
import se.samverka.model.CourseOffering;

/**
 * "Intyg …" of the open offering: the certificates issued to its completed participants, all in one file (a page
 * each) or a file per participant, made in a Job. Says so in words when none are issued.
 */
public class CertificatesHandler extends OfferingDocumentHandler {

    @Execute
    void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
            @Translation DocumentMessages messages, @Named(TranslationService.LOCALE) Locale locale,
            CourseDocumentService service, @Optional @Named(OfferingDocuments.CHOOSER) Function<String, Path> chooser) {
        String title = messages.documents_certificates;
        CourseOffering offering = OfferingDocuments.offering(part.getObject(), shell, messages, title);
        if (offering == null) {
            return;
        }
        String offeringId = offering.getId();
        String offeringTitle = offering.getTitle() == null ? "" : offering.getTitle();
        OfferingDocuments.read(shell, messages, title, () -> service.certificates(offeringId),
                certificates -> save(shell, messages, title, locale, offeringTitle, certificates, chooser));
    }

    private static void save(Shell shell, DocumentMessages messages, String title, Locale locale, String offering,
            List<CertificateContent> certificates, Function<String, Path> chooser) {
        if (certificates.isEmpty()) {
            MessageDialog.openInformation(shell, title, messages.documents_noCertificates);
            return;
        }
        boolean oneFile = true;
        if (chooser == null && certificates.size() > 1) {
            int answer = new MessageDialog(shell, title, null,
                    MessageFormat.format(messages.documents_certificatesHow, certificates.size()),
                    MessageDialog.QUESTION, 0, messages.documents_oneFile, messages.documents_filePerPerson,
                    messages.documents_cancel).open();
            if (answer != 0 && answer != 1) {
                return;
            }
            oneFile = answer == 0;
        }
        CourseDocuments documents = new CourseDocuments(locale, "Samverka");
        if (oneFile) {
            String suggested = certificates.size() == 1
                    ? OfferingDocuments.fileName(messages.documents_certificateFile,
                            certificates.get(0).participant().name(), certificates.get(0).number())
                    : OfferingDocuments.fileName(messages.documents_certificatesFile, offering);
            Path file = OfferingDocuments.saveAs(shell, messages, title, suggested, chooser);
            if (file == null) {
                return;
            }
            OfferingDocuments.write(shell, messages, messages.documents_job_certificates, file, (out, monitor) -> {
                monitor.setWorkRemaining(certificates.size());
                documents.certificates(offering, certificates, out, monitor::worked, monitor::isCanceled);
            }, chooser == null);
            return;
        }
        Path folder = OfferingDocuments.folder(shell, messages, chooser);
        if (folder == null) {
            return;
        }
        Job job = Job.create(messages.documents_job_certificates, monitor -> {
            SubMonitor progress = SubMonitor.convert(monitor, messages.documents_job_certificates,
                    certificates.size());
            try {
                for (CertificateContent certificate : certificates) {
                    if (progress.isCanceled()) {
                        return Status.CANCEL_STATUS;
                    }
                    Path file = folder.resolve(OfferingDocuments.fileName(messages.documents_certificateFile,
                            certificate.participant().name(), certificate.number()));
                    OfferingDocuments.writeAtomically(file, (OutputStream out) -> documents.certificate(certificate,
                            out));
                    progress.worked(1);
                }
            } catch (CancellationException e) {
                return Status.CANCEL_STATUS;
            } catch (java.io.IOException | RuntimeException e) {
                OfferingDocuments.report(shell, title,
                        MessageFormat.format(messages.documents_failed, OfferingDocuments.describe(e)));
                return Status.OK_STATUS;
            }
            OfferingDocuments.report(shell, title,
                    MessageFormat.format(messages.documents_savedMany, certificates.size(), folder));
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
    }
}
