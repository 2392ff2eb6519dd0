package se.samverka.meetings.ui.internal.minutes;

import java.text.SimpleDateFormat;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import se.samverka.meetings.ActionItemService;
import se.samverka.meetings.MyActions;
import se.samverka.model.rules.Labels;
import se.samverka.store.RecordsChanged;
import se.samverka.ui.CommonTexts;
import se.samverka.ui.SamverkaUi;
import se.samverka.ui.Widgets;
import se.samverka.ui.forms.Editors;
import se.samverka.ui.lists.RecordListPart;
import se.samverka.ui.lists.RecordTable;

/**
 * "Mina åtgärder", an area next to the meetings: the signed-in person's open action items, overdue first and
 * marked, read in a Job; a double-click opens the meeting the item was made at. County staff without a person in
 * the register are told why the list is empty. Widgets: {@code meetings.myActions} (the table),
 * {@code meetings.myActions.note}.
 */
public class MyActionsPart {

    static final String EDITOR = "se.samverka.meetings.ui.editor";
    private static final Set<String> TYPES = Set.of("ActionItem", "Meeting");

    @Inject
    private ActionItemService actions;
    @Inject
    private EPartService parts;
    @Inject
    private UISynchronize ui;
    @Inject
    @Translation
    private MinutesMessages messages;
    @Inject
    @Translation
    private CommonTexts texts;
    @Inject
    @Named(TranslationService.LOCALE)
    private Locale locale;

    private RecordTable<MyActions.Row> table;
    private Label note;
    private Job loader;

    @PostConstruct
    public void createControls(Composite parent) {
        var resources = new LocalResourceManager(JFaceResources.getResources(), parent);
        parent.setLayout(new org.eclipse.swt.layout.FillLayout());
        Composite page = Widgets.styled(new Composite(parent, SWT.NONE), "listPage");
        GridLayoutFactory.fillDefaults().margins(16, 12).spacing(8, 6).applyTo(page);
        Label title = Widgets.heading(Widgets.styled(new Label(page, SWT.NONE), "heading"), resources, 4);
        title.setText(messages.mine_heading);
        note = Widgets.named(Widgets.styled(new Label(page, SWT.WRAP), "secondary"), "meetings.myActions.note");
        note.setText(messages.mine_description);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(note);
        table = new RecordTable<>(page, "meetings.myActions", texts, locale);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.control());
        SimpleDateFormat day = new SimpleDateFormat(texts.date_pattern, locale);
        Comparator<MyActions.Row> byDue = Comparator.comparing(MyActions.Row::dueDate,
                Comparator.nullsLast(Comparator.naturalOrder()));
        table.column(messages.mine_column_due, 12, r -> format(day, r.dueDate()), byDue)
                .column(messages.mine_column_overdue, 10, r -> r.overdue() ? messages.minutes_overdue : "",
                        Comparator.comparing(MyActions.Row::overdue).reversed())
                .column(messages.mine_column_what, 44, r -> Objects.toString(r.description(), ""))
                .column(messages.mine_column_status, 14,
                        r -> r.status() == null ? "" : Labels.of(r.status(), locale))
                .column(messages.mine_column_meeting, 32, r -> format(day, r.meetingDate()) + " "
                        + Objects.toString(r.meetingTitle(), ""))
                .column(messages.mine_column_group, 24, r -> Objects.toString(r.group(), ""))
                // The meeting's date and title read whole ("… möte 1" was cut at 32 characters).
                .fitText(4, 60);
        table.onOpen(r -> Editors.open(parts, EDITOR, r.meetingId(), null));
        loader = Job.create(messages.mine_heading, monitor -> {
            MyActions mine = actions.myActions();
            ui.asyncExec(() -> show(mine));
            return Status.OK_STATUS;
        });
        loader.setSystem(true);
        load();
    }

    private void load() {
        table.table().setData(RecordListPart.LOADING, Boolean.TRUE);
        loader.schedule();
    }

    private void show(MyActions mine) {
        if (table.table().isDisposed()) {
            return;
        }
        table.setRecords(mine.rows());
        table.table().setData(RecordListPart.LOADING, null);
        long overdue = mine.rows().stream().filter(MyActions.Row::overdue).count();
        note.setText(!mine.hasPerson() ? messages.mine_noPerson
                : java.text.MessageFormat.format(messages.mine_counts, mine.rows().size(), overdue));
        note.getParent().layout(true);
    }

    private static String format(SimpleDateFormat format, Date date) {
        return date == null ? "" : format.format(date);
    }

    /** Action items or meetings changed (here or by a sync): read the list again. */
    @Inject
    @Optional
    void recordsChanged(@UIEventTopic(SamverkaUi.TOPIC_RECORDS_CHANGED) RecordsChanged changed) {
        if (loader != null && changed.touchesAny(TYPES) && !table.table().isDisposed()) {
            load();
        }
    }

    @PreDestroy
    void stop() {
        if (loader != null) {
            loader.cancel();
        }
    }

    @Focus
    public void setFocus() {
        table.setFocus();
    }

    /** For the UI tests: the rows shown. */
    public List<MyActions.Row> rows() {
        return table.records();
    }
}
