package se.samverka.courses.ui.internal.start;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.samverka.courses.CourseService;
import se.samverka.courses.CourseService.EnrolmentCounts;
import se.samverka.model.CourseOffering;
import se.samverka.model.OfferingStatus;
import se.samverka.model.SamverkaPackage;
import se.samverka.model.SessionDay;
import se.samverka.ui.start.StartCard;

/**
 * The courses plugin's card on the start page: the offerings whose first session day is in the coming six weeks,
 * for a trainer their own, soonest first; when none starts in those weeks, the next three.
 */
@Component(service = StartCard.class)
public final class ComingOfferingsCard implements StartCard {

    static final int WEEKS = 6;
    /** How many of the next offerings the card shows when none starts in the coming weeks. */
    static final int NEXT = 3;
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private final CourseService courses;
    private final java.time.Clock clock;

    @Activate
    public ComingOfferingsCard(@Reference CourseService courses) {
        this(courses, java.time.Clock.system(ZONE));
    }

    ComingOfferingsCard(CourseService courses, java.time.Clock clock) {
        this.courses = courses;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "courses.coming";
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public Content content(Viewer viewer) {
        ResourceBundle texts = ResourceBundle.getBundle(getClass().getPackageName() + ".messages", viewer.locale());
        LocalDate today = LocalDate.now(clock);
        LocalDate until = today.plusWeeks(WEEKS);
        Map<String, EnrolmentCounts> counts = courses.enrolmentCounts();
        DateTimeFormatter dayFormat = DateTimeFormatter.ofPattern(texts.getString("card.dateFormat"),
                viewer.locale());
        DateTimeFormatter otherYearFormat = DateTimeFormatter.ofPattern(texts.getString("card.dateFormatOtherYear"),
                viewer.locale());
        List<CourseOffering> coming = courses.offerings().stream()
                .filter(o -> o.getStatus() != OfferingStatus.CANCELLED)
                .filter(o -> viewer.personId() == null
                        || o.getTrainers().stream().anyMatch(t -> viewer.personId().equals(t.getId())))
                .filter(o -> firstDay(o) != null && !firstDay(o).isBefore(today))
                .sorted(Comparator.comparing(ComingOfferingsCard::firstDay))
                .toList();
        List<CourseOffering> soon = coming.stream().filter(o -> firstDay(o).isBefore(until)).toList();
        // Nothing in the coming weeks (a quiet month): the next few instead, so the card still says what is ahead.
        boolean next = soon.isEmpty() && !coming.isEmpty();
        List<Row> rows = (next ? coming.subList(0, Math.min(NEXT, coming.size())) : soon).stream()
                .map(o -> new Row(title(o),
                        MessageFormat.format(texts.getString("card.detail"),
                                (firstDay(o).getYear() == today.getYear() ? dayFormat : otherYearFormat)
                                        .format(firstDay(o)),
                                Objects.toString(o.getVenue(), ""),
                                counts.getOrDefault(o.getId(), EnrolmentCounts.NONE).enrolled(), o.getCapacity()),
                        Target.record(SamverkaPackage.Literals.COURSE_OFFERING.getName(), o.getId())))
                .toList();
        String title = next ? MessageFormat.format(texts.getString(viewer.personId() == null ? "card.titleNext"
                : "card.titleNextOwn"), WEEKS)
                : texts.getString(viewer.personId() == null ? "card.title" : "card.titleOwn");
        return new Content(title, rows, MessageFormat.format(texts.getString("card.empty"), WEEKS));
    }

    private static String title(CourseOffering offering) {
        if (offering.getTitle() != null && !offering.getTitle().isBlank()) {
            return offering.getTitle();
        }
        return offering.getCourse() == null ? "" : offering.getCourse().getName();
    }

    /** The offering's first session day, or null when it has none yet. */
    static LocalDate firstDay(CourseOffering offering) {
        return offering.getSessionDays().stream().map(SessionDay::getSessionDate).filter(Objects::nonNull)
                .min(Date::compareTo).map(d -> d.toInstant().atZone(ZONE).toLocalDate()).orElse(null);
    }
}
