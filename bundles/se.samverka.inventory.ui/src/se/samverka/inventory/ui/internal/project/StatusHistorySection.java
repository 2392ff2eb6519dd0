package se.samverka.inventory.ui.internal.project;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.samverka.model.LocalProject;
import se.samverka.model.ProjectStatus;
import se.samverka.model.ProjectStatusChange;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.rules.Labels;
import se.samverka.ui.CommonTexts;
import se.samverka.ui.Widgets;
import se.samverka.ui.forms.FieldFormats;
import se.samverka.ui.forms.RecordForm;

/**
 * The project's status history (Statushistorik) on its page: the changes newest first (date, status, note, who),
 * read from the project in hand, and a note for the status change the user is making. The note rides with the
 * project as a new change to the status chosen, which the service keeps when the status did change and dates today
 * (see {@code ProjectWrites}); the ordinary save records a change without a note too. Made by injection in the
 * editor's context.
 * <p>
 * Widgets: {@code inventory.editor.statusNote}, {@code inventory.editor.statusHistory}.
 */
public class StatusHistorySection {

    @Inject
    @Translation
    private ProjectMessages messages;
    @Inject
    @Translation
    private CommonTexts texts;
    @Inject
    @Named(org.eclipse.e4.core.services.translation.TranslationService.LOCALE)
    private Locale locale;

    private RecordForm<LocalProject> form;
    private Text note;
    private Table table;
    /** True while this section changes the record itself, so that its own change is not taken as the user's. */
    private boolean writing;

    /** Adds the section at the end of the project's form. */
    public void add(RecordForm<LocalProject> form) {
        this.form = form;
        form.section(messages.partners_history);
        Label noteLabel = Widgets.styled(new Label(form.body(), SWT.NONE), "fieldLabel");
        noteLabel.setText(messages.partners_note);
        note = Widgets.named(new Text(form.body(), SWT.BORDER | SWT.SINGLE), "inventory.editor.statusNote");
        note.setMessage(messages.partners_noteHint);
        GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).hint(360, SWT.DEFAULT).applyTo(note);
        note.addListener(SWT.Modify, e -> notePending());

        table = Widgets.named(new Table(form.body(), SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL),
                "inventory.editor.statusHistory");
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String heading : List.of(messages.partners_columnDate, messages.partners_columnStatus,
                messages.partners_columnNote, messages.partners_columnBy)) {
            new TableColumn(table, SWT.LEFT).setText(heading);
        }
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(SWT.DEFAULT, table.getItemHeight() * 6 + 4)
                .applyTo(table);
        form.onChange(project -> {
            if (!writing) {
                notePending();
                show(project);
            }
        });
    }

    /**
     * Keeps one new, unsaved change with the note and the status chosen in the project while a note is typed; none
     * when the note is empty. After a save the project has no unsaved change, and the note is cleared.
     */
    private void notePending() {
        LocalProject project = form.record();
        if (project == null || writing) {
            return;
        }
        writing = true;
        try {
            List<ProjectStatusChange> history = project.getStatusHistory();
            ProjectStatusChange pending = history.stream().filter(c -> c.getId() == null).findFirst().orElse(null);
            String text = note.getText().strip();
            ProjectStatus status = project.getStatus();
            if (text.isEmpty() || status == null) {
                if (pending != null) {
                    history.remove(pending);
                }
                return;
            }
            boolean made = pending == null;
            if (made) {
                pending = SamverkaFactory.eINSTANCE.createProjectStatusChange();
                // Required by the model's rules, which the form checks as the user types; the service dates it
                // again on save.
                pending.setChangedOn(java.util.Date.from(java.time.LocalDate.now()
                        .atStartOfDay(java.time.ZoneId.systemDefault()).toInstant()));
            }
            pending.setStatus(status);
            pending.setNote(text);
            if (made) {
                // Added whole: the form checks the record when its list changes, not when a part's field does.
                history.add(pending);
            }
        } finally {
            writing = false;
        }
    }

    private void show(LocalProject project) {
        if (table.isDisposed()) {
            return;
        }
        boolean saved = project.getStatusHistory().stream().noneMatch(c -> c.getId() == null);
        if (saved && !note.getText().isEmpty() && !note.isFocusControl()) {
            writing = true;
            try {
                note.setText("");
            } finally {
                writing = false;
            }
        }
        FieldFormats formats = new FieldFormats(texts, locale);
        table.setRedraw(false);
        try {
            table.removeAll();
            // Newest first: by day, and within a day the later written first.
            List<ProjectStatusChange> changes = new ArrayList<>(project.getStatusHistory().stream()
                    .filter(c -> c.getId() != null && !c.isDeleted()).toList().reversed());
            changes.sort(Comparator.comparing(ProjectStatusChange::getChangedOn,
                    Comparator.nullsLast(Comparator.reverseOrder())));
            for (ProjectStatusChange change : changes) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(new String[] { formats.format(FieldFormats.Kind.DATE, change.getChangedOn()),
                        change.getStatus() == null ? "" : Labels.of(change.getStatus(), locale),
                        change.getNote() == null ? "" : change.getNote(),
                        change.getModifiedBy() == null ? "" : change.getModifiedBy() });
            }
            if (changes.isEmpty()) {
                new TableItem(table, SWT.NONE).setText(new String[] { "", messages.partners_noHistory, "", "" });
            }
            for (TableColumn column : table.getColumns()) {
                column.pack();
            }
        } finally {
            table.setRedraw(true);
        }
    }
}
