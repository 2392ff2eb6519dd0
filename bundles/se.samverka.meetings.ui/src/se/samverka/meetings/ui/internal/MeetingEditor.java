package se.samverka.meetings.ui.internal;

import org.eclipse.e4.core.services.nls.Translation;

import jakarta.inject.Inject;

import org.eclipse.e4.core.contexts.IEclipseContext;
import se.samverka.meetings.MeetingService;
import se.samverka.meetings.ui.internal.minutes.MinutesSection;
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
        // actions job: the minutes (general and per agenda item), decisions, action items and their follow-up; the
        // minutes field itself holds the items' sections and is edited there, not as raw text.
        MinutesSection.addTo(form, context);
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
