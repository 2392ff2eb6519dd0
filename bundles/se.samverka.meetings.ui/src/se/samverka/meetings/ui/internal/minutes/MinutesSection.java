package se.samverka.meetings.ui.internal.minutes;

import java.text.MessageFormat;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.inject.Inject;

import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import se.samverka.meetings.ActionItemService;
import se.samverka.meetings.MeetingMinutes;
import se.samverka.model.ActionItem;
import se.samverka.model.AgendaItem;
import se.samverka.model.Decision;
import se.samverka.model.Meeting;
import se.samverka.model.Person;
import se.samverka.model.rules.Labels;
import se.samverka.store.StoreException;
import se.samverka.ui.CommonTexts;
import se.samverka.ui.Widgets;
import se.samverka.ui.forms.EditHistory;
import se.samverka.ui.forms.RecordForm;

/**
 * The meeting page's minutes per agenda item, decisions numbered through the meeting and action items made from an
 * item; on the follow-up item, the group's open action items, each closed there with a date and a note.
 * <p>
 * Minutes and decisions are parts of the meeting: each edit is an operation of the editor's history (undoable, makes
 * the page dirty, saved with the meeting's Save; typing on in one item's minutes is one edit). Action items are
 * records of their own, saved at once through {@link ActionItemService}, not undoable. Widgets for the UI tests:
 * {@code minutes.general}, {@code minutes.text.<n>}, {@code minutes.addDecision.<n>}, {@code minutes.decision.<n>.<k>},
 * {@code minutes.removeDecision.<n>.<k>}, {@code minutes.addAction.<n>}, {@code minutes.action.<n>.<k>} (n the item's
 * place on the agenda, from 1), {@code minutes.open.<k>}, {@code minutes.close.<k>}; in the decision's dialog
 * {@code decision.text}.
 */
public final class MinutesSection {

    @Inject
    @Translation
    private MinutesMessages messages;
    @Inject
    @Translation
    private CommonTexts texts;
    @Inject
    private ActionItemService actions;
    @Inject
    private IEclipseContext context;

    private RecordForm<Meeting> form;
    private Composite root;
    private String shown;
    private Runnable ownWriteDone = () -> { };

    /**
     * Puts the section on the meeting's form, after the fields that are there; {@code ownWriteDone} is told when the
     * section has written the meeting itself (closing an item rewrites the follow-up item of the meeting shown), so
     * that the page takes it in as its own change and not as one made elsewhere.
     */
    public static MinutesSection addTo(RecordForm<Meeting> form, IEclipseContext context, Runnable ownWriteDone) {
        MinutesSection section = org.eclipse.e4.core.contexts.ContextInjectionFactory.make(MinutesSection.class,
                context);
        section.ownWriteDone = ownWriteDone;
        section.create(form);
        return section;
    }

    private void create(RecordForm<Meeting> form) {
        this.form = form;
        form.section(messages.minutes_heading);
        root = Widgets.named(Widgets.styled(new Composite(form.body(), SWT.NONE), "form"), "minutes.section");
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 4).applyTo(root);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(root);
        form.onChange(meeting -> refreshIfChanged());
        // Drawn once: at once when the page shows its meeting already (the section made when its tab is first
        // shown), else when it has shown it, not again. Each drawing makes the widgets of every agenda item.
        if (form.record() != null) {
            refreshIfChanged();
        } else {
            root.getDisplay().asyncExec(this::refreshIfChanged);
        }
    }

    private EditHistory history() {
        return context.get(EditHistory.class);
    }

    /** Draws the section again when the meeting's agenda or decisions are no longer what it shows. */
    public void refreshIfChanged() {
        if (!root.isDisposed() && !Objects.equals(shown, signature(form.record()))) {
            refresh();
        }
    }

    /** Draws the section for the meeting as the page has it now. */
    public void refresh() {
        if (root.isDisposed()) {
            return;
        }
        Meeting meeting = form.record();
        shown = signature(meeting);
        for (Control child : root.getChildren()) {
            child.dispose();
        }
        if (meeting == null || meeting.getAgendaItems().isEmpty()) {
            wide(new Label(root, SWT.WRAP)).setText(messages.minutes_noAgenda);
        } else {
            drawGeneral(meeting);
            List<ActionItem> made = meeting.getId() == null ? List.of() : actions.actionItems(meeting.getId());
            int n = 0;
            for (AgendaItem item : MeetingMinutes.agenda(meeting)) {
                n++;
                drawItem(meeting, item, n, made);
            }
        }
        root.layout(true, true);
        form.reflow();
        form.control().requestLayout();
    }

    /** The meeting's general minutes (opening, who chaired, what is not about one item). */
    private void drawGeneral(Meeting meeting) {
        label(messages.minutes_general);
        Text text = Widgets.named(new Text(root, SWT.MULTI | SWT.BORDER | SWT.WRAP | SWT.V_SCROLL),
                "minutes.general");
        text.setText(MeetingMinutes.general(meeting));
        GridDataFactory.fillDefaults().grab(true, false).hint(400, text.getLineHeight() * 3).applyTo(text);
        text.addListener(SWT.Modify, e -> typed(null, text.getText()));
    }

    private void drawItem(Meeting meeting, AgendaItem item, int n, List<ActionItem> made) {
        Label heading = wide(new Label(root, SWT.NONE));
        heading.setText(MessageFormat.format(messages.minutes_item, n, Objects.toString(item.getTitle(), "")));
        heading.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        if (ActionItemService.FOLLOW_UP_TITLE.equals(item.getTitle()) && meeting.getId() != null) {
            drawFollowUp(meeting);
        }
        label(messages.minutes_minutes);
        Text text = Widgets.named(new Text(root, SWT.MULTI | SWT.BORDER | SWT.WRAP | SWT.V_SCROLL),
                "minutes.text." + n);
        text.setText(MeetingMinutes.minutes(meeting, item));
        GridDataFactory.fillDefaults().grab(true, false).hint(400, text.getLineHeight() * 4).applyTo(text);
        text.addListener(SWT.Modify, e -> typed(item, text.getText()));

        label(messages.minutes_decisions);
        Composite decisions = column();
        int k = 0;
        for (Decision decision : item.getDecisions()) {
            k++;
            Composite row = row(decisions, 2);
            Label line = Widgets.named(new Label(row, SWT.WRAP), "minutes.decision." + n + "." + k);
            line.setText(MessageFormat.format(messages.minutes_decision, decision.getSeq(),
                    Objects.toString(decision.getText(), "")));
            GridDataFactory.fillDefaults().grab(true, false).applyTo(line);
            Button remove = button(row, "minutes.removeDecision." + n + "." + k, messages.minutes_removeDecision);
            remove.addListener(SWT.Selection, e -> edit(messages.minutes_undoDecision, null,
                    m -> MeetingMinutes.removeDecision(m, decision)));
        }
        button(decisions, "minutes.addDecision." + n, messages.minutes_addDecision)
                .addListener(SWT.Selection, e -> addDecision(item));

        label(messages.minutes_actions);
        Composite items = column();
        k = 0;
        for (ActionItem action : made) {
            if (action.getAgendaItem() != null && item.getId() != null
                    && item.getId().equals(action.getAgendaItem().getId())) {
                k++;
                Label line = Widgets.named(new Label(items, SWT.WRAP), "minutes.action." + n + "." + k);
                line.setText(describe(action));
                GridDataFactory.fillDefaults().grab(true, false).applyTo(line);
            }
        }
        button(items, "minutes.addAction." + n, messages.minutes_addAction)
                .addListener(SWT.Selection, e -> addAction(meeting, item));
    }

    private void drawFollowUp(Meeting meeting) {
        label(messages.minutes_followUp);
        Composite open = column();
        List<ActionItem> items = actions.openBefore(meeting.getId());
        if (items.isEmpty()) {
            new Label(open, SWT.NONE).setText(messages.minutes_followUpNone);
        }
        int k = 0;
        for (ActionItem action : items) {
            k++;
            Composite row = row(open, 2);
            Label line = Widgets.named(new Label(row, SWT.WRAP), "minutes.open." + k);
            line.setText(describe(action) + (overdue(action) ? " – " + messages.minutes_overdue.toUpperCase() : ""));
            if (overdue(action)) {
                line.setForeground(line.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            }
            GridDataFactory.fillDefaults().grab(true, false).applyTo(line);
            button(row, "minutes.close." + k, messages.minutes_close)
                    .addListener(SWT.Selection, e -> close(action));
        }
    }

    private static boolean overdue(ActionItem action) {
        return action.getDueDate() != null
                && new Date(action.getDueDate().getTime()).toInstant().atZone(java.time.ZoneId.systemDefault())
                        .toLocalDate().isBefore(java.time.LocalDate.now());
    }

    private String describe(ActionItem action) {
        Locale locale = Locale.getDefault();
        String due = action.getDueDate() == null ? messages.minutes_noDue
                : new SimpleDateFormat("yyyy-MM-dd").format(action.getDueDate());
        return MessageFormat.format(messages.minutes_action, Objects.toString(action.getDescription(), ""),
                name(action.getOwner()), due, action.getStatus() == null ? "" : Labels.of(action.getStatus(), locale));
    }

    static String name(Person person) {
        return person == null ? "" : (Objects.toString(person.getFirstName(), "") + " "
                + Objects.toString(person.getLastName(), "")).strip();
    }

    // ---- edits of the meeting ------------------------------------------------------------------------------

    private void typed(AgendaItem item, String text) {
        Meeting meeting = form.record();
        if (meeting == null) {
            return;
        }
        String key = "minutes:" + (item == null ? "general" : System.identityHashCode(item));
        java.util.function.Consumer<Meeting> write = m -> {
            if (item == null) {
                MeetingMinutes.setGeneral(m, text);
            } else {
                MeetingMinutes.setMinutes(m, item, text);
            }
        };
        if (history().lastDone() instanceof MeetingEdit last && key.equals(last.key) && last.target == meeting) {
            write.accept(meeting);
            last.after = Snapshot.of(meeting);
            history().lastChanged();
            return;
        }
        edit(messages.minutes_undoMinutes, key, write);
    }

    private void addDecision(AgendaItem item) {
        InputDialog dialog = new InputDialog(root.getShell(), messages.minutes_decisionTitle,
                messages.minutes_decisionPrompt, "", v -> v == null || v.isBlank() ? "" : null) {
            @Override
            protected Control createDialogArea(Composite parent) {
                Control area = super.createDialogArea(parent);
                Widgets.named(getText(), "decision.text");
                return area;
            }
        };
        if (dialog.open() == Window.OK) {
            edit(messages.minutes_undoDecision, null,
                    m -> MeetingMinutes.addDecision(m, item, dialog.getValue().strip()));
        }
    }

    private void edit(String label, String key, java.util.function.Consumer<Meeting> change) {
        Meeting meeting = form.record();
        if (meeting == null) {
            return;
        }
        Snapshot before = Snapshot.of(meeting);
        change.accept(meeting);
        MeetingEdit edit = new MeetingEdit(label, key, meeting, before, Snapshot.of(meeting));
        history().execute(edit);
        if (key == null) {
            refresh();
        }
    }

    // ---- action items ----------------------------------------------------------------------------------------

    private void addAction(Meeting meeting, AgendaItem item) {
        if (meeting.getId() == null || item.getId() == null || history().isDirty()) {
            MessageDialog.openInformation(root.getShell(), messages.minutes_actionTitle, messages.minutes_saveFirst);
            return;
        }
        ActionDialog dialog = new ActionDialog(root.getShell(), messages, texts,
                Locale.getDefault(), actions::people);
        if (dialog.open() != Window.OK) {
            return;
        }
        try {
            actions.add(meeting.getId(), item.getId(), dialog.what(), dialog.owner(), dialog.due());
        } catch (StoreException | RuntimeException e) {
            MessageDialog.openError(root.getShell(), messages.minutes_actionTitle,
                    MessageFormat.format(messages.minutes_failed, e.getMessage()));
        }
        refresh();
    }

    private void close(ActionItem action) {
        CloseDialog dialog = new CloseDialog(root.getShell(), messages, describe(action));
        if (dialog.open() != Window.OK) {
            return;
        }
        try {
            actions.close(action.getId(), dialog.when(), dialog.note());
            ownWriteDone.run(); // the follow-up item of this page's meeting, rewritten without the closed item
        } catch (StoreException | RuntimeException e) {
            MessageDialog.openError(root.getShell(), messages.minutes_closeTitle,
                    MessageFormat.format(messages.minutes_failed, e.getMessage()));
        }
        refresh();
    }

    // ---- layout helpers --------------------------------------------------------------------------------------

    private <C extends Control> C wide(C control) {
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).indent(0, 6).applyTo(control);
        return control;
    }

    private void label(String text) {
        Label label = new Label(root, SWT.NONE);
        label.setText(text);
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).indent(12, 0).applyTo(label);
    }

    private Composite column() {
        Composite column = Widgets.styled(new Composite(root, SWT.NONE), "form");
        GridLayoutFactory.fillDefaults().spacing(4, 2).applyTo(column);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(column);
        return column;
    }

    private static Composite row(Composite parent, int columns) {
        Composite row = Widgets.styled(new Composite(parent, SWT.NONE), "form");
        GridLayoutFactory.fillDefaults().numColumns(columns).spacing(8, 0).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        return row;
    }

    private static Button button(Composite parent, String name, String text) {
        Button button = Widgets.named(new Button(parent, SWT.PUSH), name);
        button.setText(text);
        return button;
    }

    /** What the section shows of a meeting: its agenda and decisions (minutes typed are not redrawn). */
    private static String signature(Meeting meeting) {
        if (meeting == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(System.identityHashCode(meeting) + ":" + meeting.getVersion());
        for (AgendaItem item : MeetingMinutes.agenda(meeting)) {
            out.append('|').append(item.getId()).append(item.getTitle());
            for (Decision d : item.getDecisions()) {
                out.append(',').append(d.getSeq()).append(d.getText());
            }
        }
        return out.toString();
    }

    /** The meeting's minutes and every agenda item's decisions, copied. */
    record Snapshot(String minutes, Map<AgendaItem, List<Decision>> decisions) {

        static Snapshot of(Meeting meeting) {
            Map<AgendaItem, List<Decision>> decisions = new LinkedHashMap<>();
            for (AgendaItem item : meeting.getAgendaItems()) {
                decisions.put(item, new ArrayList<>(EcoreUtil.copyAll(item.getDecisions())));
            }
            return new Snapshot(meeting.getMinutes(), decisions);
        }

        void putInto(Meeting meeting) {
            if (!Objects.equals(meeting.getMinutes(), minutes)) {
                meeting.setMinutes(minutes);
            }
            decisions.forEach((item, list) -> ECollections.setEList(item.getDecisions(),
                    new ArrayList<>(EcoreUtil.copyAll(list))));
        }
    }

    /** An edit of the meeting's minutes or decisions; undo puts the earlier state back. */
    private final class MeetingEdit extends AbstractOperation {

        final String key;
        final Meeting target;
        final Snapshot before;
        Snapshot after;

        MeetingEdit(String label, String key, Meeting target, Snapshot before, Snapshot after) {
            super(label);
            this.key = key;
            this.target = target;
            this.before = before;
            this.after = after;
        }

        @Override
        public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
            return Status.OK_STATUS; // already done
        }

        @Override
        public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
            after.putInto(target);
            refresh();
            return Status.OK_STATUS;
        }

        @Override
        public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
            before.putInto(target);
            refresh();
            return Status.OK_STATUS;
        }
    }
}
