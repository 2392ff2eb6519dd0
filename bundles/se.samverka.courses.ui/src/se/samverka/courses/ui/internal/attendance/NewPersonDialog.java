package se.samverka.courses.ui.internal.attendance;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import se.samverka.model.Organisation;
import se.samverka.ui.CommonTexts;
import se.samverka.ui.Widgets;

/**
 * A new person made at the venue for a walk-in: first and last name (both required, said at the top while missing)
 * and their organisation, chosen among the county's (read off the UI thread while the dialog opens).
 */
final class NewPersonDialog extends TitleAreaDialog {

    private final AttendanceMessages messages;
    private final CommonTexts texts;
    private final Supplier<List<Organisation>> organisations;
    private List<Organisation> choices = List.of();
    private Text first;
    private Text last;
    private Combo organisation;
    private String firstName;
    private String lastName;
    private Organisation chosen;

    NewPersonDialog(Shell parent, AttendanceMessages messages, CommonTexts texts,
            Supplier<List<Organisation>> organisations) {
        super(parent);
        this.messages = messages;
        this.texts = texts;
        this.organisations = organisations;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(messages.attendance_newTitle);
    }

    @Override
    protected Control createDialogArea(Composite container) {
        Composite area = (Composite) super.createDialogArea(container);
        setTitle(messages.attendance_newTitle);
        setMessage(messages.attendance_newMessage);
        Composite fields = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(12, 12).spacing(12, 6).applyTo(fields);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
        first = text(fields, messages.attendance_firstName, "walkIn.firstName");
        last = text(fields, messages.attendance_lastName, "walkIn.lastName");
        new Label(fields, SWT.NONE).setText(messages.attendance_organisation);
        organisation = Widgets.named(new Combo(fields, SWT.DROP_DOWN | SWT.READ_ONLY), "walkIn.organisation");
        organisation.add(texts.form_none);
        organisation.select(0);
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(organisation);
        Job.create(messages.attendance_newTitle, monitor -> {
            List<Organisation> read = organisations.get();
            organisation.getDisplay().asyncExec(() -> {
                if (!organisation.isDisposed()) {
                    choices = read;
                    read.forEach(o -> organisation.add(o.getName() == null ? "" : o.getName()));
                }
            });
            return Status.OK_STATUS;
        }).schedule();
        return area;
    }

    private Text text(Composite parent, String label, String id) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = Widgets.named(new Text(parent, SWT.BORDER | SWT.SINGLE), id);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
        text.addListener(SWT.Modify, e -> check());
        return text;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        check();
    }

    private void check() {
        boolean named = first != null && last != null && !first.getText().isBlank() && !last.getText().isBlank();
        setErrorMessage(named || first == null || first.getText().isEmpty() && last.getText().isEmpty() ? null
                : messages.attendance_nameRequired);
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(named);
        }
    }

    @Override
    protected void okPressed() {
        firstName = first.getText().strip();
        lastName = last.getText().strip();
        int index = organisation.getSelectionIndex();
        chosen = index <= 0 || index - 1 >= choices.size() ? null : choices.get(index - 1);
        super.okPressed();
    }

    String firstName() {
        return firstName;
    }

    String lastName() {
        return lastName;
    }

    Organisation organisation() {
        return chosen;
    }
}
