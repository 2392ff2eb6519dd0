package se.samverka.courses.ui.internal;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.nls.Translation;

import jakarta.inject.Inject;
import se.samverka.courses.CourseService;
import se.samverka.courses.ui.internal.certificates.IssueCertificatesRow;
import se.samverka.courses.ui.internal.spreadsheet.ParticipantSheetActions;
import se.samverka.courses.ui.internal.attendance.OpenAttendance;
import se.samverka.model.Course;
import se.samverka.model.CourseOffering;
import se.samverka.model.SamverkaPackage.Literals;
import se.samverka.ui.forms.RecordEditor;
import se.samverka.ui.forms.RecordForm;
import se.samverka.ui.forms.RecordSource;

/**
 * Edits a course offering: which course, its trainers, its venue, seats, enrolment deadline, target groups and status.
 */
public class OfferingEditor extends RecordEditor<CourseOffering> {

    @Inject
    private CourseService service;
    @Inject
    @Translation
    private Messages messages;
    @Inject
    private IEclipseContext context;

    @Override
    protected String formName() {
        return "courses.editor";
    }

    @Override
    protected RecordSource<CourseOffering> source() {
        return RecordSource.of(service::offering, service::newOffering, service::save);
    }

    @Override
    protected void createFields(RecordForm<CourseOffering> form) {
        form.section(messages.editor_about);
        form.text(Literals.COURSE_OFFERING__TITLE);
        form.reference(Literals.COURSE_OFFERING__COURSE, service.courses(), Course::getName);
        form.choice(Literals.COURSE_OFFERING__STATUS);
        form.textArea(Literals.COURSE_OFFERING__TARGET_GROUPS, 3);
        form.people(Literals.COURSE_OFFERING__TRAINERS, service::people);
        form.section(messages.editor_where);
        form.text(Literals.COURSE_OFFERING__VENUE);
        form.text(Literals.COURSE_OFFERING__ADDRESS);
        form.integer(Literals.COURSE_OFFERING__CAPACITY);
        form.date(Literals.COURSE_OFFERING__ENROLMENT_DEADLINE);
        IssueCertificatesRow.addTo(form, context, this::record);
        // Participants from and to spreadsheets (CSV).
        ContextInjectionFactory.make(ParticipantSheetActions.class, context).addTo(form, this::record);
        ContextInjectionFactory.make(OpenAttendance.class, context).addButton(form.body(), this::record,
                form::showNotice);
    }

    @Override
    protected String newTitle() {
        return messages.editor_new;
    }

    @Override
    protected String title(CourseOffering record) {
        return record.getTitle();
    }
}
