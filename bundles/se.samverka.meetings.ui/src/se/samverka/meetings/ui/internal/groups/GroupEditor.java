package se.samverka.meetings.ui.internal.groups;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import jakarta.inject.Inject;
import se.samverka.meetings.GroupService;
import se.samverka.meetings.GroupService.Attendance;
import se.samverka.meetings.GroupService.GroupPage;
import se.samverka.model.CooperationGroup;
import se.samverka.model.SamverkaPackage.Literals;
import se.samverka.store.RecordsChanged;
import se.samverka.ui.SamverkaUi;
import se.samverka.ui.forms.Editors;
import se.samverka.ui.forms.RecordEditor;
import se.samverka.ui.forms.RecordForm;
import se.samverka.ui.forms.RecordSource;

/**
 * The group page: its name, kind and description; its members now and before, with adding, ending and role
 * changes ({@link MembersSection}); each member's attendance over a year with the flag for two absences in a row
 * ({@link AttendanceSection}); and its meetings, past and coming, opened by a double-click
 * ({@link GroupMeetingsSection}). The members, attendance and meetings are read in one Job, off the UI thread.
 */
public class GroupEditor extends RecordEditor<CooperationGroup> {

    /** The classes of records whose changes the page's tables show. */
    private static final Set<String> SHOWN_TYPES = Set.of("Membership", "Person", "Meeting", "Invitation",
            "CooperationGroup");
    private static final String MEETING_EDITOR = "se.samverka.meetings.ui.editor";

    @Inject
    private GroupService service;
    @Inject
    @Translation
    private GroupMessages messages;
    @Inject
    private UISynchronize ui;
    @Inject
    private EPartService parts;

    private MembersSection members;
    private AttendanceSection attendance;
    private GroupMeetingsSection meetings;
    private Job loader;
    private final AtomicInteger asked = new AtomicInteger();
    private volatile String readingId;
    private volatile int year = LocalDate.now().getYear();

    @Override
    protected String formName() {
        return "meetings.group";
    }

    @Override
    protected RecordSource<CooperationGroup> source() {
        return RecordSource.of(service::group, service::newGroup, service::save);
    }

    @Override
    protected void createFields(RecordForm<CooperationGroup> form) {
        form.section(messages.group_about);
        form.text(Literals.COOPERATION_GROUP__NAME);
        form.choice(Literals.COOPERATION_GROUP__KIND);
        form.textArea(Literals.COOPERATION_GROUP__DESCRIPTION, 3);
        form.section(messages.group_members);
        members = new MembersSection(form, service, messages, texts(), locale(), this::savedId, service::people,
                service::organisations, this::reload);
        form.section(messages.group_attendance);
        attendance = new AttendanceSection(form.body(), messages, locale(), chosen -> {
            year = chosen;
            reload();
        });
        form.section(messages.group_meetings);
        meetings = new GroupMeetingsSection(form.body(), messages, texts(), locale(),
                row -> Editors.open(parts, MEETING_EDITOR, row.id(), row.title()));
        loader = Job.create(messages.group_members, monitor -> {
            int answering = asked.get();
            String id = readingId;
            int readYear = year;
            Optional<GroupPage> page = id == null ? Optional.empty() : service.page(id);
            Attendance read = id == null ? null : service.attendance(id, readYear);
            ui.asyncExec(() -> {
                if (answering == asked.get() && !form().body().isDisposed()) {
                    show(page.orElse(null), read, readYear);
                    loading(false);
                }
            });
            return Status.OK_STATUS;
        });
        loader.setSystem(true);
        loading(true);
        form.body().getDisplay().asyncExec(this::reload);
    }

    /** Reads the members, attendance and meetings again, in the background. */
    void reload() {
        if (members == null) {
            return;
        }
        asked.incrementAndGet();
        readingId = savedId();
        loading(true);
        loader.schedule();
    }

    private void loading(boolean reading) {
        members.loading(reading);
        meetings.loading(reading);
        attendance.loading(reading);
    }

    private void show(GroupPage page, Attendance read, int readYear) {
        members.show(page);
        meetings.show(page == null ? java.util.List.of() : page.meetings());
        attendance.years(page == null ? java.util.List.of() : page.meetings(), readYear);
        if (read != null) {
            attendance.show(read);
        }
        form().reflow();
    }

    /** The group's id once it has been saved; null for a new one. */
    private String savedId() {
        CooperationGroup record = record();
        return record == null ? null : record.getId();
    }

    /** Members, people, meetings or invitations changed (here, elsewhere in the window or by a sync). */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void recordsChanged(@UIEventTopic(SamverkaUi.TOPIC_RECORDS_CHANGED) RecordsChanged changed) {
        if (members != null && changed.touchesAny(SHOWN_TYPES)) {
            reload();
        }
    }

    /** This group saved for the first time: members can be added now. */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void groupSaved(@UIEventTopic(SamverkaUi.TOPIC_RECORD_SAVED) Object saved) {
        if (members != null && saved instanceof CooperationGroup group && group.getId() != null
                && group.getId().equals(savedId())) {
            reload();
        }
    }

    @Override
    protected String newTitle() {
        return messages.group_new;
    }

    @Override
    protected String title(CooperationGroup record) {
        return record.getName();
    }
}
