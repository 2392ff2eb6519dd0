package se.samverka.courses.ui.internal;

import java.text.MessageFormat;
import java.util.List;
import java.util.Set;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

import jakarta.inject.Inject;
import se.samverka.courses.CourseService;
import se.samverka.courses.EnrolmentException;
import se.samverka.courses.EnrolmentService;
import se.samverka.courses.EnrolmentService.Enroller;
import se.samverka.courses.ui.internal.attendance.OpenAttendance;
import se.samverka.courses.ui.internal.certificates.IssueCertificatesRow;
import se.samverka.courses.ui.internal.enrolment.EnrolmentMessages;
import se.samverka.courses.ui.internal.enrolment.ParticipantsSection;
import se.samverka.courses.ui.internal.enrolment.SessionDaysSection;
import se.samverka.courses.ui.internal.spreadsheet.ParticipantSheetActions;
import se.samverka.model.Course;
import se.samverka.model.CourseOffering;
import se.samverka.model.Enrolment;
import se.samverka.model.SamverkaPackage.Literals;
import se.samverka.store.RecordsChanged;
import se.samverka.ui.SamverkaUi;
import se.samverka.ui.Widgets;
import se.samverka.ui.forms.EditHistory;
import se.samverka.ui.forms.Editors;
import se.samverka.ui.forms.RecordEditor;
import se.samverka.ui.forms.RecordForm;
import se.samverka.ui.forms.RecordSource;

/**
 * The page where an offering is run: its details (course, trainers, venue, seats, enrolment deadline, target groups,
 * status), its session days, and its participants with enrolment, the waitlist and completion. A row of tools at the
 * top ({@link #tools()}, widget {@code courses.offering.tools}) holds the offering's own actions ("Kopiera
 * tillfälle"; the attendance grid, documents and participant lists go there too).
 */
public class OfferingEditor extends RecordEditor<CourseOffering> {

    /** The classes of records whose changes the participant list shows. */
    private static final Set<String> PARTICIPANT_TYPES = Set.of("Enrolment", "AttendanceMark", "Person",
            "CourseOffering");

    @Inject
    private CourseService service;
    @Inject
    private EnrolmentService enrolment;
    @Inject
    @Translation
    private Messages messages;
    @Inject
    @Translation
    private EnrolmentMessages enrolmentMessages;
    @Inject
    private IEclipseContext context;
    @Inject
    private UISynchronize ui;
    @Inject
    private EPartService parts;
    /** Who enrols on this laptop, when put in the context; else the user the last sync said it is. */
    @Inject
    @Optional
    private Enroller enroller;

    private Composite tools;
    private SessionDaysSection sessionDays;
    private ParticipantsSection participants;

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
        tools = Widgets.styled(new Composite(form.body(), SWT.NONE), "form");
        Widgets.named(tools, "courses.offering.tools");
        RowLayoutFactory.fillDefaults().spacing(6).wrap(true).applyTo(tools);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(tools);
        // The venue's work first: the attendance grid, then participants from and to spreadsheets, then the copy.
        ContextInjectionFactory.make(OpenAttendance.class, context).addTool(tools, this::record,
                form::showNotice);
        ContextInjectionFactory.make(ParticipantSheetActions.class, context).addTools(tools, form, this::record);
        Button copy = Widgets.named(new Button(tools, SWT.PUSH), "courses.offering.copy");
        copy.setText(enrolmentMessages.enrolment_copy);
        copy.addListener(SWT.Selection, e -> copy());

        // Who takes part first: what a trainer or an administrator opens an offering for.
        form.section(enrolmentMessages.enrolment_heading);
        participants = new ParticipantsSection(form.body(), enrolment, service, enrolmentMessages, texts(), locale(),
                ui, this::savedId, () -> enroller == null ? enrolment.enroller() : enroller);
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

        form.section(messages.editor_sessionDays);
        sessionDays = new SessionDaysSection(form.body(), enrolmentMessages, locale(), form::record,
                context.get(EditHistory.class));
        form.onChange(changed -> sessionDays.refresh());
        IssueCertificatesRow.addTo(form, context, this::record);
        form.body().getDisplay().asyncExec(() -> {
            sessionDays.refresh();
            participants.reload();
        });
    }

    /** The row of the offering's own actions, where other parts of the courses plugin add theirs. */
    public Composite tools() {
        return tools;
    }

    /** The offering's id once it has been saved; null for a new one. */
    private String savedId() {
        CourseOffering record = record();
        return record == null ? null : record.getId();
    }

    private void copy() {
        String id = savedId();
        if (id == null) {
            participants.say(enrolmentMessages.enrolment_saveFirst);
            return;
        }
        try {
            CourseOffering copy = enrolment.copy(id);
            Editors.open(parts, "se.samverka.courses.ui.editor", copy, copy.getTitle());
            participants.say(enrolmentMessages.enrolment_copied);
        } catch (EnrolmentException e) {
            participants.say(e.getMessage());
        }
    }

    /** Enrolments, marks or people changed (here, elsewhere in the window or by a sync): the list shows them. */
    @Inject
    @Optional
    void participantsChanged(@UIEventTopic(SamverkaUi.TOPIC_RECORDS_CHANGED) RecordsChanged changed) {
        if (participants != null && changed.touchesAny(PARTICIPANT_TYPES)) {
            participants.reload();
        }
    }

    /** This offering saved with more seats: the first on the waitlist get them. */
    @Inject
    @Optional
    void offeringSaved(@UIEventTopic(SamverkaUi.TOPIC_RECORD_SAVED) Object saved) {
        if (participants == null || !(saved instanceof CourseOffering offering) || savedId() == null
                || !offering.getId().equals(savedId())) {
            return;
        }
        try {
            List<Enrolment> promoted = enrolment.fillFreeSeats(offering.getId());
            if (!promoted.isEmpty()) {
                participants.say(MessageFormat.format(enrolmentMessages.enrolment_seatsFilled, promoted.size()));
            }
        } catch (EnrolmentException e) {
            participants.say(e.getMessage());
        }
        participants.reload();
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
