package se.samverka.sync.ui.internal;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.samverka.store.StoreException;
import se.samverka.store.SyncPort.Conflict;
import se.samverka.ui.SamverkaUi;
import se.samverka.ui.StatusLine;
import se.samverka.ui.Widgets;

/**
 * The conflicts: for each, the record, the field, the value that applies now and the other edit, who made it and
 * why it was not kept. The user keeps what applies, uses the other edit, or merges two texts by hand.
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

    private TableViewer viewer;
    private Label summary;
    private Button keep;
    private Button useOther;
    private Button merge;
    private ConflictResolution resolution;

    @PostConstruct
    public void createControls(Composite parent) {
        resolution = new ConflictResolution(session.store());
        LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), parent);
        GridLayoutFactory.swtDefaults().margins(16, 12).spacing(8, 8).applyTo(parent);
        Label heading = Widgets.heading(new Label(parent, SWT.NONE), resources, 4);
        heading.setText(messages.conflicts_heading);
        Label description = new Label(parent, SWT.WRAP);
        description.setText(messages.conflicts_description);
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(description);
        summary = Widgets.named(new Label(parent, SWT.NONE), "conflicts.summary");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);

        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        Widgets.named(viewer.getTable(), "conflicts.table");
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTable());
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(messages.column_record, 220, c -> resolution.describe(c, locale, messages.conflicts_gone));
        column(messages.column_field, 130, c -> ConflictResolution.fieldLabel(c, locale, messages.field_whole));
        column(messages.column_kept, 200, Conflict::kept);
        column(messages.column_other, 200, Conflict::other);
        column(messages.column_author, 90, Conflict::otherAuthor);
        column(messages.column_reason, 200, this::why);

        Composite buttons = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(buttons);
        keep = button(buttons, messages.conflicts_keep, "conflicts.keep");
        useOther = button(buttons, messages.conflicts_useOther, "conflicts.useOther");
        merge = button(buttons, messages.conflicts_merge, "conflicts.merge");
        keep.addListener(SWT.Selection, e -> selected().ifPresent(c -> act(() -> resolution.keep(c))));
        useOther.addListener(SWT.Selection, e -> selected().ifPresent(c -> act(() -> resolution.use(c, c.other()))));
        merge.addListener(SWT.Selection, e -> selected().ifPresent(this::mergeByHand));
        viewer.addSelectionChangedListener(e -> enableButtons());
        viewer.addDoubleClickListener(e -> selected().filter(ConflictResolution::mergeable)
                .ifPresent(this::mergeByHand));
        session.onChange(this::reload);
        reload();
    }

    private void column(String title, int width, Function<Conflict, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String value = text.apply((Conflict) element);
                return value == null ? "" : value.replace('\n', ' ');
            }

            @Override
            public String getToolTipText(Object element) {
                return text.apply((Conflict) element);
            }
        });
    }

    private static Button button(Composite parent, String text, String id) {
        Button button = Widgets.named(new Button(parent, SWT.PUSH), id);
        button.setText(text);
        return button;
    }

    private String why(Conflict conflict) {
        return switch (conflict.reason()) {
        case "BOTH_EDITED" -> messages.why_BOTH_EDITED;
        case "TRANSITION" -> messages.why_TRANSITION;
        case "NO_SEAT" -> messages.why_NO_SEAT;
        case "DELETED_EDITED" -> messages.why_DELETED_EDITED;
        case "REFUSED" -> messages.why_REFUSED + (conflict.other().isEmpty() ? "" : " (" + conflict.other() + ")");
        default -> conflict.reason();
        };
    }

    private java.util.Optional<Conflict> selected() {
        return java.util.Optional.ofNullable((Conflict) ((IStructuredSelection) viewer.getSelection())
                .getFirstElement());
    }

    private void enableButtons() {
        java.util.Optional<Conflict> conflict = selected();
        keep.setEnabled(conflict.isPresent());
        useOther.setEnabled(conflict.filter(ConflictResolution::choosable).isPresent());
        merge.setEnabled(conflict.filter(ConflictResolution::mergeable).isPresent());
    }

    private interface Action {
        void run() throws StoreException;
    }

    private void act(Action action) {
        try {
            action.run();
            statusLine.setMessage(messages.resolved);
        } catch (StoreException e) {
            statusLine.setMessage(MessageFormat.format(messages.resolve_failed, e.getMessage()));
        }
        reload();
        session.showState();
    }

    private void mergeByHand(Conflict conflict) {
        MergeDialog dialog = new MergeDialog(viewer.getTable().getShell(), messages,
                conflict.kept() + "\n" + conflict.other());
        if (dialog.open() == Window.OK) {
            act(() -> resolution.use(conflict, dialog.text));
        }
    }

    void reload() {
        if (viewer == null || viewer.getTable().isDisposed()) {
            return;
        }
        List<Conflict> conflicts = session.store().sync().conflicts();
        viewer.setInput(conflicts);
        summary.setText(conflicts.isEmpty() ? messages.conflicts_none
                : MessageFormat.format(messages.conflicts_count, conflicts.size()));
        summary.requestLayout();
        enableButtons();
    }

    @Inject
    @Optional
    void recordSaved(@UIEventTopic(SamverkaUi.TOPIC_RECORD_SAVED) Object saved) {
        reload();
    }

    @Focus
    public void setFocus() {
        viewer.getTable().setFocus();
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
