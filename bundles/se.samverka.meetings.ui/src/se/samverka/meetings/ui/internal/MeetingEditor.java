package se.samverka.meetings.ui.internal;

import java.time.Duration;
import java.util.Set;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import jakarta.inject.Inject;
import se.samverka.meetings.MeetingPlanning;
import se.samverka.meetings.MeetingService;
import se.samverka.meetings.ui.internal.planning.AgendaSection;
import se.samverka.meetings.ui.internal.planning.PlanningMessages;
import se.samverka.meetings.ui.internal.planning.PlanningTools;
import se.samverka.meetings.ui.internal.invitations.InvitationsSection;
import se.samverka.meetings.ui.internal.minutes.MinutesSection;
import se.samverka.model.CooperationGroup;
import se.samverka.model.Meeting;
import se.samverka.model.SamverkaPackage.Literals;
import se.samverka.store.RecordsChanged;
import se.samverka.ui.SamverkaUi;
import se.samverka.ui.Widgets;
import se.samverka.ui.forms.EditHistory;
import se.samverka.ui.forms.RecordEditor;
import se.samverka.ui.forms.RecordForm;
import se.samverka.ui.forms.RecordSource;

/**
 * The page a meeting is run from: a row of tools at the top ({@link #tools()}, widget {@code meetings.meeting.tools},
 * where each job of the meetings plugin adds its actions), and below it tabs: "Möte" (the details — title, group,
 * series, status, when, place or link — and the agenda), then the sections of the other jobs, a tab each
 * ("Inbjudningar och närvaro"; "Protokoll och åtgärder": minutes, decisions and action items), each one line in
 * {@link #createFields}. A tab's widgets are made when it is first shown ({@link RecordForm#tab}).
 */
public class MeetingEditor extends RecordEditor<Meeting> {

    /** The page's tabs (widget names): the meeting's details and agenda; invitations; minutes and action items. */
    static final String TAB_MEETING = "meetings.tab.meeting";
    static final String TAB_INVITATIONS = "meetings.tab.invitations";
    static final String TAB_MINUTES = "meetings.tab.minutes";

    /** How long the page waits for its summary, when it first shows its meeting, before showing itself without it. */
    private static final Duration SUMMARY_WAIT = Duration.ofMillis(100);

    /** The classes of records whose changes the page's summary shows. */
    private static final Set<String> SUMMARY_TYPES = Set.of("Meeting", "Invitation", "ActionItem");

    @Inject
    private MeetingService service;
    @Inject
    private MeetingPlanning planning;
    @Inject
    @Translation
    private Messages messages;
    @Inject
    @Translation
    private PlanningMessages planningMessages;
    @Inject
    private IEclipseContext context;
    @Inject
    private MPart part;

    private Composite tools;
    private PlanningTools planningTools;
    private AgendaSection agenda;
    private Meeting summarised;

    @Override
    protected String formName() {
        return "meetings.editor";
    }

    @Override
    protected RecordSource<Meeting> source() {
        return RecordSource.of(service::meeting, service::newMeeting, service::save,
                service::saveClearingReferences);
    }

    @Override
    protected void createFields(RecordForm<Meeting> form) {
        tools = tools(form);
        // Each further section of the page is one tab here, in the order the page shows them; a tab's widgets are
        // made when it is first shown, so that opening a meeting makes only its details and agenda.
        form.tab(TAB_MEETING, messages.editor_tabMeeting, () -> {
            details(form);
            agenda(form);
        });
        // invitations: invitees, replies, attendance; making them sets the meeting's status, taken in as the page's own
        form.tab(TAB_INVITATIONS, messages.editor_tabInvitations,
                () -> InvitationsSection.addTo(form, context, this::record, this::ownWriteDone));
        // minutes per item, decisions, action items and their follow-up; closing an item there rewrites the meeting
        form.tab(TAB_MINUTES, messages.editor_tabMinutes,
                () -> MinutesSection.addTo(form, context, this::ownWriteDone));
    }

    /** The row of the meeting's own actions, where the jobs of the meetings plugin add theirs. */
    public Composite tools() {
        return tools;
    }

    private Composite tools(RecordForm<Meeting> form) {
        Composite row = Widgets.styled(new Composite(form.body(), SWT.NONE), "form");
        Widgets.named(row, "meetings.meeting.tools");
        RowLayoutFactory.fillDefaults().spacing(6).wrap(true).center(true).applyTo(row);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(row);
        // planning: the next meeting and the page's summary
        planningTools = ContextInjectionFactory.make(PlanningTools.class, context);
        planningTools.addTo(row, this::record, form::showNotice);
        // The summary of the meeting opened is read now, while the rest of the page is made.
        String opened = part.getPersistedState().get(SamverkaUi.RECORD_ID);
        planningTools.reload(opened);
        form.onChange(changed -> {
            if (changed != summarised) { // another record shown (opened, saved, taken in): read the summary again
                boolean readAlready = summarised == null && opened != null && opened.equals(changed.getId());
                summarised = changed;
                if (readAlready) {
                    // The read begun above is nearly done: shown with the page, not in a second layout after it.
                    planningTools.showRead(SUMMARY_WAIT);
                } else {
                    planningTools.reload();
                }
            }
        });
        return row;
    }

    private void details(RecordForm<Meeting> form) {
        form.section(messages.editor_about);
        form.text(Literals.MEETING__TITLE);
        form.reference(Literals.MEETING__COOPERATION_GROUP, service.groups(), CooperationGroup::getName);
        form.text(Literals.MEETING__SERIES_NAME);
        form.choice(Literals.MEETING__STATUS);
        form.section(messages.editor_when);
        form.dateTime(Literals.MEETING__MEETING_DATE);
        form.dateTime(Literals.MEETING__ENDS_AT);
        form.text(Literals.MEETING__PLACE);
        form.text(Literals.MEETING__ONLINE_LINK);
    }

    private void agenda(RecordForm<Meeting> form) {
        form.section(planningMessages.planning_agenda);
        EditHistory history = context.get(EditHistory.class);
        agenda = new AgendaSection(form.body(), planningMessages, texts(), locale(), form::record, history, planning,
                () -> {
                    if (history.isDirty()) {
                        save();
                    }
                    return !history.isDirty();
                });
        form.onChange(changed -> agenda.refresh());
    }

    /** Invitations or action items changed (here, elsewhere in the window or by a sync): the summary shows them. */
    @Inject
    @Optional
    void recordsOfThePageChanged(@UIEventTopic(SamverkaUi.TOPIC_RECORDS_CHANGED) RecordsChanged changed) {
        if (planningTools != null && changed.touchesAny(SUMMARY_TYPES)) {
            planningTools.reload();
        }
    }

    @Override
    protected String newTitle() {
        return messages.editor_new;
    }

    @Override
    protected String title(Meeting record) {
        return record.getTitle();
    }
}
