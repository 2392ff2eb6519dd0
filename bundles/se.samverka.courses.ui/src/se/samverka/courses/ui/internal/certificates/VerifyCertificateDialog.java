package se.samverka.courses.ui.internal.certificates;

import java.time.Instant;
import java.util.Locale;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import se.samverka.courses.CertificateService;
import se.samverka.model.certificates.Verification;
import se.samverka.model.certificates.VerificationCode;
import se.samverka.ui.Widgets;

/**
 * "Verifiera intyg": the user types or pastes a certificate's verification code and reads whether it is valid, whose
 * it is, of which course and when, answered from this laptop's records (read in a Job). An unknown code is answered
 * with when the laptop last synced: a certificate issued on another laptop since is not known here yet.
 */
final class VerifyCertificateDialog extends Dialog {

    private static final int CHECK = IDialogConstants.CLIENT_ID + 1;

    private final CertificateService certificates;
    private final CertificateMessages messages;
    private final CertificateWords words;
    private final UISynchronize ui;
    private LocalResourceManager resources;
    private Text code;
    private Label headline;
    private Label details;
    private Label note;

    VerifyCertificateDialog(Shell parent, CertificateService certificates, CertificateMessages messages,
            Locale locale, UISynchronize ui) {
        super(parent);
        this.certificates = certificates;
        this.messages = messages;
        this.words = new CertificateWords(messages, locale);
        this.ui = ui;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(messages.verify_title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        resources = new LocalResourceManager(JFaceResources.getResources(), parent);
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(1).margins(12, 12).spacing(6, 8).applyTo(area);
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(messages.verify_intro);
        GridDataFactory.fillDefaults().grab(true, false).hint(480, SWT.DEFAULT).applyTo(intro);
        code = Widgets.named(new Text(area, SWT.BORDER | SWT.SINGLE), "certificates.verify.code");
        code.setMessage("7KQ3-M2XD-9TBH-4R");
        code.setFont(resources.create(FontDescriptor.createFrom(code.getFont()).increaseHeight(2)));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(code);
        code.addModifyListener(e -> clearAnswer());
        headline = Widgets.heading(Widgets.named(new Label(area, SWT.WRAP), "certificates.verify.result"),
                resources, 2);
        GridDataFactory.fillDefaults().grab(true, false).indent(0, 8).applyTo(headline);
        details = Widgets.named(new Label(area, SWT.WRAP), "certificates.verify.details");
        GridDataFactory.fillDefaults().grab(true, false).hint(480, SWT.DEFAULT).applyTo(details);
        note = Widgets.named(new Label(area, SWT.WRAP), "certificates.verify.note");
        GridDataFactory.fillDefaults().grab(true, true).hint(480, SWT.DEFAULT).applyTo(note);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Button check = createButton(parent, CHECK, messages.verify_check, true);
        Widgets.named(check, "certificates.verify.check");
        Widgets.named(createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, false),
                "certificates.verify.close");
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == CHECK) {
            check();
        } else if (buttonId == IDialogConstants.CLOSE_ID) {
            close();
        } else {
            super.buttonPressed(buttonId);
        }
    }

    /** Checks the typed code: a text that is not a code is said at once; a code is looked up in a Job. */
    private void check() {
        String typed = code.getText();
        if (VerificationCode.normalise(typed).isEmpty()) {
            show(messages.verify_notACode, "", "", false);
            return;
        }
        getButton(CHECK).setEnabled(false);
        Job job = Job.create(messages.verify_job, monitor -> {
            Verification answer = certificates.verify(typed);
            Instant lastSync = certificates.lastSync();
            ui.asyncExec(() -> {
                if (code.isDisposed()) {
                    return;
                }
                getButton(CHECK).setEnabled(true);
                if (!typed.equals(code.getText())) {
                    return; // typed on meanwhile
                }
                show(words.headline(answer), words.details(answer),
                        answer.known() ? "" : words.syncNote(lastSync), answer.valid());
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void show(String headlineText, String detailsText, String noteText, boolean valid) {
        headline.setText(headlineText);
        headline.setForeground(headline.getDisplay().getSystemColor(valid ? SWT.COLOR_DARK_GREEN : SWT.COLOR_DARK_RED));
        details.setText(detailsText);
        note.setText(noteText);
        // An empty line takes no room: the note follows the headline straight.
        for (Label label : new Label[] { details, note }) {
            ((GridData) label.getLayoutData()).exclude = label.getText().isEmpty();
            label.setVisible(!label.getText().isEmpty());
        }
        getShell().layout(true, true);
        Shell shell = getShell();
        shell.setSize(shell.getSize().x, Math.max(shell.getSize().y, shell.computeSize(shell.getSize().x,
                SWT.DEFAULT).y));
    }

    private void clearAnswer() {
        if (headline != null && !headline.getText().isEmpty()) {
            show("", "", "", false);
        }
    }
}
