package se.samverka.inventory.ui.internal.budgets;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.samverka.inventory.Amounts;
import se.samverka.inventory.Amounts.InvalidAmountException;
import se.samverka.inventory.BudgetException;
import se.samverka.inventory.BudgetService;
import se.samverka.inventory.BudgetSheet;
import se.samverka.inventory.BudgetSheet.Cell;
import se.samverka.inventory.BudgetSheet.PlannedActual;
import se.samverka.inventory.BudgetSheet.Row;
import se.samverka.inventory.BudgetSheet.RowKey;
import se.samverka.inventory.Spreadsheets;
import se.samverka.model.BudgetLineKind;
import se.samverka.model.rules.Labels;
import se.samverka.store.RecordsChanged;
import se.samverka.ui.SamverkaUi;
import se.samverka.ui.StatusLine;
import se.samverka.inventory.ui.internal.EditableCells;
import se.samverka.ui.Widgets;
import se.samverka.ui.forms.ApplyOperation;
import se.samverka.ui.forms.EditHistory;
import se.samverka.ui.forms.SerialWrites;
import se.samverka.ui.lists.RecordListPart;

/**
 * The budget page of a project, or of the county programme (the part's {@link SamverkaUi#RECORD_ID} is the project's
 * id, or {@link #PROGRAMME}): years as columns (planned | actual per year, then the totals and actual against
 * planned), lines as rows grouped income / expenses with their sums and the result, and the chart of planned against
 * actual per year beside. Amounts are edited in place (Enter or a double click, Tab to the next cell); the sums, the
 * result and the chart follow as the user types, before anything is written. Each change is written at once in a
 * Job, in order, and undone with Ctrl+Z through the part's {@link EditHistory}.
 */
public class BudgetPart {

    /** The part descriptor's id. */
    public static final String ID = "se.samverka.inventory.ui.budget";
    /** The record id of the county programme's budget page (its budgets have no project). */
    public static final String PROGRAMME = "programme";
    /** The first table column that is a year's. */
    private static final int FIRST_YEAR = 1;

    @Inject
    private MPart part;
    @Inject
    private IEclipseContext context;
    @Inject
    private BudgetService service;
    @Inject
    private UISynchronize ui;
    @Inject
    private StatusLine statusLine;
    @Inject
    @Translation
    private BudgetMessages messages;
    @Inject
    @Named(TranslationService.LOCALE)
    private Locale locale;

    private final EditHistory history = new EditHistory();
    /** The writes of this page run one after the other, in the order made. */
    private final SerialWrites writes = new SerialWrites();

    private String projectId;
    private LocalResourceManager resources;
    private Label title;
    private Label message;
    private TableViewer viewer;
    private ChartView chart;
    private Font bold;
    private Color groupTint;
    private Color sumTint;
    private Color negative;

    /** The budget as last read. */
    private BudgetSheet read;
    /** The budget as shown: as read, with the changes being written and the amount being typed. */
    private BudgetSheet shown;
    /** The cell being edited: its line, year and whether it is the planned amount. */
    private Editing editing;
    private int pending;
    /** The editor of the amount cells, made when first needed ({@link #amountEditor()}). */
    private TextCellEditor amountEditor;

    /** The rows of the table. */
    sealed interface Line permits Group, Item, Sum, Result {
    }

    record Group(BudgetLineKind kind) implements Line {
    }

    record Item(RowKey key) implements Line {
    }

    record Sum(BudgetLineKind kind) implements Line {
    }

    record Result() implements Line {
    }

    private record Editing(RowKey key, int year, boolean planned) {
    }

    /** A line's planned and actual amounts in one year: what an edit changes, and undo changes back. */
    private record LineAmounts(RowKey row, int year, BigDecimal planned, BigDecimal actual) {
    }

    @PostConstruct
    public void create(Composite parent) {
        context.set(EditHistory.class, history);
        String id = part.getPersistedState().get(SamverkaUi.RECORD_ID);
        projectId = PROGRAMME.equals(id) ? null : id;
        load();
        resources = new LocalResourceManager(JFaceResources.getResources(), parent);
        groupTint = resources.create(ColorDescriptor.createFrom(new RGB(0xE8, 0xEE, 0xF7)));
        sumTint = resources.create(ColorDescriptor.createFrom(new RGB(0xF3, 0xF3, 0xF3)));
        negative = resources.create(ColorDescriptor.createFrom(new RGB(0xB0, 0x1E, 0x1E)));

        Composite top = Widgets.styled(new Composite(parent, SWT.NONE), "form");
        Widgets.named(top, "budget");
        GridLayoutFactory.fillDefaults().margins(16, 12).spacing(8, 8).applyTo(top);
        title = Widgets.named(Widgets.heading(Widgets.styled(new Label(top, SWT.NONE), "heading"), resources, 4),
                "budget.title");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        Label lead = Widgets.styled(new Label(top, SWT.WRAP), "secondary");
        lead.setText(messages.budget_lead);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(lead);
        message = Widgets.named(Widgets.styled(new Label(top, SWT.WRAP), "formMessage"), "budget.message");
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).exclude(true).applyTo(message);
        message.setVisible(false);

        Composite buttons = Widgets.styled(new Composite(top, SWT.NONE), "form");
        GridLayoutFactory.fillDefaults().numColumns(5).spacing(8, 0).applyTo(buttons);
        button(buttons, messages.budget_addYear, "budget.addYear").addListener(SWT.Selection, e -> addYear());
        button(buttons, messages.budget_removeYear, "budget.removeYear").addListener(SWT.Selection,
                e -> removeYear());
        button(buttons, messages.budget_addRow, "budget.addRow").addListener(SWT.Selection, e -> addRow());
        button(buttons, messages.budget_removeRow, "budget.removeRow").addListener(SWT.Selection, e -> removeRow());
        button(buttons, messages.budget_export, "budget.export").addListener(SWT.Selection, e -> export());

        Composite body = Widgets.styled(new Composite(top, SWT.NONE), "form");
        GridLayoutFactory.fillDefaults().numColumns(1).spacing(12, 12).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        viewer = new TableViewer(body, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        Table table = viewer.getTable();
        Widgets.named(table, "budget.table");
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        bold = resources.create(FontDescriptor.createFrom(table.getFont()).setStyle(SWT.BOLD));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 260).applyTo(table);
        EditableCells.enable(viewer, true);

        chart = new ChartView(body, locale);
        Widgets.named(chart.control(), "budget.chart");
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 200).applyTo(chart.control());
        busy();
    }

    private static Button button(Composite parent, String text, String id) {
        Button button = Widgets.named(new Button(parent, SWT.PUSH), id);
        button.setText(text);
        return button;
    }

    // ---- reading and showing -----------------------------------------------------------------------------------

    /** Reads the budget in a Job and shows it; the table is marked loading meanwhile (the UI tests wait for it). */
    private void load() {
        pending++;
        busy();
        Job job = Job.create(messages.budget_heading, monitor -> {
            BudgetSheet sheet = service.budget(projectId);
            ui.asyncExec(() -> {
                pending--;
                show(sheet);
            });
            return Status.OK_STATUS;
        });
        job.setRule(writes);
        job.schedule();
    }

    /** Shows a budget as read (the columns made anew when its years changed). */
    void show(BudgetSheet sheet) {
        if (viewer == null || viewer.getTable().isDisposed()) {
            return;
        }
        boolean columnsChanged = read == null || !read.yearNumbers().equals(sheet.yearNumbers());
        read = sheet;
        shown = sheet;
        String name = sheet.title() == null ? "" : sheet.title();
        title.setText(MessageFormat.format(messages.budget_heading, name));
        part.setLabel(MessageFormat.format(messages.budget_partLabel, name));
        if (columnsChanged || viewer.getTable().getColumnCount() == 0) {
            makeColumns();
        }
        viewer.setInput(lines(sheet));
        // Every line in view with its sums and the result, the chart below taking the rest.
        Table table = viewer.getTable();
        ((org.eclipse.swt.layout.GridData) table.getLayoutData()).heightHint = Math.min(480,
                table.getHeaderHeight() + table.getItemHeight() * (table.getItemCount() + 1));
        chart.show(sheet);
        if (sheet.isEmpty()) {
            say(messages.budget_empty);
        }
        busy();
        // Laid out again for what changed (the title, the table's columns and height), the rest as measured before.
        title.getParent().layout(new Control[] { title, table });
    }

    /** Income: its heading, lines and sum; the same for expenses; then the result. */
    private static List<Line> lines(BudgetSheet sheet) {
        List<Line> lines = new ArrayList<>();
        for (BudgetLineKind kind : BudgetLineKind.VALUES) {
            lines.add(new Group(kind));
            for (Row row : kind == BudgetLineKind.INCOME ? sheet.income() : sheet.expenses()) {
                lines.add(new Item(row.key()));
            }
            lines.add(new Sum(kind));
        }
        lines.add(new Result());
        return lines;
    }

    private void makeColumns() {
        Table table = viewer.getTable();
        table.setRedraw(false);
        try {
            for (org.eclipse.swt.widgets.TableColumn column : table.getColumns()) {
                column.dispose();
            }
            TableViewerColumn first = column(messages.budget_columnLine, 250, SWT.LEFT, this::lineText);
            first.setEditingSupport(new DescriptionEditing());
            for (int year : read.yearNumbers()) {
                column(MessageFormat.format(messages.budget_columnPlanned, String.valueOf(year)), 104, SWT.RIGHT,
                        line -> amount(line, sheet -> amounts(sheet, line, year), true))
                        .setEditingSupport(new AmountEditing(year, true));
                column(MessageFormat.format(messages.budget_columnActual, String.valueOf(year)), 104, SWT.RIGHT,
                        line -> amount(line, sheet -> amounts(sheet, line, year), false))
                        .setEditingSupport(new AmountEditing(year, false));
            }
            column(messages.budget_columnTotalPlanned, 116, SWT.RIGHT,
                    line -> amount(line, sheet -> totals(sheet, line), true));
            column(messages.budget_columnTotalActual, 116, SWT.RIGHT,
                    line -> amount(line, sheet -> totals(sheet, line), false));
            column(messages.budget_columnPercent, 120, SWT.RIGHT, line -> {
                PlannedActual totals = line instanceof Group ? null : totals(shown, line);
                return totals == null ? "" : Amounts.percent(totals.percent(), locale);
            });
        } finally {
            table.setRedraw(true);
        }
    }

    private TableViewerColumn column(String header, int width, int style, Function<Line, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, style);
        column.getColumn().setText(header);
        column.getColumn().setWidth(width);
        column.getColumn().setResizable(true);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Line) element);
            }

            @Override
            public Font getFont(Object element) {
                return element instanceof Item ? null : bold;
            }

            @Override
            public Color getBackground(Object element) {
                return element instanceof Group ? groupTint : element instanceof Item ? null : sumTint;
            }

            @Override
            public Color getForeground(Object element) {
                return element instanceof Result && text.apply((Line) element).startsWith("\u2212") ? negative
                        : null;
            }

            @Override
            public String getToolTipText(Object element) {
                return element instanceof Item item ? unitsText(item) : null;
            }
        });
        return column;
    }

    private String lineText(Line line) {
        return switch (line) {
            case Group group -> group.kind() == BudgetLineKind.INCOME ? messages.budget_income
                    : messages.budget_expenses;
            case Item item -> {
                Row row = shown.row(item.key());
                String description = row == null ? "" : row.description();
                String category = item.key().category() == null ? "" : Labels.of(item.key().category(), locale);
                yield description.isBlank() ? category : description;
            }
            case Sum sum -> sum.kind() == BudgetLineKind.INCOME ? messages.budget_sumIncome
                    : messages.budget_sumExpenses;
            case Result result -> messages.budget_result;
        };
    }

    /** The pricing of a line as quantity × amount per unit in its latest year that has one, or {@code null}. */
    private String unitsText(Item item) {
        Row row = shown.row(item.key());
        if (row == null) {
            return null;
        }
        for (int year : shown.yearNumbers().reversed()) {
            Cell cell = row.cell(year);
            if (cell != null && cell.unitAmount() != null) {
                return MessageFormat.format(messages.budget_units, String.valueOf(year),
                        String.valueOf(cell.quantity()), Amounts.format(cell.unitAmount(), locale));
            }
        }
        return null;
    }

    private static PlannedActual amounts(BudgetSheet sheet, Line line, int year) {
        return switch (line) {
            case Group group -> null;
            case Item item -> {
                Row row = sheet.row(item.key());
                Cell cell = row == null ? null : row.cell(year);
                yield cell == null ? null : new PlannedActual(cell.planned(), cell.actual());
            }
            case Sum sum -> sheet.total(sum.kind(), year);
            case Result result -> sheet.result(year);
        };
    }

    private static PlannedActual totals(BudgetSheet sheet, Line line) {
        return switch (line) {
            case Group group -> null;
            case Item item -> sheet.row(item.key()) == null ? null : sheet.amounts(sheet.row(item.key()));
            case Sum sum -> sheet.total(sum.kind());
            case Result result -> sheet.result();
        };
    }

    private String amount(Line line, Function<BudgetSheet, PlannedActual> of, boolean planned) {
        if (shown == null) {
            return "";
        }
        PlannedActual amounts = of.apply(shown);
        if (amounts == null) {
            return "";
        }
        return Amounts.number(planned ? amounts.planned() : amounts.actual(), locale);
    }

    /** The sums, the result and the chart shown anew for {@link #shown} (the lines themselves as they are). */
    private void showTotals() {
        List<Object> totals = new ArrayList<>();
        for (Object element : (List<?>) viewer.getInput()) {
            if (element instanceof Sum || element instanceof Result) {
                totals.add(element);
            }
        }
        viewer.update(totals.toArray(), null);
        chart.show(shown);
    }

    // ---- editing amounts ---------------------------------------------------------------------------------------

    /** Edits a line's planned or actual amount of one year; the totals follow the text as it is typed. */
    private final class AmountEditing extends EditingSupport {

        private final int year;
        private final boolean planned;

        AmountEditing(int year, boolean planned) {
            super(viewer);
            this.year = year;
            this.planned = planned;
        }

        @Override
        protected boolean canEdit(Object element) {
            return element instanceof Item;
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return amountEditor();
        }

        @Override
        protected void initializeCellEditorValue(CellEditor cellEditor, ViewerCell cell) {
            editing = new Editing(((Item) cell.getElement()).key(), year, planned);
            super.initializeCellEditorValue(cellEditor, cell);
        }

        @Override
        protected Object getValue(Object element) {
            PlannedActual amounts = amounts(shown, (Line) element, year);
            return amounts == null ? "" : Amounts.number(planned ? amounts.planned() : amounts.actual(), locale);
        }

        @Override
        protected void setValue(Object element, Object value) {
            editing = null;
            RowKey key = ((Item) element).key();
            BigDecimal amount;
            try {
                amount = Amounts.parse((String) value, locale);
            } catch (InvalidAmountException e) {
                say(e.getMessage());
                shown = read;
                showTotals();
                return;
            }
            Cell cell = read.row(key) == null ? null : read.row(key).cell(year);
            BigDecimal oldPlanned = cell == null ? null : cell.planned();
            BigDecimal oldActual = cell == null ? null : cell.actual();
            BigDecimal newPlanned = planned ? amount : oldPlanned;
            BigDecimal newActual = planned ? oldActual : amount;
            if (same(oldPlanned, newPlanned) && same(oldActual, newActual)) {
                shown = read;
                showTotals();
                return;
            }
            history.execute(new ApplyOperation<>(messages.budget_change,
                    new LineAmounts(key, year, oldPlanned, oldActual), new LineAmounts(key, year, newPlanned, newActual),
                    BudgetPart.this::write));
        }
    }

    /**
     * The one editor of every amount cell, made when a cell is first edited (one cell is edited at a time; the
     * editing column sets {@link #editing}): a page of many years opens without a text field per year's column.
     */
    private TextCellEditor amountEditor() {
        if (amountEditor == null) {
            amountEditor = new TextCellEditor(viewer.getTable(), SWT.RIGHT);
            Text text = (Text) amountEditor.getControl();
            Widgets.named(text, "budget.cellEditor");
            text.addListener(SWT.Modify, e -> typed(text.getText()));
        }
        return amountEditor;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** As the user types: the sums, the result and the chart for the amount typed (when it is one). */
    private void typed(String text) {
        if (editing == null || read == null) {
            return;
        }
        BigDecimal amount;
        try {
            amount = Amounts.parse(text, locale);
        } catch (InvalidAmountException e) {
            return;
        }
        Row row = read.row(editing.key());
        Cell cell = row == null ? null : row.cell(editing.year());
        BigDecimal plannedNow = editing.planned() ? amount : cell == null ? null : cell.planned();
        BigDecimal actualNow = editing.planned() ? (cell == null ? null : cell.actual()) : amount;
        shown = read.with(editing.key(), editing.year(), plannedNow, actualNow);
        showTotals();
    }

    /** Shows amounts at once and writes them in a Job (in order); a refusal is said and the budget read again. */
    private void write(LineAmounts amounts) {
        shown = shown.with(amounts.row(), amounts.year(), amounts.planned(), amounts.actual());
        read = read.with(amounts.row(), amounts.year(), amounts.planned(), amounts.actual());
        viewer.refresh();
        showTotals();
        run(() -> service.setAmounts(projectId, amounts.row(), amounts.year(), amounts.planned(), amounts.actual()));
    }

    /** A command of the budget service. */
    private interface Command {
        BudgetSheet run() throws BudgetException;
    }

    /** Runs a command in a Job, in order, then shows the budget as written (or says why not and reads it again). */
    private void run(Command command) {
        pending++;
        busy();
        Job job = Job.create(messages.budget_change, monitor -> {
            BudgetSheet after;
            String refusal = null;
            try {
                after = command.run();
            } catch (BudgetException e) {
                refusal = e.getMessage();
                after = service.budget(projectId);
            }
            BudgetSheet sheet = after;
            String said = refusal;
            ui.asyncExec(() -> {
                pending--;
                if (viewer.getTable().isDisposed()) {
                    return;
                }
                if (said != null) {
                    say(said);
                } else {
                    say("");
                    statusLine.setMessage(messages.budget_saved);
                }
                if (pending == 0 && (editing == null || said != null)) {
                    show(sheet);
                } else {
                    busy();
                }
            });
            return Status.OK_STATUS;
        });
        job.setRule(writes);
        job.schedule();
    }

    /** Edits a line's description (in every year). */
    private final class DescriptionEditing extends EditingSupport {

        private TextCellEditor editor;

        DescriptionEditing() {
            super(viewer);
        }

        @Override
        protected boolean canEdit(Object element) {
            return element instanceof Item;
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            if (editor == null) {
                editor = new TextCellEditor(viewer.getTable());
            }
            return editor;
        }

        @Override
        protected Object getValue(Object element) {
            Row row = shown.row(((Item) element).key());
            return row == null ? "" : row.description();
        }

        @Override
        protected void setValue(Object element, Object value) {
            RowKey key = ((Item) element).key();
            Row row = read.row(key);
            String text = ((String) value).strip();
            if (row == null || text.equals(row.description())) {
                return;
            }
            run(() -> service.describe(projectId, key, text));
        }
    }

    // ---- years and lines ---------------------------------------------------------------------------------------

    private void addYear() {
        int next = read == null || read.isEmpty() ? java.time.Year.now().getValue()
                : read.yearNumbers().get(read.yearNumbers().size() - 1) + 1;
        Integer year = askYear(messages.budget_addYearTitle, messages.budget_addYearMessage, next);
        if (year != null) {
            run(() -> service.addYear(projectId, year));
        }
    }

    private void removeYear() {
        if (read == null || read.isEmpty()) {
            say(messages.budget_empty);
            return;
        }
        Integer year = askYear(messages.budget_removeYearTitle, messages.budget_removeYearMessage,
                read.yearNumbers().get(read.yearNumbers().size() - 1));
        if (year != null) {
            run(() -> service.removeYear(projectId, year));
        }
    }

    private Integer askYear(String dialogTitle, String question, int proposed) {
        InputDialog dialog = new InputDialog(shell(), dialogTitle, question, String.valueOf(proposed),
                text -> text.strip().matches("\\d{4}") ? null
                        : MessageFormat.format(messages.budget_notAYear, text.strip()));
        return dialog.open() == InputDialog.OK ? Integer.valueOf(dialog.getValue().strip()) : null;
    }

    private void addRow() {
        if (read == null || read.isEmpty()) {
            say(messages.budget_empty);
            return;
        }
        NewLineDialog dialog = new NewLineDialog(shell(), messages, locale);
        if (dialog.open() == NewLineDialog.OK) {
            run(() -> service.addRow(projectId, dialog.kind(), dialog.category(), dialog.description()));
        }
    }

    private void removeRow() {
        Object selected = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        if (!(selected instanceof Item item)) {
            say(messages.budget_chooseRow);
            return;
        }
        if (MessageDialog.openQuestion(shell(), messages.budget_removeRow.replace("&", ""),
                MessageFormat.format(messages.budget_removeRowQuestion, lineText(item).strip()))) {
            run(() -> service.removeRow(projectId, item.key()));
        }
    }

    // ---- export ------------------------------------------------------------------------------------------------

    private void export() {
        BudgetSheet sheet = read;
        if (sheet != null) {
            CsvFiles.export(context, shell(), messages,
                    MessageFormat.format(messages.budget_exportFileName, CsvFiles.safe(sheet.title())),
                    messages.budget_exported, out -> Spreadsheets.writeBudget(sheet, locale, out), this::told);
        }
    }

    /** Tells the outcome of an export in the status line. */
    private void told(String text) {
        statusLine.setMessage(text);
    }

    // ---- the rest ----------------------------------------------------------------------------------------------

    private Shell shell() {
        return viewer.getTable().getShell();
    }

    /** Says something above the table; an empty text hides the message. */
    private void say(String text) {
        if (message.isDisposed()) {
            return;
        }
        boolean show = text != null && !text.isEmpty();
        message.setText(show ? text : "");
        message.setVisible(show);
        ((org.eclipse.swt.layout.GridData) message.getLayoutData()).exclude = !show;
        message.getParent().layout(true, true);
    }

    /** Marks the table loading while a read or a write is under way (the UI tests wait for it to clear). */
    private void busy() {
        if (viewer != null && !viewer.getTable().isDisposed()) {
            viewer.getTable().setData(RecordListPart.LOADING, pending > 0 ? Boolean.TRUE : null);
        }
    }

    /**
     * Starts editing a line's planned or actual amount of one year in place, as Enter on that cell does (for a caller
     * that shows the user where to type, and for tests, which cannot rely on posted arrow keys reaching GTK's table).
     */
    public void edit(RowKey row, int year, boolean planned) {
        List<Integer> years = read == null ? List.of() : read.yearNumbers();
        if (years.contains(year)) {
            viewer.editElement(new Item(row), FIRST_YEAR + 2 * years.indexOf(year) + (planned ? 0 : 1));
        }
    }

    /** The budget shown (for tests). */
    BudgetSheet shown() {
        return shown;
    }

    /** The chart view (for tests). */
    ChartView chartView() {
        return chart;
    }

    /** Budgets changed elsewhere (another page, a sync): shown as they are now, unless this page is writing. */
    @Inject
    @Optional
    void recordsChanged(@UIEventTopic(SamverkaUi.TOPIC_RECORDS_CHANGED) RecordsChanged changed) {
        if (viewer != null && !viewer.getTable().isDisposed() && pending == 0 && editing == null
                && changed.touchesAny(Set.of("Budget", "LocalProject"))) {
            load();
        }
    }

    @PreDestroy
    void closed() {
        editing = null;
    }

    @Focus
    public void setFocus() {
        if (viewer != null && !viewer.getTable().isDisposed()) {
            viewer.getTable().setFocus();
        }
    }

}
