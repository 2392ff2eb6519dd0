package se.samverka.meetings.ui.internal.minutes;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import se.samverka.model.Person;
import se.samverka.model.rules.Labels;
import se.samverka.ui.CommonTexts;
import se.samverka.ui.Widgets;
import se.samverka.ui.forms.RecordPicker;

/**
 * A new action item: what, the owner (found with the {@link RecordPicker}) and the due date. Bad input is named in
 * the dialog and nothing is made. Widgets: {@code action.what}, {@code action.owner}, {@code action.pick},
 * {@code action.due}, {@code action.problem}.
 */
final class ActionDialog extends Dialog {

    private final MinutesMessages messages;
    private final CommonTexts texts;
    private final Locale locale;
    private final Supplier<List<Person>> people;
    private Text what;
    private Label owner;
    private Text due;
    private Label problem;
    private Person picked;
    private String madeWhat;
    private Date madeDue;

    ActionDialog(Shell shell, MinutesMessages messages, CommonTexts texts, Locale locale,
            Supplier<List<Person>> people) {
        super(shell);
        this.messages = messages;
        this.texts = texts;
        this.locale = locale;
        this.people = people;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(messages.minutes_actionTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(area);
        new Label(area, SWT.NONE).setText(messages.minutes_actionWhat);
        what = Widgets.named(new Text(area, SWT.BORDER), "action.what");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(360, SWT.DEFAULT).applyTo(what);
        new Label(area, SWT.NONE).setText(messages.minutes_actionOwner);
        owner = Widgets.named(new Label(area, SWT.NONE), "action.owner");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(owner);
        Button pick = Widgets.named(new Button(area, SWT.PUSH), "action.pick");
        pick.setText(messages.minutes_actionPickOwner);
        pick.addListener(SWT.Selection, e -> pick());
        new Label(area, SWT.NONE).setText(messages.minutes_actionDue);
        due = Widgets.named(new Text(area, SWT.BORDER), "action.due");
        GridDataFactory.fillDefaults().span(2, 1).applyTo(due);
        problem = Widgets.named(new Label(area, SWT.WRAP), "action.problem");
        problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(problem);
        return area;
    }

    private void pick() {
        List<Person> chosen = new RecordPicker<Person>(getShell(), texts, locale, messages.minutes_pickTitle,
                messages.minutes_pickHint, people, Labels::name, Labels::searchText).open();
        if (!chosen.isEmpty()) {
            picked = chosen.get(0);
            owner.setText(Labels.name(picked));
            owner.getParent().layout(true);
        }
    }

    @Override
    protected void okPressed() {
        String text = what.getText().strip();
        if (text.isEmpty()) {
            show(messages.minutes_needWhat);
            return;
        }
        if (picked == null) {
            show(messages.minutes_needOwner);
            return;
        }
        Date date = null;
        if (!due.getText().isBlank()) {
            try {
                date = Date.from(LocalDate.parse(due.getText().strip()).atStartOfDay(ZoneId.systemDefault())
                        .toInstant());
            } catch (DateTimeParseException e) {
                show(messages.minutes_badDate);
                return;
            }
        }
        madeWhat = text;
        madeDue = date;
        super.okPressed();
    }

    private void show(String text) {
        problem.setText(text);
        problem.getParent().layout(true);
        getButton(IDialogConstants.OK_ID).getShell().pack();
    }

    String what() {
        return madeWhat;
    }

    Person owner() {
        return picked;
    }

    Date due() {
        return madeDue;
    }
}
