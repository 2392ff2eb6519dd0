package se.samverka.courses.ui.internal;

import java.text.MessageFormat;
import java.text.SimpleDateFormat;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.services.nls.Translation;

import jakarta.inject.Inject;
import se.samverka.courses.CourseService;
import se.samverka.courses.CourseService.EnrolmentCounts;
import se.samverka.model.CourseOffering;
import se.samverka.model.SessionDay;
import se.samverka.model.rules.Labels;
import se.samverka.ui.lists.RecordListPart;
import se.samverka.ui.lists.RecordTable;

/** The courses area: every course offering with its seats taken and its waitlist, the latest first. */
public class OfferingsPart extends RecordListPart<CourseOffering> {

    @Inject
    private CourseService service;
    @Inject
    @Translation
    private Messages messages;

    /**
     * The seats of an offering whose enrolments this laptop does not hold (a coordinator's or trainer's laptop
     * receives only some): not "0 av 24", which would say the offering is empty.
     */
    private static final String UNKNOWN = "–";

    /** Read with the offerings, off the UI thread. */
    private volatile Map<String, EnrolmentCounts> counts = Map.of();

    public OfferingsPart() {
        super(CourseOffering.class, "se.samverka.courses.ui.editor", se.samverka.model.Enrolment.class);
    }

    @Override
    protected Page page() {
        return new Page("courses.list", messages.list_heading, messages.list_description, messages.list_new,
                messages.list_noun);
    }

    @Override
    protected void addColumns(RecordTable<CourseOffering> table) {
        SimpleDateFormat day = new SimpleDateFormat(texts().date_pattern, locale());
        Comparator<Date> dates = Comparator.nullsFirst(Comparator.naturalOrder());
        table.column(messages.column_start, 12, o -> format(day, firstDay(o)),
                Comparator.comparing(OfferingsPart::firstDay, dates))
                .column(messages.column_course, 24, o -> o.getCourse() == null ? "" : o.getCourse().getName())
                .column(messages.column_title, 30, CourseOffering::getTitle)
                .column(messages.column_venue, 22, CourseOffering::getVenue)
                .column(messages.column_seats, 10, o -> counts.containsKey(o.getId()) ? MessageFormat.format(
                        messages.seats, counts(o).enrolled(), o.getCapacity()) : UNKNOWN,
                        Comparator.comparingLong(o -> counts(o).enrolled()))
                .column(messages.column_waitlist, 10, o -> counts(o).waitlisted() == 0 ? ""
                        : String.valueOf(counts(o).waitlisted()), Comparator.comparingLong(o -> counts(o).waitlisted()))
                .column(messages.column_deadline, 12, o -> format(day, o.getEnrolmentDeadline()),
                        Comparator.comparing(CourseOffering::getEnrolmentDeadline, dates))
                .column(messages.column_status, 14, o -> o.getStatus() == null ? ""
                        : Labels.of(o.getStatus(), locale()), Comparator.comparing(CourseOffering::getStatus));
    }

    @Override
    protected String idOf(CourseOffering row) {
        return row.getId();
    }

    @Override
    protected List<CourseOffering> read() {
        counts = service.enrolmentCounts();
        return service.offerings();
    }

    @Override
    protected void firstShown() {
        // Oldest first, scrolled to the next offering to come.
        Date now = new Date();
        table().shown().stream().filter(o -> firstDay(o) != null && firstDay(o).after(now)).findFirst()
                .ifPresent(table()::reveal);
    }

    private EnrolmentCounts counts(CourseOffering offering) {
        return counts.getOrDefault(offering.getId(), EnrolmentCounts.NONE);
    }

    static Date firstDay(CourseOffering offering) {
        return offering.getSessionDays().stream().map(SessionDay::getSessionDate).filter(d -> d != null)
                .min(Comparator.naturalOrder()).orElse(null);
    }

    private static String format(SimpleDateFormat format, Date date) {
        return date == null ? "" : format.format(date);
    }
}
