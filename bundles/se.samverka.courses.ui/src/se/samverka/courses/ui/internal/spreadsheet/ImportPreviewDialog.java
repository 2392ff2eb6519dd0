package se.samverka.courses.ui.internal.spreadsheet;

import java.text.MessageFormat;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import se.samverka.courses.ParticipantSheet;
import se.samverka.courses.ParticipantSheet.Action;
import se.samverka.courses.ParticipantSheet.Problem;
import se.samverka.courses.ParticipantSheet.Row;
import se.samverka.ui.Widgets;

/**
 * The preview of a participant file: every row with what importing it does, and every problem with its line. The
 * Import button is there only for a clean file; nothing is saved until it is pressed.
 */
final class ImportPreviewDialog extends TitleAreaDialog {

    private final SpreadsheetMessages messages;
    private final ParticipantSheet sheet;
    private final String fileName;

    ImportPreviewDialog(Shell parent, SpreadsheetMessages messages, ParticipantSheet sheet, String fileName) {
        super(parent);
        this.messages = messages;
        this.sheet = sheet;
        this.fileName = fileName;
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(messages.preview_title);
    }

    @Override
    protected Point getInitialSize() {
        return new Point(1180, 640);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(MessageFormat.format(messages.preview_message, fileName, sheet.rows().size()));
        if (sheet.clean()) {
            setMessage(MessageFormat.format(messages.preview_clean, sheet.count(Action.NEW_PERSON),
                    sheet.count(Action.EXISTING_PERSON), sheet.count(Action.ALREADY_ENROLLED)),
                    IMessageProvider.INFORMATION);
        } else {
            setMessage(MessageFormat.format(messages.preview_problems, sheet.problems().size()),
                    IMessageProvider.ERROR);
        }
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(12, 8).spacing(0, 6).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        Widgets.named(body, "spreadsheet.preview");

        if (!sheet.clean()) {
            heading(body, messages.preview_problemsHeading);
            Table problems = table(body, "spreadsheet.preview.problems", messages.column_line,
                    messages.column_problem);
            for (Problem problem : sheet.problems()) {
                TableItem item = new TableItem(problems, SWT.NONE);
                item.setText(new String[] { problem.line() == 0 ? messages.problem_wholeFile
                        : String.valueOf(problem.line()), ProblemTexts.text(messages, problem) });
                item.setForeground(problems.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            }
            pack(problems);
            problems.deselectAll();
            GridDataFactory.fillDefaults().grab(true, false)
                    .hint(SWT.DEFAULT, Math.min(8, sheet.problems().size() + 1) * problems.getItemHeight() + 8)
                    .applyTo(problems);
        }

        heading(body, messages.preview_rowsHeading);
        // What happens second, where it is seen without scrolling sideways.
        Table rows = table(body, "spreadsheet.preview.rows", messages.column_line, messages.column_action,
                messages.column_firstName, messages.column_lastName, messages.column_email,
                messages.column_organisation, messages.column_municipality);
        for (Row row : sheet.rows()) {
            TableItem item = new TableItem(rows, SWT.NONE);
            item.setText(new String[] { String.valueOf(row.line()), action(row.action()), row.firstName(),
                    row.lastName(), row.email(),
                    row.newOrganisation() ? MessageFormat.format(messages.action_newOrganisation, row.organisation())
                            : row.organisation(),
                    row.municipality() });
            if (row.action() == Action.INVALID) {
                item.setForeground(rows.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            } else if (row.action() == Action.ALREADY_ENROLLED) {
                item.setForeground(rows.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            }
        }
        pack(rows);
        rows.deselectAll();
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 200).applyTo(rows);
        return area;
    }

    @Override
    protected Control createContents(Composite parent) {
        Control contents = super.createContents(parent);
        // The focus on the button, not on the tables (which would select their first row).
        Button button = getButton(IDialogConstants.OK_ID) != null ? getButton(IDialogConstants.OK_ID)
                : getButton(IDialogConstants.CANCEL_ID);
        button.setFocus();
        return contents;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        if (sheet.clean() && sheet.rows().stream().anyMatch(row -> row.action() == Action.NEW_PERSON
                || row.action() == Action.EXISTING_PERSON)) {
            Widgets.named(createButton(parent, IDialogConstants.OK_ID, messages.preview_importButton, true),
                    "spreadsheet.preview.import");
        }
        Widgets.named(createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL,
                !sheet.clean()), "spreadsheet.preview.cancel");
    }

    private String action(Action action) {
        return switch (action) {
            case NEW_PERSON -> messages.action_NEW_PERSON;
            case EXISTING_PERSON -> messages.action_EXISTING_PERSON;
            case ALREADY_ENROLLED -> messages.action_ALREADY_ENROLLED;
            case INVALID -> messages.action_INVALID;
        };
    }

    private static void heading(Composite parent, String text) {
        Label label = Widgets.styled(new Label(parent, SWT.NONE), "subheading");
        label.setText(text);
        GridDataFactory.fillDefaults().indent(0, 6).applyTo(label);
    }

    private static Table table(Composite parent, String name, String... headers) {
        Table table = Widgets.named(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL
                | SWT.H_SCROLL), name);
        table.setHeaderVisible(true);
        table.deselectAll();
        table.setLinesVisible(true);
        for (String header : headers) {
            new TableColumn(table, SWT.NONE).setText(header);
        }
        return table;
    }

    /** Columns as wide as their contents, none wider than 360 pixels. */
    private static void pack(Table table) {
        for (TableColumn column : table.getColumns()) {
            column.pack();
            column.setWidth(Math.min(column.getWidth() + 8, 360));
        }
    }
}
