package se.samverka.courses.ui.internal.attendance;

import java.text.MessageFormat;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
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
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.samverka.courses.AttendanceService;
import se.samverka.courses.AttendanceService.Cell;
import se.samverka.courses.AttendanceService.Day;
import se.samverka.courses.AttendanceService.DayCounts;
import se.samverka.courses.AttendanceService.Grid;
import se.samverka.courses.AttendanceService.Participant;
import se.samverka.model.AttendanceKind;
import se.samverka.model.Person;
import se.samverka.model.rules.Labels;
import se.samverka.store.RecordsChanged;
import se.samverka.store.StoreException;
import se.samverka.ui.CommonTexts;
import se.samverka.ui.SamverkaUi;
import se.samverka.ui.StatusLine;
import se.samverka.ui.Widgets;
import se.samverka.ui.forms.ApplyOperation;
import se.samverka.ui.forms.EditHistory;
import se.samverka.ui.forms.SerialWrites;
import se.samverka.ui.forms.NewPersonDialog;
import se.samverka.ui.forms.RecordPicker;
import se.samverka.ui.lists.RecordListPart;

/**
 * The attendance grid of one offering (its id in the part's {@link SamverkaUi#RECORD_ID}): participants × session
 * days, marked with the keyboard alone. The arrow keys move a cursor over the day cells; one letter per mark
 * ({@link MarkKeys}) marks the cell and moves down to the next participant; Delete clears; "Alla närvarande" marks
 * the cursor's day for everyone without a mark; Ctrl+Z undoes through the part's {@link EditHistory} (an undo writes
 * the earlier mark back). Each change is shown at once and written in a Job, in order, with no separate save; the
 * counts of each day are under the grid.
 * <p>
 * The cursor is the grid's own (row, day) rather than JFace's {@code TableViewerFocusCellManager}: that one cannot
 * be moved from code (its {@code setFocusCell} is not API), and a grid that starts on the first day and moves down
 * after each mark needs to.
 */
public class AttendancePart {

    /** The part descriptor's id. */
    public static final String ID = "se.samverka.courses.ui.attendance";
    /** The first table column that is a day; before it: name, organisation, municipality. */
    private static final int FIRST_DAY = 3;

    @Inject
    private MPart part;
    @Inject
    private IEclipseContext context;
    @Inject
    private AttendanceService service;
    @Inject
    private UISynchronize ui;
    @Inject
    private StatusLine statusLine;
    @Inject
    @Translation
    private AttendanceMessages messages;
    @Inject
    @Translation
    private CommonTexts texts;
    @Inject
    @Named(TranslationService.LOCALE)
    private Locale locale;

    private final EditHistory history = new EditHistory();
    /** The writes of this grid run one after the other, in the order made. */
    private final SerialWrites writes = new SerialWrites();

    private String offeringId;
    private MarkKeys keys;
    private LocalResourceManager resources;
    private Label title;
    private Label message;
    private TableViewer viewer;
    private Composite countsArea;
    private final List<Label> countLabels = new ArrayList<>();
    private Map<AttendanceKind, Color> backgrounds;
    private Color cursorColour;
    private Color rowTint;
    private Font markFont;

    private Grid grid;
    /** The marks as shown: the grid's, with the changes made since (written, or being written). */
    private final Map<Cell, AttendanceKind> marks = new HashMap<>();
    private int row;
    private int day;
    private int pending;
    private boolean loading;

    @PostConstruct
    public void create(Composite parent) {
        context.set(EditHistory.class, history);
        offeringId = part.getPersistedState().get(SamverkaUi.RECORD_ID);
        // The grid is read while the widgets are made; it is shown once they are (show runs after this method).
        load();
        keys = new MarkKeys(messages);
        resources = new LocalResourceManager(JFaceResources.getResources(), parent);
        backgrounds = Map.of(
                AttendanceKind.PRESENT, resources.create(org.eclipse.jface.resource.ColorDescriptor.createFrom(
                        new RGB(0xC8, 0xE6, 0xC9))),
                AttendanceKind.LATE, resources.create(org.eclipse.jface.resource.ColorDescriptor.createFrom(
                        new RGB(0xFF, 0xE0, 0x82))),
                AttendanceKind.EXCUSED, resources.create(org.eclipse.jface.resource.ColorDescriptor.createFrom(
                        new RGB(0xBB, 0xDE, 0xFB))),
                AttendanceKind.ABSENT, resources.create(org.eclipse.jface.resource.ColorDescriptor.createFrom(
                        new RGB(0xF4, 0xB4, 0xB4))));
        cursorColour = resources.create(org.eclipse.jface.resource.ColorDescriptor.createFrom(new RGB(0x0B, 0x3D,
                0x91)));
        rowTint = resources.create(org.eclipse.jface.resource.ColorDescriptor.createFrom(new RGB(0xE8, 0xEE, 0xF7)));

        Composite top = Widgets.styled(new Composite(parent, SWT.NONE), "form");
        Widgets.named(top, "attendance");
        GridLayoutFactory.fillDefaults().margins(16, 12).spacing(8, 8).applyTo(top);
        title = Widgets.named(Widgets.heading(Widgets.styled(new Label(top, SWT.NONE), "heading"), resources, 4),
                "attendance.title");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        message = Widgets.named(Widgets.styled(new Label(top, SWT.WRAP), "formMessage"), "attendance.message");
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).exclude(true).applyTo(message);
        message.setVisible(false);

        Composite buttons = Widgets.styled(new Composite(top, SWT.NONE), "form");
        GridLayoutFactory.fillDefaults().numColumns(3).spacing(8, 0).applyTo(buttons);
        Button allPresent = button(buttons, messages.attendance_allPresent, "attendance.allPresent");
        allPresent.setToolTipText(messages.attendance_allPresentTooltip);
        allPresent.addListener(SWT.Selection, e -> allPresent());
        button(buttons, messages.attendance_addWalkIn, "attendance.addWalkIn").addListener(SWT.Selection,
                e -> pickWalkIn());
        button(buttons, messages.attendance_newWalkIn, "attendance.newWalkIn").addListener(SWT.Selection,
                e -> newWalkIn());

        viewer = new TableViewer(top, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        Table table = viewer.getTable();
        Widgets.named(table, "attendance.grid");
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        markFont = resources.create(org.eclipse.jface.resource.FontDescriptor.createFrom(table.getFont())
                .setStyle(SWT.BOLD));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 300).applyTo(table);
        table.addListener(SWT.KeyDown, this::keyDown);
        table.addListener(SWT.MouseDown, this::clicked);
        table.addListener(SWT.EraseItem, this::erase);
        table.addListener(SWT.PaintItem, this::paintCursor);
        table.addListener(SWT.FocusIn, e -> table.redraw());
        table.addListener(SWT.FocusOut, e -> table.redraw());

        countsArea = Widgets.styled(new Composite(top, SWT.NONE), "form");
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(countsArea);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(countsArea);
        Label legend = Widgets.named(Widgets.styled(new Label(top, SWT.WRAP), "form"), "attendance.legend");
        legend.setText(MessageFormat.format(messages.attendance_legend, keys.letter(AttendanceKind.PRESENT),
                keys.letter(AttendanceKind.LATE), keys.letter(AttendanceKind.EXCUSED),
                keys.letter(AttendanceKind.ABSENT)));
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(legend);
        busy();
    }

    private static Button button(Composite parent, String text, String id) {
        Button button = Widgets.named(new Button(parent, SWT.PUSH), id);
        button.setText(text);
        return button;
    }

    // ---- reading --------------------------------------------------------------------------------------------

    /** Reads the grid in a Job and shows it; the table is marked loading meanwhile (the UI tests wait for it). */
    private void load() {
        loading = true;
        if (viewer != null) {
            busy();
        }
        Job.create(messages.attendance_heading, monitor -> {
            Grid read = offeringId == null ? null : service.grid(offeringId);
            ui.asyncExec(() -> show(read));
            return Status.OK_STATUS;
        }).schedule();
    }

    /** Fills the table with a grid read (keeping the cursor on the same participant and day when it can). */
    void show(Grid read) {
        loading = false;
        if (viewer.getTable().isDisposed()) {
            return;
        }
        busy();
        if (read == null || read.title().isEmpty() && read.days().isEmpty()) {
            title.setText(messages.attendance_notFound);
            return;
        }
        String rowId = grid != null && row < grid.participants().size()
                ? grid.participants().get(row).enrolmentId() : null;
        boolean columnsChanged = grid == null || !grid.days().equals(read.days());
        grid = read;
        marks.clear();
        marks.putAll(read.marks());
        title.setText(MessageFormat.format(messages.attendance_heading, read.title()));
        part.setLabel(MessageFormat.format(messages.attendance_partLabel, read.title()));
        if (columnsChanged) {
            makeColumns();
        }
        viewer.setInput(read.participants());
        row = 0;
        for (int i = 0; rowId != null && i < read.participants().size(); i++) {
            if (read.participants().get(i).enrolmentId().equals(rowId)) {
                row = i;
            }
        }
        day = Math.min(day, Math.max(0, read.days().size() - 1));
        say(read.days().isEmpty() ? messages.attendance_noDays
                : read.participants().isEmpty() ? messages.attendance_noParticipants : "");
        moveTo(row, day);
        showCounts();
        title.getParent().layout(true, true);
    }

    private void makeColumns() {
        Table table = viewer.getTable();
        table.setRedraw(false);
        try {
            for (org.eclipse.swt.widgets.TableColumn column : table.getColumns()) {
                column.dispose();
            }
            column(messages.attendance_columnName, 200, SWT.LEFT, p -> p.walkIn()
                    ? MessageFormat.format(messages.attendance_walkInSuffix, p.name()) : p.name());
            column(messages.attendance_columnOrganisation, 210, SWT.LEFT, Participant::organisation);
            column(messages.attendance_columnMunicipality, 150, SWT.LEFT, Participant::municipality);
            SimpleDateFormat dates = new SimpleDateFormat(texts.date_pattern, locale);
            for (Day sessionDay : grid.days()) {
                TableViewerColumn column = new TableViewerColumn(viewer, SWT.CENTER);
                String header = MessageFormat.format(messages.attendance_columnDay, sessionDay.seq(),
                        sessionDay.date() == null ? "" : dates.format(sessionDay.date()));
                column.getColumn().setText(header);
                column.getColumn().setWidth(Math.max(110, textWidth(header) + 32));
                column.getColumn().setResizable(true);
                column.setLabelProvider(new ColumnLabelProvider() {
                    @Override
                    public String getText(Object element) {
                        AttendanceKind kind = marks.get(cell((Participant) element, sessionDay));
                        return kind == null ? "" : keys.letter(kind);
                    }

                    @Override
                    public Color getBackground(Object element) {
                        AttendanceKind kind = marks.get(cell((Participant) element, sessionDay));
                        return kind == null ? null : backgrounds.get(kind);
                    }

                    @Override
                    public Font getFont(Object element) {
                        return markFont;
                    }

                    @Override
                    public String getToolTipText(Object element) {
                        AttendanceKind kind = marks.get(cell((Participant) element, sessionDay));
                        return kind == null ? null : Labels.of(kind, locale);
                    }
                });
            }
        } finally {
            table.setRedraw(true);
        }
    }

    /** The width of a text in the table's font, to fit a header. */
    private int textWidth(String text) {
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(viewer.getTable());
        try {
            gc.setFont(viewer.getTable().getFont());
            return gc.textExtent(text).x;
        } finally {
            gc.dispose();
        }
    }

    private void column(String header, int width, int style, java.util.function.Function<Participant, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, style);
        column.getColumn().setText(header);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Participant) element);
            }
        });
    }

    private void showCounts() {
        countLabels.forEach(Label::dispose);
        countLabels.clear();
        for (int i = 0; grid != null && i < grid.days().size(); i++) {
            Label label = Widgets.named(Widgets.styled(new Label(countsArea, SWT.NONE), "form"),
                    "attendance.counts." + (i + 1));
            GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
            countLabels.add(label);
        }
        updateCounts();
    }

    private void updateCounts() {
        for (int i = 0; i < countLabels.size(); i++) {
            Day sessionDay = grid.days().get(i);
            DayCounts counts = AttendanceService.counts(grid.participants(), sessionDay.id(), marks);
            Label label = countLabels.get(i);
            label.setText(MessageFormat.format(messages.attendance_counts, sessionDay.seq(), counts.present(),
                    counts.late(), counts.excused(), counts.absent(), counts.unmarked()));
            label.setFont(i == day ? markFont : null);
        }
        countsArea.layout(true);
        countsArea.getParent().layout(true);
    }

    // ---- the cursor and the keys ----------------------------------------------------------------------------

    private void keyDown(Event e) {
        if (grid == null || grid.days().isEmpty()) {
            return;
        }
        int rows = grid.participants().size();
        switch (e.keyCode) {
            case SWT.ARROW_UP -> moveTo(row - 1, day);
            case SWT.ARROW_DOWN -> moveTo(row + 1, day);
            case SWT.ARROW_LEFT -> moveTo(row, day - 1);
            case SWT.ARROW_RIGHT -> moveTo(row, day + 1);
            case SWT.HOME -> moveTo(0, day);
            case SWT.END -> moveTo(rows - 1, day);
            case SWT.PAGE_UP -> moveTo(row - 10, day);
            case SWT.PAGE_DOWN -> moveTo(row + 10, day);
            case SWT.DEL, SWT.BS -> {
                if (rows > 0) {
                    change(Map.of(cellAt(row, day), java.util.Optional.empty()));
                }
            }
            default -> {
                if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'z' || e.keyCode == 'Z')) {
                    if (history.canUndo()) {
                        history.undo();
                    }
                    e.doit = false;
                    return;
                }
                AttendanceKind kind = (e.stateMask & (SWT.MOD1 | SWT.ALT)) == 0 ? keys.kind(e.character) : null;
                if (kind == null || rows == 0) {
                    // Another letter marks nothing, and must not open the table's own type-ahead search either.
                    if (Character.isLetterOrDigit(e.character) && (e.stateMask & (SWT.MOD1 | SWT.ALT)) == 0) {
                        e.doit = false;
                    }
                    return;
                }
                int marked = row;
                change(Map.of(cellAt(row, day), java.util.Optional.of(kind)));
                moveTo(Math.min(marked + 1, rows - 1), day);
            }
        }
        e.doit = false;
    }

    private void clicked(Event e) {
        Table table = viewer.getTable();
        TableItem item = table.getItem(new Point(e.x, e.y));
        if (item == null || grid == null) {
            return;
        }
        for (int c = FIRST_DAY; c < table.getColumnCount(); c++) {
            if (item.getBounds(c).contains(e.x, e.y)) {
                moveTo(table.indexOf(item), c - FIRST_DAY);
                return;
            }
        }
        moveTo(table.indexOf(item), day);
    }

    /** Moves the cursor (kept inside the grid) and the table's selection with it. */
    private void moveTo(int newRow, int newDay) {
        if (grid == null) {
            return;
        }
        Table table = viewer.getTable();
        row = Math.max(0, Math.min(newRow, grid.participants().size() - 1));
        boolean dayChanged = newDay != day;
        day = Math.max(0, Math.min(newDay, grid.days().size() - 1));
        if (!grid.participants().isEmpty()) {
            table.setSelection(row);
            table.showItem(table.getItem(row));
            if (table.getColumnCount() > FIRST_DAY + day) {
                table.showColumn(table.getColumn(FIRST_DAY + day));
            }
        }
        table.redraw();
        if (dayChanged) {
            updateCounts();
        }
    }

    private Cell cellAt(int atRow, int atDay) {
        return cell(grid.participants().get(atRow), grid.days().get(atDay));
    }

    private static Cell cell(Participant participant, Day sessionDay) {
        return new Cell(participant.enrolmentId(), sessionDay.id());
    }

    /** No native selection colour (it would hide the marks' colours): the cursor's row is tinted instead. */
    private void erase(Event e) {
        if ((e.detail & SWT.SELECTED) == 0 && ((TableItem) e.item).getParent().indexOf((TableItem) e.item) != row) {
            return;
        }
        e.detail &= ~SWT.SELECTED;
        TableItem item = (TableItem) e.item;
        int index = item.getParent().indexOf(item);
        if (index == row && (e.index < FIRST_DAY || item.getBackground(e.index) == null
                || item.getBackground(e.index).equals(item.getParent().getBackground()))) {
            Rectangle bounds = item.getBounds(e.index);
            e.gc.setBackground(rowTint);
            e.gc.fillRectangle(bounds);
            e.detail &= ~SWT.BACKGROUND;
        }
        e.gc.setForeground(item.getParent().getForeground());
    }

    /** The cursor: a thick frame round the cell, thinner when the grid does not have the keyboard. */
    private void paintCursor(Event e) {
        TableItem item = (TableItem) e.item;
        if (e.index != FIRST_DAY + day || item.getParent().indexOf(item) != row) {
            return;
        }
        boolean focused = item.getParent().isFocusControl();
        Rectangle bounds = item.getBounds(e.index);
        int width = focused ? 3 : 1;
        e.gc.setForeground(cursorColour);
        e.gc.setLineWidth(width);
        e.gc.drawRectangle(bounds.x + width / 2, bounds.y + width / 2, bounds.width - width, bounds.height - width);
    }

    // ---- changing marks -------------------------------------------------------------------------------------

    /** Marks "Alla närvarande" on the cursor's day: everyone without a mark becomes present. */
    private void allPresent() {
        if (grid == null || grid.days().isEmpty()) {
            return;
        }
        Day sessionDay = grid.days().get(day);
        Map<Cell, java.util.Optional<AttendanceKind>> after = new LinkedHashMap<>();
        for (Participant participant : grid.participants()) {
            Cell cell = cell(participant, sessionDay);
            if (!marks.containsKey(cell)) {
                after.put(cell, java.util.Optional.of(AttendanceKind.PRESENT));
            }
        }
        change(after);
        viewer.getTable().setFocus();
    }

    /** Makes a change of marks an undoable operation of the part's history (doing it shows and writes it). */
    private void change(Map<Cell, java.util.Optional<AttendanceKind>> after) {
        Map<Cell, java.util.Optional<AttendanceKind>> changed = new LinkedHashMap<>();
        Map<Cell, java.util.Optional<AttendanceKind>> before = new LinkedHashMap<>();
        after.forEach((cell, kind) -> {
            if (!kind.equals(java.util.Optional.ofNullable(marks.get(cell)))) {
                changed.put(cell, kind);
                before.put(cell, java.util.Optional.ofNullable(marks.get(cell)));
            }
        });
        if (!changed.isEmpty()) {
            history.execute(new ApplyOperation<>(messages.attendance_heading, Map.copyOf(before), Map.copyOf(changed),
                    this::apply));
        }
    }

    /** Shows marks at once and writes them in a Job; when the store refuses, the cells go back and the grid says so. */
    private void apply(Map<Cell, java.util.Optional<AttendanceKind>> change) {
        Map<Cell, AttendanceKind> write = new HashMap<>();
        Map<Cell, AttendanceKind> shownBefore = new HashMap<>();
        change.forEach((cell, kind) -> {
            shownBefore.put(cell, marks.get(cell));
            write.put(cell, kind.orElse(null));
            if (kind.isPresent()) {
                marks.put(cell, kind.get());
            } else {
                marks.remove(cell);
            }
        });
        viewer.refresh();
        updateCounts();
        say("");
        pending++;
        busy();
        Job job = new Job(messages.attendance_heading) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    service.set(write);
                    ui.asyncExec(() -> written(null, shownBefore));
                } catch (StoreException | RuntimeException e) {
                    ui.asyncExec(() -> written(e, shownBefore));
                }
                return Status.OK_STATUS;
            }
        };
        job.setRule(writes);
        job.setSystem(true);
        job.schedule();
    }

    private void written(Exception failure, Map<Cell, AttendanceKind> shownBefore) {
        pending--;
        if (viewer.getTable().isDisposed()) {
            return;
        }
        if (failure != null) {
            shownBefore.forEach((cell, kind) -> {
                if (kind == null) {
                    marks.remove(cell);
                } else {
                    marks.put(cell, kind);
                }
            });
            viewer.refresh();
            updateCounts();
            String text = MessageFormat.format(messages.attendance_saveFailed, failure.getMessage());
            say(text);
            statusLine.setMessage(text);
            message.getParent().layout(true);
        }
        busy();
    }

    /** Shows a message above the grid (what went wrong, what was added), or hides the line when there is none. */
    private void say(String text) {
        if (text.equals(message.getText())) {
            return;
        }
        message.setText(text);
        boolean shown = !text.isEmpty();
        message.setVisible(shown);
        ((org.eclipse.swt.layout.GridData) message.getLayoutData()).exclude = !shown;
        message.getParent().layout(true);
    }

    /** Marks the table as loading while the grid is read or marks are written (the UI tests wait for it). */
    private void busy() {
        if (!viewer.getTable().isDisposed()) {
            viewer.getTable().setData(RecordListPart.LOADING,
                    loading || pending > 0 ? Boolean.TRUE : null);
        }
    }

    // ---- walk-ins -------------------------------------------------------------------------------------------

    private void pickWalkIn() {
        List<Person> picked = new RecordPicker<Person>(viewer.getTable().getShell(), texts, locale,
                messages.attendance_pickTitle, messages.attendance_pickHint, service::people, Labels::name,
                Labels::searchText).open();
        if (!picked.isEmpty()) {
            addWalkIns(picked);
        }
    }

    private void newWalkIn() {
        NewPersonDialog dialog = new NewPersonDialog(viewer.getTable().getShell(), texts, locale,
                messages.attendance_newTitle, messages.attendance_newMessage, service::organisations);
        if (dialog.open() == org.eclipse.jface.window.Window.OK) {
            addWalkIns(List.of(dialog.person()));
        }
    }

    private void addWalkIns(List<Person> people) {
        pending++;
        busy();
        Job job = Job.create(messages.attendance_addWalkIn, monitor -> {
            List<String> added = new ArrayList<>();
            Exception failure = null;
            try {
                for (Person person : people) {
                    added.add(service.addWalkIn(offeringId, person).name());
                }
            } catch (StoreException | RuntimeException e) {
                failure = e;
            }
            Grid read = service.grid(offeringId);
            Exception failed = failure;
            ui.asyncExec(() -> {
                pending--;
                show(read);
                String text = failed != null ? MessageFormat.format(messages.attendance_saveFailed,
                        failed.getMessage()) : MessageFormat.format(messages.attendance_walkInAdded,
                                String.join(", ", added));
                say(text);
                statusLine.setMessage(text);
                message.getParent().layout(true);
                if (!read.participants().isEmpty()) {
                    for (int i = 0; i < read.participants().size(); i++) {
                        if (added.contains(read.participants().get(i).name())) {
                            moveTo(i, day);
                        }
                    }
                }
                viewer.getTable().setFocus();
            });
            return Status.OK_STATUS;
        });
        job.setRule(writes);
        job.schedule();
    }

    /** A sync brought changes of this offering's people or marks: read the grid again (when nothing is pending). */
    @Inject
    @Optional
    void recordsChanged(@UIEventTopic(SamverkaUi.TOPIC_RECORDS_CHANGED) RecordsChanged changed) {
        if (changed.cause() == RecordsChanged.Cause.SYNC && viewer != null && !viewer.getTable().isDisposed()
                && pending == 0 && changed.touchesAny(Set.of("AttendanceMark", "Enrolment", "CourseOffering",
                        "Person"))) {
            load();
        }
    }

    @Focus
    public void setFocus() {
        viewer.getTable().setFocus();
    }

    @PreDestroy
    public void dispose() {
        history.dispose();
    }
}
