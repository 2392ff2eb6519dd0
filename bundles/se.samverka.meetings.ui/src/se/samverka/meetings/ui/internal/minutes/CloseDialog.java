package se.samverka.meetings.ui.internal.minutes;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import se.samverka.ui.Widgets;

/**
 * Closes an action item: when it was done (today unless changed) and a note. A bad date is named in the dialog and
 * nothing is closed. Widgets: {@code close.when}, {@code close.note}, {@code close.problem}.
 */
final class CloseDialog extends Dialog {

    private final MinutesMessages messages;
    private final String item;
    private Text when;
    private Text note;
    private Label problem;
    private Date madeWhen;
    private String madeNote;

    CloseDialog(Shell shell, MinutesMessages messages, String item) {
        super(shell);
        this.messages = messages;
        this.item = item;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(messages.minutes_closeTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        Label what = new Label(area, SWT.WRAP);
        what.setText(item);
        GridDataFactory.fillDefaults().span(2, 1).hint(420, SWT.DEFAULT).applyTo(what);
        new Label(area, SWT.NONE).setText(messages.minutes_closeWhen);
        when = Widgets.named(new Text(area, SWT.BORDER), "close.when");
        when.setText(LocalDate.now().toString());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(when);
        new Label(area, SWT.NONE).setText(messages.minutes_closeNote);
        note = Widgets.named(new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP), "close.note");
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, note.getLineHeight() * 3).applyTo(note);
        problem = Widgets.named(new Label(area, SWT.WRAP), "close.problem");
        problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(problem);
        return area;
    }

    @Override
    protected void okPressed() {
        try {
            madeWhen = Date.from(LocalDate.parse(when.getText().strip()).atStartOfDay(ZoneId.systemDefault())
                    .toInstant());
        } catch (DateTimeParseException e) {
            problem.setText(messages.minutes_badDate);
            problem.getParent().layout(true);
            return;
        }
        madeNote = note.getText();
        super.okPressed();
    }

    Date when() {
        return madeWhen;
    }

    String note() {
        return madeNote;
    }
}
