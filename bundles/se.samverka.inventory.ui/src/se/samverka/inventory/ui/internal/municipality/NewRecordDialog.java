package se.samverka.inventory.ui.internal.municipality;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import se.samverka.inventory.records.Finding;
import se.samverka.inventory.records.InvalidRecordException;
import se.samverka.inventory.records.MunicipalityPage;
import se.samverka.inventory.records.MunicipalityService;
import se.samverka.inventory.records.NewRecord;
import se.samverka.model.MunicipalRecordKind;
import se.samverka.store.StoreException;
import se.samverka.ui.Widgets;

/**
 * Records a new lägesbild, action plan, agreement or promise of a municipality. Bad input is answered in the dialog's
 * message area and the dialog stays open with everything typed; only a record the service accepts closes it. (One
 * insert: it runs on the UI thread.)
 */
final class NewRecordDialog extends TitleAreaDialog {

    private final MunicipalityService service;
    private final MunicipalityMessages messages;
    private final Locale locale;
    private final MunicipalityPage page;
    private final MunicipalRecordKind kind;
    private final String heading;
    private Text title;
    private Text adoptedOn;
    private Text validFrom;
    private Text validTo;
    private Text summary;
    private Text link;
    private String savedTitle;

    NewRecordDialog(Shell shell, MunicipalityService service, MunicipalityMessages messages, Locale locale,
            MunicipalityPage page, MunicipalRecordKind kind, String heading) {
        super(shell);
        this.service = service;
        this.messages = messages;
        this.locale = locale;
        this.page = page;
        this.kind = kind;
        this.heading = heading.replace("&", "").replace("…", "").strip();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(heading);
        Widgets.named(shell, "municipality.newRecord");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(MessageFormat.format(messages.dialog_title, Finding.kindName(kind, locale), page.name()));
        setMessage(messages.dialog_message);
        Composite fields = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(12, 10).spacing(10, 6).applyTo(fields);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
        LocalDate today = LocalDate.now();
        title = field(fields, messages.dialog_recordTitle, "title",
                Finding.kindName(kind, locale) + " " + today.getYear() + " – " + page.name(), SWT.SINGLE);
        adoptedOn = field(fields, messages.dialog_adoptedOn, "adoptedOn", today.toString(), SWT.SINGLE);
        validFrom = field(fields, messages.dialog_validFrom, "validFrom", "", SWT.SINGLE);
        validTo = field(fields, messages.dialog_validTo, "validTo", "", SWT.SINGLE);
        new Label(fields, SWT.NONE);
        Label hint = Widgets.styled(new Label(fields, SWT.NONE), "secondary");
        hint.setText(messages.dialog_dateHint);
        summary = field(fields, messages.dialog_summary, "summary", "", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, 70).applyTo(summary);
        link = field(fields, messages.dialog_link, "documentLink", "", SWT.SINGLE);
        return area;
    }

    private static Text field(Composite parent, String label, String name, String value, int style) {
        Label caption = new Label(parent, SWT.NONE);
        caption.setText(label);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).indent(0, 4).applyTo(caption);
        Text text = Widgets.named(new Text(parent, SWT.BORDER | style), "municipality.newRecord." + name);
        text.setText(value);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(text);
        return text;
    }

    @Override
    protected void okPressed() {
        LocalDate adopted;
        LocalDate from;
        LocalDate to;
        try {
            adopted = date(adoptedOn, messages.dialog_adoptedOn);
            from = date(validFrom, messages.dialog_validFrom);
            to = date(validTo, messages.dialog_validTo);
        } catch (IllegalArgumentException e) {
            setErrorMessage(e.getMessage());
            return;
        }
        try {
            savedTitle = service.record(page.id(), new NewRecord(kind, title.getText(), adopted, from, to,
                    summary.getText(), link.getText())).getTitle();
        } catch (InvalidRecordException e) {
            setErrorMessage(e.text(locale).replace('\n', ' '));
            return;
        } catch (StoreException | RuntimeException e) {
            setErrorMessage(MessageFormat.format(messages.dialog_saveFailed,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return;
        }
        super.okPressed();
    }

    /** The day typed in a field, null when it is empty; a date not written as ÅÅÅÅ-MM-DD is refused with its field. */
    private LocalDate date(Text field, String label) {
        String typed = field.getText().strip();
        if (typed.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(typed);
        } catch (DateTimeParseException e) {
            field.setFocus();
            throw new IllegalArgumentException(MessageFormat.format(messages.dialog_badDate, label, typed), e);
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Widgets.named(createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true),
                "municipality.newRecord.ok");
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    String savedTitle() {
        return savedTitle;
    }
}
