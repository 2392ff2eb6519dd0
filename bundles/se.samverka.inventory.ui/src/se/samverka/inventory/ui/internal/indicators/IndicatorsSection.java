package se.samverka.inventory.ui.internal.indicators;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationListener;
import org.eclipse.jface.viewers.ColumnViewerEditorDeactivationEvent;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.samverka.inventory.IndicatorException;
import se.samverka.inventory.IndicatorException.Field;
import se.samverka.inventory.IndicatorService;
import se.samverka.inventory.InventoryService;
import se.samverka.inventory.ProjectIndicators;
import se.samverka.inventory.ProjectIndicators.Indicator;
import se.samverka.inventory.ProjectIndicators.Period;
import se.samverka.model.LocalProject;
import se.samverka.ui.StatusLine;
import se.samverka.inventory.ui.internal.EditableCells;
import se.samverka.ui.Widgets;
import se.samverka.ui.forms.ApplyOperation;
import se.samverka.ui.forms.EditHistory;
import se.samverka.ui.forms.RecordForm;
import se.samverka.ui.forms.SerialWrites;
import se.samverka.ui.lists.RecordListPart;

/**
 * The project page's "Indikatorer": a table of the project's indicators (name, unit, baseline) and, for the one
 * chosen, a table of its periods (period, target, outcome, outcome − target, whether reached, comment), both edited
 * in place (Enter, F2 or a double click in a cell; Tab on). A last row "Ny indikator …" / "Ny period …" adds one by
 * typing its name or period. Numbers are typed and shown the Swedish way ({@link ProjectIndicators#parse}).
 * <p>
 * Every change is a command of {@link IndicatorService}, written at once in a Job (in order); a refusal is said in red
 * under the table where it was typed and nothing is written. Changes of a cell are operations of the page's
 * {@link EditHistory} (Ctrl+Z writes the value before); adding and removing are not undone. What was written is put
 * into the page's record too, so that saving the page's other fields keeps it.
 * <p>
 * Widgets for the UI tests: {@code indicators.table} (its data under this class's name: the section),
 * {@code indicators.periods}, the cell editors {@code indicators.edit.name}, {@code .unit}, {@code .baseline},
 * {@code .period}, {@code .target}, {@code .outcome}, {@code .comment},
 * {@code indicators.message}, {@code indicators.periodsMessage}, the buttons {@code indicators.add},
 * {@code indicators.remove}, {@code indicators.up}, {@code indicators.down}, {@code indicators.addPeriod},
 * {@code indicators.removePeriod}.
 */
public final class IndicatorsSection {

    /** The last row of each table, where a new indicator or period is typed. */
    private static final Object NEW_ROW = new Object();

    @Inject
    private IndicatorService service;
    @Inject
    private InventoryService inventory;
    @Inject
    private IEclipseContext context;
    @Inject
    private UISynchronize ui;
    @Inject
    private StatusLine statusLine;
    @Inject
    @Translation
    private IndicatorMessages messages;
    @Inject
    @Named(TranslationService.LOCALE)
    private Locale locale;

    private final SerialWrites writes = new SerialWrites();
    private RecordForm<LocalProject> form;
    private Composite root;
    private TableViewer indicatorTable;
    private TableViewer periodTable;
    private Label indicatorMessage;
    private Label periodMessage;
    private Label periodsHeading;
    private Color grey;
    private Color green;
    private Color red;
    /** The indicators as last read, and the project they are of. */
    private ProjectIndicators read;
    private volatile String chosenId;
    /** Indicators read while a cell was edited, to show when the edit ends. */
    private ProjectIndicators deferred;
    /** True while what was written is put into the page's record (its change is not one to read again for). */
    private boolean adopting;
    /** The project and version whose indicators are shown: read again when the page's record is another. */
    private String shownKey;
    /** Reads and writes not yet shown: the tables are marked loading meanwhile (the UI tests wait for it). */
    private int pending;

    /** An indicator's fields, as a change sets them and its undo sets them back. */
    private record IndicatorFields(String id, String name, String unit, String description, BigDecimal baseline) {
    }

    /** A period's fields, as a change sets them and its undo sets them back. */
    private record PeriodFields(String indicatorId, String id, String label, BigDecimal target, BigDecimal outcome,
            String comment) {
    }

    /** A command of the indicator service. */
    private interface Command {
        ProjectIndicators run() throws IndicatorException;
    }

    /** Puts the section on the project's form, after the fields that are there. */
    public static IndicatorsSection addTo(RecordForm<LocalProject> form, IEclipseContext context) {
        IndicatorsSection section = ContextInjectionFactory.make(IndicatorsSection.class, context);
        section.create(form);
        return section;
    }

    private void create(RecordForm<LocalProject> form) {
        this.form = form;
        form.section(messages.indicators_heading);
        root = Widgets.named(Widgets.styled(new Composite(form.body(), SWT.NONE), "form"), "indicators.section");
        GridLayoutFactory.fillDefaults().numColumns(1).spacing(0, 6).applyTo(root);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(root);
        grey = root.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
        green = root.getDisplay().getSystemColor(SWT.COLOR_DARK_GREEN);
        red = root.getDisplay().getSystemColor(SWT.COLOR_DARK_RED);

        Label lead = Widgets.styled(new Label(root, SWT.WRAP), "secondary");
        lead.setText(messages.indicators_lead);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(lead);

        indicatorTable = table("indicators.table", 4);
        indicatorTable.getTable().setData(IndicatorsSection.class.getName(), this);
        column(indicatorTable, messages.indicators_columnName, 300, SWT.LEFT, (Indicator i) -> i.name(),
                messages.indicators_newIndicator, new IndicatorEditing(IndicatorEditing.NAME));
        column(indicatorTable, messages.indicators_columnUnit, 120, SWT.LEFT, (Indicator i) -> nonNull(i.unit()),
                "", new IndicatorEditing(IndicatorEditing.UNIT));
        column(indicatorTable, messages.indicators_columnBaseline, 120, SWT.RIGHT,
                (Indicator i) -> ProjectIndicators.format(i.baseline(), locale), "",
                new IndicatorEditing(IndicatorEditing.BASELINE));
        fitWidth(indicatorTable);
        indicatorMessage = message("indicators.message");
        Composite buttons = buttons(4);
        button(buttons, "indicators.add", messages.indicators_add, () -> indicatorTable.editElement(NEW_ROW, 0));
        button(buttons, "indicators.remove", messages.indicators_remove, this::removeIndicator);
        button(buttons, "indicators.up", messages.indicators_up, () -> move(-1));
        button(buttons, "indicators.down", messages.indicators_down, () -> move(1));
        indicatorTable.addSelectionChangedListener(event -> {
            Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (first instanceof Indicator indicator && !indicator.id().equals(chosenId)) {
                chosenId = indicator.id();
                showPeriods();
            }
        });

        periodsHeading = Widgets.named(new Label(root, SWT.WRAP), "indicators.periodsHeading");
        periodsHeading.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        GridDataFactory.fillDefaults().grab(true, false).indent(0, 8).applyTo(periodsHeading);
        periodTable = table("indicators.periods", 6);
        periodColumn(messages.indicators_columnPeriod, 100, SWT.LEFT, p -> p.label(), messages.indicators_newPeriod,
                PeriodEditing.LABEL);
        periodColumn(messages.indicators_columnTarget, 100, SWT.RIGHT,
                p -> ProjectIndicators.format(p.target(), locale), "", PeriodEditing.TARGET);
        periodColumn(messages.indicators_columnOutcome, 100, SWT.RIGHT,
                p -> ProjectIndicators.format(p.outcome(), locale), "", PeriodEditing.OUTCOME);
        periodColumn(messages.indicators_columnDifference, 110, SWT.RIGHT, this::difference, "", -1);
        periodColumn(messages.indicators_columnReached, 100, SWT.LEFT, this::reached, "", -1);
        // "Ja" green, "Nej" red: drawn here, as GTK draws the cells of an editable table in the table's colour.
        CellColours.keep(periodTable.getTable(), periodTable.getTable().getColumnCount() - 1);
        periodColumn(messages.indicators_columnComment, 260, SWT.LEFT, p -> nonNull(p.comment()), "",
                PeriodEditing.COMMENT);
        fitWidth(periodTable);
        periodMessage = message("indicators.periodsMessage");
        Composite periodButtons = buttons(2);
        button(periodButtons, "indicators.addPeriod", messages.indicators_addPeriod,
                () -> periodTable.editElement(NEW_ROW, 0));
        button(periodButtons, "indicators.removePeriod", messages.indicators_removePeriod, this::removePeriod);

        form.onChange(project -> {
            if (!adopting && !key(project).equals(shownKey)) {
                shownKey = key(project);
                load();
            }
        });
        showPeriods();
    }

    // ---- building ------------------------------------------------------------------------------------------------

    private TableViewer table(String name, int rows) {
        TableViewer viewer = new TableViewer(root, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        Table table = viewer.getTable();
        Widgets.named(table, name);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, false)
                .hint(SWT.DEFAULT, table.getHeaderHeight() + table.getItemHeight() * (rows + 1)).applyTo(table);
        EditableCells.enable(viewer, false);
        viewer.getColumnViewerEditor().addEditorActivationListener(new ColumnViewerEditorActivationListener() {
            @Override
            public void afterEditorDeactivated(ColumnViewerEditorDeactivationEvent event) {
                root.getDisplay().asyncExec(() -> {
                    if (deferred != null && !root.isDisposed()) {
                        show(deferred);
                    }
                });
            }

            @Override
            public void beforeEditorActivated(ColumnViewerEditorActivationEvent event) {
            }

            @Override
            public void afterEditorActivated(ColumnViewerEditorActivationEvent event) {
            }

            @Override
            public void beforeEditorDeactivated(ColumnViewerEditorDeactivationEvent event) {
            }
        });
        return viewer;
    }

    /** As wide as its columns: a number stays beside its name instead of at the page's right edge. */
    private static void fitWidth(TableViewer viewer) {
        Table table = viewer.getTable();
        int width = 4;
        for (org.eclipse.swt.widgets.TableColumn column : table.getColumns()) {
            width += column.getWidth();
        }
        org.eclipse.swt.layout.GridData data = (org.eclipse.swt.layout.GridData) table.getLayoutData();
        data.grabExcessHorizontalSpace = false;
        data.horizontalAlignment = SWT.BEGINNING;
        data.widthHint = width;
    }

    private <E> void column(TableViewer viewer, String header, int width, int style, Function<E, String> text,
            String newRow, EditingSupport editing) {
        TableViewerColumn column = new TableViewerColumn(viewer, style);
        column.getColumn().setText(header);
        column.getColumn().setWidth(width);
        column.getColumn().setResizable(true);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            @SuppressWarnings("unchecked")
            public String getText(Object element) {
                return element == NEW_ROW ? newRow : text.apply((E) element);
            }

            @Override
            public Color getForeground(Object element) {
                if (element == NEW_ROW) {
                    return grey;
                }
                if (element instanceof Period period && header.equals(messages.indicators_columnReached)) {
                    Boolean reached = chosen() == null ? null : chosen().reached(period);
                    return reached == null ? null : reached ? green : red;
                }
                return null;
            }
        });
        if (editing != null) {
            column.setEditingSupport(editing);
        }
    }

    private void periodColumn(String header, int width, int style, Function<Period, String> text, String newRow,
            int field) {
        column(periodTable, header, width, style, text, newRow, field < 0 ? null : new PeriodEditing(field));
    }

    private Label message(String name) {
        Label label = Widgets.named(Widgets.styled(new Label(root, SWT.WRAP), "formMessage"), name);
        label.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).exclude(true).applyTo(label);
        label.setVisible(false);
        return label;
    }

    private Composite buttons(int count) {
        Composite row = Widgets.styled(new Composite(root, SWT.NONE), "form");
        GridLayoutFactory.fillDefaults().numColumns(count).spacing(8, 0).applyTo(row);
        return row;
    }

    private static void button(Composite parent, String name, String text, Runnable action) {
        Button button = Widgets.named(new Button(parent, SWT.PUSH), name);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
    }

    // ---- reading and showing -------------------------------------------------------------------------------------

    private String projectId() {
        LocalProject project = form.record();
        return project == null ? null : project.getId();
    }

    /** Reads the indicators in a Job and shows them. */
    private void load() {
        String projectId = projectId();
        if (projectId == null) {
            read = null;
            say(indicatorMessage, messages.indicators_unsaved);
            show(null);
            return;
        }
        pending++;
        busy();
        Job job = Job.create(messages.indicators_heading, monitor -> {
            ProjectIndicators indicators;
            String refusal = null;
            try {
                indicators = service.indicators(projectId);
            } catch (IndicatorException e) {
                indicators = null;
                refusal = e.getMessage();
            }
            ProjectIndicators shown = indicators;
            String said = refusal;
            ui.asyncExec(() -> {
                pending--;
                busy();
                if (!root.isDisposed() && Objects.equals(projectId, projectId())) {
                    if (said != null) {
                        say(indicatorMessage, said);
                    }
                    show(shown);
                }
            });
            return Status.OK_STATUS;
        });
        job.setRule(writes);
        job.schedule();
    }

    /**
     * Shows the indicators as read, keeping the one chosen. While a cell is being edited the tables are left as they
     * are (a refresh would end the edit) and shown when it ends; the edit itself works on {@link #read} by id.
     */
    void show(ProjectIndicators indicators) {
        read = indicators;
        if (indicatorTable.isCellEditorActive() || periodTable.isCellEditorActive()) {
            deferred = indicators;
            return;
        }
        deferred = null;
        List<Object> rows = new ArrayList<>();
        if (indicators != null) {
            rows.addAll(indicators.indicators());
            rows.add(NEW_ROW);
            if (chosenId == null || indicators.indicator(chosenId) == null) {
                chosenId = indicators.indicators().isEmpty() ? null : indicators.indicators().get(0).id();
            }
        }
        indicatorTable.setInput(rows);
        Indicator chosen = chosen();
        if (chosen != null) {
            indicatorTable.setSelection(new StructuredSelection(chosen));
        }
        showPeriods();
    }

    /** The indicator chosen, as read; {@code null} when none. */
    private Indicator chosen() {
        return read == null || chosenId == null ? null : read.indicator(chosenId);
    }

    private void showPeriods() {
        Indicator chosen = chosen();
        List<Object> rows = new ArrayList<>();
        if (chosen != null) {
            rows.addAll(chosen.periods());
            rows.add(NEW_ROW);
            periodsHeading.setText(MessageFormat.format(messages.indicators_periodsOf, chosen.name()));
        } else {
            periodsHeading.setText(messages.indicators_noneChosen);
        }
        periodTable.setInput(rows);
        periodTable.getTable().setEnabled(chosen != null);
        root.layout(true, true);
        form.reflow();
    }

    private String difference(Period period) {
        BigDecimal difference = period.difference();
        if (difference == null) {
            return "";
        }
        return (difference.signum() > 0 ? "+" : "") + ProjectIndicators.format(difference, locale);
    }

    private String reached(Period period) {
        Indicator chosen = chosen();
        Boolean reached = chosen == null ? null : chosen.reached(period);
        return reached == null ? "\u2013" : reached ? messages.indicators_yes : messages.indicators_no;
    }

    private void busy() {
        for (TableViewer viewer : List.of(indicatorTable, periodTable)) {
            if (!viewer.getTable().isDisposed()) {
                viewer.getTable().setData(RecordListPart.LOADING, pending > 0 ? Boolean.TRUE : null);
            }
        }
    }

    /**
     * Starts editing a cell of the indicators' table in place, as Enter on it does (row from 0; the last row is
     * "Ny indikator …"): for tests, which cannot rely on posted keys reaching GTK's table.
     */
    public void editIndicator(int row, int column) {
        indicatorTable.editElement(indicatorTable.getElementAt(row), column);
    }

    /** Starts editing a cell of the periods' table in place, as {@link #editIndicator} does. */
    public void editPeriod(int row, int column) {
        periodTable.editElement(periodTable.getElementAt(row), column);
    }

    /** Shows a message under a table (an empty text hides it). */
    private void say(Label label, String text) {
        boolean show = text != null && !text.isEmpty();
        label.setText(show ? text : "");
        label.setVisible(show);
        ((org.eclipse.swt.layout.GridData) label.getLayoutData()).exclude = !show;
        root.layout(true, true);
        form.reflow();
    }

    // ---- writing -------------------------------------------------------------------------------------------------

    /**
     * Runs a command in a Job, in order, then shows the indicators as written and puts them into the page's record;
     * a refusal is said under the table about its field and the indicators are read again.
     */
    private void run(Command command) {
        String projectId = projectId();
        if (projectId == null) {
            say(indicatorMessage, messages.indicators_unsaved);
            return;
        }
        pending++;
        busy();
        Job job = Job.create(messages.indicators_change, monitor -> {
            ProjectIndicators after = null;
            IndicatorException refusal = null;
            try {
                after = command.run();
            } catch (IndicatorException e) {
                refusal = e;
            }
            LocalProject saved = refusal == null ? inventory.project(projectId).orElse(null) : null;
            ProjectIndicators written = after;
            IndicatorException said = refusal;
            ui.asyncExec(() -> {
                pending--;
                busy();
                if (root.isDisposed() || !Objects.equals(projectId, projectId())) {
                    return;
                }
                if (said != null) {
                    boolean aboutPeriod = switch (said.field()) {
                        case PERIOD, TARGET, OUTCOME, COMMENT -> true;
                        default -> false;
                    };
                    say(aboutPeriod ? periodMessage : indicatorMessage, said.getMessage());
                    statusLine.setMessage(said.getMessage());
                    load();
                    return;
                }
                say(indicatorMessage, "");
                say(periodMessage, "");
                statusLine.setMessage(messages.indicators_saved);
                adopt(saved);
                show(written);
            });
            return Status.OK_STATUS;
        });
        job.setRule(writes);
        job.schedule();
    }

    /** Puts the indicators as saved into the page's record, with its version, so that a save of the page keeps them. */
    private void adopt(LocalProject saved) {
        LocalProject mine = form.record();
        if (saved == null || mine == null || !saved.getId().equals(mine.getId())) {
            return;
        }
        adopting = true;
        try {
            mine.setVersion(saved.getVersion());
            mine.getIndicators().clear();
            mine.getIndicators().addAll(new ArrayList<>(saved.getIndicators()));
            shownKey = key(mine);
        } finally {
            adopting = false;
        }
    }

    /** A change of a cell as an operation of the page's history; doing it does not make the page unsaved. */
    private <V> void change(String label, V before, V after, Consumer<V> apply) {
        EditHistory history = context.get(EditHistory.class);
        if (history == null) {
            apply.accept(after);
            return;
        }
        boolean clean = !history.isDirty();
        history.execute(new ApplyOperation<>(label, before, after, apply));
        if (clean) {
            history.saved();
        }
    }

    private void writeIndicator(IndicatorFields fields) {
        String projectId = projectId();
        run(() -> service.editIndicator(projectId, fields.id(), fields.name(), fields.unit(), fields.description(),
                fields.baseline()));
    }

    private void writePeriod(PeriodFields fields) {
        String projectId = projectId();
        run(() -> service.editPeriod(projectId, fields.indicatorId(), fields.id(), fields.label(), fields.target(),
                fields.outcome(), fields.comment()));
    }

    private void removeIndicator() {
        Indicator chosen = chosen();
        if (chosen == null || !MessageDialog.openQuestion(root.getShell(), messages.indicators_removeTitle,
                MessageFormat.format(messages.indicators_removeQuestion, chosen.name()))) {
            return;
        }
        String projectId = projectId();
        run(() -> service.removeIndicator(projectId, chosen.id()));
    }

    private void move(int by) {
        Indicator chosen = chosen();
        if (chosen == null) {
            return;
        }
        int index = read.indicators().indexOf(chosen) + by;
        if (index < 0 || index >= read.indicators().size()) {
            return;
        }
        String projectId = projectId();
        run(() -> service.moveIndicator(projectId, chosen.id(), index));
    }

    private void removePeriod() {
        Indicator chosen = chosen();
        Object first = periodTable.getStructuredSelection().getFirstElement();
        if (chosen == null || !(first instanceof Period period)
                || !MessageDialog.openQuestion(root.getShell(), messages.indicators_removeTitle, MessageFormat
                        .format(messages.indicators_removePeriodQuestion, period.label(), chosen.name()))) {
            return;
        }
        String projectId = projectId();
        run(() -> service.removePeriod(projectId, chosen.id(), period.id()));
    }

    /** Reads a number as typed; when it is none, says so under the table and gives {@code false}. */
    private boolean number(String text, Field field, Label where, Consumer<BigDecimal> then) {
        try {
            then.accept(ProjectIndicators.parse(text, locale, field));
            return true;
        } catch (IndicatorException e) {
            say(where, e.getMessage());
            return false;
        }
    }

    private static TextCellEditor cellEditor(TableViewer viewer, int style, String name) {
        TextCellEditor editor = new TextCellEditor(viewer.getTable(), style);
        Text text = (Text) editor.getControl();
        Widgets.named(text, "indicators.edit." + name);
        return editor;
    }

    // ---- cell editing --------------------------------------------------------------------------------------------

    /** Edits an indicator's name, unit or baseline; the new row's name adds an indicator. */
    private final class IndicatorEditing extends EditingSupport {

        static final int NAME = 0;
        static final int UNIT = 1;
        static final int BASELINE = 2;
        private final int field;
        private final TextCellEditor editor;

        IndicatorEditing(int field) {
            super(indicatorTable);
            this.field = field;
            editor = cellEditor(indicatorTable, field == BASELINE ? SWT.RIGHT : SWT.LEFT,
                    List.of("name", "unit", "baseline").get(field));
        }

        @Override
        protected boolean canEdit(Object element) {
            return read != null && (element instanceof Indicator || element == NEW_ROW && field == NAME);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return editor;
        }

        @Override
        protected Object getValue(Object element) {
            Indicator indicator = element instanceof Indicator shown && read != null ? read.indicator(shown.id()) : null;
            if (indicator == null) {
                return "";
            }
            return switch (field) {
                case NAME -> indicator.name();
                case UNIT -> nonNull(indicator.unit());
                default -> ProjectIndicators.format(indicator.baseline(), locale);
            };
        }

        @Override
        protected void setValue(Object element, Object value) {
            String text = ((String) value).strip();
            say(indicatorMessage, "");
            if (element == NEW_ROW) {
                if (!text.isEmpty()) {
                    String projectId = projectId();
                    run(() -> {
                        ProjectIndicators after = service.addIndicator(projectId, text, null, null, null);
                        chosenId = after.indicators().get(after.indicators().size() - 1).id();
                        return after;
                    });
                }
                return;
            }
            Indicator indicator = read == null ? null : read.indicator(((Indicator) element).id());
            if (indicator == null) {
                return;
            }
            IndicatorFields before = new IndicatorFields(indicator.id(), indicator.name(), indicator.unit(),
                    indicator.description(), indicator.baseline());
            IndicatorFields[] after = { null };
            switch (field) {
                case NAME -> after[0] = new IndicatorFields(before.id(), text, before.unit(), before.description(),
                        before.baseline());
                case UNIT -> after[0] = new IndicatorFields(before.id(), before.name(), text, before.description(),
                        before.baseline());
                default -> {
                    if (!number(text, Field.BASELINE, indicatorMessage, n -> after[0] = new IndicatorFields(
                            before.id(), before.name(), before.unit(), before.description(), n))) {
                        return;
                    }
                }
            }
            if (!sameIndicator(before, after[0])) {
                change(messages.indicators_change, before, after[0], IndicatorsSection.this::writeIndicator);
            }
        }
    }

    /** Edits a period's label, target, outcome or comment; the new row's label adds a period. */
    private final class PeriodEditing extends EditingSupport {

        static final int LABEL = 0;
        static final int TARGET = 1;
        static final int OUTCOME = 2;
        static final int COMMENT = 3;
        private final int field;
        private final TextCellEditor editor;

        PeriodEditing(int field) {
            super(periodTable);
            this.field = field;
            editor = cellEditor(periodTable, field == TARGET || field == OUTCOME ? SWT.RIGHT : SWT.LEFT,
                    List.of("period", "target", "outcome", "comment").get(field));
        }

        @Override
        protected boolean canEdit(Object element) {
            return chosen() != null && (element instanceof Period || element == NEW_ROW && field == LABEL);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return editor;
        }

        @Override
        protected Object getValue(Object element) {
            Period period = element instanceof Period shown && chosen() != null ? chosen().period(shown.id()) : null;
            if (period == null) {
                return "";
            }
            return switch (field) {
                case LABEL -> period.label();
                case TARGET -> ProjectIndicators.format(period.target(), locale);
                case OUTCOME -> ProjectIndicators.format(period.outcome(), locale);
                default -> nonNull(period.comment());
            };
        }

        @Override
        protected void setValue(Object element, Object value) {
            String text = ((String) value).strip();
            Indicator indicator = chosen();
            say(periodMessage, "");
            if (indicator == null) {
                return;
            }
            if (element == NEW_ROW) {
                if (!text.isEmpty()) {
                    String projectId = projectId();
                    run(() -> service.addPeriod(projectId, indicator.id(), text, null, null, null));
                }
                return;
            }
            Period period = indicator.period(((Period) element).id());
            if (period == null) {
                return;
            }
            PeriodFields before = new PeriodFields(indicator.id(), period.id(), period.label(), period.target(),
                    period.outcome(), period.comment());
            PeriodFields[] after = { null };
            switch (field) {
                case LABEL -> after[0] = new PeriodFields(indicator.id(), period.id(), text, period.target(),
                        period.outcome(), period.comment());
                case TARGET -> {
                    if (!number(text, Field.TARGET, periodMessage, n -> after[0] = new PeriodFields(
                            indicator.id(), period.id(), period.label(), n, period.outcome(), period.comment()))) {
                        return;
                    }
                }
                case OUTCOME -> {
                    if (!number(text, Field.OUTCOME, periodMessage, n -> after[0] = new PeriodFields(
                            indicator.id(), period.id(), period.label(), period.target(), n, period.comment()))) {
                        return;
                    }
                }
                default -> after[0] = new PeriodFields(indicator.id(), period.id(), period.label(), period.target(),
                        period.outcome(), text.isEmpty() ? null : text);
            }
            if (!samePeriod(before, after[0])) {
                change(messages.indicators_changePeriod, before, after[0], IndicatorsSection.this::writePeriod);
            }
        }
    }

    private static boolean sameIndicator(IndicatorFields a, IndicatorFields b) {
        return Objects.equals(a.name(), b.name()) && nonNull(a.unit()).equals(nonNull(b.unit()))
                && same(a.baseline(), b.baseline());
    }

    private static String key(LocalProject project) {
        return project.getId() + ":" + project.getVersion();
    }

    private static boolean samePeriod(PeriodFields a, PeriodFields b) {
        return a.label().equals(b.label()) && same(a.target(), b.target()) && same(a.outcome(), b.outcome())
                && Objects.equals(a.comment(), b.comment());
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
