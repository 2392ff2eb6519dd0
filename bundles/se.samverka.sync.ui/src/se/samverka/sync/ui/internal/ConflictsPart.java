package se.samverka.sync.ui.internal;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.ITreeSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreePath;
import org.eclipse.jface.viewers.TreeSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.samverka.model.SyncedObject;
import se.samverka.store.StoreException;
import se.samverka.store.SyncPort.Conflict;
import se.samverka.sync.ui.internal.ReadableConflicts.Group;
import se.samverka.sync.ui.internal.ReadableConflicts.Part;
import se.samverka.sync.ui.internal.ReadableConflicts.Row;
import se.samverka.ui.SamverkaUi;
import se.samverka.ui.StatusLine;
import se.samverka.ui.Widgets;
import se.samverka.ui.forms.Editors;

/**
 * The conflicts, grouped by record: each record by its name, under it each field with the value that applies now,
 * the other edit, who made it and when, and why it was not kept. The user opens the record in its editor, keeps what
 * applies, uses the other edit, or merges two texts by hand. What the rows say is read off the UI thread
 * ({@link ReadableConflicts}, in a Job) and then shown.
 */
public class ConflictsPart {

    @Inject
    @Translation
    private Messages messages;
    @Inject
    @Named(TranslationService.LOCALE)
    private Locale locale;
    @Inject
    private StatusLine statusLine;
    @Inject
    private SyncSession session;
    @Inject
    private EPartService parts;
    @Inject
    private MApplication application;
    @Inject
    private UISynchronize ui;
    @Inject
    private IEventBroker events;

    private TreeViewer viewer;
    private Label summary;
    private Button open;
    private Button keep;
    private Button useOther;
    private Button merge;
    private Font bold;
    private Label detailsField;
    private Label detailsOther;
    private Text detailsKept;
    private Text detailsOtherText;
    private ConflictResolution resolution;
    private ReadableConflicts readable;
    private Map<String, String> editors;
    private Runnable stopListening;
    /** The number of the latest reload: what an older one read is not shown. */
    private int loads;

    @PostConstruct
    public void createControls(Composite parent) {
        editors = Editors.recordEditors(application);
        resolution = new ConflictResolution(session.store(), messages);
        readable = new ReadableConflicts(session.store(), messages, session.formats(), locale, editors.keySet());
        LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), parent);
        GridLayoutFactory.swtDefaults().margins(16, 12).spacing(8, 8).applyTo(parent);
        Label heading = Widgets.heading(new Label(parent, SWT.NONE), resources, 4);
        heading.setText(messages.conflicts_heading);
        Label description = new Label(parent, SWT.WRAP);
        description.setText(messages.conflicts_description);
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(description);
        summary = Widgets.named(new Label(parent, SWT.NONE), "conflicts.summary");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);

        viewer = new TreeViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        Widgets.named(viewer.getTree(), "conflicts.table");
        viewer.getTree().setHeaderVisible(true);
        // No grid lines: the records' names run across the row.
        viewer.getTree().setLinesVisible(false);
        bold = resources.create(FontDescriptor.createFrom(viewer.getTree().getFont()).setStyle(SWT.BOLD));
        GridDataFactory.fillDefaults().grab(true, true).hint(600, 240).applyTo(viewer.getTree());
        viewer.getTree().addListener(SWT.Resize, e -> fitColumns());
        spanRecordNames(viewer.getTree());
        viewer.setContentProvider(new GroupsAndRows());
        column(messages.column_record, Row::field, true);
        column(messages.column_kept, Row::kept, false);
        column(messages.column_other, Row::other, false);
        column(messages.column_author, Row::author, false);
        column(messages.column_reason, Row::why, false);
        ColumnViewerToolTipSupport.enableFor(viewer);
        createDetails(parent);

        Composite buttons = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(buttons);
        open = button(buttons, messages.conflicts_open, "conflicts.open");
        keep = button(buttons, messages.conflicts_keep, "conflicts.keep");
        GridDataFactory.swtDefaults().indent(16, 0).applyTo(keep);
        useOther = button(buttons, messages.conflicts_useOther, "conflicts.useOther");
        merge = button(buttons, messages.conflicts_merge, "conflicts.merge");
        open.addListener(SWT.Selection, e -> openSelected());
        keep.addListener(SWT.Selection, e -> selectedRow().ifPresent(r -> act(() -> {
            resolution.keep(r.conflict());
            return null;
        })));
        useOther.addListener(SWT.Selection, e -> selectedRow().ifPresent(
                r -> act(() -> resolution.use(r.conflict(), r.conflict().other()))));
        merge.addListener(SWT.Selection, e -> selectedRow().ifPresent(r -> mergeByHand(r.conflict())));
        viewer.addSelectionChangedListener(e -> {
            enableButtons();
            showDetails();
        });
        viewer.addDoubleClickListener(e -> openSelected());
        stopListening = session.onChange(this::reload);
        enableButtons();
        reload();
    }

    /**
     * Below the list, the selected conflict in full: its field and why, and both values as long as they are (a text
     * edited on two computers can be long), side by side.
     */
    private void createDetails(Composite parent) {
        Composite details = Widgets.named(new Composite(parent, SWT.NONE), "conflicts.details");
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).spacing(12, 4).applyTo(details);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(details);
        detailsField = Widgets.named(new Label(details, SWT.NONE), "conflicts.details.field");
        detailsField.setFont(bold);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(detailsField);
        Label kept = new Label(details, SWT.NONE);
        kept.setText(messages.column_kept);
        detailsOther = Widgets.named(new Label(details, SWT.NONE), "conflicts.details.otherHeading");
        detailsKept = detailsText(details, "conflicts.details.kept");
        detailsOtherText = detailsText(details, "conflicts.details.other");
        showDetails();
    }

    private static Text detailsText(Composite parent, String id) {
        Text text = Widgets.named(new Text(parent, SWT.BORDER | SWT.READ_ONLY | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL),
                id);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, text.getLineHeight() * 4 + 6).applyTo(text);
        return text;
    }

    private void showDetails() {
        java.util.Optional<Row> row = selectedRow();
        detailsField.setText(row.map(r -> MessageFormat.format(messages.details_field, r.label(), r.why()))
                .orElse(messages.details_none));
        detailsOther.setText(row.filter(r -> !r.author().isEmpty())
                .map(r -> MessageFormat.format(messages.details_other, r.author())).orElse(messages.column_other));
        detailsKept.setText(row.map(Row::kept).orElse(""));
        detailsOtherText.setText(row.map(Row::other).orElse(""));
        detailsField.getParent().layout();
    }

    /**
     * A column: the text of a field's row; a record's or a part's row has its name in the first column (drawn across
     * the row).
     */
    private void column(String title, Function<Row, String> ofRow, boolean names) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(120);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return Objects.toString(fullText(element), "").replace('\n', ' ');
            }

            @Override
            public String getToolTipText(Object element) {
                String text = element instanceof Row row && names ? row.label() : fullText(element);
                return text == null || text.isEmpty() ? null : text;
            }

            @Override
            public Font getFont(Object element) {
                return element instanceof Group ? bold : null;
            }

            private String fullText(Object element) {
                return switch (element) {
                    case Row row -> ofRow.apply(row);
                    case Group group -> names ? group.title() : "";
                    case Part part -> names ? part.title() : "";
                    default -> "";
                };
            }
        });
    }

    private static Button button(Composite parent, String text, String id) {
        Button button = Widgets.named(new Button(parent, SWT.PUSH), id);
        button.setText(text);
        return button;
    }

    /** Reads the conflicts and what their rows say in a Job, and shows them when done. */
    void reload() {
        if (viewer == null || viewer.getTree().isDisposed()) {
            return;
        }
        int load = ++loads;
        Job job = Job.create(messages.conflicts_job, monitor -> {
            try {
                List<Group> groups = readable.read(session.store().sync().conflicts());
                ui.asyncExec(() -> show(load, groups, null));
            } catch (RuntimeException e) {
                String failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                ui.asyncExec(() -> show(load, null, failure));
            }
        });
        job.setSystem(true);
        job.schedule();
    }

    private void show(int load, List<Group> groups, String failure) {
        if (load != loads || viewer.getTree().isDisposed()) {
            return;
        }
        if (failure != null) {
            summary.setText(MessageFormat.format(messages.conflicts_loadFailed, failure));
            summary.requestLayout();
            return;
        }
        String selected = selectedId();
        viewer.setInput(groups);
        viewer.expandAll();
        fitColumns();
        select(groups, selected);
        showDetails();
        int count = groups.stream().mapToInt(group -> group.allRows().size()).sum();
        summary.setText(count == 0 ? messages.conflicts_none
                : MessageFormat.format(messages.conflicts_count, count, groups.size()));
        summary.requestLayout();
        enableButtons();
    }

    /**
     * A record's row shows its name across the whole row, not cut at the first column: the tree draws the name
     * itself (the item keeps it as its text, for reading aloud and for the tests).
     */
    private void spanRecordNames(Tree tree) {
        tree.addListener(SWT.EraseItem, e -> {
            if (!(e.item.getData() instanceof Row)) {
                e.detail &= ~SWT.FOREGROUND;
            }
        });
        tree.addListener(SWT.PaintItem, e -> {
            if (e.item instanceof TreeItem item && !(item.getData() instanceof Row)) {
                String name = item.getText(0);
                Rectangle text = item.getTextBounds(0);
                e.gc.setFont(item.getData() instanceof Group ? bold : tree.getFont());
                e.gc.setForeground(tree.getDisplay().getSystemColor((e.detail & SWT.SELECTED) != 0
                        ? SWT.COLOR_LIST_SELECTION_TEXT
                        : SWT.COLOR_LIST_FOREGROUND));
                int height = e.gc.textExtent(name).y;
                e.gc.drawText(name, text.x + 4, e.y + Math.max(0, (e.height - height) / 2), true);
            }
        });
    }

    /**
     * Fits the columns into the tree's width: each as wide as what it shows; when there is not room, the fields'
     * labels give way first, then the two values, each down to a readable width. The tooltip has the whole text.
     */
    private void fitColumns() {
        Tree tree = viewer.getTree();
        int available = tree.getClientArea().width;
        if (available <= 0 || !(viewer.getInput() instanceof List<?> groups) || groups.isEmpty()) {
            return;
        }
        TreeColumn[] columns = tree.getColumns();
        int[] width = new int[columns.length];
        GC gc = new GC(tree);
        try {
            for (int i = 0; i < columns.length; i++) {
                width[i] = gc.textExtent(columns[i].getText()).x + 32;
            }
            TreeItem first = tree.getItem(0);
            int start = first.getTextBounds(0).x;
            int step = first.getItemCount() > 0 ? first.getItem(0).getTextBounds(0).x - start : 24;
            for (Object element : groups) {
                Group group = (Group) element;
                for (Row row : group.allRows()) {
                    int indent = start + step * (group.rows().contains(row) ? 1 : 2) + 12;
                    String[] cells = { row.field(), row.kept(), row.other(), row.author(), row.why() };
                    for (int i = 0; i < cells.length; i++) {
                        int extent = gc.textExtent(cells[i].replace('\n', ' ')).x + (i == 0 ? indent : 16);
                        width[i] = Math.max(width[i], extent);
                    }
                }
            }
        } finally {
            gc.dispose();
        }
        int excess = Arrays.stream(width).sum() - available;
        excess = giveWay(width, excess, new int[] { 0 }, 260);
        excess = giveWay(width, excess, new int[] { 1, 2 }, 200);
        excess = giveWay(width, excess, new int[] { 0 }, 200);
        excess = giveWay(width, excess, new int[] { 1, 2 }, 150);
        if (excess < 0) {
            // Room to spare: the fields and the two values get it, so that nothing sits tight.
            int spare = -excess;
            int toFields = Math.min(spare / 3, 60);
            width[0] += toFields;
            width[1] += Math.min((spare - toFields) / 2, 160);
            width[2] += Math.min((spare - toFields) / 2, 160);
        }
        for (int i = 0; i < columns.length; i++) {
            columns[i].setWidth(width[i]);
        }
    }

    /** Narrows the widest of these columns, step by step, down to {@code least}; returns what is still too wide. */
    private static int giveWay(int[] width, int excess, int[] columns, int least) {
        while (excess > 0) {
            int widest = columns[0];
            for (int column : columns) {
                widest = width[column] > width[widest] ? column : widest;
            }
            int cut = Math.min(Math.min(excess, 8), width[widest] - least);
            if (cut <= 0) {
                return excess;
            }
            width[widest] -= cut;
            excess -= cut;
        }
        return excess;
    }

    /** The id of the selected conflict, or of the selected record. */
    private String selectedId() {
        Object selected = viewer.getStructuredSelection().getFirstElement();
        return selected instanceof Row row ? row.conflict().id()
                : selected instanceof Group group ? group.recordId() : null;
    }

    private void select(List<Group> groups, String id) {
        for (Group group : groups) {
            if (group.recordId().equals(id)) {
                viewer.setSelection(new StructuredSelection(group), true);
                return;
            }
            for (Row row : group.rows()) {
                if (row.conflict().id().equals(id)) {
                    viewer.setSelection(new TreeSelection(new TreePath(new Object[] { group, row })), true);
                    return;
                }
            }
            for (Part part : group.parts()) {
                for (Row row : part.rows()) {
                    if (row.conflict().id().equals(id)) {
                        viewer.setSelection(new TreeSelection(new TreePath(new Object[] { group, part, row })),
                                true);
                        return;
                    }
                }
            }
        }
    }

    private java.util.Optional<Row> selectedRow() {
        return viewer.getStructuredSelection().getFirstElement() instanceof Row row ? java.util.Optional.of(row)
                : java.util.Optional.empty();
    }

    /** The record of the selection: the selected record, or the record of the selected field. */
    private java.util.Optional<Group> selectedGroup() {
        TreePath[] paths = ((ITreeSelection) viewer.getStructuredSelection()).getPaths();
        return paths.length > 0 && paths[0].getFirstSegment() instanceof Group group ? java.util.Optional.of(group)
                : java.util.Optional.empty();
    }

    private void enableButtons() {
        java.util.Optional<Row> row = selectedRow();
        open.setEnabled(selectedGroup().filter(group -> group.open() != null).isPresent());
        keep.setEnabled(row.isPresent());
        useOther.setEnabled(row.filter(Row::choosable).isPresent());
        merge.setEnabled(row.filter(Row::mergeable).isPresent());
    }

    /** Opens the record of the selection in its editor, as the lists do. */
    private void openSelected() {
        selectedGroup().map(Group::open).ifPresent(target -> {
            String editor = editors.get(target.recordType());
            if (editor != null) {
                Editors.open(parts, editor, target.recordId(), null);
            }
        });
    }

    private interface Action {
        /** Resolves a conflict; returns the record when it was saved. */
        SyncedObject run() throws StoreException;
    }

    private void act(Action action) {
        try {
            SyncedObject saved = action.run();
            statusLine.setMessage(messages.resolved);
            if (saved != null) {
                events.post(SamverkaUi.TOPIC_RECORD_SAVED, saved);
            }
        } catch (StoreException e) {
            statusLine.setMessage(MessageFormat.format(messages.resolve_failed, e.getMessage()));
        }
        reload();
        session.showState();
    }

    private void mergeByHand(Conflict conflict) {
        MergeDialog dialog = new MergeDialog(viewer.getTree().getShell(), messages,
                conflict.kept() + "\n" + conflict.other());
        if (dialog.open() == Window.OK) {
            act(() -> resolution.use(conflict, dialog.text));
        }
    }

    @Inject
    @Optional
    void recordSaved(@UIEventTopic(SamverkaUi.TOPIC_RECORD_SAVED) Object saved) {
        reload();
    }

    @Focus
    public void setFocus() {
        viewer.getTree().setFocus();
    }

    @PreDestroy
    public void dispose() {
        if (stopListening != null) {
            stopListening.run();
        }
        loads++;
    }

    /** The records; under each the conflicts of its own fields, then its parts with theirs. */
    private static final class GroupsAndRows implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return ((List<?>) input).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return switch (parent) {
                case Group group -> java.util.stream.Stream.concat(group.rows().stream(), group.parts().stream())
                        .toArray();
                case Part part -> part.rows().toArray();
                default -> new Object[0];
            };
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return getChildren(element).length > 0;
        }
    }

    /** Both versions of a text in one field, to be edited into the one that applies. */
    private static final class MergeDialog extends TitleAreaDialog {
        private final Messages messages;
        private final String start;
        private Text editor;
        String text;

        MergeDialog(Shell parent, Messages messages, String start) {
            super(parent);
            this.messages = messages;
            this.start = start;
        }

        @Override
        protected void configureShell(Shell shell) {
            super.configureShell(shell);
            shell.setText(messages.merge_title);
            Widgets.named(shell, "conflicts.merge.dialog");
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            setTitle(messages.merge_title);
            setMessage(messages.merge_message);
            Composite area = (Composite) super.createDialogArea(parent);
            editor = Widgets.named(new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL),
                    "conflicts.merge.text");
            editor.setText(start);
            GridDataFactory.fillDefaults().grab(true, true).hint(480, 180).indent(12, 12).applyTo(editor);
            return area;
        }

        @Override
        protected void createButtonsForButtonBar(Composite parent) {
            Widgets.named(createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true),
                    "conflicts.merge.ok");
            createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        }

        @Override
        protected void okPressed() {
            text = editor.getText();
            super.okPressed();
        }
    }
}
