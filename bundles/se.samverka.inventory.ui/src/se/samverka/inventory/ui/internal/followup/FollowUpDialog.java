package se.samverka.inventory.ui.internal.followup;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import se.samverka.inventory.followup.FollowUpException;
import se.samverka.inventory.followup.FollowUpRequest;
import se.samverka.inventory.followup.ReportKind;
import se.samverka.inventory.records.MunicipalityRow;
import se.samverka.ui.Widgets;

/**
 * Asks what follow-up report to make: interim or final, the county programme or a municipality (a coordinator only
 * their own), and the years from–to. A wrong year or period is answered in the dialog's message area and the dialog
 * stays open with what was typed; only a request the rules accept closes it.
 */
final class FollowUpDialog extends TitleAreaDialog {

    private final FollowUpMessages messages;
    private final Locale locale;
    private final List<MunicipalityRow> municipalities;
    private final boolean programmeAllowed;
    private final int thisYear;
    private Button interim;
    private Combo scope;
    private Text from;
    private Text to;
    private FollowUpRequest request;

    /**
     * @param municipalities   the municipalities the user may report on, by name
     * @param programmeAllowed whether the county programme can be chosen (not for a coordinator)
     */
    FollowUpDialog(Shell shell, FollowUpMessages messages, Locale locale, List<MunicipalityRow> municipalities,
            boolean programmeAllowed, int thisYear) {
        super(shell);
        this.messages = messages;
        this.locale = locale;
        this.municipalities = List.copyOf(municipalities);
        this.programmeAllowed = programmeAllowed;
        this.thisYear = thisYear;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(messages.followup_dialogTitle);
        Widgets.named(shell, "followup.dialog");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(messages.followup_dialogTitle);
        setMessage(programmeAllowed ? messages.followup_dialogMessage : messages.followup_ownOnly);
        Composite fields = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(12, 10).spacing(10, 8).applyTo(fields);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);

        caption(fields, messages.followup_kind);
        Composite kinds = new Composite(fields, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(16, 0).applyTo(kinds);
        interim = Widgets.named(new Button(kinds, SWT.RADIO), "followup.interim");
        interim.setText(messages.followup_interim);
        interim.setSelection(true);
        Button finalReport = Widgets.named(new Button(kinds, SWT.RADIO), "followup.final");
        finalReport.setText(messages.followup_final);

        caption(fields, messages.followup_scope);
        scope = Widgets.named(new Combo(fields, SWT.DROP_DOWN | SWT.READ_ONLY), "followup.scope");
        if (programmeAllowed) {
            scope.add(messages.followup_programme);
        }
        municipalities.forEach(m -> scope.add(m.name()));
        scope.select(0);
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(scope);

        caption(fields, messages.followup_from);
        from = year(fields, "followup.from", thisYear);
        caption(fields, messages.followup_to);
        to = year(fields, "followup.to", thisYear);
        return area;
    }

    private static void caption(Composite parent, String text) {
        Label caption = new Label(parent, SWT.NONE);
        caption.setText(text);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(caption);
    }

    private static Text year(Composite parent, String name, int year) {
        Text text = Widgets.named(new Text(parent, SWT.BORDER | SWT.SINGLE), name);
        text.setText(String.valueOf(year));
        text.setTextLimit(4);
        GridDataFactory.swtDefaults().hint(80, SWT.DEFAULT).applyTo(text);
        return text;
    }

    @Override
    protected void okPressed() {
        Integer first = year(from, messages.followup_from);
        if (first == null) {
            return;
        }
        Integer last = year(to, messages.followup_to);
        if (last == null) {
            return;
        }
        int chosen = scope.getSelectionIndex() - (programmeAllowed ? 1 : 0);
        String municipalityId = chosen < 0 ? null : municipalities.get(chosen).id();
        FollowUpRequest asked = new FollowUpRequest(interim.getSelection() ? ReportKind.INTERIM : ReportKind.FINAL,
                municipalityId, first, last);
        try {
            asked.check(locale);
        } catch (FollowUpException e) {
            setErrorMessage(e.getMessage());
            (first < FollowUpRequest.FIRST_YEAR || first > FollowUpRequest.LAST_YEAR ? from : to).setFocus();
            return;
        }
        request = asked;
        super.okPressed();
    }

    /** The year typed in a field, or null (and the error said, the field focused) when it is not a year. */
    private Integer year(Text field, String label) {
        String typed = field.getText().strip();
        if (typed.matches("\\d{4}")) {
            return Integer.valueOf(typed);
        }
        setErrorMessage(MessageFormat.format(messages.followup_notAYear, label.replace(":", ""), typed));
        field.setFocus();
        field.selectAll();
        return null;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Widgets.named(createButton(parent, IDialogConstants.OK_ID, messages.followup_make, true), "followup.ok");
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    /** What the user asked for, once the dialog closed with OK; else null. */
    FollowUpRequest request() {
        return request;
    }
}
