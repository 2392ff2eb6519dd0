package se.samverka.meetings.ui.internal.groups;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

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

import se.samverka.model.MembershipRole;
import se.samverka.model.rules.Labels;
import se.samverka.ui.Widgets;

/**
 * Asks for a membership's role (when one is asked for) and a day: adding a member, changing a role, ending a
 * membership. OK runs the change; when it is refused (an overlapping membership, a day before the start) the reason
 * is said at the top and the dialog stays open with what was typed. Widgets: {@code membership.role},
 * {@code membership.date}, {@code membership.ok}.
 */
final class MembershipDialog extends TitleAreaDialog {

    /** The roles in the order offered. */
    static final List<MembershipRole> ROLES = List.of(MembershipRole.MEMBER, MembershipRole.CHAIR,
            MembershipRole.SECRETARY, MembershipRole.CONVENER, MembershipRole.ADJUNCT);

    private final GroupMessages messages;
    private final Locale locale;
    private final String datePattern;
    private final String title;
    private final String message;
    private final MembershipRole role;
    private final String dayLabel;
    private final LocalDate day;
    private final BiFunction<MembershipRole, LocalDate, String> change;
    private Combo roles;
    private Text date;

    /**
     * @param role   the role first chosen; null when no role is asked for
     * @param change runs the change with the role and day given; returns null when done, else why it was refused
     */
    MembershipDialog(Shell parent, GroupMessages messages, Locale locale, String datePattern, String title,
            String message, MembershipRole role, String dayLabel, LocalDate day,
            BiFunction<MembershipRole, LocalDate, String> change) {
        super(parent);
        this.messages = messages;
        this.locale = locale;
        this.datePattern = datePattern;
        this.title = title;
        this.message = message;
        this.role = role;
        this.dayLabel = dayLabel;
        this.day = day;
        this.change = change;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite container) {
        Composite area = (Composite) super.createDialogArea(container);
        setTitle(title);
        setMessage(message);
        Composite fields = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(12, 12).spacing(12, 6).applyTo(fields);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
        if (role != null) {
            new Label(fields, SWT.NONE).setText(messages.group_role);
            roles = Widgets.named(new Combo(fields, SWT.READ_ONLY | SWT.DROP_DOWN), "membership.role");
            ROLES.forEach(r -> roles.add(Labels.of(r, locale)));
            roles.select(ROLES.indexOf(role));
            GridDataFactory.fillDefaults().grab(true, false).applyTo(roles);
        }
        new Label(fields, SWT.NONE).setText(dayLabel);
        date = Widgets.named(new Text(fields, SWT.BORDER | SWT.SINGLE), "membership.date");
        date.setText(day.format(DateTimeFormatter.ofPattern(datePattern)));
        date.setMessage(datePattern);
        date.addListener(SWT.Modify, e -> setErrorMessage(null));
        GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(date);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        Widgets.named(getButton(IDialogConstants.OK_ID), "membership.ok");
    }

    @Override
    protected void okPressed() {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(datePattern);
        LocalDate typed;
        try {
            typed = LocalDate.parse(date.getText().strip(), format);
        } catch (DateTimeParseException e) {
            setErrorMessage(MessageFormat.format(messages.group_badDate, datePattern,
                    LocalDate.now().format(format)));
            date.setFocus();
            return;
        }
        String refused = change.apply(roles == null ? null : ROLES.get(roles.getSelectionIndex()), typed);
        if (refused != null) {
            setErrorMessage(refused);
            return;
        }
        super.okPressed();
    }
}
