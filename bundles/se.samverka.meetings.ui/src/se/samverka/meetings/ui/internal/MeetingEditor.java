package se.samverka.meetings.ui.internal;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.nls.Translation;

import jakarta.inject.Inject;
import se.samverka.meetings.MeetingService;
import se.samverka.meetings.ui.internal.invitations.InvitationsSection;
import se.samverka.model.CooperationGroup;
import se.samverka.model.Meeting;
import se.samverka.model.SamverkaPackage.Literals;
import se.samverka.ui.forms.RecordEditor;
import se.samverka.ui.forms.RecordForm;
import se.samverka.ui.forms.RecordSource;

/** Edits a meeting: what, when and where, its status and its minutes. */
public class MeetingEditor extends RecordEditor<Meeting> {

    @Inject
    private MeetingService service;
    @Inject
    @Translation
    private Messages messages;
    @Inject
    private IEclipseContext context;

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
        form.textArea(Literals.MEETING__MINUTES, 10);
        InvitationsSection.addTo(form, context, this::record); // invitations: invitees, replies, attendance
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
