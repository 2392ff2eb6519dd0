package se.samverka.courses.ui.internal.certificates;

import java.text.MessageFormat;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;

import jakarta.inject.Inject;
import se.samverka.courses.CertificateService;
import se.samverka.model.Certificate;
import se.samverka.model.CourseOffering;
import se.samverka.store.StoreException;
import se.samverka.ui.Widgets;
import se.samverka.ui.forms.RecordForm;

/**
 * The offering page's "Utfärda intyg": issues certificates for the offering's completed participants that have none
 * (in a Job) and says how many were issued. Added to the offering editor's form by {@link #addTo}.
 */
public final class IssueCertificatesRow {

    @Inject
    private CertificateService certificates;
    @Inject
    @Translation
    private CertificateMessages messages;
    @Inject
    private UISynchronize ui;

    private Button issue;
    private Label result;

    /** Adds the section to an offering's form; {@code offering} gives the record the editor shows. */
    public static void addTo(RecordForm<CourseOffering> form, IEclipseContext context,
            Supplier<CourseOffering> offering) {
        ContextInjectionFactory.make(IssueCertificatesRow.class, context).create(form, offering);
    }

    private void create(RecordForm<CourseOffering> form, Supplier<CourseOffering> offering) {
        form.section(messages.certificates_section);
        issue = Widgets.named(new Button(form.body(), SWT.PUSH), "courses.editor.issueCertificates");
        issue.setText(messages.certificates_issue);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER)
                .hint(Math.max(110, issue.computeSize(SWT.DEFAULT, SWT.DEFAULT).x + 16), SWT.DEFAULT).applyTo(issue);
        result = Widgets.named(new Label(form.body(), SWT.WRAP), "courses.editor.issueCertificates.result");
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).hint(400, SWT.DEFAULT)
                .applyTo(result);
        issue.addListener(SWT.Selection, e -> issue(offering.get()));
    }

    private void issue(CourseOffering offering) {
        if (offering == null || offering.getId() == null) {
            show(messages.certificates_issue_unsaved);
            return;
        }
        String id = offering.getId();
        issue.setEnabled(false);
        Job job = Job.create(messages.certificates_issue_job, monitor -> {
            String text;
            try {
                List<Certificate> issued = certificates.issueAll(id);
                int held = certificates.certificates(id).size();
                text = issued.isEmpty()
                        ? held == 0 ? messages.certificates_issued_noCompleted : messages.certificates_issued_none
                        : MessageFormat.format(messages.certificates_issued, issued.size(), held);
            } catch (StoreException e) {
                text = messages.certificates_issue_failed;
            }
            String shown = text;
            ui.asyncExec(() -> {
                if (!issue.isDisposed()) {
                    issue.setEnabled(true);
                    show(shown);
                }
            });
            return Status.OK_STATUS;
        });
        job.schedule();
    }

    private void show(String text) {
        result.setText(text);
        result.getParent().layout(true, true);
    }
}
